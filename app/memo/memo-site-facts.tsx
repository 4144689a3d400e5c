/**
 * The memo's facts about the sites: the vector map, the comparison table with the same figures
 * and words as the map page's table, and the agencies' revealed ratings and comments. Plain
 * HTML and SVG, so the print page and the PDF render the same (no designsystemet components).
 */
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { formatNumber, languageOf, statusText } from "../compare/figure-text";
import { VectorMap } from "../vector-map/vector-map";
import { formatDate } from "../ui/format-time";
import { memoMapFeatures } from "./memo-map-features";
import type { MemoAssessment, MemoSite, MemoSnapshot } from "./memo-snapshot-types";

const tableCategories = ["grocery", "busStop", "pharmacy", "school", "kindergarten"] as const;

function nearestText(assessment: MemoAssessment, category: string, settings: MemoSnapshot["assessment"], t: TFunction, language: "nb" | "en"): string {
  const nearest = assessment.nearest[category];
  if (!nearest) {
    const reason = assessment.notFound[category];
    if (!reason) return t("compare.notAssessed");
    return t(`compare.notFound.${reason}`, { meters: reason === "site-not-near-network" ? settings.maxSnapMeters : settings.maxWalkMeters });
  }
  const figure = t("siteMap.figure", {
    name: nearest.name ?? t("siteMap.unnamed"),
    walk: Math.round(nearest.walkMeters),
    minutes: formatNumber(nearest.walkMinutes, language, 1),
    straight: Math.round(nearest.straightMeters),
  });
  return `${figure} (${statusText(nearest.status, t)})`;
}

function concernCell(assessment: MemoAssessment, t: TFunction): string {
  const concern = assessment.areaOfConcern;
  if (!concern) return "–";
  if (concern.inside) return t("compare.concern.inside");
  if (concern.distanceMeters === null) return t("compare.concern.none");
  const meters = Math.round(concern.distanceMeters);
  return concern.near ? t("compare.concern.near", { meters, nearMeters: concern.nearMeters }) : t("compare.concern.far", { meters });
}

/** The sites on the map and in the comparison table. */
export function MemoSites({ snapshot }: { snapshot: MemoSnapshot }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const { sites } = snapshot;
  if (sites.length === 0) return <p>{t("memo.document.noSites")}</p>;
  const showsConcern = sites.some((site) => site.assessment?.areaOfConcern);
  return (
    <>
      <figure className="memo-map">
        <VectorMap width={640} height={440} title={t("memo.document.mapTitle")} description={t("memo.document.mapDescription", { count: sites.length })} features={memoMapFeatures(snapshot)} />
      </figure>
      {snapshot.assessment.hasReferenceData ? null : <p>{t("memo.document.noReferenceData")}</p>}
      <table className="memo-table memo-table--sites">
        <caption>
          {t("compare.caption")}. {t("memo.document.compactUnits")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("compare.column.site")}</th>
            {tableCategories.map((category) => (
              <th scope="col" key={category}>
                {t(`compare.column.${category}`)}
              </th>
            ))}
            <th scope="col">{t("compare.column.shortcuts")}</th>
            <th scope="col">{t("compare.column.supportedHomes")}</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((site) => (
            <tr key={site.id}>
              <th scope="row">{site.name}</th>
              {tableCategories.map((category) => {
                const nearest = site.assessment?.nearest[category];
                return (
                  <td key={category} className="memo-number">
                    {nearest ? `${Math.round(nearest.walkMeters)} m` : "–"}
                  </td>
                );
              })}
              <td className="memo-number">{site.assessment ? site.assessment.shortcuts.length : "–"}</td>
              <td className="memo-number">{site.assessment ? site.assessment.supportedHomesWithin : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="memo-muted">{t("compare.units", { speed: snapshot.assessment.walkingMetersPerMinute })}</p>
      {sites.map((site) => (
        <table key={site.id} className="memo-table memo-table--site" data-site={site.name}>
          <caption>
            {site.name} – {t(`memo.document.siteStatusValue.${site.status}`)}
          </caption>
          <tbody>
            {site.assessment ? (
              <>
                {tableCategories.map((category) => (
                  <tr key={category}>
                    <th scope="row">{t(`compare.column.${category}`)}</th>
                    <td>{nearestText(site.assessment as MemoAssessment, category, snapshot.assessment, t, language)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t("compare.column.shortcuts")}</th>
                  <td>{site.assessment.shortcuts.length === 0 ? t("compare.noShortcuts") : t("compare.shortcutCount", { count: site.assessment.shortcuts.length })}</td>
                </tr>
                <tr>
                  <th scope="row">{t("compare.column.supportedHomes")}</th>
                  <td>
                    {t("compare.homesWithin", { count: site.assessment.supportedHomesWithin, radius: site.assessment.radiusMeters })} ({statusText(site.assessment.supportedHomesStatus, t)})
                  </td>
                </tr>
                {showsConcern ? (
                  <tr>
                    <th scope="row">{t("compare.column.areaOfConcern")}</th>
                    <td>{concernCell(site.assessment, t)}</td>
                  </tr>
                ) : null}
              </>
            ) : (
              <tr>
                <td>{t("compare.notAssessed")}</td>
              </tr>
            )}
          </tbody>
        </table>
      ))}
    </>
  );
}

function SiteFeedback({ site }: { site: MemoSite }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  if (site.ratings.length === 0 && site.comments.length === 0) return null;
  return (
    <div className="memo-keep">
      <h4>{site.name}</h4>
      <ul>
        {site.ratings.map((rating, index) => (
          <li key={`rating-${index}`}>
            <strong>{t("memo.document.ratingLine", { role: t(`role.${rating.role}`), score: formatNumber(rating.score, language, 1) })}</strong>
            {rating.comment ? ` – ${rating.comment}` : null}
          </li>
        ))}
        {site.comments.map((comment, index) => (
          <li key={`comment-${index}`}>
            <span className="memo-muted">{t("memo.document.commentBy", { role: t(`role.${comment.authorRole}`), date: formatDate(comment.date, i18n.language) })}: </span>
            {comment.body}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The agencies' ratings (revealed ones only) and comments, per site. */
export function MemoRatings({ snapshot }: { snapshot: MemoSnapshot }) {
  const { t } = useTranslation();
  const any = snapshot.sites.some((site) => site.ratings.length > 0 || site.comments.length > 0);
  return (
    <>
      <p>{t("memo.document.ratingsIntro")}</p>
      {any ? snapshot.sites.map((site) => <SiteFeedback key={site.id} site={site} />) : <p>{t("memo.document.noRatings")}</p>}
    </>
  );
}

/** Each site's assessment in words (the engine's own summary), for the "Vurdering" part. */
export function MemoSiteAssessments({ snapshot }: { snapshot: MemoSnapshot }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const assessed = snapshot.sites.filter((site) => site.assessment);
  if (assessed.length === 0) return null;
  return (
    <>
      <p>{t("memo.document.assessmentIntro")}</p>
      <ul>
        {assessed.map((site) => (
          <li key={site.id}>
            <strong>{site.name}:</strong> {site.assessment?.summary[language]}
            {site.assessment && site.assessment.shortcuts.length > 0 ? (
              <ul>
                {site.assessment.shortcuts.map((shortcut, index) => (
                  <li key={index}>{shortcut.message[language]}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
