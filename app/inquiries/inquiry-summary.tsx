/**
 * The project overview's inquiries card (decision 013): unanswered, overdue (in red and in
 * words) and due soon, linking to the inquiries page; live like the page. For planners only:
 * the overview's loader calls `inquirySummary` when the member may read inquiries.
 *
 * @example
 * // loader: inquiries: can(role, "inquiries:read") ? await inquirySummary(context.db, project.id) : null
 * {inquiries ? <InquirySummary projectId={project.id} summary={inquiries} /> : null}
 */
import { Heading, Link } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useLiveRevalidation } from "../live/use-live-revalidation";
import { InquiryFigures } from "./inquiries-page";
import type { InquirySummaryData } from "./inquiry-types";
import "./inquiries.css";

export function InquirySummary({ projectId, summary }: { projectId: string; summary: InquirySummaryData }) {
  const { t } = useTranslation();
  useLiveRevalidation(`/projects/${projectId}/inquiries/events`);
  return (
    <section className="stack inquiry-summary" aria-labelledby="inquiry-summary-title" data-testid="inquiry-summary">
      <Heading level={2} data-size="sm" id="inquiry-summary-title">
        {t("inquiries.title")}
      </Heading>
      <InquiryFigures summary={summary} />
      <p>
        <Link href={`/projects/${projectId}/inquiries`}>{t("inquiries.summary.link")}</Link>
      </p>
    </section>
  );
}
