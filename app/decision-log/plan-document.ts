import * as Y from "yjs";
import type { Phase } from "../projects/vocabulary";
import { isPhase } from "../projects/vocabulary";

/**
 * The project's plan document (`project/<id>/plan`): its phase and its decision
 * log. Clients write the decision fields; the server stamps who recorded an
 * entry and when (see server/decision-log-stamps.ts).
 */

export const decisionFields = ["date", "phase", "decision", "decidedBy", "basis"] as const;
export type DecisionField = (typeof decisionFields)[number];
export const stampFields = ["recordedBy", "recordedAt", "updatedBy", "updatedAt"] as const;

export interface DecisionInput {
  date: string;
  phase: Phase;
  decision: string;
  decidedBy: string;
  basis: string;
}

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

export const projectMap = (doc: Y.Doc) => doc.getMap<unknown>("project");
export const decisionsMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>("decisions");

export function readPhase(doc: Y.Doc): Phase {
  const phase = projectMap(doc).get("phase");
  return isPhase(phase) ? phase : "needs";
}

export function setPhase(doc: Y.Doc, phase: Phase): void {
  projectMap(doc).set("phase", phase);
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function author(value: unknown): Author | null {
  if (typeof value !== "object" || value === null) return null;
  const { id, name } = value as { id?: unknown; name?: unknown };
  return typeof id === "string" && typeof name === "string" ? { id, name } : null;
}

/** All decisions, newest decision date first. */
export function listDecisions(doc: Y.Doc): Decision[] {
  const result: Decision[] = [];
  for (const [id, entry] of decisionsMap(doc)) {
    if (!(entry instanceof Y.Map)) continue;
    const phase = entry.get("phase");
    result.push({
      id,
      date: text(entry.get("date")),
      phase: isPhase(phase) ? phase : "needs",
      decision: text(entry.get("decision")),
      decidedBy: text(entry.get("decidedBy")),
      basis: text(entry.get("basis")),
      recordedBy: author(entry.get("recordedBy")),
      recordedAt: text(entry.get("recordedAt")) || null,
      updatedBy: author(entry.get("updatedBy")),
      updatedAt: text(entry.get("updatedAt")) || null,
    });
  }
  return result.sort(
    (a, b) => b.date.localeCompare(a.date) || (b.recordedAt ?? "~").localeCompare(a.recordedAt ?? "~"),
  );
}

/** Adds a decision and returns its id. */
export function addDecision(doc: Y.Doc, input: DecisionInput, id: string = crypto.randomUUID()): string {
  const entry = new Y.Map<unknown>();
  for (const field of decisionFields) entry.set(field, input[field]);
  decisionsMap(doc).set(id, entry);
  return id;
}

/** Changes the given fields of a decision; unchanged fields are not touched. */
export function updateDecision(doc: Y.Doc, id: string, input: DecisionInput): void {
  const entry = decisionsMap(doc).get(id);
  if (!(entry instanceof Y.Map)) return;
  doc.transact(() => {
    for (const field of decisionFields) {
      if (entry.get(field) !== input[field]) entry.set(field, input[field]);
    }
  });
}
