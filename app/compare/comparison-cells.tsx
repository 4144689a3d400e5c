import { useTranslation } from "react-i18next";
import type { AssessmentConfig, DestinationCategory, SiteAssessment } from "../geo/types";
import { ShortcutList, StatusBadge } from "./assessment-parts";
import type { RatingCell } from "./comparison-rows";
import { concernText, formatNumber, languageOf, notFoundText } from "./figure-text";

/**
 * Nearest destination of one category: name, walking metres and minutes, straight line, status.
 * The method is in the cell's title; the side panel shows it in full.
 */
export function NearestCell({ assessment, category, config }: { assessment: SiteAssessment; category: DestinationCategory; config: AssessmentConfig }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const nearest = assessment.nearest[category];
  if (!nearest) return <span className="muted">{notFoundText(assessment.notFound[category], config, t)}</span>;
  return (
    <span title={nearest.method[language]}>
      {t("siteMap.figure", {
        name: nearest.name ?? t("siteMap.unnamed"),
        walk: Math.round(nearest.walkMeters),
        minutes: formatNumber(nearest.walkMinutes, language, 1),
        straight: Math.round(nearest.straightMeters),
      })}{" "}
      <StatusBadge status={nearest.status} />
    </span>
  );
}

/** How many risky shortcuts, and each one in words. */
export function ShortcutsCell({ assessment }: { assessment: SiteAssessment }) {
  const { t } = useTranslation();
  if (assessment.shortcuts.length === 0) return <span>{t("compare.noShortcuts")}</span>;
  return (
    <>
      <strong>{t("compare.shortcutCount", { count: assessment.shortcuts.length })}</strong>
      <ShortcutList assessment={assessment} />
    </>
  );
}

/** Supported homes within the radius (concentration), with status. */
export function HomesCell({ assessment }: { assessment: SiteAssessment }) {
  const { t } = useTranslation();
  const { supportedHomesWithin, radiusMeters, supportedHomesStatus } = assessment.neighbourhood;
  return (
    <span>
      {t("compare.homesWithin", { count: supportedHomesWithin, radius: radiusMeters })} <StatusBadge status={supportedHomesStatus} />
    </span>
  );
}

/** In or near an area of concern (only present for members who may see those areas). */
export function ConcernCell({ assessment }: { assessment: SiteAssessment }) {
  const { t } = useTranslation();
  const concern = assessment.neighbourhood.areaOfConcern;
  if (!concern) return <span>–</span>;
  return (
    <span>
      {concernText(concern, t)} <StatusBadge status={concern.status} />
    </span>
  );
}

/** A rating column: the score, or why there is none. */
export function RatingValue({ cell }: { cell: RatingCell | undefined }) {
  const { t, i18n } = useTranslation();
  if (!cell || (cell.score === null && !cell.hiddenCount)) return <span className="muted">{t("compare.rating.none")}</span>;
  return (
    <span>
      {cell.score !== null ? t("compare.rating.score", { score: formatNumber(cell.score, languageOf(i18n.language), 1) }) : null}
      {cell.hiddenCount ? <span className="muted compare-hidden-ratings"> {t("compare.rating.hidden", { count: cell.hiddenCount })}</span> : null}
    </span>
  );
}
