/**
 * The workshop's rows and the one way to change them (decision 014): a planner's write locks the
 * workshop's row, checks it is in the member's project, makes its change, bumps `state_version`
 * in the same transaction and, after the commit, tells the workshop's streams the new version.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { workshops } from "../../db/schema";
import type { Action, Role } from "../permissions";
import { can } from "../permissions";
import type { WorkshopEvents } from "./workshop-events.server";
import { workshopEvents } from "./workshop-events.server";
import type { WorkshopProblem, WorkshopResult } from "./workshop-problem";
import { forbidden, noSuchWorkshop, refused, workshopEnded } from "./workshop-problem";

export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type WorkshopRow = typeof workshops.$inferSelect;

/** Who acts, as the server established it (session and membership), never from a form. */
export interface WorkshopMember {
  projectId: string;
  userId: string;
  role: Role;
}

/** Thrown inside a transaction to roll it back and answer with the problem. */
export class WorkshopRefusal extends Error {
  constructor(readonly problem: WorkshopProblem) {
    super(problem.messageEn);
    this.name = "WorkshopRefusal";
  }
}

/**
 * Changes a workshop in one transaction: the role must have `action`, the workshop must be in
 * the member's project (404) and, unless `allowEnded`, not ended (409). `change` returns the
 * result's extra fields, or throws a `WorkshopRefusal` to change nothing.
 *
 * @example
 * return changeWorkshop(db, planner, workshopId, async (transaction, row) => {
 *   await transaction.update(workshops).set({ title: "Nytt navn" }).where(eq(workshops.id, row.id));
 *   return {};
 * });
 */
export async function changeWorkshop<Value extends object>(
  db: Database,
  who: WorkshopMember,
  workshopId: string,
  change: (transaction: Transaction, row: WorkshopRow) => Promise<Value>,
  options: { action?: Action; allowEnded?: boolean; events?: WorkshopEvents } = {},
): Promise<WorkshopResult<Value & { stateVersion: number }>> {
  if (!can(who.role, options.action ?? "workshops:run")) return refused(forbidden);
  try {
    const done = await db.transaction(async (transaction) => {
      const [row] = await transaction
        .select()
        .from(workshops)
        .where(and(eq(workshops.id, workshopId), eq(workshops.projectId, who.projectId)))
        .for("update");
      if (!row) throw new WorkshopRefusal(noSuchWorkshop);
      if (row.status === "ended" && !options.allowEnded) throw new WorkshopRefusal(workshopEnded);
      const value = await change(transaction, row);
      const [bumped] = await transaction
        .update(workshops)
        .set({ stateVersion: sql`${workshops.stateVersion} + 1` })
        .where(eq(workshops.id, workshopId))
        .returning({ stateVersion: workshops.stateVersion });
      return { ...value, stateVersion: bumped.stateVersion };
    });
    (options.events ?? workshopEvents).publish(workshopId, { type: "state", stateVersion: done.stateVersion });
    return { ok: true, ...done };
  } catch (error) {
    if (error instanceof WorkshopRefusal) return refused(error.problem);
    throw error;
  }
}

/**
 * A workshop of the project, or null.
 *
 * @example
 * const row = await findWorkshop(db, projectId, workshopId);
 */
export async function findWorkshop(db: Database | Transaction, projectId: string, workshopId: string): Promise<WorkshopRow | null> {
  const [row] = await db
    .select()
    .from(workshops)
    .where(and(eq(workshops.id, workshopId), eq(workshops.projectId, projectId)));
  return row ?? null;
}

/** Record ids in the URL or a form: anything else is simply not found. */
export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value);
}

/**
 * Bumps the state version outside a planner's write (someone joined the room) and tells the streams.
 *
 * @example
 * if (await markPresent(db, workshopId, viewer, false)) await bumpState(db, workshopId);
 */
export async function bumpState(db: Database, workshopId: string, events: WorkshopEvents = workshopEvents): Promise<number> {
  const [bumped] = await db
    .update(workshops)
    .set({ stateVersion: sql`${workshops.stateVersion} + 1` })
    .where(eq(workshops.id, workshopId))
    .returning({ stateVersion: workshops.stateVersion });
  if (bumped) events.publish(workshopId, { type: "state", stateVersion: bumped.stateVersion });
  return bumped?.stateVersion ?? 0;
}
