import type { Status, Threshold } from "./types";

/**
 * Colours one figure against a threshold. For `atMost` (walking distance) a missing value
 * (nothing reachable) fails; for `atLeast` (distance to a school) a missing value passes.
 *
 * @example
 * rateFigure(350, { direction: "atMost", pass: 400, attention: 600 }); // "pass"
 * rateFigure(500, { direction: "atMost", pass: 400, attention: 600 }); // "attention"
 */
export function rateFigure(value: number | null, threshold: Threshold | undefined): Status {
  if (!threshold) return value === null ? "attention" : "pass";
  if (value === null) return threshold.direction === "atMost" ? "fail" : "pass";
  if (threshold.direction === "atMost") return value <= threshold.pass ? "pass" : value <= threshold.attention ? "attention" : "fail";
  return value >= threshold.pass ? "pass" : value >= threshold.attention ? "attention" : "fail";
}
