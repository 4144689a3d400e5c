/**
 * The history of the people around the project (decision 013): one append-only row in
 * `people_events` per write, stamped with the actor and the database's clock. The cooperation
 * agreement and the attention flags write theirs here.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { peopleEvents } from "../../db/schema";
import type { Role } from "../permissions";

/** Who acts, as the server established it (session and membership), never from a form. */
export interface Actor {
  projectId: string;
  userId: string;
  role: Role;
}

/**
 * Appends one history row; `detail` holds the fields that changed. Use inside the write's
 * transaction, so a refused write leaves no history.
 *
 * @example
 * await appendPeopleEvent(transaction, actor, { subjectKind: "partner", subjectId: id, kind: "created", detail: { name } });
 */
export async function appendPeopleEvent(
  connection: Database,
  actor: Actor,
  entry: { subjectKind: string; subjectId: string; kind: string; detail?: Record<string, unknown> },
): Promise<string> {
  const id = crypto.randomUUID();
  await connection.insert(peopleEvents).values({
    id,
    projectId: actor.projectId,
    subjectKind: entry.subjectKind,
    subjectId: entry.subjectId,
    kind: entry.kind,
    detail: entry.detail ?? {},
    actorId: actor.userId,
    actorRole: actor.role,
    createdAt: sql`clock_timestamp()`,
  });
  return id;
}
