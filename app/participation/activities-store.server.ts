/**
 * Activities of the participation log in the database (decision 013): meetings with the
 * architect, site visits, workshops, choice sessions … with their attendance by role and the
 * residents by the alias they chose. Every write takes the member as the server knows them,
 * checks `participation:write` and the record's own rules itself (so a route, the meeting plan
 * and a seed script are held to the same), appends a row to `people_events` in the same
 * transaction, tells the project's participation pages, and returns `{ ok: true, id }` or a
 * problem, having changed nothing.
 *
 * @example
 * const result = await addActivity(db, { projectId, userId, role: "planner" }, {
 *   kind: "siteVisit", title: "Befaring på tomt A", date: "2026-10-14", phase: "localisation",
 *   attendance: { counts: { planner: 2, police: 1 }, residents: [{ userId: mari }, { alias: "Tor" }] },
 * });
 * if (!result.ok) console.log(result.problem.message);
 */
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { activities, plannedMeetings } from "../../db/schema";
import type { Actor } from "../changes/people-events.server";
import { appendPeopleEvent } from "../changes/people-events.server";
import type { FeedbackEvents } from "../feedback/feedback-events.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import { can } from "../permissions";
import type { Role } from "../permissions";
import type { ActivityInput, ActivityUpdate, CheckedActivity } from "./participation-input";
import { activityInputSchema, activityUpdateSchema, checkInput } from "./participation-input";
import type { ParticipationProblem, ParticipationResult } from "./participation-problem";
import { forbidden, invalidFields, notFound, refused } from "./participation-problem";
import type { AttendanceCounts } from "./participation-vocabulary";
import { residentMembers } from "./residents.server";
import { sameValue } from "./same-value";

export { activityInputSchema, activityUpdateSchema };
export type { ActivityInput, ActivityUpdate };

/** Who writes, as the server established it (session and membership), never from a form. */
export interface ParticipationMember {
  projectId: string;
  userId: string;
  role: Role;
}

/** An activity's attendance as stored in `activities.attendance`. */
export interface Attendance {
  counts: AttendanceCounts;
  residents: Array<{ userId?: string; alias: string }>;
}

const noSuchActivity = notFound({ nb: "aktiviteten", en: "activity" });

/**
 * The attendance to store: members named by their account's name, each resident once (a member
 * once, an alias once whatever its case), and at least as many residents counted as are named.
 * A resident id that is not a resident member of the project is refused.
 */
