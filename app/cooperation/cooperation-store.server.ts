/**
 * The cooperation agreement in the database (decision 013): partners with a work contact only,
 * the responsibility matrix (partner × phase), and measurable goals. Every write takes the
 * member as the server knows them, checks `cooperation:write` and the record's own rule itself
 * (so a route and a seed script are held to the same), appends a row to `people_events` in the
 * same transaction, and returns `{ ok: true, id }` or a problem, having changed nothing.
 * The meeting plan is in meetings-store.server.ts.
 *
 * @example
 * const result = await addPartner(db, planner, { name: "Husbanken", kind: "husbanken", contactRole: "Rådgiver", workContact: "" });
 * if (!result.ok) console.log(result.problem.message);
 */
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { cooperationTargets, partners, plannedMeetings, responsibilities } from "../../db/schema";
import type { Actor } from "../changes/people-events.server";
import { appendPeopleEvent } from "../changes/people-events.server";
import { can } from "../permissions";
import { isPhase } from "../projects/vocabulary";
import { todayInOslo } from "../ui/format-time";
import type { InputOf } from "./cooperation-input";
import type { CooperationProblem, CooperationResult, CooperationSnapshot, GoalJson, MeetingJson, PartnerJson, ResponsibilityJson } from "./cooperation-types";
import { isPartnerKind } from "./cooperation-vocabulary";

export const refused = (problem: CooperationProblem): { ok: false; problem: CooperationProblem } => ({ ok: false, problem });

export const mayNotWrite: CooperationProblem & { code: "forbidden" } = {
  code: "forbidden",
  message: "Bare planleggere kan endre samarbeidsavtalen. Du kan lese den.",
  messageEn: "Only planners can change the cooperation agreement. You can read it.",
};

const notFoundTexts = {
  partner: { message: "Fant ikke samarbeidspartneren i dette prosjektet.", messageEn: "No such partner in this project." },
  responsibility: { message: "Fant ikke ansvaret i dette prosjektet.", messageEn: "No such responsibility in this project." },
  goal: { message: "Fant ikke målet i dette prosjektet.", messageEn: "No such goal in this project." },
  meeting: { message: "Fant ikke møtet i møteplanen.", messageEn: "No such meeting in the meeting plan." },
};

/** An id that is not in this project (or does not exist): 404, what it was named in `details`. */
export function notFound(what: keyof typeof notFoundTexts): CooperationProblem {
  return { code: "notFound", ...notFoundTexts[what], details: { what } };
}

/** Whether the member may write; planners only. */
export function mayWrite(actor: Actor): boolean {
  return can(actor.role, "cooperation:write");
}

async function findPartner(db: Database, projectId: string, partnerId: string) {
  const [row] = await db.select().from(partners).where(and(eq(partners.projectId, projectId), eq(partners.id, partnerId)));
  return row ?? null;
}

/**
 * Adds a partner: a municipal service, the police, fire & rescue, the prison service, Husbanken
 * or another, with the contact's role and a work contact (no private data).
 *
 * @example
 * await addPartner(db, planner, { name: "Kriminalomsorgen", kind: "prisonService", contactRole: "Koordinator for løslatelse", workContact: "sentralbord" });
 */
export async function addPartner(db: Database, actor: Actor, input: InputOf<"addPartner">): Promise<CooperationResult> {
  if (!mayWrite(actor)) return refused(mayNotWrite);
  const id = crypto.randomUUID();
  await db.transaction(async (transaction) => {
    await transaction.insert(partners).values({ id, projectId: actor.projectId, ...input });
    await appendPeopleEvent(transaction, actor, { subjectKind: "partner", subjectId: id, kind: "created", detail: input });
  });
  return { ok: true, id };
}

/** Changes a partner's name, kind, contact role or work contact. */
export async function updatePartner(db: Database, actor: Actor, input: InputOf<"updatePartner">): Promise<CooperationResult> {
  if (!mayWrite(actor)) return refused(mayNotWrite);
  const { partnerId, ...fields } = input;
  if (!(await findPartner(db, actor.projectId, partnerId))) return refused(notFound("partner"));
  await db.transaction(async (transaction) => {
    await transaction.update(partners).set(fields).where(and(eq(partners.projectId, actor.projectId), eq(partners.id, partnerId)));
    await appendPeopleEvent(transaction, actor, { subjectKind: "partner", subjectId: partnerId, kind: "changed", detail: fields });
  });
  return { ok: true, id: partnerId };
}

/**
 * Removes a partner with its responsibilities, and takes it off the meetings still planned.
 * Refused (409) when it took part in a held meeting: the participation log keeps who was there.
 */
