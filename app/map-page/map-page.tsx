/**
 * The live map page of a project: it composes the features (sites and their
 * editing, the assessment and comparison, ratings and comments, areas of
 * concern, points added by hand, presence) around one context (decision 010).
 * Rendered only in the browser (the route waits for hydration).
 */
import { Paragraph, Spinner } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useAssessmentConfig } from "../compare/assessment-settings";
import { CompareSites } from "../compare/compare-sites";
import { useProjectTagMapping } from "../compare/tag-mapping-settings";
import { ConcernsContext, useConcerns } from "../concerns/use-concerns";
import { useComparisonRatings } from "../feedback/feedback";
import { FeedbackProvider } from "../feedback/feedback-context";
import { MapPresenceProvider } from "../map-presence/map-presence-context";
import type { Role } from "../permissions";
import { SiteEditingProvider } from "../sites/site-editing";
import { MapPageContext } from "./map-page-context";
import { ConnectionStatus, MapPageNotices } from "./map-page-status";
import { MapStage } from "./map-stage";
import { useMapPageValue } from "./use-map-page-value";
import { usePlanDocument } from "./use-plan-document";
import { useReferenceData } from "./use-reference-data";
import { useSelectedSite } from "./use-selected-site";
import { useSiteAssessments } from "./use-site-assessments.client";
import "./map-page.css";

/** The comparison table with the ratings this member may see (they meet here, decision 010). */
function CompareWithRatings({ busy }: { busy: boolean }) {
  return <CompareSites busy={busy} ratings={useComparisonRatings()} />;
}

export function ProjectMapPage({ projectId, self, mayEditPlan }: { projectId: string; self: { id: string; name: string; role: Role }; mayEditPlan: boolean }) {
  const { t } = useTranslation();
  const plan = usePlanDocument(projectId, self, mayEditPlan);
  const reference = useReferenceData(projectId);
  const concerns = useConcerns(projectId, self);
  const config = useAssessmentConfig(plan.shared?.doc);
  const { mapping: tagMapping } = useProjectTagMapping(plan.shared?.doc);
  const assessments = useSiteAssessments(reference.geojson, plan.sites, { config, tagMapping, areasOfConcern: concerns.areas });
  const selection = useSelectedSite();
  const page = useMapPageValue({ projectId, self, plan, assessments: assessments.bySite, reference, tagMapping, selection });

  if (!plan.shared || !page) {
    return (
      <Paragraph className="map-stage__loading">
        <Spinner aria-hidden data-size="sm" /> {t("project.status.loading")}
      </Paragraph>
    );
  }
  return (
    <MapPageContext.Provider value={page}>
      <ConcernsContext.Provider value={concerns}>
        <FeedbackProvider>
          <MapPresenceProvider>
            <SiteEditingProvider>
              <MapStage
                status={<ConnectionStatus shared={plan.shared} />}
                notices={<MapPageNotices shared={plan.shared} mayEditPlan={mayEditPlan} reference={reference.state} assessmentError={assessments.error} />}
                comparison={<CompareWithRatings busy={assessments.busy} />}
              />
            </SiteEditingProvider>
          </MapPresenceProvider>
        </FeedbackProvider>
      </ConcernsContext.Provider>
    </MapPageContext.Provider>
  );
}
