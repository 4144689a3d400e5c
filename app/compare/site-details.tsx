import { Details, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { everydayCategories, type AssessmentConfig, type DestinationCategory, type SiteAssessment } from "../geo/types";
import { useMapPage } from "../map-page/map-page-context";
import { StatusBadge } from "./assessment-parts";
import { useProjectConfig } from "./assessment-settings";
import { formatNumber, languageOf, notFoundText, thresholdText, thresholdTexts } from "./figure-text";
import "./compare.css";

const neighbourhoodCategories: DestinationCategory[] = ["school", "kindergarten", "fireStation", "police"];

/** One destination category: nearest by walk, walking and straight-line figures, status in colour and words. */
function NearestItem({ assessment, category, config }: { assessment: SiteAssessment; category: DestinationCategory; config: AssessmentConfig }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const nearest = assessment.nearest[category];
  return (
    <li data-category={category}>
      <strong>{t(`compare.column.${category}`)}</strong>
      {nearest ? (
        <>
          {": "}
          {nearest.name ?? t("compare.details.unnamed")}
          <span className="nearest-figures">
            {t("compare.details.walk", { walk: Math.round(nearest.walkMeters), minutes: formatNumber(nearest.walkMinutes, language, 1) })}
            {" · "}
            {t("compare.details.straight", { straight: Math.round(nearest.straightMeters) })} <StatusBadge status={nearest.status} />
          </span>
          <span className="muted nearest-figures">{thresholdText(category, config, t)}</span>
        </>
      ) : (
        <span className="nearest-figures">{notFoundText(assessment.notFound[category], config, t)}</span>
      )}
    </li>
  );
}

/** How many of each everyday category lie within each walking time. */
function ReachCounts({ assessment, config }: { assessment: SiteAssessment; config: AssessmentConfig }) {
  const { t } = useTranslation();
  const minutes = config.reachMinutes;
  return (
    <Table data-size="sm" data-testid="reach-counts">
      <caption className="visually-hidden">{t("compare.details.reachCaption", { minutes: minutes.join(", ") })}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{t("compare.details.reachCategory")}</Table.HeaderCell>
          {minutes.map((limit) => (
            <Table.HeaderCell scope="col" key={limit}>
              {t("compare.details.reachMinutes", { minutes: limit })}
            </Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {everydayCategories.map((category) => (
          <Table.Row key={category} data-category={category}>
            <Table.HeaderCell scope="row">{t(`compare.column.${category}`)}</Table.HeaderCell>
            {minutes.map((limit) => (
              <Table.Cell key={limit}>{assessment.reachCounts[category]?.[String(limit)] ?? 0}</Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

/** Supported homes within the radius and, only when computed for this member, the area of concern. */
function NeighbourhoodFigures({ assessment }: { assessment: SiteAssessment }) {
  const { t } = useTranslation();
  const { supportedHomesWithin, radiusMeters, supportedHomesStatus, areaOfConcern } = assessment.neighbourhood;
  return (
    <>
      <Paragraph data-testid="supported-homes">
        {t("compare.details.homes", { count: supportedHomesWithin, radius: radiusMeters })} <StatusBadge status={supportedHomesStatus} />
      </Paragraph>
      {areaOfConcern ? (
        <Paragraph data-testid="area-of-concern">
          {areaOfConcern.inside
            ? t("compare.details.concernInside")
            : areaOfConcern.distanceMeters === null
              ? t("compare.details.concernNone")
              : t(areaOfConcern.near ? "compare.details.concernNear" : "compare.details.concernFar", {
                  meters: Math.round(areaOfConcern.distanceMeters),
                  nearMeters: areaOfConcern.nearMeters,
                })}{" "}
          <StatusBadge status={areaOfConcern.status} />
        </Paragraph>
      ) : null}
    </>
  );
}

/** The method texts from the engine, and the project's thresholds. */
function HowComputed({ assessment, config }: { assessment: SiteAssessment; config: AssessmentConfig }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const walking = Object.values(assessment.nearest).find((nearest) => nearest !== null)?.method;
  const reachMinutes = config.reachMinutes[0] ?? 5;
  return (
    <Details data-testid="site-methods">
      <Details.Summary>{t("compare.details.methodTitle")}</Details.Summary>
      <Details.Content>
        <div className="stack">
          {walking ? <Paragraph>{walking[language]}</Paragraph> : null}
          <Paragraph>{t("compare.details.straightMethod")}</Paragraph>
          <Paragraph>{t("compare.details.reachMethod", { meters: reachMinutes * config.walkingMetersPerMinute, minutes: reachMinutes })}</Paragraph>
          <Paragraph>{assessment.neighbourhood.method[language]}</Paragraph>
          {assessment.neighbourhood.areaOfConcern ? <Paragraph>{assessment.neighbourhood.areaOfConcern.method[language]}</Paragraph> : null}
          <div>
            <Paragraph>{t("compare.details.thresholdsUsed")}</Paragraph>
            <ul>
              {thresholdTexts(config, t).map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        </div>
      </Details.Content>
    </Details>
  );
}

/**
 * The selected site's figures in the side panel: nearest destination per category with walking and
 * straight-line distance and status, how many lie within 5, 10 and 15 minutes, the neighbourhood,
 * and how each figure was computed.
 *
 * @example
 * <SiteDetails assessment={assessments.get(selectedId)} />
 */
export function SiteDetails({ assessment }: { assessment: SiteAssessment }) {
  const { t } = useTranslation();
  const config = useProjectConfig(useMapPage().planDoc);
  return (
    <div className="stack site-details" data-testid="site-details">
      <Heading level={4} data-size="2xs">
        {t("compare.details.everyday")}
      </Heading>
      <ul className="nearest-list">
        {everydayCategories.map((category) => (
          <NearestItem key={category} assessment={assessment} category={category} config={config} />
        ))}
      </ul>
      <Heading level={4} data-size="2xs">
        {t("compare.details.reachTitle")}
      </Heading>
      <ReachCounts assessment={assessment} config={config} />
      <Heading level={4} data-size="2xs">
        {t("compare.details.neighbourhood")}
      </Heading>
      <ul className="nearest-list">
        {neighbourhoodCategories.map((category) => (
          <NearestItem key={category} assessment={assessment} category={category} config={config} />
        ))}
      </ul>
      <NeighbourhoodFigures assessment={assessment} />
      <HowComputed assessment={assessment} config={config} />
    </div>
  );
}
