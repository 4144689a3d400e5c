/**
 * The thresholds form as data: the text in each field, and the checks that turn
 * it into a configuration or into one clear problem per field. Pure, so the
 * rules are tested without a browser.
 */
import { defaultConfig } from "../geo/default-config";
import type { AssessmentConfig } from "../geo/types";
import { inOrder, scalarRanges, scalarSettings, thresholdDirection, thresholdFigures, thresholdRange, type ScalarSetting, type ThresholdFigure } from "../documents/assessment-settings-schema";

export type ThresholdField = `${ThresholdFigure}.pass` | `${ThresholdFigure}.attention`;
export type SettingsField = ScalarSetting | ThresholdField;
export type SettingsFormValues = Record<SettingsField, string>;

export type FieldProblem =
  | { kind: "number" }
  | { kind: "whole" }
  | { kind: "range"; min: number; max: number }
  /** The attention limit is on the wrong side of the pass limit for this figure's direction. */
  | { kind: "order"; direction: "atMost" | "atLeast" };

export type SettingsFormResult = { ok: true; config: AssessmentConfig } | { ok: false; problems: Partial<Record<SettingsField, FieldProblem>> };

/** Every field of the form, in the order it shows them. */
export const settingsFields: readonly SettingsField[] = [
  ...thresholdFigures.flatMap((figure): ThresholdField[] => [`${figure}.pass`, `${figure}.attention`]),
  ...scalarSettings,
];

function formatNumber(value: number, decimalSign: "," | "."): string {
  return String(value).replace(".", decimalSign);
}

/**
 * The text of each field for a configuration (decimal comma in bokmål).
 *
 * @example
 * settingsFormValues(defaultConfig, ",")["shortcutMinDetourRatio"]; // "1,5"
 */
export function settingsFormValues(config: AssessmentConfig, decimalSign: "," | "."): SettingsFormValues {
  const values = {} as SettingsFormValues;
  for (const figure of thresholdFigures) {
    const threshold = config.thresholds[figure] ?? defaultConfig.thresholds[figure]!;
    values[`${figure}.pass`] = formatNumber(threshold.pass, decimalSign);
    values[`${figure}.attention`] = formatNumber(threshold.attention, decimalSign);
  }
  for (const key of scalarSettings) values[key] = formatNumber(config[key], decimalSign);
  return values;
}

/** A number typed with a decimal comma or point, spaces allowed as thousands separators. */
function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (cleaned === "" || !/^-?\d*\.?\d+$|^-?\d+\.$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

function checkNumber(text: string, range: { min: number; max: number; whole: boolean }): number | FieldProblem {
  const value = parseNumber(text);
  if (value === null) return { kind: "number" };
  if (range.whole && !Number.isInteger(value)) return { kind: "whole" };
  if (value < range.min || value > range.max) return { kind: "range", min: range.min, max: range.max };
  return value;
}

/**
 * Checks the form: numbers, ranges, and for each threshold that "pass" and "attention" are in order.
 * Returns the whole configuration (defaults for what the form does not cover) or the problems.
 *
 * @example
 * parseSettingsForm({ ...settingsFormValues(defaultConfig, ","), "busStop.pass": "700" });
 * // { ok: false, problems: { "busStop.attention": { kind: "order", direction: "atMost" } } }
 */
export function parseSettingsForm(values: SettingsFormValues): SettingsFormResult {
  const problems: Partial<Record<SettingsField, FieldProblem>> = {};
  const config: AssessmentConfig = { ...defaultConfig, thresholds: { ...defaultConfig.thresholds } };
  for (const key of scalarSettings) {
    const checked = checkNumber(values[key] ?? "", scalarRanges[key]);
    if (typeof checked === "number") config[key] = checked;
    else problems[key] = checked;
  }
  for (const figure of thresholdFigures) {
    const range = thresholdRange(figure);
    const pass = checkNumber(values[`${figure}.pass`] ?? "", range);
    const attention = checkNumber(values[`${figure}.attention`] ?? "", range);
    if (typeof pass !== "number") problems[`${figure}.pass`] = pass;
    if (typeof attention !== "number") problems[`${figure}.attention`] = attention;
    if (typeof pass !== "number" || typeof attention !== "number") continue;
    const direction = thresholdDirection(figure);
    if (!inOrder(figure, pass, attention)) problems[`${figure}.attention`] = { kind: "order", direction };
    else config.thresholds[figure] = { direction, pass, attention };
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, config };
}
