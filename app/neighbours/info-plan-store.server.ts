/**
 * The information plan in the database (decision 013): who is told what, when, how and by whom.
 * Each write checks the member's right itself (so a seed script is held to it too), stamps who
 * and when from the session and the database clock, and appends its history to `people_events`.
 *
 * @example
 * const result = await addInfoPlanRow(db, planner, { audience: "neighbours", message: "…", phase: "localisation", channel: "letter", responsible: "Jonas" });
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { infoPlanRows, projects } from "../../db/schema";
import { forbidden as forbiddenProblem } from "./neighbour-input";
import { can } from "../permissions";
import type { Phase } from "../projects/vocabulary";
import { isPhase } from "../projects/vocabulary";
import { todayInOslo } from "../ui/format-time";
import type { InfoPlanRowJson, InfoPlanSummary } from "./info-plan";
import { isRowOverdue, summarize } from "./info-plan";
import type { RowFields } from "./info-plan-input";
import type { Transaction } from "./neighbour-history.server";
import { recordNeighbourEvent } from "./neighbour-history.server";
import type { NeighbourMember, NeighbourProblem, NeighbourResult } from "./neighbour-types";
import type { Audience, InfoPlanChannel, InfoPlanStatus } from "./neighbour-vocabulary";

const refused = (problem: NeighbourProblem): NeighbourResult => ({ ok: false, problem });
const noSuchRow: NeighbourProblem = { code: "notFound", message: "Informasjonsplanen har ikke den raden.", messageEn: "The information plan has no such row." };
const mayWrite = (member: NeighbourMember) => can(member.role, "infoPlan:write");

async function projectPhase(db: Database, projectId: string): Promise<Phase> {
  const [row] = await db.select({ phase: projects.phase }).from(projects).where(eq(projects.id, projectId));
  return row && isPhase(row.phase) ? row.phase : "needs";
}

/**
 * The project's information plan in its order, each row flagged when overdue on `now` (Oslo).
 *
 * @example
 * const rows = await listInfoPlan(db, projectId);
 */
export async function listInfoPlan(db: Database, projectId: string, options: { now?: Date } = {}): Promise<InfoPlanRowJson[]> {
  const [phase, rows] = await Promise.all([
    projectPhase(db, projectId),
    db.select().from(infoPlanRows).where(eq(infoPlanRows.projectId, projectId)).orderBy(asc(infoPlanRows.position), asc(infoPlanRows.createdAt)),
  ]);
  const today = todayInOslo(options.now);
  return rows.map((row) => {
    const json = {
      id: row.id,
      audience: row.audience as Audience,
      message: row.message,
      phase: row.phase && isPhase(row.phase) ? row.phase : null,
      date: row.date,
      channel: row.channel as InfoPlanChannel,
      responsible: row.responsible,
      status: row.status as InfoPlanStatus,
      position: row.position,
    };
    return { ...json, overdue: isRowOverdue(json, { today, phase }) };
  });
}

/**
 * The figures the project overview shows: how many rows in each state, the overdue rows and the
 * next one to do.
 *
 * @example
 * const { total, overdue } = await infoPlanSummary(db, projectId);
 */
export async function infoPlanSummary(db: Database, projectId: string, options: { now?: Date } = {}): Promise<InfoPlanSummary> {
  return summarize(await listInfoPlan(db, projectId, options));
}

function rowValues(fields: RowFields) {
  return {
    audience: fields.audience,
    message: fields.message,
    phase: fields.phase ?? null,
    date: fields.date ?? null,
    channel: fields.channel,
    responsible: fields.responsible,
  };
}

/**
 * Adds a row at the end of the plan. Planners only (403).
 *
 * @example
 * await addInfoPlanRow(db, planner, { audience: "school", message: "Orientering til rektor", date: "2027-01-10", channel: "meeting", responsible: "Jonas" });
 */
export async function addInfoPlanRow(db: Database, member: NeighbourMember, input: RowFields & { status?: InfoPlanStatus }): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbiddenProblem);
  const id = crypto.randomUUID();
  await db.transaction(async (transaction: Transaction) => {
    // The project row is locked, so two rows added at once get two positions.
    await transaction.select({ id: projects.id }).from(projects).where(eq(projects.id, member.projectId)).for("update");
    const [last] = await transaction
      .select({ position: sql<number>`coalesce(max(${infoPlanRows.position}), -1)::int` })
      .from(infoPlanRows)
      .where(eq(infoPlanRows.projectId, member.projectId));
    const values = rowValues(input);
    await transaction.insert(infoPlanRows).values({
      id,
      projectId: member.projectId,
      ...values,
      status: input.status ?? "planned",
      position: (last?.position ?? -1) + 1,
      createdBy: member.userId,
      updatedBy: member.userId,
    });
    await recordNeighbourEvent(transaction, member, { subjectKind: "infoPlanRow", subjectId: id, kind: "created", detail: { ...values, status: input.status ?? "planned" } });
  });
  return { ok: true, id };
}

