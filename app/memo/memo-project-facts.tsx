/**
 * The memo's facts about the project beyond the sites: the project, the decision log, the
 * checklist's status, "Dette sa dere – dette gjorde vi", the neighbour communication and the
 * workshops. Counts and the project's own words; persons only as roles.
 */
import { useTranslation } from "react-i18next";
import { localized } from "../checklist/checklist-text";
import { checklistStatuses } from "../checklist/template";
import { formatDate } from "../ui/format-time";
import type { MemoSnapshot } from "./memo-snapshot-types";

export function MemoProject({ snapshot }: { snapshot: MemoSnapshot }) {
  const { t } = useTranslation();
  const { project } = snapshot;
  return (
    <dl className="memo-facts">
      <dt>{t("memo.document.municipality")}</dt>
      <dd>{project.municipality}</dd>
      <dt>{t("memo.document.housingForm")}</dt>
      <dd>{t(`housingForm.${project.housingForm}`)}</dd>
      <dt>{t("memo.document.homes")}</dt>
      <dd>{project.homeCount}</dd>
      <dt>{t("memo.document.phase")}</dt>
      <dd>{t(`phase.${project.phase}`)}</dd>
    </dl>
  );
}

export function MemoDecisions({ snapshot, version }: { snapshot: MemoSnapshot; version: "internal" | "public" }) {
  const { t, i18n } = useTranslation();
  if (snapshot.decisions.length === 0) return <p>{t("memo.document.noDecisions")}</p>;
  const showsRecorder = version === "internal" && snapshot.decisions.some((decision) => decision.recordedByName);
  return (
    <table className="memo-table">
      <thead>
        <tr>
          <th scope="col">{t("memo.document.decisionColumns.date")}</th>
          <th scope="col">{t("memo.document.decisionColumns.phase")}</th>
          <th scope="col">{t("memo.document.decisionColumns.decision")}</th>
          <th scope="col">{t("memo.document.decisionColumns.decidedBy")}</th>
          <th scope="col">{t("memo.document.decisionColumns.basis")}</th>
          {showsRecorder ? <th scope="col">{t("memo.document.decisionColumns.recordedBy")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {snapshot.decisions.map((decision, index) => (
          <tr key={index}>
            <td className="memo-nowrap">{formatDate(decision.date, i18n.language)}</td>
            <td>{t(`phase.${decision.phase}`)}</td>
            <td>{decision.decision}</td>
            <td>{decision.decidedBy}</td>
            <td>{decision.basis}</td>
            {showsRecorder ? <td>{decision.recordedByName ?? "–"}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MemoChecklist({ snapshot }: { snapshot: MemoSnapshot }) {
  const { t, i18n } = useTranslation();
  const { checklist } = snapshot;
  const states = [...checklistStatuses, "mixed" as const].filter((state) => (checklist.byStatus[state] ?? 0) > 0);
  return (
    <>
      <p>
        {t("memo.document.checklistFigure", { closed: checklist.closed, total: checklist.total, done: checklist.done })}
        {checklist.overdue > 0 ? ` ${t("memo.document.checklistOverdue", { count: checklist.overdue })}` : null}
      </p>
      <table className="memo-table memo-table--narrow">
        <caption>{t("memo.document.checklistByStatus")}</caption>
        <tbody>
          {states.map((state) => (
            <tr key={state}>
              <th scope="row">{t(`checklist.status.${state}`)}</th>
              <td className="memo-number">{checklist.byStatus[state]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t("memo.document.decidedAgainst")}</h4>
      {checklist.decidedAgainst.length === 0 ? (
        <p>{t("memo.document.noneDecidedAgainst")}</p>
      ) : (
        <ul>
          {checklist.decidedAgainst.map((item, index) => (
            <li key={index}>
              <strong>{localized(item.title, i18n.language)}</strong> ({localized(item.section, i18n.language)}): {item.reason}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function MemoParticipation({ snapshot }: { snapshot: MemoSnapshot }) {
  const { t, i18n } = useTranslation();
  const { participation } = snapshot;
  const percent = participation.answeredShare === null ? null : Math.round(participation.answeredShare * 100);
  return (
    <>
      <ul className="memo-figures">
        <li>{t("participation.figures.residents", { count: participation.distinctResidents })}</li>
        <li>{t("participation.figures.activities", { count: participation.activityCount })}</li>
        <li>{percent === null ? t("participation.figures.noPoints") : t("participation.figures.answered", { answered: participation.answeredCount, total: participation.pointCount, percent })}</li>
        <li>{participation.medianDaysToAnswer === null ? t("participation.figures.noMedian") : t("participation.figures.median", { count: participation.medianDaysToAnswer, days: participation.medianDaysToAnswer })}</li>
      </ul>
      {participation.points.length === 0 ? (
        <p>{t("memo.document.noPoints")}</p>
      ) : (
        <table className="memo-table">
          <caption>{t("memo.document.points")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("memo.document.point")}</th>
              <th scope="col">{t("memo.document.saidBy")}</th>
              <th scope="col">{t("memo.document.outcome")}</th>
            </tr>
          </thead>
          <tbody>
            {participation.points.map((point, index) => (
              <tr key={index}>
                <td>
                  {point.body}
                  <span className="memo-muted"> ({point.activityTitle ? `${point.activityTitle}, ` : ""}{formatDate(point.raisedOn, i18n.language)})</span>
                </td>
                <td>{t(`participation.raiser.${point.raisedByRole}`)}</td>
                <td>
                  <strong>{t(`participation.status.${point.answerStatus}`)}</strong>
                  {point.answer ? ` – ${point.answer}` : null}
                  {point.reason ? ` ${point.reason}` : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function MemoNeighbours({ snapshot }: { snapshot: MemoSnapshot }) {
  const { t, i18n } = useTranslation();
  const { neighbours } = snapshot;
  return (
    <ul className="memo-figures">
      <li>{t("memo.document.infoPlan", { done: neighbours.infoPlanDone, total: neighbours.infoPlanRows })}</li>
      <li>{t("memo.document.lettersSent", { count: neighbours.lettersSent })}</li>
      <li>{t("memo.document.meetings", { count: neighbours.meetingsHeld })}</li>
      <li>{t("memo.document.logEntries", { count: neighbours.logEntries })}</li>
      <li>
        {neighbours.notice
          ? t("memo.document.notice", { date: formatDate(neighbours.notice.sentDate, i18n.language), count: neighbours.notice.recipientCount, objections: neighbours.notice.objections, open: neighbours.notice.openObjections })
          : t("memo.document.noNotice")}
      </li>
    </ul>
  );
}

export function MemoWorkshops({ snapshot }: { snapshot: MemoSnapshot }) {
  const { t, i18n } = useTranslation();
  if (snapshot.workshops.length === 0) return <p>{t("memo.document.noWorkshops")}</p>;
  return (
    <ul>
      {snapshot.workshops.map((workshop, index) => {
        const who = Object.entries(workshop.attendance)
          .filter(([, count]) => count > 0)
          .map(([role, count]) => `${t(`participation.attendanceRole.${role}`)}: ${count}`)
          .join("; ");
        return (
          <li key={index}>
            <strong>{t("memo.document.workshopLine", { title: workshop.title, date: formatDate(workshop.date, i18n.language) })}</strong>
            {workshop.facilitatorName ? ` (${workshop.facilitatorName})` : null}. {t("memo.document.workshopAttendance", { who: who || "–", points: workshop.points })}
          </li>
        );
      })}
    </ul>
  );
}
