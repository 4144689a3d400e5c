/**
 * The plan document's `assessmentSettings` map: the project's own thresholds and walking
 * settings, and its tag-mapping override. Stored flat, one key per setting, so two planners
 * changing different settings at the same time both keep their change:
 * - `walkingMetersPerMinute`, `neighbourhoodRadiusMeters`, `shortcutMinDetourRatio`,
 *   `shortcutMinExtraMeters`: numbers within their range;
 * - `threshold.<figure>`: `{ pass, attention }` (one value, so the pair stays in order);
 * - `tagMapping`: the override's JSON text, in the format of the CLI's `--tags` file.
 * A key that is missing means the default (app/geo/default-config.ts, app/geo/tag-mapping.ts).
 */
import { z } from "zod";
import { defaultConfig } from "../geo/default-config";
import { maxTagMappingOverrideCharacters, parseTagMappingText } from "../geo/tag-mapping-override";
import { destinationCategories, type DestinationCategory, type Threshold } from "../geo/types";

export const settingsMapName = "assessmentSettings";
export const tagMappingKey = "tagMapping";

/** The figures that carry a threshold, in the order the form shows them. */
export type ThresholdFigure = DestinationCategory | "supportedHomesWithin";
export const thresholdFigures: readonly ThresholdFigure[] = [...destinationCategories, "supportedHomesWithin"];

export type ScalarSetting = "walkingMetersPerMinute" | "neighbourhoodRadiusMeters" | "shortcutMinDetourRatio" | "shortcutMinExtraMeters";
export const scalarSettings: readonly ScalarSetting[] = ["walkingMetersPerMinute", "neighbourhoodRadiusMeters", "shortcutMinDetourRatio", "shortcutMinExtraMeters"];

export interface Range {
  min: number;
  max: number;
  /** Whole numbers only. */
  whole: boolean;
}

/** Walking thresholds above the search bound could never be met: the search stops there. */
const distanceRange: Range = { min: 0, max: defaultConfig.maxWalkMeters, whole: true };
const countRange: Range = { min: 0, max: 1000, whole: true };

export const scalarRanges: Record<ScalarSetting, Range> = {
  walkingMetersPerMinute: { min: 30, max: 120, whole: false },
  neighbourhoodRadiusMeters: { min: 50, max: 3000, whole: true },
  shortcutMinDetourRatio: { min: 1, max: 10, whole: false },
  shortcutMinExtraMeters: { min: 0, max: 3000, whole: true },
};

/**
 * The allowed range of a threshold.
 *
 * @example
 * thresholdRange("busStop"); // { min: 0, max: 3000, whole: true }
 */
export function thresholdRange(figure: ThresholdFigure): Range {
  return figure === "supportedHomesWithin" ? countRange : distanceRange;
}

/** Direction is fixed per figure (shorter walk is better; farther from a school is better). */
export function thresholdDirection(figure: ThresholdFigure): Threshold["direction"] {
  return defaultConfig.thresholds[figure]?.direction ?? "atMost";
}

/**
 * Whether `pass` and `attention` are in the right order for the figure's direction
 * (equal is allowed: then there is no "attention" band).
 *
 * @example
 * inOrder("busStop", 400, 600); // true
 * inOrder("school", 400, 600); // false: for a school, farther is better
 */
export function inOrder(figure: ThresholdFigure, pass: number, attention: number): boolean {
  return thresholdDirection(figure) === "atMost" ? pass <= attention : pass >= attention;
}

function rangeSchema(range: Range): z.ZodNumber {
  const number = z.number().finite().min(range.min).max(range.max);
  return range.whole ? number.int() : number;
}

/** A stored threshold: both values in the figure's range and in the order its direction needs. */
export function thresholdSchema(figure: ThresholdFigure) {
  const value = rangeSchema(thresholdRange(figure));
  return z
    .object({ pass: value, attention: value })
    .strict()
    .refine(({ pass, attention }) => inOrder(figure, pass, attention), "pass and attention are in the wrong order for this figure");
}

/**
 * The stored override text: at most the override's size, JSON, and a valid override. A reader
 * treats an unreadable one (from an older client) as the default mapping; the server refuses new ones.
 */
export const tagMappingTextSchema = z
  .string()
  .max(maxTagMappingOverrideCharacters)
  .superRefine((text, context) => {
    const parsed = parseTagMappingText(text);
    if (!parsed.ok) context.addIssue({ code: z.ZodIssueCode.custom, message: `not a valid tag mapping: ${parsed.message}` });
  });

const thresholdPrefix = "threshold.";

/**
 * The schema of one settings key, or null for a key the document may not hold.
 *
 * @example
 * settingSchema("threshold.busStop")?.safeParse({ pass: 400, attention: 600 }).success; // true
 * settingSchema("colour"); // null
 */
export function settingSchema(key: string): z.ZodTypeAny | null {
  return settingSchemas.get(key) ?? null;
}

/** Built once: the server checks every settings change with them. */
const settingSchemas: ReadonlyMap<string, z.ZodTypeAny> = new Map<string, z.ZodTypeAny>([
  ...scalarSettings.map((key): [string, z.ZodTypeAny] => [key, rangeSchema(scalarRanges[key])]),
  ...thresholdFigures.map((figure): [string, z.ZodTypeAny] => [`${thresholdPrefix}${figure}`, thresholdSchema(figure)]),
  [tagMappingKey, tagMappingTextSchema],
]);
