/**
 * The inquiries page (decision 013), planners only: the figures (overdue in red and in words),
 * the project's answer time, a form to enter an inquiry, and every inquiry, the overdue first.
 * Live: an inquiry from the public form or another planner's answer reloads this view.
 */
import { Details, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useLiveRevalidation } from "../live/use-live-revalidation";
import { AnswerDaysForm, NewInquiryForm } from "./inquiry-forms";
import { InquiryItem } from "./inquiry-item";
import type { InquiriesSnapshot, InquirySummaryData } from "./inquiry-types";
import "./inquiries.css";

/** The figures in words; the overdue also in red. */
export function InquiryFigures({ summary, testId }: { summary: InquirySummaryData; testId?: string }) {
  const { t } = useTranslation();
  if (summary.open === 0) return <Paragraph data-testid={testId}>{t("inquiries.figures.allAnswered")}</Paragraph>;
  return (
    <ul className="inquiries-figures" data-testid={testId} data-open={summary.open} data-overdue={summary.overdue}>
      <li>{t("inquiries.figures.open", { count: summary.open })}</li>
      {summary.overdue > 0 ? <li className="inquiry-overdue">{t("inquiries.figures.overdue", { count: summary.overdue })}</li> : null}
      {summary.dueSoon > 0 ? <li>{t("inquiries.figures.dueSoon", { count: summary.dueSoon })}</li> : null}
    </ul>
  );
}

export function InquiriesPage({ snapshot }: { snapshot: InquiriesSnapshot }) {
  const { t } = useTranslation();
  useLiveRevalidation(`/projects/${snapshot.projectId}/inquiries/events`);
  return (
    <div className="stack inquiries-page">
      <div className="stack">
        <Heading level={2} data-size="md">
          {t("inquiries.title")}
        </Heading>
        <Paragraph>{t("inquiries.intro")}</Paragraph>
        <InquiryFigures summary={snapshot.summary} testId="inquiry-figures" />
      </div>
      {snapshot.may.write ? (
        <div className="stack">
          <Details data-testid="new-inquiry">
            <Details.Summary>{t("inquiries.add.title")}</Details.Summary>
            <Details.Content>
              <NewInquiryForm snapshot={snapshot} />
            </Details.Content>
          </Details>
          <Details>
            <Details.Summary>{t("inquiries.days.current", { count: snapshot.answerDays })}</Details.Summary>
            <Details.Content>
              <AnswerDaysForm snapshot={snapshot} />
            </Details.Content>
          </Details>
        </div>
      ) : null}
      {snapshot.inquiries.length === 0 ? (
        <Paragraph>{t("inquiries.empty")}</Paragraph>
      ) : (
        <ul className="inquiry-list" aria-label={t("inquiries.title")}>
          {snapshot.inquiries.map((inquiry) => (
            <InquiryItem key={inquiry.id} inquiry={inquiry} projectId={snapshot.projectId} today={snapshot.today} mayWrite={snapshot.may.write} />
          ))}
        </ul>
      )}
    </div>
  );
}
