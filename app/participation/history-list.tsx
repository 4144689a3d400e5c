/** A record's history from `people_events`: when, what, who by name and role. */
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../ui/format-time";
import type { HistoryEntry } from "./participation-types";

const knownKinds = new Set(["created", "changed", "answered", "approved"]);

export function HistoryList({ history }: { history: readonly HistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  if (history.length === 0) return null;
  return (
    <details className="participation-details">
      <summary>{t("participation.history.title")}</summary>
      <ol className="participation-history">
        {history.map((entry, index) => {
          const what = knownKinds.has(entry.kind) ? t(`participation.history.${entry.kind}`) : entry.kind;
          const values = { date: formatDateTime(entry.at, i18n.language), what, name: entry.actor.name ?? "", role: t(`role.${entry.actor.role}`) };
          return (
            <li key={`${entry.at}-${index}`}>
              {entry.actor.name ? t("participation.history.entry", values) : t("participation.history.entryNoName", values)}
              {entry.kind === "changed" && entry.fields.length > 0 ? ` – ${t("participation.history.fields", { fields: entry.fields.map((field) => fieldName(field, t)).join(", ") })}` : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}

function fieldName(field: string, t: (key: string) => string): string {
  const keys: Record<string, string> = {
    kind: "participation.activityForm.kind",
    title: "participation.activityForm.title",
    date: "participation.activityForm.date",
    phase: "participation.activityForm.phase",
    place: "participation.activityForm.place",
    facilitator: "participation.activityForm.facilitator",
    attendance: "participation.activity.attendance",
    minutes: "participation.activityForm.minutes",
    isPublic: "participation.activityForm.isPublic",
  };
  return keys[field] ? t(keys[field]).toLocaleLowerCase() : field;
}
