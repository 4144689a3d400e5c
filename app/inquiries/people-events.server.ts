/**
 * The append-only history of the people around the project (`people_events`, decision 013):
 * who (id and role), when (the database clock), what (subject and kind) and which fields changed.
 * The detail names fields, never the personal data in them, so deleting a sender's name leaves
 * no copy of it here.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { peopleEvents } from "../../db/schema";

export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Connection = Database | Transaction;

export interface PeopleEvent {
  projectId: string;
  subjectKind: "inquiry" | "publicPage" | "publicUpdate" | "project";
  subjectId: string;
  /** "created", "answered", "answerChanged", "personalDataDeleted", "published" … */
  kind: string;
  detail: Record<string, unknown>;
  /** Null for the public (the inquiry form). */
  actorId: string | null;
  /** A member's role, or "public". */
  actorRole: string;
}

/**
 * @example
 * await appendPeopleEvent(transaction, { projectId, subjectKind: "inquiry", subjectId: id, kind: "answered", detail: { fields: ["answer"] }, actorId, actorRole: "planner" });
 */
export async function appendPeopleEvent(db: Connection, event: PeopleEvent): Promise<string> {
  const id = crypto.randomUUID();
  // clock_timestamp(): two events of one transaction keep their order.
  await db.insert(peopleEvents).values({ id, ...event, createdAt: sql`clock_timestamp()` });
  return id;
}
