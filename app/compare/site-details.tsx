import type { SiteAssessment } from "../geo/types";

/** The selected site's figures in the side panel: reach, neighbourhood, how each was computed. */
export function SiteDetails(_props: { assessment: SiteAssessment }) {
  return null;
}