export async function removePartner(db: Database, actor: Actor, input: InputOf<"removePartner">): Promise<CooperationResult> {
  if (!mayWrite(actor)) return refused(mayNotWrite);
  const partner = await findPartner(db, actor.projectId, input.partnerId);
  if (!partner) return refused(notFound("partner"));
  const listedIn = sql`${plannedMeetings.partnerIds} @> ${JSON.stringify([partner.id])}::jsonb`;
  const meetings = await db
    .select({ id: plannedMeetings.id, partnerIds: plannedMeetings.partnerIds, activityId: plannedMeetings.activityId })
    .from(plannedMeetings)
    .where(and(eq(plannedMeetings.projectId, actor.projectId), listedIn));
  const held = meetings.filter((meeting) => meeting.activityId !== null).length;
  if (held > 0) {
    return refused({
      code: "conflict",
      message: `${partner.name} var med på ${held === 1 ? "ett holdt møte" : `${held} holdte møter`}, og deltakelsen står i medvirkningsloggen. Samarbeidspartneren kan derfor ikke fjernes.`,
      messageEn: `${partner.name} took part in ${held === 1 ? "a held meeting" : `${held} held meetings`}, which the participation log keeps. The partner cannot be removed.`,
      details: { heldMeetings: held },
    });
  }
  await db.transaction(async (transaction) => {
    for (const meeting of meetings) {
      const remaining = partnerIdsOf(meeting.partnerIds).filter((id) => id !== partner.id);
      await transaction.update(plannedMeetings).set({ partnerIds: remaining }).where(eq(plannedMeetings.id, meeting.id));
    }
    await transaction.delete(partners).where(eq(partners.id, partner.id));
    await appendPeopleEvent(transaction, actor, { subjectKind: "partner", subjectId: partner.id, kind: "deleted", detail: { name: partner.name } });
  });
  return { ok: true, id: partner.id };
}

/**
 * Adds a line to the responsibility matrix: what a partner does in a phase.
 *
 * @example
 * await addResponsibility(db, planner, { partnerId, phase: "localisation", text: "Gir råd om plassering" });
 */
export async function addResponsibility(db: Database, actor: Actor, input: InputOf<"addResponsibility">): Promise<CooperationResult> {
  if (!mayWrite(actor)) return refused(mayNotWrite);
  if (!(await findPartner(db, actor.projectId, input.partnerId))) return refused(notFound("partner"));
  const id = crypto.randomUUID();
  await db.transaction(async (transaction) => {
    await transaction.insert(responsibilities).values({ id, projectId: actor.projectId, partnerId: input.partnerId, phase: input.phase, task: input.text });
    await appendPeopleEvent(transaction, actor, { subjectKind: "responsibility", subjectId: id, kind: "created", detail: input });
  });
  return { ok: true, id };
}

export async function removeResponsibility(db: Database, actor: Actor, input: InputOf<"removeResponsibility">): Promise<CooperationResult> {
  if (!mayWrite(actor)) return refused(mayNotWrite);
  const deleted = await db.transaction(async (transaction) => {
    const rows = await transaction
      .delete(responsibilities)
      .where(and(eq(responsibilities.projectId, actor.projectId), eq(responsibilities.id, input.responsibilityId)))
      .returning({ id: responsibilities.id, task: responsibilities.task });
    if (rows.length === 0) return false;
    await appendPeopleEvent(transaction, actor, { subjectKind: "responsibility", subjectId: input.responsibilityId, kind: "deleted", detail: { text: rows[0].task } });
    return true;
  });
  return deleted ? { ok: true, id: input.responsibilityId } : refused(notFound("responsibility"));
}

/**
 * Adds a measurable goal ("boliger tilbudt i år": 4, 2 reached).
 *
 * @example
 * await addGoal(db, planner, { title: "Boliger tilbudt i år", target: 4, achieved: 2, unit: "boliger", dueDate: "2026-12-31" });
 */
export async function addGoal(db: Database, actor: Actor, input: InputOf<"addGoal">): Promise<CooperationResult> {
  if (!mayWrite(actor)) return refused(mayNotWrite);
  const id = crypto.randomUUID();
  await db.transaction(async (transaction) => {
    await transaction.insert(cooperationTargets).values({ id, projectId: actor.projectId, ...goalRow(input) });
    await appendPeopleEvent(transaction, actor, { subjectKind: "goal", subjectId: id, kind: "created", detail: input });
  });
  return { ok: true, id };
}

