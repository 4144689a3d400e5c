/**
 * The participation a project holds, read once for the log, the figures and "Dette sa dere –
 * dette gjorde vi" (decision 013): its activities and points, and what residents did elsewhere,
 * read from those tables and never copied: comments and ratings on sites by residents, and
 * their choices (`choice_events` pick, confirm and withResident, once per home × category, so a
 * resident trying colours with the arrow keys counts once).
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../../db/connection";
import { activities, choiceEvents, homes, participationPoints, peopleEvents, projects, siteComments, siteRatings, users } from "../../db/schema";
import type { Phase } from "../projects/vocabulary";
import { isPhase } from "../projects/vocabulary";
import { todayInOslo } from "../ui/format-time";
import type { Attendance } from "./activities-store.server";
import type { FiguresInput, ParticipationFiguresData } from "./participation-figures";
import { participationFigures } from "./participation-figures";
import type { ActivityKind, AnswerStatus, RaiserRole } from "./participation-vocabulary";
import { activityKinds, attendanceRoles, isAnswerStatus, isRaiserRole } from "./participation-vocabulary";
import type { ResidentMember } from "./residents.server";
import { residentMembers } from "./residents.server";

export interface ActivityRecord {
  id: string;
  kind: ActivityKind;
  title: string;
  date: string;
  phase: Phase;
  place: string;
  facilitator: string;
  attendance: Attendance;
  minutes: string;
  isPublic: boolean;
  plannedMeetingId: string | null;
  /** Minutes a workshop wrote itself (decision 014), and when a planner approved them. */
  workshopId: string | null;
  approvedAt: string | null;
}

export interface PointRecord {
  id: string;
  activityId: string | null;
  inquiryId: string | null;
  body: string;
  raisedByRole: RaiserRole;
  raisedByUserId: string | null;
  raisedByName: string | null;
  onBehalf: boolean;
  enteredBy: string | null;
  enteredByName: string | null;
  enteredRole: string;
  answerStatus: AnswerStatus;
  answer: string;
  reason: string;
  linkKind: string | null;
  linkId: string | null;
  answeredAt: Date | null;
  answeredByName: string | null;
  createdAt: Date;
  /** The first time the point got an answer other than "open", from its history. */
  firstAnsweredAt: Date | null;
}

/** Residents' choices, one per home × category. */
export interface ChoiceRecord {
  homeId: string;
  homeName: string;
  categoryId: string;
  /** The resident who chose (or for whom staff recorded it), when known. */
  residentId: string | null;
  together: boolean;
  lastAt: Date;
}

