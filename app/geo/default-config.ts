import type { AssessmentConfig } from "./types";

/**
 * Default assessment settings. Projects override any of them (see `mergeConfig`).
 * Thresholds follow common Norwegian planning practice for everyday walking distances.
 *
 * @example
 * const config = mergeConfig(defaultConfig, { maxWalkMeters: 2000 });
 */
export const defaultConfig: AssessmentConfig = {
  walkingMetersPerMinute: 75,
  maxWalkMeters: 3000,
  maxSnapMeters: 150,
  reachMinutes: [5, 10, 15],
  shortcutRadiusMeters: 1000,
  shortcutMinDetourRatio: 1.5,
  shortcutMinExtraMeters: 200,
  neighbourhoodRadiusMeters: 500,
  areaOfConcernNearMeters: 300,
  thresholds: {
    busStop: { direction: "atMost", pass: 400, attention: 600 },
    grocery: { direction: "atMost", pass: 800, attention: 1200 },
    pharmacy: { direction: "atMost", pass: 1000, attention: 1500 },
    fireStation: { direction: "atMost", pass: 3000, attention: 3000 },
    police: { direction: "atMost", pass: 3000, attention: 3000 },
    // Closeness to schools and kindergartens is a concern in the brief, so farther is better.
    school: { direction: "atLeast", pass: 300, attention: 150 },
    kindergarten: { direction: "atLeast", pass: 300, attention: 150 },
    supportedHomesWithin: { direction: "atMost", pass: 4, attention: 8 },
  },
};

/**
 * Merges a partial project configuration over the defaults (thresholds merged per figure).
 *
 * @example
 * mergeConfig(defaultConfig, { thresholds: { busStop: { direction: "atMost", pass: 300, attention: 500 } } });
 */
export function mergeConfig(base: AssessmentConfig, override: Partial<AssessmentConfig> | undefined): AssessmentConfig {
  if (!override) return base;
  return { ...base, ...override, thresholds: { ...base.thresholds, ...(override.thresholds ?? {}) } };
}
