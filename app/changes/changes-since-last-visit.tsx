import { Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useLiveRevalidation } from "../live/use-live-revalidation";
import { formatDate, formatDateTime } from "../ui/format-time";
import type { ChangesSummary } from "./changes-types";
import { FlagList } from "./flag-list";
import "./changes.css";

/**
 * "Nytt siden sist" for one member in one project (decision 013): what needs them (flags for
 * their role, inquiries due), what others did since their previous visit, and the meetings
 * ahead. Reloads live when a flag is added or cleared. For the project overview (its loader
 * calls `loadChangesSinceLastVisit`) and the page of what is new.
 *
 * @example
 * <ChangesSinceLastVisit changes={changes} />
 */
export function ChangesSinceLastVisit({ changes, headingLevel = 2, linkToPage = false }: { changes: ChangesSummary; headingLevel?: 2 | 3; linkToPage?: boolean }) {
  const { t, i18n } = useTranslation();
  useLiveRevalidation(`/projects/${changes.projectId}/attention/events`);
  const language = i18n.language;
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  const nothingNew = changes.since !== null && changes.comments.count === 0 && changes.answeredPoints.length === 0 && changes.changedItems.length === 0 && changes.flags.length === 0;
  return (
    <section className="stack changes" aria-labelledby="changes-title" data-testid="changes-since" data-new-count={changes.newCount}>
      <Heading id="changes-title" className="ds-heading" data-size="sm">
        {t("changes.title")}
      </Heading>
      <Paragraph className="muted">{changes.since ? t("changes.since", { time: formatDateTime(changes.since, language) }) : t("changes.firstVisit")}</Paragraph>
      {changes.flags.length > 0 ? (
        <section className="stack changes-part" aria-labelledby="changes-flags" data-testid="changes-flags">
          <Sub id="changes-flags" className="ds-heading" data-size="xs">
            {t("changes.flags")}
          </Sub>
          <FlagList projectId={changes.projectId} flags={changes.flags} />
        </section>
      ) : null}
      {changes.dueInquiries.length > 0 ? (
        <section className="stack changes-part" aria-labelledby="changes-inquiries">
          <Sub id="changes-inquiries" className="ds-heading" data-size="xs">
            {t("changes.dueInquiries")}
          </Sub>
          <ul className="changes-list">
            {changes.dueInquiries.map((inquiry) => (
              <li key={inquiry.id}>
                <Link href={inquiry.url}>{inquiry.topic}</Link>{" "}
                <span className={inquiry.overdue ? "changes-overdue" : "muted"}>
                  {inquiry.overdue ? t("changes.overdue", { date: formatDate(inquiry.dueDate, language) }) : t("changes.dueDate", { date: formatDate(inquiry.dueDate, language) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {changes.comments.count > 0 ? (
        <p className="changes-comments">
          <strong>{t("changes.comments", { count: changes.comments.count })}</strong>
          {changes.comments.inOwnThreads > 0 ? ` ${t("changes.inOwnThreads", { count: changes.comments.inOwnThreads })}` : ""} <Link href={changes.comments.url}>{t("changes.commentsLink")}</Link>
        </p>
      ) : null}
      {changes.answeredPoints.length > 0 ? (
        <section className="stack changes-part" aria-labelledby="changes-points">
          <Sub id="changes-points" className="ds-heading" data-size="xs">
            {t("changes.answeredPoints")}
          </Sub>
          <ul className="changes-list">
            {changes.answeredPoints.map((point) => (
              <li key={point.id}>
                <Link href={point.url}>{point.body}</Link>{" "}
                <Tag data-size="sm" data-color="info">
                  {t(`changes.answerStatus.${point.answerStatus}`, { defaultValue: point.answerStatus })}
                </Tag>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {changes.changedItems.length > 0 ? (
        <section className="stack changes-part" aria-labelledby="changes-items">
          <Sub id="changes-items" className="ds-heading" data-size="xs">
            {t("changes.changedItems")}
          </Sub>
          <ul className="changes-list">
            {changes.changedItems.map((item) => (
              <li key={item.itemKey}>
                <Link href={item.url}>{language === "en" ? item.title.en : item.title.nb}</Link> <span className="muted">{t("changes.itemChanges", { count: item.changes })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {nothingNew ? <Paragraph>{t("changes.nothingNew")}</Paragraph> : null}
      {changes.meetingsAhead.length > 0 ? (
        <section className="stack changes-part" aria-labelledby="changes-meetings">
          <Sub id="changes-meetings" className="ds-heading" data-size="xs">
            {t("changes.meetingsAhead")}
          </Sub>
          <ul className="changes-list">
            {changes.meetingsAhead.map((meeting) => (
              <li key={`${meeting.kind}-${meeting.id}`}>
                <span className="changes-date">{formatDate(meeting.date, language)}</span> <Link href={meeting.url}>{meeting.title}</Link>
                {meeting.kind === "activity" ? <span className="muted"> · {t("changes.publicActivity")}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {linkToPage ? (
        <p>
          <Link href={`/projects/${changes.projectId}/changes`}>{t("changes.openPage")}</Link>
        </p>
      ) : null}
    </section>
  );
}
