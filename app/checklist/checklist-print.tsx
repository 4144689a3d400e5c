import { Button, Link } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../ui/format-time";
import { dueText, localized, roleText } from "./checklist-text";
import type { ChecklistItemJson, ChecklistSnapshot } from "./checklist-types";
import "./checklist-print.css";

function PrintedItem({ item, snapshot }: { item: ChecklistItemJson; snapshot: ChecklistSnapshot }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const due = dueText(item, t, language);
  const state = item.shown;
  const homeNames = new Map(snapshot.homes.map((home) => [home.id, home.name]));
  return (
    <li className="checklist-print__item" data-status={item.summary}>
      <div className="checklist-print__line">
        <h3 className="checklist-print__title">{localized(item.title, language)}</h3>
        <span className="checklist-print__status">
          {t(`checklist.status.${item.summary}`)}
          {item.overdue ? ` · ${t("checklist.overdue")}` : ""}
        </span>
      </div>
      <p className="checklist-print__facts">
        {[
          item.signingRole ? t(`checklist.signedBy.${item.signingRole}`) : null,
          t("checklist.responsible", { role: roleText(item.responsibleRole, t) }),
          due ? t("checklist.due", { due }) : null,
          t("checklist.evidenceCount", { count: item.evidence.total }),
          item.openDisagreements > 0 ? t("checklist.disagreementCount", { count: item.openDisagreements }) : null,
          t("checklist.source", { source: item.source }),
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {!item.homesDiffer && state.reason ? <p>{t("checklist.stateForm.reasonShown", { reason: state.reason })}</p> : null}
      {item.homesDiffer ? (
        <table className="checklist-print__homes">
          <caption>{t("checklist.homes.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("checklist.homes.home")}</th>
              <th scope="col">{t("checklist.homes.state")}</th>
              <th scope="col">{t("checklist.homes.reason")}</th>
            </tr>
          </thead>
          <tbody>
            {item.homeStates.map((home) => (
              <tr key={home.homeId}>
                <th scope="row">{homeNames.get(home.homeId) ?? home.homeId}</th>
                <td>{t(`checklist.status.${home.status}`)}</td>
                <td>{home.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {item.decision ? (
        <p>
          {t("checklist.decision.shown", { decision: item.decision })} {item.decisionReason ? t("checklist.decision.reasonShown", { reason: item.decisionReason }) : null}
          {item.decisionLogId ? ` (${t("checklist.decision.logged")})` : ""}
        </p>
      ) : null}
    </li>
  );
}

/** The checklist for paper: sections and items with states, reasons and decisions; no forms, no navigation. */
export function ChecklistPrint({ snapshot, projectName }: { snapshot: ChecklistSnapshot; projectName: string }) {
  const { t, i18n } = useTranslation();
  const { progress } = snapshot;
  return (
    <main id="main" className="page checklist-print" tabIndex={-1}>
      <div className="checklist-print__tools row">
        <Button type="button" onClick={() => window.print()}>
          {t("checklist.print.print")}
        </Button>
        <Link href={`/projects/${snapshot.projectId}/checklist`}>{t("checklist.print.back")}</Link>
      </div>
      <h1 className="ds-heading" data-size="md">
        {t("checklist.print.title", { project: projectName })}
      </h1>
      <p>
        {t("checklist.print.printed", { date: formatDate(snapshot.today, i18n.language) })} · {t(`phase.${snapshot.phase}`)}
      </p>
      <p className="checklist-print__summary">
        {t("checklist.progress.summary", { closed: progress.closed, total: progress.total })}. {t("checklist.progress.closedHelp", { done: progress.done })}{" "}
        {progress.overdue > 0 ? t("checklist.progress.overdue", { count: progress.overdue }) : t("checklist.progress.noneOverdue")}
      </p>
      {snapshot.sections.map((section) => {
        const figures = progress.bySection.find((entry) => entry.key === section.key);
        return (
          <section key={section.key} className="checklist-print__section" aria-labelledby={`print-${section.key}`}>
            <h2 id={`print-${section.key}`} className="checklist-print__section-title">
              {localized(section.title, i18n.language)}
              {figures ? <span className="checklist-print__figure"> {t("checklist.progress.figure", { closed: figures.closed, total: figures.total })}</span> : null}
            </h2>
            <ul className="checklist-print__items">
              {section.items.map((item) => (
                <PrintedItem key={item.key} item={item} snapshot={snapshot} />
              ))}
            </ul>
          </section>
        );
      })}
    </main>
  );
}
