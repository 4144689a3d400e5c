import { Paragraph, Tag } from "@digdir/designsystemet-react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../ui/format-time";
import type { ChecklistEventJson, ChecklistSnapshot } from "./checklist-types";
import { homeName, roleText } from "./checklist-text";

/** What an entry did, in words: "satte status for Hus 1 til Ferdig". */
function entryText(entry: ChecklistEventJson, snapshot: Pick<ChecklistSnapshot, "homes">, t: TFunction, language: string): string {
  const details = entry.details;
  switch (entry.kind) {
    case "status": {
      const status = entry.status ? t(`checklist.status.${entry.status}`) : "";
      return entry.homeId ? t("checklist.thread.statusFor", { home: homeName(snapshot, entry.homeId, t), status }) : t("checklist.thread.status", { status });
    }
    case "comment":
      return t("checklist.thread.comment");
    case "disagreement":
      return t("checklist.thread.disagreement");
    case "assignment":
      if (details?.type === "takenIn") return t("checklist.thread.takenIn", { version: details.version });
      if (details?.type === "assignment") {
        const none = t("checklist.thread.none");
        return t("checklist.thread.assignment", {
          role: details.responsibleRole ? roleText(details.responsibleRole, t) : none,
          phase: details.duePhase ? t(`phase.${details.duePhase}`) : none,
          date: details.dueDate ? formatDate(details.dueDate, language) : none,
        });
      }
      return "";
    case "decision":
      if (details?.type === "decision") return t("checklist.thread.decision", { decision: details.decision });
      if (details?.type === "linked") return t("checklist.thread.linked");
      return "";
  }
}

/** An item's thread and history, oldest first: state changes, comments, disagreements (flagged while open), decisions. */
export function ItemThread({ thread, snapshot }: { thread: ChecklistEventJson[]; snapshot: Pick<ChecklistSnapshot, "homes"> }) {
  const { t, i18n } = useTranslation();
  if (thread.length === 0) return <Paragraph className="muted">{t("checklist.thread.empty")}</Paragraph>;
  return (
    <ol className="checklist-thread">
      {thread.map((entry) => (
        <li key={entry.id} data-kind={entry.kind} data-open={entry.open || undefined}>
          <p className="checklist-thread__meta">
            <strong>{t("checklist.thread.author", { name: entry.authorName ?? t("checklist.thread.unknownAuthor"), role: t(`role.${entry.authorRole}`) })}</strong>{" "}
            {entryText(entry, snapshot, t, i18n.language)} · <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, i18n.language)}</time>
          </p>
          {entry.kind === "disagreement" ? (
            <Tag data-size="sm" data-color={entry.open ? "danger" : "neutral"}>
              {entry.open ? t("checklist.thread.disagreementOpen") : t("checklist.thread.disagreementAnswered")}
            </Tag>
          ) : null}
          {(entry.kind === "comment" || entry.kind === "disagreement") && entry.homeId ? (
            <p className="muted checklist-thread__about">{t("checklist.thread.about", { home: homeName(snapshot, entry.homeId, t) })}</p>
          ) : null}
          {entry.body ? <p className="checklist-thread__body">{entry.body}</p> : null}
          {entry.details?.type === "decision" ? <p className="checklist-thread__body">{t("checklist.thread.decisionReason", { reason: entry.details.reason })}</p> : null}
        </li>
      ))}
    </ol>
  );
}