async function settleAttendance(db: Database, projectId: string, attendance: CheckedActivity["attendance"]): Promise<Attendance | ParticipationProblem> {
  const memberIds = [...new Set(attendance.residents.flatMap((resident) => (resident.userId ? [resident.userId] : [])))];
  const members = new Map((await residentMembers(db, projectId, memberIds)).map((member) => [member.userId, member.alias]));
  if (members.size !== memberIds.length) {
    return invalidFields({
      attendance: {
        message: "En av beboerne er ikke beboer i dette prosjektet. Velg blant beboerne, eller skriv kallenavnet.",
        messageEn: "One of the residents is not a resident of this project. Pick among the residents, or write the alias.",
      },
    });
  }
  const seen = new Set<string>();
  const residents: Attendance["residents"] = [];
  for (const resident of attendance.residents) {
    const key = resident.userId ? `member:${resident.userId}` : `alias:${resident.alias.toLocaleLowerCase("nb")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    residents.push(resident.userId ? { userId: resident.userId, alias: members.get(resident.userId) ?? resident.alias } : { alias: resident.alias });
  }
  return { counts: { ...attendance.counts, resident: Math.max(attendance.counts.resident, residents.length) }, residents };
}

function mayWrite(member: ParticipationMember): boolean {
  return can(member.role, "participation:write");
}

/**
 * Records an activity. Refused: a role without `participation:write` (403), input that fails
 * its schema (400 naming the field), a resident who is not a resident member (400, attendance),
 * a planned meeting that is not in the project (404).
 *
 * Callers inside a transaction of their own (the meeting plan) should tell the `participation`
 * topic again after their commit; this one tells it when its own write is done.
 */
export async function addActivity(
  db: Database,
  who: ParticipationMember,
  input: unknown,
  events: FeedbackEvents = feedbackEvents,
): Promise<ParticipationResult> {
  if (!mayWrite(who)) return refused(forbidden);
  const checked = checkInput(activityInputSchema, input);
  if (!checked.ok) return checked;
  const activity = checked.value;
  const attendance = await settleAttendance(db, who.projectId, activity.attendance);
  if ("code" in attendance) return refused(attendance);
  if (activity.plannedMeetingId) {
    const [meeting] = await db
      .select({ id: plannedMeetings.id })
      .from(plannedMeetings)
      .where(and(eq(plannedMeetings.projectId, who.projectId), eq(plannedMeetings.id, activity.plannedMeetingId)));
    if (!meeting) return refused(notFound({ nb: "møtet i møteplanen", en: "planned meeting" }));
  }
  const id = crypto.randomUUID();
  const values = {
    kind: activity.kind,
    title: activity.title,
    date: activity.date,
    phase: activity.phase,
    place: activity.place,
    facilitator: activity.facilitator,
    attendance,
    minutes: activity.minutes,
    isPublic: activity.isPublic,
    plannedMeetingId: activity.plannedMeetingId ?? null,
    workshopId: activity.workshopId ?? null,
  };
  await db.transaction(async (transaction) => {
    await transaction.insert(activities).values({ id, projectId: who.projectId, ...values, createdBy: who.userId, createdRole: who.role, updatedBy: who.userId });
    await appendPeopleEvent(transaction, actorOf(who), { subjectKind: "activity", subjectId: id, kind: "created", detail: values });
  });
  events.publish(who.projectId, "participation");
  return { ok: true, id };
}

const actorOf = (who: ParticipationMember): Actor => ({ projectId: who.projectId, userId: who.userId, role: who.role });

const editableFields = ["kind", "title", "date", "phase", "place", "facilitator", "attendance", "minutes", "isPublic"] as const;

/**
 * Changes an activity: every field is given anew; the history keeps the fields that changed
 * (nothing is written when nothing changed). Refused as `addActivity`, and 404 for an activity
 * that is not in the project.
 *
 * @example
 * await updateActivity(db, planner, { activityId, ...activity, minutes: "Vi gikk ruten til bussen." });
 */
export async function updateActivity(db: Database, who: ParticipationMember, input: unknown, events: FeedbackEvents = feedbackEvents): Promise<ParticipationResult> {
  if (!mayWrite(who)) return refused(forbidden);
  const checked = checkInput(activityUpdateSchema, input);
  if (!checked.ok) return checked;
  const { activityId, ...activity } = checked.value;
  const [stored] = await db
    .select()
    .from(activities)
    .where(and(eq(activities.projectId, who.projectId), eq(activities.id, activityId)));
  if (!stored) return refused(noSuchActivity);
  const attendance = await settleAttendance(db, who.projectId, activity.attendance);
  if ("code" in attendance) return refused(attendance);
  const next = { ...activity, attendance };
  const changed: Record<string, unknown> = {};
  for (const field of editableFields) {
    if (!sameValue(stored[field], next[field])) changed[field] = next[field];
  }
  if (Object.keys(changed).length === 0) return { ok: true, id: activityId };
  await db.transaction(async (transaction) => {
    await transaction
      .update(activities)
      .set({ ...changed, updatedBy: who.userId, updatedAt: sql`now()` })
      .where(eq(activities.id, activityId));
    await appendPeopleEvent(transaction, actorOf(who), { subjectKind: "activity", subjectId: activityId, kind: "changed", detail: changed });
  });
  events.publish(who.projectId, "participation");
  return { ok: true, id: activityId };
}

/**
 * Approves the minutes a workshop wrote (decision 014): planners only; refused for an activity
 * that is not in the project (404), is not a workshop's minutes or is already approved (409).
 * The history keeps who approved them and when.
 *
 * @example
 * await approveActivity(db, planner, { activityId });
 */
export async function approveActivity(db: Database, who: ParticipationMember, input: { activityId?: unknown }, events: FeedbackEvents = feedbackEvents): Promise<ParticipationResult> {
  if (!mayWrite(who)) return refused(forbidden);
  const activityId = typeof input.activityId === "string" ? input.activityId : "";
  const [stored] = await db
    .select({ id: activities.id, workshopId: activities.workshopId, approvedAt: activities.approvedAt })
    .from(activities)
    .where(and(eq(activities.projectId, who.projectId), eq(activities.id, activityId)));
  if (!stored) return refused(noSuchActivity);
  if (stored.workshopId === null || stored.approvedAt !== null) {
    return refused({ code: "conflict", message: "Bare et referat et verksted har skrevet, og som ikke er godkjent, kan godkjennes.", messageEn: "Only minutes a workshop wrote, not yet approved, can be approved." });
  }
  await db.transaction(async (transaction) => {
    await transaction.update(activities).set({ approvedAt: sql`now()`, approvedBy: who.userId }).where(eq(activities.id, activityId));
    await appendPeopleEvent(transaction, actorOf(who), { subjectKind: "activity", subjectId: activityId, kind: "approved", detail: { workshopId: stored.workshopId } });
  });
  events.publish(who.projectId, "participation");
  return { ok: true, id: activityId };
}
