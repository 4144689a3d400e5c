import type * as Y from "yjs";
import type { AssessmentConfig } from "../geo/types";

/** The project's own thresholds and settings, from the plan document (undefined: the defaults). */
export function useAssessmentConfig(_planDoc: Y.Doc | undefined): Partial<AssessmentConfig> | undefined {
  return undefined;
}