export interface ParticipationRecords {
  projectId: string;
  pointAnswerDays: number;
  activities: ActivityRecord[];
  points: PointRecord[];
  residents: ResidentMember[];
  comments: Array<{ id: string; siteId: string | null; authorId: string; body: string; createdAt: Date }>;
  ratings: Array<{ id: string; siteId: string; authorId: string; aspect: string; score: number; comment: string; updatedAt: Date }>;
  choices: ChoiceRecord[];
}

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** An attendance as stored, read defensively (jsonb written by this module's zod-checked writes). */
function attendanceOf(value: unknown): Attendance {
  const stored = (typeof value === "object" && value !== null ? value : {}) as { counts?: Record<string, unknown>; residents?: unknown };
  const counts = Object.fromEntries(attendanceRoles.map((role) => [role, typeof stored.counts?.[role] === "number" ? stored.counts[role] : 0])) as Attendance["counts"];
  const residents = Array.isArray(stored.residents)
    ? stored.residents.flatMap((resident: { userId?: unknown; alias?: unknown }) =>
        typeof resident?.alias === "string" ? [typeof resident.userId === "string" ? { userId: resident.userId, alias: resident.alias } : { alias: resident.alias }] : [],
      )
    : [];
  return { counts, residents };
}

/**
 * @example
 * const records = await readParticipationRecords(db, projectId);
 * records.points.filter((point) => point.answerStatus === "open");
 */
export async function readParticipationRecords(db: Database, projectId: string): Promise<ParticipationRecords> {
  const raiser = alias(users, "raiser");
  const enterer = alias(users, "enterer");
  const answerer = alias(users, "answerer");
  const [[project], activityRows, pointRows, firstAnswers, residents, comments, ratings, choiceRows] = await Promise.all([
    db.select({ pointAnswerDays: projects.pointAnswerDays }).from(projects).where(eq(projects.id, projectId)),
    db.select().from(activities).where(eq(activities.projectId, projectId)),
    db
      .select({ point: participationPoints, raisedByName: raiser.name, enteredByName: enterer.name, answeredByName: answerer.name })
      .from(participationPoints)
      .leftJoin(raiser, eq(raiser.id, participationPoints.raisedByUserId))
      .leftJoin(enterer, eq(enterer.id, participationPoints.enteredBy))
      .leftJoin(answerer, eq(answerer.id, participationPoints.answeredBy))
      .where(eq(participationPoints.projectId, projectId)),
    db
      .select({ pointId: peopleEvents.subjectId, at: sql<Date | string>`min(${peopleEvents.createdAt})` })
      .from(peopleEvents)
      .where(and(eq(peopleEvents.projectId, projectId), eq(peopleEvents.subjectKind, "point"), eq(peopleEvents.kind, "answered"), sql`${peopleEvents.detail}->>'answerStatus' <> 'open'`))
      .groupBy(peopleEvents.subjectId),
    residentMembers(db, projectId),
    db
      .select({ id: siteComments.id, siteId: siteComments.siteId, authorId: siteComments.authorId, body: siteComments.body, createdAt: siteComments.createdAt })
      .from(siteComments)
      .where(and(eq(siteComments.projectId, projectId), eq(siteComments.authorRole, "resident"))),
    db
      .select({ id: siteRatings.id, siteId: siteRatings.siteId, authorId: siteRatings.authorId, aspect: siteRatings.aspect, score: siteRatings.score, comment: siteRatings.comment, updatedAt: siteRatings.updatedAt })
      .from(siteRatings)
      .where(and(eq(siteRatings.projectId, projectId), eq(siteRatings.authorRole, "resident"))),
    db
      .select({
        homeId: choiceEvents.homeId,
        homeName: homes.name,
        homeResident: homes.residentId,
        categoryId: choiceEvents.categoryId,
        kind: choiceEvents.kind,
        actorId: choiceEvents.actorId,
        actorRole: choiceEvents.actorRole,
        createdAt: choiceEvents.createdAt,
      })
      .from(choiceEvents)
      .innerJoin(homes, eq(homes.id, choiceEvents.homeId))
      .where(and(eq(choiceEvents.projectId, projectId), inArray(choiceEvents.kind, ["pick", "confirm", "withResident"]))),
  ]);
  const firstAnswerOf = new Map(firstAnswers.map((row) => [row.pointId, asDate(row.at)]));

  const choices = new Map<string, ChoiceRecord>();
  for (const row of choiceRows) {
    if (row.categoryId === null) continue;
    const key = `${row.homeId}|${row.categoryId}`;
    const byResident = row.actorRole === "resident" ? row.actorId : null;
    const at = asDate(row.createdAt);
    const entry = choices.get(key) ?? { homeId: row.homeId, homeName: row.homeName, categoryId: row.categoryId, residentId: null, together: false, lastAt: at };
    entry.residentId = byResident ?? entry.residentId ?? row.homeResident;
    entry.together ||= row.kind === "withResident";
    if (at > entry.lastAt) entry.lastAt = at;
    choices.set(key, entry);
  }

  return {
    projectId,
    pointAnswerDays: project?.pointAnswerDays ?? 30,
    activities: activityRows.map((row) => ({
      id: row.id,
      kind: (activityKinds as readonly string[]).includes(row.kind) ? (row.kind as ActivityKind) : "other",
      title: row.title,
      date: row.date,
      phase: isPhase(row.phase) ? row.phase : "needs",
      place: row.place,
      facilitator: row.facilitator,
      attendance: attendanceOf(row.attendance),
      minutes: row.minutes,
      isPublic: row.isPublic,
      plannedMeetingId: row.plannedMeetingId,
      workshopId: row.workshopId,
      approvedAt: row.approvedAt ? row.approvedAt.toISOString() : null,
    })),
    points: pointRows.map(({ point, raisedByName, enteredByName, answeredByName }) => ({
      id: point.id,
      activityId: point.activityId,
      inquiryId: point.inquiryId,
      body: point.body,
      raisedByRole: isRaiserRole(point.raisedByRole) ? point.raisedByRole : "other",
      raisedByUserId: point.raisedByUserId,
      raisedByName,
      onBehalf: point.onBehalf,
      enteredBy: point.enteredBy,
      enteredByName,
      enteredRole: point.enteredRole,
      answerStatus: isAnswerStatus(point.answerStatus) ? point.answerStatus : "open",
      answer: point.answer,
      reason: point.reason,
      linkKind: point.linkKind,
      linkId: point.linkId,
      answeredAt: point.answeredAt ? asDate(point.answeredAt) : null,
      answeredByName,
      createdAt: asDate(point.createdAt),
      firstAnsweredAt: firstAnswerOf.get(point.id) ?? (point.answeredAt ? asDate(point.answeredAt) : null),
    })),
    residents,
    comments: comments.map((row) => ({ ...row, createdAt: asDate(row.createdAt) })),
    ratings: ratings.map((row) => ({ ...row, updatedAt: asDate(row.updatedAt) })),
    choices: [...choices.values()],
  };
}

/** The figures of the records, on `today` (Oslo). */
export function figuresOf(records: ParticipationRecords, today: string = todayInOslo()): ParticipationFiguresData {
  const input: FiguresInput = {
    activities: records.activities.map((activity) => ({ id: activity.id, title: activity.title, date: activity.date, phase: activity.phase, residents: activity.attendance.residents })),
    points: records.points.map((point) => ({
      id: point.id,
      raisedOn: todayInOslo(point.createdAt),
      answerStatus: point.answerStatus,
      firstAnsweredOn: point.firstAnsweredAt ? todayInOslo(point.firstAnsweredAt) : null,
      raisedByUserId: point.raisedByUserId,
    })),
    residentActs: [
      ...records.comments.map((comment) => ({ userId: comment.authorId })),
      ...records.ratings.map((rating) => ({ userId: rating.authorId })),
      ...records.choices.flatMap((choice) => (choice.residentId ? [{ userId: choice.residentId }] : [])),
    ],
    residentNames: records.residents,
    pointAnswerDays: records.pointAnswerDays,
    today,
  };
  return participationFigures(input);
}
