/**
 * What the public may see of a project's plan document (decision 013), read on the server from
 * its stored updates: the project's phase, the decisions' phase and date (for the publish rule
 * and the timeline; no text, no names), and the chosen site's name and geometry. Every entry is
 * checked with the document's own schemas and skipped when it fails. Nothing about any other
 * site leaves this module: not its name, notes, status or position.
 *
 * @example
 * const plan = await readPublicPlan(db, projectId);
 * plan.chosenSites; // [{ name: "Tomt A – Eikelund senter", geometry: { type: "Point", … } }]
 */
import * as Y from "yjs";
import type { Database } from "../../db/connection";
import { decisionsMap, decisionSchema, phaseSchema, projectMap, siteSchema, sitesMap } from "../documents/plan-document";
import { readRecords } from "../documents/entry-check";
import type { Phase } from "../projects/vocabulary";
import { createDatabaseStorage } from "../../server/sync/storage";
import type { PublicDecision, PublicSite } from "./public-page-types";

export type { PublicDecision, PublicSite };

export interface PublicPlan {
  /** The phase in the plan document, or null when it has none. */
  phase: Phase | null;
  decisions: PublicDecision[];
  /** The sites whose status is "chosen" (normally one). */
  chosenSites: PublicSite[];
}

/** The plan as stored, in a document of its own (never the sync server's live one). */
async function loadPlan(db: Database, projectId: string): Promise<Y.Doc> {
  const { updates } = await createDatabaseStorage(db).load(`project/${projectId}/plan`);
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

/**
 * The whole plan document as stored, for a server-side reader that needs more than the public
 * part (the decision memo's snapshot, decision 014). The caller destroys it.
 *
 * @example
 * const doc = await loadPlanDocument(db, projectId);
 * try { listSites(doc); } finally { doc.destroy(); }
 */
export function loadPlanDocument(db: Database, projectId: string): Promise<Y.Doc> {
  return loadPlan(db, projectId);
}

/** The public part of a plan document. */
export function publicPartOf(doc: Y.Doc): PublicPlan {
  const phase = phaseSchema.safeParse(projectMap(doc).get("phase"));
  const decisions = readRecords(decisionsMap(doc), decisionSchema)
    .records.map((decision) => ({ id: decision.id, phase: decision.phase, date: decision.date }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const chosenSites = readRecords(sitesMap(doc), siteSchema)
    .records.filter((site) => site.status === "chosen")
    .map((site) => ({ name: site.name, geometry: site.geometry }))
    .sort((a, b) => a.name.localeCompare(b.name, "nb"));
  return { phase: phase.success ? phase.data : null, decisions, chosenSites };
}

export async function readPublicPlan(db: Database, projectId: string): Promise<PublicPlan> {
  const doc = await loadPlan(db, projectId);
  try {
    return publicPartOf(doc);
  } finally {
    doc.destroy();
  }
}

/** The phases whose decisions let a page be published: a political handling or a political decision. */
export const publishingPhases: readonly Phase[] = ["political", "decision"];

/** The latest decision that lets the page be published, or null. */
export function publishingDecision(plan: PublicPlan): PublicDecision | null {
  const found = plan.decisions.filter((decision) => publishingPhases.includes(decision.phase));
  return found.length > 0 ? found[found.length - 1] : null;
}
