/**
 * The live map page of a project: it composes the features (sites and their
 * editing, the assessment and comparison, ratings and comments, areas of
 * concern, points added by hand, presence) around one context (decision 010).
 * Rendered only in the browser (the route waits for hydration).
 */
import { Heading, Paragraph, Spinner } from "@digdir/designsystemet-react";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useAssessmentConfig } from "../compare/assessment-settings";
import { CompareSites } from "../compare/compare-sites";
import { useProjectTagMapping } from "../compare/tag-mapping-settings";
import { ConcernsContext, useConcerns } from "../concerns/use-concerns";
import { SkippedRecordsNotice } from "../documents/skipped-records-notice";
import { useComparisonRatings } from "../feedback/feedback";
import { FeedbackProvider } from "../feedback/feedback-context";
import { MapPresenceProvider } from "../map-presence/map-presence-context";
import type { Role } from "../permissions";
import { SiteEditingProvider } from "../sites/site-editing";
import { SiteEditingTools } from "../sites/site-editor-toolbar";
import { MapPageContext } from "./map-page-context";
import { MapPageStatus } from "./map-page-status";
import { SitePanel } from "./site-panel";
import { useMapPageValue } from "./use-map-page-value";
import { usePlanDocument } from "./use-plan-document";
import { useReferenceData } from "./use-reference-data";
import { useSelectedSite } from "./use-selected-site";
import { useSiteAssessments } from "./use-site-assessments.client";
import "./map-page.css";

const MapView = lazy(() => import("./map-view.client"));

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
      <Paragraph>
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
              <div className="stack site-workspace">
                <Heading level={2} data-size="md">
                  {t("siteMap.title")}
                </Heading>
                <MapPageStatus shared={plan.shared} mayEditPlan={mayEditPlan} reference={reference.state} assessmentError={assessments.error} />
                <SkippedRecordsNotice doc={plan.shared.doc} domain="plan" maps={["sites", "assessmentSettings"]} />
                <SiteEditingTools />
                <div className="site-map-layout">
                  <Suspense
                    fallback={
                      <div className="site-map site-map--loading">
                        <Spinner aria-hidden data-size="sm" /> {t("siteMap.loadingMap")}
                      </div>
                    }
                  >
                    <MapView />
                  </Suspense>
                  <SitePanel />
                </div>
                <CompareWithRatings busy={assessments.busy} />
              </div>
            </SiteEditingProvider>
          </MapPresenceProvider>
        </FeedbackProvider>
      </ConcernsContext.Provider>
    </MapPageContext.Provider>
  );
}
