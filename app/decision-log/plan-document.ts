import * as Y from "yjs";
import { entryJson, readRecords, type ReadResult } from "../documents/entry-check";
import { validRecord } from "../documents/invalid-record-error";
import { decisionFields, decisionInputSchema, decisionSchema, decisionsMap, phaseSchema, projectMap, type DecisionInput, type StoredDecision } from "../documents/plan-document";
import type { Phase } from "../projects/vocabulary";

/**
 * Operations on the plan document's phase and decision log. The maps, their schemas and the
 * stamp fields are declared by the document's owner, app/documents/plan-document.ts. Clients
 * write the decision fields; the server stamps who recorded an entry and when (see
 * server/decision-log-stamps.ts).
 */

export interface Author {
  id: string;
  name: string;
}

export interface Decision extends DecisionInput {
  id: string;
  recordedBy: Author | null;
  recordedAt: string | null;
  updatedBy: Author | null;
  updatedAt: string | null;
}

/** The project's phase; "needs" until one is set, or when the stored one is not a phase. */
export function readPhase(doc: Y.Doc): Phase {
  const parsed = phaseSchema.safeParse(projectMap(doc).get("phase"));
  return parsed.success ? parsed.data : "needs";
}

export function setPhase(doc: Y.Doc, phase: Phase): void {
  projectMap(doc).set("phase", validRecord(phaseSchema, phase, "project.phase"));
}

function decisionFrom(stored: StoredDecision & { id: string }): Decision {
  return {
    id: stored.id,
    date: stored.date,
    phase: stored.phase,
    decision: stored.decision,
    decidedBy: stored.decidedBy,
    basis: stored.basis,
    recordedBy: stored.recordedBy ?? null,
    recordedAt: stored.recordedAt ?? null,
    updatedBy: stored.updatedBy ?? null,
    updatedAt: stored.updatedAt ?? null,
  };
}

/**
 * The decisions that pass the schema, newest decision date first, and how many did not.
 *
 * @example
 * const { records, skipped } = readDecisions(doc);
 */
export function readDecisions(doc: Y.Doc): ReadResult<Omit<Decision, "id">> {
  const { records, skipped } = readRecords(decisionsMap(doc), decisionSchema);
  const decisions = records.map(decisionFrom);
  decisions.sort((a, b) => b.date.localeCompare(a.date) || (b.recordedAt ?? "~").localeCompare(a.recordedAt ?? "~"));
  return { records: decisions, skipped };
}

/** All decisions that pass the schema, newest decision date first. */
export function listDecisions(doc: Y.Doc): Decision[] {
  return readDecisions(doc).records;
}

function decisionRecord(input: DecisionInput): DecisionInput {
  return { date: input.date, phase: input.phase, decision: input.decision, decidedBy: input.decidedBy, basis: input.basis };
}

/** Adds a decision and returns its id. Throws InvalidRecordError (and writes nothing) when it fails the schema. */
export function addDecision(doc: Y.Doc, input: DecisionInput, id: string = crypto.randomUUID()): string {
  const record = validRecord(decisionInputSchema, decisionRecord(input), `decisions[${id}]`);
  const entry = new Y.Map<unknown>();
  for (const field of decisionFields) entry.set(field, record[field]);
  decisionsMap(doc).set(id, entry);
  return id;
}

/** Changes the given fields of a decision; unchanged fields are not touched. */
export function updateDecision(doc: Y.Doc, id: string, input: DecisionInput): void {
  const entry = decisionsMap(doc).get(id);
  if (!(entry instanceof Y.Map)) return;
  const record = validRecord(decisionInputSchema, decisionRecord(input), `decisions[${id}]`);
  // The stored entry with the new fields must pass too (its stamps are the server's).
  validRecord(decisionSchema, { ...(entryJson(entry) as object), ...record }, `decisions[${id}]`);
  doc.transact(() => {
    for (const field of decisionFields) {
      if (entry.get(field) !== record[field]) entry.set(field, record[field]);
    }
  });
}
