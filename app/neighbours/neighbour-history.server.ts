/**
 * The history of the neighbour records (decision 013): one append-only row in `people_events`
 * per write, stamped with the actor and the database's clock, written in the write's own
 * transaction so a refused write leaves no history.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { peopleEvents } from "../../db/schema";
import type { NeighbourMember } from "./neighbour-types";

export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Connection = Database | Transaction;

/** The records of this folder, as `people_events.subject_kind`. */
export type NeighbourSubject = "infoPlanRow" | "neighbourAddress" | "communication" | "letter" | "neighbourNotice" | "noticeObjection";

/**
 * @example
 * await recordNeighbourEvent(transaction, member, { subjectKind: "infoPlanRow", subjectId: id, kind: "created", detail: { audience } });
 */
export async function recordNeighbourEvent(
  connection: Connection,
  member: NeighbourMember,
  entry: { subjectKind: NeighbourSubject; subjectId: string; kind: string; detail?: Record<string, unknown> },
): Promise<void> {
  await connection.insert(peopleEvents).values({
    id: crypto.randomUUID(),
    projectId: member.projectId,
    subjectKind: entry.subjectKind,
    subjectId: entry.subjectId,
    kind: entry.kind,
    detail: entry.detail ?? {},
    actorId: member.userId,
    actorRole: member.role,
    createdAt: sql`clock_timestamp()`,
  });
}