async function findRow(db: Database | Transaction, projectId: string, rowId: string) {
  const [row] = await db.select().from(infoPlanRows).where(and(eq(infoPlanRows.projectId, projectId), eq(infoPlanRows.id, rowId)));
  return row;
}

/**
 * Changes a row's audience, message, when, channel and responsible. Planners only (403); a row
 * of another project is 404.
 *
 * @example
 * await editInfoPlanRow(db, planner, { rowId, ...fields, date: "2027-02-01" });
 */
export async function editInfoPlanRow(db: Database, member: NeighbourMember, input: RowFields & { rowId: string }): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbiddenProblem);
  const row = await findRow(db, member.projectId, input.rowId);
  if (!row) return refused(noSuchRow);
  const values = rowValues(input);
  const changed = Object.fromEntries(Object.entries(values).filter(([key, value]) => row[key as keyof typeof values] !== value));
  await db.transaction(async (transaction: Transaction) => {
    await transaction.update(infoPlanRows).set({ ...values, updatedBy: member.userId, updatedAt: sql`now()` }).where(eq(infoPlanRows.id, row.id));
    await recordNeighbourEvent(transaction, member, { subjectKind: "infoPlanRow", subjectId: row.id, kind: "changed", detail: changed });
  });
  return { ok: true, id: row.id };
}

/**
 * Sets a row's status: planned, in progress, done or cancelled. Planners only (403).
 *
 * @example
 * await setInfoPlanStatus(db, planner, { rowId, status: "done" });
 */
export async function setInfoPlanStatus(db: Database, member: NeighbourMember, input: { rowId: string; status: InfoPlanStatus }): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbiddenProblem);
  const row = await findRow(db, member.projectId, input.rowId);
  if (!row) return refused(noSuchRow);
  await db.transaction(async (transaction: Transaction) => {
    await transaction.update(infoPlanRows).set({ status: input.status, updatedBy: member.userId, updatedAt: sql`now()` }).where(eq(infoPlanRows.id, row.id));
    await recordNeighbourEvent(transaction, member, { subjectKind: "infoPlanRow", subjectId: row.id, kind: "changed", detail: { status: input.status, was: row.status } });
  });
  return { ok: true, id: row.id };
}

/**
 * Moves a row one place up or down (it swaps places with its neighbour). At the top or the
 * bottom already: 409, nothing changes. Planners only (403).
 *
 * @example
 * await moveInfoPlanRow(db, planner, { rowId, direction: "up" });
 */
export async function moveInfoPlanRow(db: Database, member: NeighbourMember, input: { rowId: string; direction: "up" | "down" }): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbiddenProblem);
  return db.transaction(async (transaction: Transaction): Promise<NeighbourResult> => {
    await transaction.select({ id: projects.id }).from(projects).where(eq(projects.id, member.projectId)).for("update");
    const rows = await transaction
      .select({ id: infoPlanRows.id, position: infoPlanRows.position })
      .from(infoPlanRows)
      .where(eq(infoPlanRows.projectId, member.projectId))
      .orderBy(asc(infoPlanRows.position), asc(infoPlanRows.createdAt));
    const index = rows.findIndex((row) => row.id === input.rowId);
    if (index < 0) return refused(noSuchRow);
    const other = input.direction === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= rows.length) {
      return refused({
        code: "conflict",
        message: input.direction === "up" ? "Raden står allerede øverst." : "Raden står allerede nederst.",
        messageEn: input.direction === "up" ? "The row is already at the top." : "The row is already at the bottom.",
      });
    }
    // Renumber 0…n-1 in the new order, so equal positions from older data sort out too.
    const order = rows.map((row) => row.id);
    [order[index], order[other]] = [order[other], order[index]];
    for (const [position, id] of order.entries()) {
      if (rows.find((row) => row.id === id)?.position !== position) await transaction.update(infoPlanRows).set({ position }).where(eq(infoPlanRows.id, id));
    }
    await recordNeighbourEvent(transaction, member, { subjectKind: "infoPlanRow", subjectId: input.rowId, kind: "moved", detail: { from: index, to: other } });
    return { ok: true, id: input.rowId };
  });
}
