/**
 * The one writer of `people_events` (decision 013): the append-only history of participation,
 * neighbour communication, inquiries, the public page, the cooperation and attention flags. Who
 * (id and role) and what come from the caller; when from the database clock (`clock_timestamp()`,
 * so two events of one transaction keep their order).
 */
import { sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { peopleEvents } from "../../db/schema";
import type { Role } from "../permissions";

export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Connection = Database | Transaction;

/** One history row. */
export interface PeopleEventRow {
  projectId: string;
  subjectKind: string;
  subjectId: string;
  /** "created", "changed", "answered", "deleted", "personalDataDeleted", "published" … */
  kind: string;
  detail: Record<string, unknown>;
  /** Null for the public (the inquiry form) or a deleted account. */
  actorId: string | null;
  /** A member's role, or "public". */
  actorRole: string;
}

/** A member acting in a project. */
export interface Actor {
  projectId: string;
  userId: string;
  role: Role;
}

/**
 * Appends one row; returns its id.
 *
 * @example
 * await appendPeopleEventRow(tx, { projectId, subjectKind: "inquiry", subjectId, kind: "created", detail: {}, actorId: null, actorRole: "public" });
 */
export async function appendPeopleEventRow(connection: Connection, row: PeopleEventRow): Promise<string> {
  const id = crypto.randomUUID();
  await connection.insert(peopleEvents).values({ id, ...row, createdAt: sql`clock_timestamp()` });
  return id;
}

/**
 * Appends what a member did; returns the row's id.
 *
 * @example
 * await recordPeopleEvent(db, actor, { subjectKind: "point", subjectId: pointId, kind: "answered", detail: { answerStatus } });
 */
export function recordPeopleEvent(
  connection: Connection,
  actor: Actor,
  entry: { subjectKind: string; subjectId: string; kind: string; detail?: Record<string, unknown> },
): Promise<string> {
  return appendPeopleEventRow(connection, {
    projectId: actor.projectId,
    subjectKind: entry.subjectKind,
    subjectId: entry.subjectId,
    kind: entry.kind,
    detail: entry.detail ?? {},
    actorId: actor.userId,
    actorRole: actor.role,
  });
}
