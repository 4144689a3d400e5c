/**
 * A poll's results as bars with their numbers (decision 014): on the console (before the reveal,
 * marked as seen only by the facilitator), on the shared screen (large, from the back of a room)
 * and on the phones once revealed. By role only where the server split it: a role with fewer than
 * 3 answers has no totals and says so. Text answers are a wall, without names.
 */
import { useTranslation } from "react-i18next";
import type { PollResults, PollView } from "../workshops/workshop-types";

export interface ResultRow {
  key: string;
  label: string;
  value: number;
}

/** The rows to draw: one per option (or per value 1–5 on a scale), largest first except a scale. */
export function resultRows(poll: Pick<PollView, "kind" | "options">, results: PollResults): ResultRow[] {
  if (poll.kind === "scale") {
    return ["1", "2", "3", "4", "5"].map((value) => ({ key: value, label: value, value: results.totals[value] ?? 0 }));
  }
  return poll.options
    .map((option) => ({ key: option.id, label: option.label, value: results.totals[option.id] ?? 0 }))
    .sort((a, b) => b.value - a.value);
}

function unitKey(kind: PollView["kind"]): string {
  return kind === "ranking" ? "workshopUi.poll.points" : kind === "dots" ? "workshopUi.poll.votes" : "workshopUi.poll.people";
}

export function PollResultsView({ poll, results, size }: { poll: PollView; results: PollResults; size: "screen" | "phone" | "console" }) {
  const { t } = useTranslation();
  if (poll.kind === "text") {
    const texts = results.texts ?? [];
    return (
      <div className={`poll-results poll-results--${size}`} data-testid="poll-results">
        {texts.length === 0 ? <p>{t("workshopUi.poll.noTexts")}</p> : null}
        <ul className="poll-text-wall">
          {texts.map((text, index) => (
            <li key={`${index}-${text}`} className="poll-text-wall__item">
              {text}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const rows = resultRows(poll, results);
  const largest = Math.max(1, ...rows.map((row) => row.value));
  const split = results.byRole.filter((entry) => entry.answered > 0);
  return (
    <div className={`poll-results poll-results--${size}`} data-testid="poll-results">
      <ul className="poll-bars">
        {rows.map((row) => (
          <li key={row.key} className="poll-bars__row" data-testid="poll-result-row">
            <span className="poll-bars__label">{row.label}</span>
            <span className="poll-bars__track" aria-hidden="true">
              <span className="poll-bars__bar" style={{ width: `${(row.value / largest) * 100}%` }} />
            </span>
            <span className="poll-bars__value">{t(unitKey(poll.kind), { count: row.value })}</span>
          </li>
        ))}
      </ul>
      {results.mean !== undefined ? <p className="poll-results__mean">{t("workshopUi.poll.mean", { mean: results.mean.toLocaleString("nb-NO") })}</p> : null}
      {split.length > 1 ? (
        <table className="poll-by-role">
          <caption>{t("workshopUi.poll.byRole")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("workshopUi.poll.optionColumn")}</th>
              {split.map((entry) => (
                <th key={entry.role} scope="col">
                  {t(`role.${entry.role}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {split.map((entry) => (
                  <td key={entry.role}>{entry.totals ? (entry.totals[row.key] ?? 0) : t("workshopUi.poll.fewerThanThree")}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
