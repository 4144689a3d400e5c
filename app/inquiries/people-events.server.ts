/**
 * The append-only history of the people around the project (`people_events`, decision 013):
 * who (id and role), when (the database clock), what (subject and kind) and which fields changed.
 * The detail names fields, never the personal data in them, so deleting a sender's name leaves
 * no copy of it here.
 */
import { appendPeopleEventRow, type Connection, type PeopleEventRow } from "../history/people-events.server";

export type { Connection, Transaction } from "../history/people-events.server";

/** A history row of inquiries and the public page. */
export interface PeopleEvent extends PeopleEventRow {
  subjectKind: "inquiry" | "publicPage" | "publicUpdate" | "project";
}

/** Appends one row (app/history/people-events.server.ts); returns its id. */
export function appendPeopleEvent(db: Connection, event: PeopleEvent): Promise<string> {
  return appendPeopleEventRow(db, event);
}
