/**
 * The project overview's card of the information plan (decision 013): how far it has come, the
 * overdue rows in red and the next one to do, linking to the plan. The lead's overview loader
 * calls `infoPlanSummary(db, projectId)` for members with `infoPlan:read`; live like the plan.
 */
import { Link } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useLiveRevalidation } from "../live/use-live-revalidation";
import type { InfoPlanSummary } from "./info-plan";
import { whenText } from "./info-plan-page";
import "./neighbours.css";

export function InfoPlanSummaryCard({ projectId, summary }: { projectId: string; summary: InfoPlanSummary }) {
  const { t, i18n } = useTranslation();
  useLiveRevalidation(`/projects/${projectId}/neighbours/events`);
  return (
    <section className="stack" aria-labelledby="info-plan-summary-title" data-testid="info-plan-summary">
      <h2 id="info-plan-summary-title" className="ds-heading" data-size="sm">
        {t("neighbours.infoPlan.summary.title")}
      </h2>
      {summary.total === 0 ? (
        <p>{t("neighbours.infoPlan.empty")}</p>
      ) : (
        <>
          <p>{t("neighbours.infoPlan.summary.figure", { done: summary.byStatus.done, total: summary.total })}</p>
          {summary.overdue.length > 0 ? (
            <div>
              <p className="neighbours-overdue">{t("neighbours.infoPlan.overdue", { count: summary.overdue.length })}</p>
              <ul>
                {summary.overdue.map((row) => (
                  <li key={row.id}>
                    {t(`neighbours.audience.${row.audience}`)}: {whenText(row, t, i18n.language)}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p>{t("neighbours.infoPlan.noneOverdue")}</p>
          )}
          {summary.next ? <p>{t("neighbours.infoPlan.summary.next", { audience: t(`neighbours.audience.${summary.next.audience}`), when: whenText(summary.next, t, i18n.language) })}</p> : null}
        </>
      )}
      <p>
        <Link href={`/projects/${projectId}/neighbours`}>{t("neighbours.infoPlan.summary.link")}</Link>
      </p>
    </section>
  );
}
