/**
 * The participation figures and charts (decision 013), for the project's overview and the log:
 * distinct residents, activities, the share of points answered, the median days to an answer,
 * open points past the limit (planners), and two charts, each with a table of the same numbers.
 * The chart code (@visx) is only in pages that show this component.
 *
 * @example
 * <ParticipationFigures projectId={project.id} summary={participation} showLink />
 */
import { Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../ui/format-time";
import { ActivityTimeline } from "./activity-timeline";
import type { ParticipationFiguresData } from "./participation-figures";
import { participationUrl } from "./participation-text";
import { PhaseBarChart } from "./phase-bar-chart";
import "./participation.css";

function numberText(value: number, language: string): string {
  return value.toLocaleString(language === "en" ? "en-GB" : "nb-NO", { maximumFractionDigits: 1 });
}

export function ParticipationFigures({
  projectId,
  summary,
  showLink = false,
  headingLevel = 2,
}: {
  projectId: string;
  summary: { figures: ParticipationFiguresData; showsOverdue: boolean };
  /** A link to the participation log under the figures (on the overview). */
  showLink?: boolean;
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const { figures } = summary;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  const percent = figures.answeredShare === null ? 0 : Math.round(figures.answeredShare * 100);
  return (
    <section className="stack participation-figures" aria-labelledby="participation-figures-title" data-testid="participation-figures">
      <Heading id="participation-figures-title" className="ds-heading" data-size="sm">
        {t("participation.figures.title")}
      </Heading>
      <ul className="participation-figures__numbers">
        <li>
          <strong>{t("participation.figures.residents", { count: figures.distinctResidents })}</strong>
        </li>
        <li>{t("participation.figures.activities", { count: figures.activityCount })}</li>
        <li>{figures.pointCount === 0 ? t("participation.figures.noPoints") : t("participation.figures.answered", { answered: figures.answeredCount, total: figures.pointCount, percent })}</li>
        <li>
          {figures.medianDaysToAnswer === null
            ? t("participation.figures.noMedian")
            : t("participation.figures.median", { count: figures.medianDaysToAnswer, days: numberText(figures.medianDaysToAnswer, i18n.language) })}
        </li>
        {summary.showsOverdue && figures.overduePointIds.length > 0 ? (
          <li className="participation-overdue">
            <Link href={`${participationUrl(projectId)}#point-${encodeURIComponent(figures.overduePointIds[0])}`}>
              {t("participation.figures.overdue", { count: figures.overduePointIds.length, days: figures.pointAnswerDays })}
            </Link>
          </li>
        ) : null}
      </ul>
      <Paragraph data-size="sm" className="muted">
        {t("participation.figures.residentsHelp")}
      </Paragraph>
      <div className="participation-figures__charts">
        <figure className="stack participation-figure">
          <Sub className="ds-heading" data-size="2xs">
            {t("participation.figures.perPhaseTitle")}
          </Sub>
          <PhaseBarChart perPhase={figures.activitiesPerPhase} />
          <details className="participation-details">
            <summary>{t("participation.figures.table")}</summary>
            <table className="participation-table">
              <caption className="visually-hidden">{t("participation.figures.perPhaseTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("participation.figures.phase")}</th>
                  <th scope="col">{t("participation.figures.count")}</th>
                </tr>
              </thead>
              <tbody>
                {figures.activitiesPerPhase.map((entry) => (
                  <tr key={entry.phase}>
                    <th scope="row">{t(`phase.${entry.phase}`)}</th>
                    <td>{entry.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figure>
        <figure className="stack participation-figure">
          <Sub className="ds-heading" data-size="2xs">
            {t("participation.figures.timelineTitle")}
          </Sub>
          {figures.timeline.length === 0 ? <Paragraph data-size="sm">{t("participation.figures.noActivities")}</Paragraph> : <ActivityTimeline timeline={figures.timeline} />}
          {figures.timeline.length === 0 ? null : (
            <details className="participation-details">
              <summary>{t("participation.figures.table")}</summary>
              <table className="participation-table">
                <caption className="visually-hidden">{t("participation.figures.timelineTitle")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("participation.figures.date")}</th>
                    <th scope="col">{t("participation.figures.activity")}</th>
                    <th scope="col">{t("participation.figures.phase")}</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.timeline.map((activity) => (
                    <tr key={activity.id}>
                      <td>{formatDate(activity.date, i18n.language)}</td>
                      <th scope="row">{activity.title}</th>
                      <td>{t(`phase.${activity.phase}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          )}
        </figure>
      </div>
      {showLink ? <Link href={participationUrl(projectId)}>{t("participation.figures.more")}</Link> : null}
    </section>
  );
}
