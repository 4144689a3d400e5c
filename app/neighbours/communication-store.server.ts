/**
 * The communication log in the database (decision 013): letters, meetings, calls, e-mails, visits
 * and formal notices with neighbours and others, with date, audience, channel and summary; files
 * are kept in app/files (purpose "communication", subject = the entry's id). Planners only.
 *
 * @example
 * await addCommunication(db, planner, { kind: "meeting", date: "2026-11-12", audience: "cooperativeBoard", channel: "Møte i borettslaget", summary: "…" });
 */
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { communications, files } from "../../db/schema";
import { can } from "../permissions";
import { todayInOslo } from "../ui/format-time";
import type { EntryFields } from "./communication-input";
import { recordNeighbourEvent, type Connection, type Transaction } from "./neighbour-history.server";
import { forbidden, invalidInput } from "./neighbour-input";
import type { NeighbourMember, NeighbourProblem, NeighbourResult } from "./neighbour-types";
import type { Audience, CommunicationKind } from "./neighbour-vocabulary";

export interface CommunicationJson {
  id: string;
  kind: CommunicationKind;
  date: string;
  audience: Audience;
  channel: string;
  summary: string;
  letterId: string | null;
  createdAt: string;
}

const refused = (problem: NeighbourProblem): NeighbourResult => ({ ok: false, problem });
const noSuchEntry: NeighbourProblem = { code: "notFound", message: "Kommunikasjonsloggen har ikke den oppføringen.", messageEn: "The communication log has no such entry." };
const mayWrite = (member: NeighbourMember) => can(member.role, "neighbours:write");
const futureDate = invalidInput({ date: { message: "Loggen viser det som har skjedd: datoen kan ikke være etter i dag.", messageEn: "The log shows what happened: the date cannot be after today." } });

/**
 * The log, newest first.
 *
 * @example
 * const entries = await listCommunications(db, projectId);
 */
export async function listCommunications(db: Database, projectId: string): Promise<CommunicationJson[]> {
  const rows = await db.select().from(communications).where(eq(communications.projectId, projectId)).orderBy(desc(communications.date), desc(communications.createdAt));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as CommunicationKind,
    date: row.date,
    audience: row.audience as Audience,
    channel: row.channel,
    summary: row.summary,
    letterId: row.letterId,
    createdAt: row.createdAt.toISOString(),
  }));
}

/**
 * Writes one entry inside a transaction: shared by the log's form and "mark the letter as sent".
 */
export async function insertCommunication(connection: Connection, member: NeighbourMember, input: EntryFields & { letterId?: string }): Promise<string> {
  const id = crypto.randomUUID();
  await connection.insert(communications).values({ id, projectId: member.projectId, ...input, letterId: input.letterId ?? null, createdBy: member.userId, createdRole: member.role });
  await recordNeighbourEvent(connection, member, { subjectKind: "communication", subjectId: id, kind: "created", detail: { kind: input.kind, date: input.date, audience: input.audience, ...(input.letterId ? { letterId: input.letterId } : {}) } });
  return id;
}

/**
 * Adds an entry (not after today, Oslo). Planners only (403).
 *
 * @example
 * await addCommunication(db, planner, { kind: "call", date: "2026-11-30", audience: "neighbours", channel: "Telefon", summary: "Spørsmål om byggetiden." });
 */
export async function addCommunication(db: Database, member: NeighbourMember, input: EntryFields, options: { now?: Date } = {}): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  if (input.date > todayInOslo(options.now)) return refused(futureDate);
  const id = await db.transaction((transaction: Transaction) => insertCommunication(transaction, member, input));
  return { ok: true, id };
}

async function findEntry(db: Database, projectId: string, entryId: string) {
  const [row] = await db.select().from(communications).where(and(eq(communications.projectId, projectId), eq(communications.id, entryId)));
  return row;
}

/**
 * Corrects an entry. Planners only (403); 404 for another project's entry.
 *
 * @example
 * await editCommunication(db, planner, { entryId, ...fields, summary: "Rettet sammendrag" });
 */
export async function editCommunication(db: Database, member: NeighbourMember, input: EntryFields & { entryId: string }, options: { now?: Date } = {}): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const row = await findEntry(db, member.projectId, input.entryId);
  if (!row) return refused(noSuchEntry);
  if (input.date > todayInOslo(options.now)) return refused(futureDate);
  const { entryId: _entryId, ...values } = input;
  await db.transaction(async (transaction: Transaction) => {
    await transaction.update(communications).set(values).where(eq(communications.id, row.id));
    await recordNeighbourEvent(transaction, member, { subjectKind: "communication", subjectId: row.id, kind: "changed", detail: { kind: values.kind, date: values.date, audience: values.audience } });
  });
  return { ok: true, id: row.id };
}

/**
 * Removes an entry and its files. Planners only (403).
 *
 * @example
 * await removeCommunication(db, planner, { entryId });
 */
export async function removeCommunication(db: Database, member: NeighbourMember, input: { entryId: string }): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const row = await findEntry(db, member.projectId, input.entryId);
  if (!row) return refused(noSuchEntry);
  await db.transaction(async (transaction: Transaction) => {
    await transaction.delete(files).where(and(eq(files.projectId, member.projectId), eq(files.purpose, "communication"), eq(files.subjectKey, row.id)));
    await transaction.delete(communications).where(eq(communications.id, row.id));
    await recordNeighbourEvent(transaction, member, { subjectKind: "communication", subjectId: row.id, kind: "deleted", detail: { kind: row.kind, date: row.date } });
  });
  return { ok: true, id: row.id };
}
