/**
 * The history of the neighbour records (decision 013): one append-only row in `people_events`
 * per write, stamped with the actor and the database's clock, written in the write's own
 * transaction so a refused write leaves no history.
 */
import { recordPeopleEvent, type Connection } from "../history/people-events.server";
import type { NeighbourMember } from "./neighbour-types";

export type { Connection, Transaction } from "../history/people-events.server";

export type NeighbourSubject = "infoPlanRow" | "neighbourAddress" | "communication" | "letter" | "neighbourNotice" | "noticeObjection";

/** Appends what a planner did to the neighbour records (app/history/people-events.server.ts). */
export async function recordNeighbourEvent(
  connection: Connection,
  member: NeighbourMember,
  entry: { subjectKind: NeighbourSubject; subjectId: string; kind: string; detail?: Record<string, unknown> },
): Promise<void> {
  await recordPeopleEvent(connection, member, entry);
}
