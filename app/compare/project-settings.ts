/**
 * Operations on the project's own assessment settings, kept live in the plan document's
 * `assessmentSettings` map, so every member's Worker rates the figures against the same
 * thresholds and a change reaches everyone at once. The map's keys, their ranges and schemas
 * are declared by the document's owner (app/documents/assessment-settings-schema.ts). Values
 * that fail them (say, from an older or broken client) are ignored when read.
 */
import type * as Y from "yjs";
import { scalarSettings, settingSchema, tagMappingKey, thresholdDirection, thresholdFigures, type ThresholdFigure } from "../documents/assessment-settings-schema";
import { validRecord } from "../documents/invalid-record-error";
import { settingsMap } from "../documents/plan-document";
import { defaultConfig } from "../geo/default-config";
import type { AssessmentConfig, Threshold } from "../geo/types";

/** The stored value of a setting if it passes the setting's schema, else undefined. */
function validSetting(settings: Y.Map<unknown>, key: string): unknown {
  const parsed = settingSchema(key)?.safeParse(settings.get(key));
  return parsed?.success ? parsed.data : undefined;
}

function readThreshold(settings: Y.Map<unknown>, figure: ThresholdFigure): Threshold | null {
  const stored = validSetting(settings, `threshold.${figure}`) as { pass: number; attention: number } | undefined;
  return stored ? { direction: thresholdDirection(figure), pass: stored.pass, attention: stored.attention } : null;
}

/**
 * The project's overrides from the shared settings map, valid entries only.
 *
 * @example
 * readProjectSettings(settingsMap(doc));
 * // { walkingMetersPerMinute: 70, thresholds: { busStop: { direction: "atMost", pass: 300, attention: 500 } } }
 */
export function readProjectSettings(settings: Y.Map<unknown>): Partial<AssessmentConfig> {
  const result: Partial<AssessmentConfig> = {};
  for (const key of scalarSettings) {
    const value = validSetting(settings, key);
    if (typeof value === "number") result[key] = value;
  }
  const thresholds: AssessmentConfig["thresholds"] = {};
  for (const figure of thresholdFigures) {
    const threshold = readThreshold(settings, figure);
    if (threshold) thresholds[figure] = threshold;
  }
  if (Object.keys(thresholds).length > 0) result.thresholds = thresholds;
  return result;
}

/**
 * Stores a whole configuration in one transaction: settings equal to the default are removed, so the
 * document keeps only what the project changed (and a later change of a default reaches it). Every
 * value is checked with its schema first: if one fails, InvalidRecordError and nothing is written.
 *
 * @example
 * writeProjectSettings(doc, mergeConfig(defaultConfig, { walkingMetersPerMinute: 70 }));
 */
export function writeProjectSettings(doc: Y.Doc, config: AssessmentConfig): void {
  const settings = settingsMap(doc);
  // key → the value to store, or undefined to go back to the default.
  const changes = new Map<string, unknown>();
  for (const key of scalarSettings) {
    if (config[key] === defaultConfig[key]) changes.set(key, undefined);
    else if (settings.get(key) !== config[key]) changes.set(key, config[key]);
  }
  for (const figure of thresholdFigures) {
    const threshold = config.thresholds[figure];
    const fallback = defaultConfig.thresholds[figure];
    const key = `threshold.${figure}`;
    if (!threshold || (fallback && threshold.pass === fallback.pass && threshold.attention === fallback.attention)) {
      changes.set(key, undefined);
      continue;
    }
    const stored = settings.get(key) as { pass?: unknown; attention?: unknown } | null | undefined;
    if (stored?.pass !== threshold.pass || stored?.attention !== threshold.attention) changes.set(key, { pass: threshold.pass, attention: threshold.attention });
  }
  for (const [key, value] of changes) {
    const schema = settingSchema(key);
    if (value !== undefined && schema) validRecord(schema, value, `assessmentSettings.${key}`);
  }
  doc.transact(() => {
    for (const [key, value] of changes) {
      if (value === undefined) {
        if (settings.has(key)) settings.delete(key);
      } else settings.set(key, value);
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
    for (const key of [...settings.keys()]) if (key !== tagMappingKey) settings.delete(key);
  });
}
