/**
 * The shared screen's site stage (client-only, loaded with React.lazy): the map following the
 * facilitator's view with the spotlit site outlined and the place someone pointed to, and beside
 * it the site's assessment, worked out in the map page's Web Worker from the project's map data.
 */
import type * as Y from "yjs";
import { useTranslation } from "react-i18next";
import { useAssessmentConfig } from "../compare/assessment-settings";
import { useProjectTagMapping } from "../compare/tag-mapping-settings";
import { useReferenceData } from "../map-page/use-reference-data";
import { useSiteAssessments } from "../map-page/use-site-assessments.client";
import type { Site } from "../sites/site-document";
import { ScreenAssessment } from "./screen-assessment";
import type { AttentionPointer } from "./use-workshop-events";
import WorkshopMap, { type MapViewValue } from "./workshop-map.client";

export default function ScreenSiteStage({ projectId, planDoc, sites, spotlit, view, attention }: { projectId: string; planDoc: Y.Doc | undefined; sites: Site[]; spotlit: Site | null; view: MapViewValue | null; attention: AttentionPointer | null }) {
  const { t } = useTranslation();
  const reference = useReferenceData(projectId);
  const config = useAssessmentConfig(planDoc);
  const { mapping: tagMapping } = useProjectTagMapping(planDoc);
  const assessments = useSiteAssessments(reference.geojson, sites, { config, tagMapping });
  return (
    <div className={spotlit ? "workshop-screen__site" : "workshop-screen__site workshop-screen__site--map-only"}>
      <div className="workshop-screen__map">
        <WorkshopMap sites={sites} spotlitSiteId={spotlit?.id ?? null} follow={view} attention={attention} attentionLabel={t("workshopUi.screen.attention")} large label={t("workshopUi.screen.mapAria")} />
      </div>
      {spotlit ? <ScreenAssessment site={spotlit} assessment={assessments.bySite.get(spotlit.id)} /> : null}
    </div>
  );
}
