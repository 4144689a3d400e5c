/**
 * The project's own assessment settings, kept live in the plan document
 * (`doc.getMap("assessmentSettings")`), so every member's Worker rates the
 * figures against the same thresholds and a change reaches everyone at once.
 *
 * Stored flat, one key per setting, so two planners changing different
 * settings at the same time both keep their change:
 * - `walkingMetersPerMinute`, `neighbourhoodRadiusMeters`, `shortcutMinDetourRatio`,
 *   `shortcutMinExtraMeters`: numbers;
 * - `threshold.<figure>`: `{ pass, attention }` (one value, so the pair stays in order).
 * A key that is missing means the default (app/geo/default-config.ts). Values that
 * fail the checks below (say, from an older or broken client) are ignored when read.
 */
import * as Y from "yjs";
import { defaultConfig } from "../geo/default-config";
import { destinationCategories, type AssessmentConfig, type DestinationCategory, type Threshold } from "../geo/types";

export const settingsMapName = "assessmentSettings";

/** The figures that carry a threshold, in the order the form shows them. */
export type ThresholdFigure = DestinationCategory | "supportedHomesWithin";
export const thresholdFigures: readonly ThresholdFigure[] = [...destinationCategories, "supportedHomesWithin"];

export type ScalarSetting = "walkingMetersPerMinute" | "neighbourhoodRadiusMeters" | "shortcutMinDetourRatio" | "shortcutMinExtraMeters";
export const scalarSettings: readonly ScalarSetting[] = ["walkingMetersPerMinute", "neighbourhoodRadiusMeters", "shortcutMinDetourRatio", "shortcutMinExtraMeters"];

interface Range {
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

function withinRange(value: unknown, range: Range): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= range.min && value <= range.max && (!range.whole || Number.isInteger(value));
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

function readThreshold(figure: ThresholdFigure, value: unknown): Threshold | null {
  if (typeof value !== "object" || value === null) return null;
  const { pass, attention } = value as { pass?: unknown; attention?: unknown };
  const range = thresholdRange(figure);
  if (!withinRange(pass, range) || !withinRange(attention, range) || !inOrder(figure, pass, attention)) return null;
  return { direction: thresholdDirection(figure), pass, attention };
}

/**
 * The project's overrides from the shared settings map, valid entries only.
 *
 * @example
 * readProjectSettings(doc.getMap("assessmentSettings"));
 * // { walkingMetersPerMinute: 70, thresholds: { busStop: { direction: "atMost", pass: 300, attention: 500 } } }
 */
export function readProjectSettings(settings: Y.Map<unknown>): Partial<AssessmentConfig> {
  const result: Partial<AssessmentConfig> = {};
  for (const key of scalarSettings) {
    const value = settings.get(key);
    if (withinRange(value, scalarRanges[key])) result[key] = value;
  }
  const thresholds: AssessmentConfig["thresholds"] = {};
  for (const figure of thresholdFigures) {
    const threshold = readThreshold(figure, settings.get(`threshold.${figure}`));
    if (threshold) thresholds[figure] = threshold;
  }
  if (Object.keys(thresholds).length > 0) result.thresholds = thresholds;
  return result;
}

/** The shared settings map of a plan document. */
export const settingsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(settingsMapName);

/**
 * Stores a whole configuration in one transaction: settings equal to the default are removed, so the
 * document keeps only what the project changed (and a later change of a default reaches it).
 *
 * @example
 * writeProjectSettings(doc, mergeConfig(defaultConfig, { walkingMetersPerMinute: 70 }));
 */
export function writeProjectSettings(doc: Y.Doc, config: AssessmentConfig): void {
  const settings = settingsMap(doc);
  doc.transact(() => {
    for (const key of scalarSettings) {
      if (config[key] === defaultConfig[key]) settings.delete(key);
      else if (settings.get(key) !== config[key]) settings.set(key, config[key]);
    }
    for (const figure of thresholdFigures) {
      const threshold = config.thresholds[figure];
      const fallback = defaultConfig.thresholds[figure];
      const key = `threshold.${figure}`;
      if (!threshold || (fallback && threshold.pass === fallback.pass && threshold.attention === fallback.attention)) {
        settings.delete(key);
        continue;
      }
      const stored = settings.get(key) as { pass?: unknown; attention?: unknown } | undefined;
      if (stored?.pass !== threshold.pass || stored?.attention !== threshold.attention) settings.set(key, { pass: threshold.pass, attention: threshold.attention });
    }
  });
}

/**
 * Back to the defaults: removes every threshold and setting of the form (not the tag mapping).
 *
 * @example
 * resetProjectSettings(doc);
 */
export function resetProjectSettings(doc: Y.Doc): void {
  const settings = settingsMap(doc);
  doc.transact(() => {
    // The tag mapping has its own form and its own way back (app/compare/tag-mapping-settings.ts).
    for (const key of [...settings.keys()]) if (key !== "tagMapping") settings.delete(key);
  });
}
