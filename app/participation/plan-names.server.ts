/**
 * The names of the plan document's sites and decisions (decision 013), read on the server from
 * the document's stored updates, so a point's answer can link to a site or a decision-log entry
 * that exists and every member sees it by name. Sites and decisions are `plan:read` for every
 * member, so their names may be shown to anyone who reads the participation log.
 *
 * @example
 * const names = await readPlanNames(db, projectId);
 * names.sites; // [{ id: "…", name: "Tomt A – Eikelund" }]
 */
import * as Y from "yjs";
import type { Database } from "../../db/connection";
import { readRecords } from "../documents/entry-check";
import { decisionSchema, decisionsMap, siteSchema, sitesMap } from "../documents/plan-document";
import { createDatabaseStorage } from "../../server/sync/storage";

export interface PlanNames {
  sites: Array<{ id: string; name: string }>;
  /** Newest decision date first. */
  decisions: Array<{ id: string; date: string; decision: string }>;
}

/** The names in a plan document. */
export function planNamesOf(doc: Y.Doc): PlanNames {
  const sites = readRecords(sitesMap(doc), siteSchema)
    .records.map((site) => ({ id: site.id, name: site.name }))
    .sort((a, b) => a.name.localeCompare(b.name, "nb"));
  const decisions = readRecords(decisionsMap(doc), decisionSchema)
    .records.map((decision) => ({ id: decision.id, date: decision.date, decision: decision.decision }))
    .sort((a, b) => b.date.localeCompare(a.date));
  return { sites, decisions };
}

/** The sites and decisions of a project's plan as stored, in a document of its own (never the sync server's live one). */
export async function readPlanNames(db: Database, projectId: string): Promise<PlanNames> {
  const { updates } = await createDatabaseStorage(db).load(`project/${projectId}/plan`);
  const doc = new Y.Doc();
  try {
    for (const update of updates) Y.applyUpdate(doc, update);
    return planNamesOf(doc);
  } finally {
    doc.destroy();
  }
}