/** Changes a goal, most often how much of it is reached. */
export async function updateGoal(db: Database, actor: Actor, input: InputOf<"updateGoal">): Promise<CooperationResult> {
  if (!mayWrite(actor)) return refused(mayNotWrite);
  const { goalId, ...fields } = input;
  const changed = await db.transaction(async (transaction) => {
    const rows = await transaction
      .update(cooperationTargets)
      .set({ ...goalRow(fields), updatedAt: sql`now()` })
      .where(and(eq(cooperationTargets.projectId, actor.projectId), eq(cooperationTargets.id, goalId)))
      .returning({ id: cooperationTargets.id });
    if (rows.length === 0) return false;
    await appendPeopleEvent(transaction, actor, { subjectKind: "goal", subjectId: goalId, kind: "changed", detail: fields });
    return true;
  });
  return changed ? { ok: true, id: goalId } : refused(notFound("goal"));
}

export async function removeGoal(db: Database, actor: Actor, input: InputOf<"removeGoal">): Promise<CooperationResult> {
  if (!mayWrite(actor)) return refused(mayNotWrite);
  const deleted = await db.transaction(async (transaction) => {
    const rows = await transaction
      .delete(cooperationTargets)
      .where(and(eq(cooperationTargets.projectId, actor.projectId), eq(cooperationTargets.id, input.goalId)))
      .returning({ title: cooperationTargets.title });
    if (rows.length === 0) return false;
    await appendPeopleEvent(transaction, actor, { subjectKind: "goal", subjectId: input.goalId, kind: "deleted", detail: { title: rows[0].title } });
    return true;
  });
  return deleted ? { ok: true, id: input.goalId } : refused(notFound("goal"));
}

function goalRow(input: Omit<InputOf<"addGoal">, never>) {
  return { title: input.title, target: input.target, achieved: input.achieved, unit: input.unit, dueDate: input.dueDate ?? null };
}

/** The partner ids stored on a meeting (jsonb), as strings only. */
export function partnerIdsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === "string") : [];
}

/**
 * The whole agreement for a member who may read it (`cooperation:read`, checked by the route):
 * partners by name, the matrix, goals with their share reached, and the meeting plan by date.
 *
 * @example
 * const snapshot = await readCooperation(db, { projectId, userId, role: "police" });
 * snapshot.may.write; // false
 */
export async function readCooperation(db: Database, actor: Actor, options: { now?: Date } = {}): Promise<CooperationSnapshot> {
  const today = todayInOslo(options.now);
  const [partnerRows, responsibilityRows, goalRows, meetingRows] = await Promise.all([
    db.select().from(partners).where(eq(partners.projectId, actor.projectId)).orderBy(asc(partners.name), asc(partners.createdAt)),
    db.select().from(responsibilities).where(eq(responsibilities.projectId, actor.projectId)).orderBy(asc(responsibilities.createdAt)),
    db.select().from(cooperationTargets).where(eq(cooperationTargets.projectId, actor.projectId)).orderBy(asc(cooperationTargets.createdAt)),
    db.select().from(plannedMeetings).where(eq(plannedMeetings.projectId, actor.projectId)).orderBy(asc(plannedMeetings.date), asc(plannedMeetings.createdAt)),
  ]);
  const partnerList: PartnerJson[] = partnerRows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: isPartnerKind(row.kind) ? row.kind : "other",
    contactRole: row.contactRole,
    workContact: row.workContact,
  }));
  const known = new Set(partnerList.map((partner) => partner.id));
  const responsibilityList: ResponsibilityJson[] = responsibilityRows.flatMap((row) =>
    isPhase(row.phase) ? [{ id: row.id, partnerId: row.partnerId, phase: row.phase, text: row.task }] : [],
  );
  const goals: GoalJson[] = goalRows.map((row) => ({
    id: row.id,
    title: row.title,
    target: row.target,
    achieved: row.achieved,
    unit: row.unit,
    dueDate: row.dueDate,
    percent: row.target > 0 ? Math.min(100, Math.round((row.achieved / row.target) * 100)) : 0,
  }));
  const meetings: MeetingJson[] = meetingRows.map((row) => ({
    id: row.id,
    title: row.title,
    date: row.date,
    purpose: row.purpose,
    partnerIds: partnerIdsOf(row.partnerIds).filter((id) => known.has(id)),
    activityId: row.activityId,
    overdue: row.activityId === null && row.date < today,
  }));
  return {
    projectId: actor.projectId,
    today,
    partners: partnerList,
    responsibilities: responsibilityList,
    goals,
    meetings,
    may: { write: can(actor.role, "cooperation:write"), flag: can(actor.role, "attention:flag") },
  };
}

/** How many meetings of the plan were held (for figures and tests). */
export async function heldMeetingCount(db: Database, projectId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(plannedMeetings)
    .where(and(eq(plannedMeetings.projectId, projectId), isNotNull(plannedMeetings.activityId)));
  return row?.n ?? 0;
}
