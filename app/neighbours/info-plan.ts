/**
 * The information plan as members read it (decision 013): its rows in order, each flagged when
 * overdue. Shared by server and browser.
 */
import { isPastDue } from "../checklist/checklist-progress";
import type { Phase } from "../projects/vocabulary";
import type { Audience, InfoPlanChannel, InfoPlanStatus } from "./neighbour-vocabulary";
import { settledInfoPlanStatuses } from "./neighbour-vocabulary";

export interface InfoPlanRowJson {
  id: string;
  audience: Audience;
  message: string;
  phase: Phase | null;
  date: string | null;
  channel: InfoPlanChannel;
  responsible: string;
  status: InfoPlanStatus;
  position: number;
  overdue: boolean;
}

export interface InfoPlanSummary {
  total: number;
  byStatus: Record<InfoPlanStatus, number>;
  overdue: InfoPlanRowJson[];
  /** The next row not done, by date (rows with only a phase after those with a date). */
  next: InfoPlanRowJson | null;
}

/**
 * Whether a row is overdue: its date (Oslo) has passed, or its phase lies before the project's
 * phase, and it is neither done nor cancelled. The same rule as the checklist's items.
 *
 * @example
 * isRowOverdue({ status: "planned", date: "2026-11-01", phase: null }, { today: "2026-12-01", phase: "localisation" }); // true
 */
export function isRowOverdue(row: { status: InfoPlanStatus; date: string | null; phase: Phase | null }, now: { today: string; phase: Phase }): boolean {
  if (settledInfoPlanStatuses.includes(row.status)) return false;
  return isPastDue({ dueDate: row.date, duePhase: row.phase }, now);
}

/** Counts, the overdue rows and the next one to do. */
export function summarize(rows: readonly InfoPlanRowJson[]): InfoPlanSummary {
  const byStatus: Record<InfoPlanStatus, number> = { planned: 0, inProgress: 0, done: 0, cancelled: 0 };
  for (const row of rows) byStatus[row.status] += 1;
  const open = rows.filter((row) => !settledInfoPlanStatuses.includes(row.status) && !row.overdue);
  const dated = open.filter((row) => row.date !== null).sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  return { total: rows.length, byStatus, overdue: rows.filter((row) => row.overdue), next: dated[0] ?? open[0] ?? null };
}
