import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { SiteRatings } from "../compare/comparison-rows";
import { useMapPage } from "../map-page/map-page-context";
import { CommentsSection } from "./comment-threads";
import { useFeedback } from "./feedback-context";
import { RatingsSection } from "./ratings-section";
import "./feedback.css";

/** Ratings and comment threads of the selected site, in the side panel. */
export function FeedbackPanel() {
  const { t } = useTranslation();
  const { selectedId } = useMapPage();
  const { snapshot, failed, threadsBySite } = useFeedback();
  if (!selectedId) return null;
  if (failed && !snapshot) return <Alert data-color="warning">{t("feedback.failed")}</Alert>;
  if (!snapshot) return null;
  return (
    <section className="stack feedback-panel" data-testid="feedback-panel" aria-labelledby="feedback-heading">
      <Heading level={4} data-size="xs" id="feedback-heading">
        {t("feedback.title")}
      </Heading>
      <RatingsSection siteId={selectedId} />
      <CommentsSection siteId={selectedId} threads={threadsBySite.get(selectedId) ?? []} title={t("feedback.comments.title")} />
    </section>
  );
}

/** Comments pinned to places on the map that are not about one site (e.g. a risky crossing). */
export function MapCommentsPanel() {
  const { t } = useTranslation();
  const { snapshot, mapThreads } = useFeedback();
  if (!snapshot) return null;
  return (
    <div className="stack" data-testid="map-comments-panel">
      <Paragraph data-size="sm" className="muted">
        {t("feedback.comments.mapIntro")}
      </Paragraph>
      <CommentsSection siteId={null} threads={mapThreads} title={t("feedback.comments.mapTitle")} />
    </div>
  );
}

/**
 * The visible ratings as cells of the comparison table: one column per aspect, the average
 * score, and how many are still hidden from this member.
 *
 * @example
 * <CompareSites busy={busy} ratings={useComparisonRatings()} />
 */
export function useComparisonRatings(): SiteRatings {
  const { t } = useTranslation();
  const { ratingsBySite } = useFeedback();
  return useMemo(() => {
    const cells: SiteRatings = new Map();
    for (const [siteId, summaries] of ratingsBySite) {
      cells.set(
        siteId,
        summaries.map((summary) => ({ label: t(`feedback.aspect.${summary.aspect}`), score: summary.average, hiddenCount: summary.hiddenCount })),
      );
    }
    return cells;
  }, [ratingsBySite, t]);
}
