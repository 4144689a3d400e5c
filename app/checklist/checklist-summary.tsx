import { Link } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useLiveRevalidation } from "../live/use-live-revalidation";
import { ProgressBar, ProgressHeadline } from "./checklist-progress-view";
import { localized } from "./checklist-text";
import type { ChecklistProgress } from "./checklist-types";
import "./checklist.css";

/** What the project overview needs of the checklist: the figures, no items. */
export type ChecklistSummaryData = Pick<ChecklistProgress, "total" | "closed" | "done" | "overdue" | "bySection">;

/** The figures of a progress, for the overview's loader (a few hundred bytes, not the whole checklist). */
export function checklistSummary(progress: ChecklistProgress): ChecklistSummaryData {
  return { total: progress.total, closed: progress.closed, done: progress.done, overdue: progress.overdue, bySection: progress.bySection };
}

/** The project overview's compact checklist progress, linking to the checklist; live like the checklist. */
export function ChecklistSummary({ projectId, summary }: { projectId: string; summary: ChecklistSummaryData }) {
  const { t, i18n } = useTranslation();
  useLiveRevalidation(`/projects/${projectId}/checklist/events`);
  return (
    <section className="stack checklist-summary" aria-labelledby="checklist-summary-title" data-testid="checklist-summary">
      <h2 id="checklist-summary-title" className="ds-heading" data-size="sm">
        {t("checklist.title")}
      </h2>
      <ProgressHeadline progress={summary} />
      <ul className="checklist-summary__sections">
        {summary.bySection.map((section) => (
          <li key={section.key}>
            <span className="checklist-summary__name">{localized(section.title, i18n.language)}</span>
            <span className="checklist-summary__figure">{t("checklist.progress.figure", { closed: section.closed, total: section.total })}</span>
            <ProgressBar figures={section} />
            {section.overdue > 0 ? <span className="checklist-overdue">{t("checklist.progress.overdue", { count: section.overdue })}</span> : null}
          </li>
        ))}
      </ul>
      <p>
        <Link href={`/projects/${projectId}/checklist`}>{t("checklist.progress.link")}</Link>
      </p>
    </section>
  );
}
