/**
 * The spotlit site's assessment on the shared screen (decision 014): its status in the plan, the
 * engine's summary and the walk to each everyday destination with its status in colour and words,
 * as the map page's site panel shows them, in type readable from the back of the room. The
 * police's areas of concern are not read here: the room includes residents.
 */
import { useTranslation } from "react-i18next";
import { StatusBadge } from "../compare/assessment-parts";
import { formatNumber, languageOf } from "../compare/figure-text";
import { everydayCategories, type SiteAssessment } from "../geo/types";
import type { Site } from "../sites/site-document";
import { SiteStatusTag } from "../sites/site-editor-status";
import "../compare/compare.css";

/**
 * @example
 * <ScreenAssessment site={site} assessment={assessments.bySite.get(site.id)} />
 */
export function ScreenAssessment({ site, assessment }: { site: Site; assessment: SiteAssessment | undefined }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  return (
    <section className="screen-assessment" aria-labelledby="screen-site-name" data-testid="screen-assessment">
      <h2 className="screen-assessment__name" id="screen-site-name">
        {site.name}
      </h2>
      <p>
        <SiteStatusTag status={site.status} />
      </p>
      {assessment ? (
        <>
          <p className="screen-assessment__summary">{assessment.summary[language]}</p>
          <ul className="screen-assessment__list">
            {everydayCategories.map((category) => {
              const nearest = assessment.nearest[category];
              return (
                <li key={category} data-category={category}>
                  <strong>{t(`compare.column.${category}`)}</strong>{" "}
                  {nearest ? (
                    <>
                      {t("compare.details.walk", { walk: Math.round(nearest.walkMeters), minutes: formatNumber(nearest.walkMinutes, language, 1) })} <StatusBadge status={nearest.status} />
                    </>
                  ) : (
                    "–"
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>{t("workshopUi.screen.noAssessment")}</p>
      )}
    </section>
  );
}
