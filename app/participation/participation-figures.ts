/**
 * The participation figures (decision 013), a pure function over what the log holds, so the
 * project page, the log and the tests compute them one way: how many residents took part, how
 * many activities each phase had, the share of points answered, the median time to an answer,
 * which open points are past the project's limit, and the activities along the phases.
 * Shared by server and browser (no imports beyond the vocabularies).
 */
import type { Phase } from "../projects/vocabulary";
import { phases } from "../projects/vocabulary";
import { addDays } from "../ui/format-time";

/** What the figures are made from: one entry per record, as the server read it. */
export interface FiguresInput {
  activities: Array<{ id: string; title: string; date: string; phase: Phase; residents: ReadonlyArray<{ userId?: string; alias: string }> }>;
  /** `raisedOn` and `firstAnsweredOn` are the Oslo calendar dates of the point and its first answer. */
  points: Array<{ id: string; raisedOn: string; answerStatus: string; firstAnsweredOn: string | null; raisedByUserId: string | null }>;
  /** The resident members who commented on sites, rated them or chose colours and materials (one entry each time). */
  residentActs: ReadonlyArray<{ userId: string }>;
  /** The resident members' names, so an alias typed for a member counts as that member. */
  residentNames: ReadonlyArray<{ userId: string; alias: string }>;
  /** Days a point may stay open before planners are told (`projects.point_answer_days`). */
  pointAnswerDays: number;
  /** Today in Oslo, YYYY-MM-DD. */
  today: string;
}

export interface ParticipationFiguresData {
  /** Distinct residents who took part anywhere: members, and aliases of those without an account (case-insensitive). */
  distinctResidents: number;
  activityCount: number;
  /** Every phase, in the project's order, with its number of activities. */
  activitiesPerPhase: Array<{ phase: Phase; count: number }>;
  pointCount: number;
  answeredCount: number;
  /** answeredCount / pointCount, or null when there are no points. */
  answeredShare: number | null;
  /** The median of the days from a point to its first answer, among answered points; null when none. */
  medianDaysToAnswer: number | null;
  /** Open points raised more than `pointAnswerDays` days before today. */
  overduePointIds: string[];
  pointAnswerDays: number;
  /** The activities by date, for the timeline. */
  timeline: Array<{ id: string; title: string; date: string; phase: Phase }>;
}

/** Days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** The median of numbers (the mean of the two middle ones for an even count), or null. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const aliasKey = (alias: string) => alias.trim().toLocaleLowerCase("nb");

/**
 * @example
 * const figures = participationFigures({ activities, points, residentActs, residentNames, pointAnswerDays: 30, today: "2026-12-03" });
 * figures.distinctResidents; // 4
 */
export function participationFigures(input: FiguresInput): ParticipationFiguresData {
  const memberOfAlias = new Map(input.residentNames.map((resident) => [aliasKey(resident.alias), resident.userId]));
  const residents = new Set<string>();
  for (const activity of input.activities) {
    for (const resident of activity.residents) {
      const member = resident.userId ?? memberOfAlias.get(aliasKey(resident.alias));
      residents.add(member ? `member:${member}` : `alias:${aliasKey(resident.alias)}`);
    }
  }
  for (const point of input.points) if (point.raisedByUserId) residents.add(`member:${point.raisedByUserId}`);
  for (const act of input.residentActs) residents.add(`member:${act.userId}`);

  const perPhase = new Map<Phase, number>(phases.map((phase) => [phase, 0]));
  for (const activity of input.activities) perPhase.set(activity.phase, (perPhase.get(activity.phase) ?? 0) + 1);

  const answered = input.points.filter((point) => point.answerStatus !== "open");
  const days = answered.flatMap((point) => (point.firstAnsweredOn ? [Math.max(0, daysBetween(point.raisedOn, point.firstAnsweredOn))] : []));
  const lastDayInTime = addDays(input.today, -input.pointAnswerDays);
  const overdue = input.points.filter((point) => point.answerStatus === "open" && point.raisedOn < lastDayInTime);

  return {
    distinctResidents: residents.size,
    activityCount: input.activities.length,
    activitiesPerPhase: phases.map((phase) => ({ phase, count: perPhase.get(phase) ?? 0 })),
    pointCount: input.points.length,
    answeredCount: answered.length,
    answeredShare: input.points.length === 0 ? null : answered.length / input.points.length,
    medianDaysToAnswer: median(days),
    overduePointIds: overdue.map((point) => point.id),
    pointAnswerDays: input.pointAnswerDays,
    timeline: input.activities
      .map((activity) => ({ id: activity.id, title: activity.title, date: activity.date, phase: activity.phase }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, "nb")),
  };
}
