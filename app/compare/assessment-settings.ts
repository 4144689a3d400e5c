import { useMemo } from "react";
import type * as Y from "yjs";
import { defaultConfig, mergeConfig } from "../geo/default-config";
import type { AssessmentConfig } from "../geo/types";
import { useObserveDeep } from "../sync/use-shared-document";
import { settingsMap } from "../documents/plan-document";
import { readProjectSettings } from "./project-settings";

/**
 * The project's own thresholds and settings, from the plan document, following
 * every change live (undefined: no document yet, so the defaults). The object
 * keeps its identity while the settings stay the same.
 *
 * @example
 * const config = useAssessmentConfig(planDoc); // { thresholds: { busStop: { direction: "atMost", pass: 300, attention: 500 } } }
 */
export function useAssessmentConfig(planDoc: Y.Doc | undefined): Partial<AssessmentConfig> | undefined {
  const settings = useMemo(() => (planDoc ? settingsMap(planDoc) : undefined), [planDoc]);
  // Re-renders on every change; the key keeps the same object while the content is unchanged.
  useObserveDeep(settings);
  const key = settings ? JSON.stringify(readProjectSettings(settings)) : "";
  return useMemo(() => (key ? (JSON.parse(key) as Partial<AssessmentConfig>) : undefined), [key]);
}

/**
 * The whole configuration the project's figures are rated against (defaults and the project's own).
 *
 * @example
 * useProjectConfig(planDoc).thresholds.busStop; // { direction: "atMost", pass: 400, attention: 600 }
 */
export function useProjectConfig(planDoc: Y.Doc | undefined): AssessmentConfig {
  const override = useAssessmentConfig(planDoc);
  return useMemo(() => mergeConfig(defaultConfig, override), [override]);
}
