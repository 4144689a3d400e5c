/**
 * The cooperation's meeting plan (decision 013): the police's yearly meetings with the
 * municipality and others, each with its date, purpose and the partners taking part. Held
 * meetings become activities in the participation log (meeting-held.server.ts). Writes check
 * `cooperation:write` and the record's rule, and append to `people_events`, as in
 * cooperation-store.server.ts.
 *
 * @example
 * await addMeeting(db, planner, { title: "Samarbeidsmøte vår", date: "2027-03-10", purpose: "Status og plassering", partnerIds: [policeId] });
 * const ahead = await upcomingMeetings(db, projectId, { from: todayInOslo(), limit: 3 });
 */
import { and, asc, eq, gte, inArray, isNull } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { partners, plannedMeetings } from "../../db/schema";
import type { Actor } from "../changes/people-events.server";
import { appendPeopleEvent } from "../changes/people-events.server";
import type { InputOf } from "./cooperation-input";
import { invalidFields } from "./cooperation-input";
import { mayNotWrite, mayWrite, notFound, partnerIdsOf, refused } from "./cooperation-store.server";
import type { CooperationResult, UpcomingMeetingJson } from "./cooperation-types";
import { can } from "../permissions";
import { todayInOslo } from "../ui/format-time";

/** The meeting of this project, or null. */
export async function findMeeting(db: Database, projectId: string, meetingId: string) {
  const [row] = await db.select().from(plannedMeetings).where(and(eq(plannedMeetings.projectId, projectId), eq(plannedMeetings.id, meetingId)));
  return row ?? null;
}

/**
 * Plans a meeting. Every partner named must be one of this project's (else 400 naming
 * `partnerIds`); a partner named twice counts once.
 */
export async function addMeeting(db: Database, actor: Actor, input: InputOf<"addMeeting">): Promise<CooperationResult> {
  if (!mayWrite(actor)) return refused(mayNotWrite);
  const partnerIds = [...new Set(input.partnerIds)];
  if (partnerIds.length > 0) {
    const found = await db
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.projectId, actor.projectId), inArray(partners.id, partnerIds)));
    if (found.length !== partnerIds.length) {
      return refused(invalidFields({ partnerIds: { message: "En av samarbeidspartnerne finnes ikke i dette prosjektet.", messageEn: "One of the partners is not in this project." } }));
    }
  }
  const id = crypto.randomUUID();
  await db.transaction(async (transaction) => {
    await transaction.insert(plannedMeetings).values({ id, projectId: actor.projectId, title: input.title, date: input.date, purpose: input.purpose, partnerIds });
    await appendPeopleEvent(transaction, actor, { subjectKind: "meeting", subjectId: id, kind: "created", detail: { ...input, partnerIds } });
  });
  return { ok: true, id };
}

/**
 * Takes a planned meeting out of the plan. A held meeting stays (409): its activity is in the
 * participation log, and the plan shows where it came from.
 */
export async function removeMeeting(db: Database, actor: Actor, input: InputOf<"removeMeeting">): Promise<CooperationResult> {
  if (!mayWrite(actor)) return refused(mayNotWrite);
  const meeting = await findMeeting(db, actor.projectId, input.meetingId);
  if (!meeting) return refused(notFound("meeting"));
  if (meeting.activityId !== null) {
    return refused({
      code: "conflict",
      message: "Møtet er holdt og står i medvirkningsloggen, så det blir stående i møteplanen.",
      messageEn: "The meeting was held and is in the participation log, so it stays in the meeting plan.",
    });
  }
  await db.transaction(async (transaction) => {
    await transaction.delete(plannedMeetings).where(and(eq(plannedMeetings.id, meeting.id), isNull(plannedMeetings.activityId)));
    await appendPeopleEvent(transaction, actor, { subjectKind: "meeting", subjectId: meeting.id, kind: "deleted", detail: { title: meeting.title, date: meeting.date } });
  });
  return { ok: true, id: meeting.id };
}

/**
 * The planned meetings not yet held, from a day on (`from`, YYYY-MM-DD in Oslo, included), by
 * date, with the names of the partners taking part: for the project overview and "new since
 * your last visit". The caller checks `cooperation:read`.
 *
 * @example
 * await upcomingMeetings(db, projectId, { from: todayInOslo(), limit: 3 });
 * // [{ id, title: "Samarbeidsmøte vår", date: "2027-03-10", purpose: "…", partnerNames: ["Politiet (forebyggende seksjon)"] }]
 */
export async function upcomingMeetings(db: Database, projectId: string, options: { from: string; limit?: number }): Promise<UpcomingMeetingJson[]> {
  const query = db
    .select()
    .from(plannedMeetings)
    .where(and(eq(plannedMeetings.projectId, projectId), gte(plannedMeetings.date, options.from), isNull(plannedMeetings.activityId)))
    .orderBy(asc(plannedMeetings.date), asc(plannedMeetings.createdAt));
  const rows = options.limit === undefined ? await query : await query.limit(options.limit);
  if (rows.length === 0) return [];
  const names = new Map(
    (await db.select({ id: partners.id, name: partners.name }).from(partners).where(eq(partners.projectId, projectId))).map((row) => [row.id, row.name]),
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    date: row.date,
    purpose: row.purpose,
    partnerNames: partnerIdsOf(row.partnerIds).flatMap((id) => names.get(id) ?? []),
  }));
}

/**
 * The next meetings for the project overview, or null for a member who may not read the
 * cooperation (residents).
 *
 * @example
 * const meetings = await upcomingMeetingsFor(db, { projectId, userId, role });
 * // in the overview: {meetings ? <UpcomingMeetings projectId={projectId} meetings={meetings} /> : null}
 */
export async function upcomingMeetingsFor(db: Database, member: Actor, options: { limit?: number; now?: Date } = {}): Promise<UpcomingMeetingJson[] | null> {
  if (!can(member.role, "cooperation:read")) return null;
  return upcomingMeetings(db, member.projectId, { from: todayInOslo(options.now), limit: options.limit ?? 3 });
}
