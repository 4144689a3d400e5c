import type { Point, Polygon } from "geojson";
import * as Y from "yjs";

/**
 * Candidate sites live in the project's plan document (`project/<id>/plan`), so
 * planners draw and move them live and offline like the rest of the plan. Only
 * project members can open that document: candidate sites stay confidential.
 *
 * `doc.getMap("sites")`: siteId → Y.Map { name, status, notes, geometry }, where
 * geometry is a GeoJSON Point or Polygon in WGS84, replaced whole when moved.
 */

export const siteStatuses = ["candidate", "shortlisted", "rejected", "chosen"] as const;
export type SiteStatus = (typeof siteStatuses)[number];

export interface SiteInput {
  name: string;
  status: SiteStatus;
  notes: string;
  geometry: Point | Polygon;
}

export interface Site extends SiteInput {
  id: string;
}

export const sitesMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>("sites");

function isStatus(value: unknown): value is SiteStatus {
  return typeof value === "string" && (siteStatuses as readonly string[]).includes(value);
}

function isSiteGeometry(value: unknown): value is Point | Polygon {
  if (typeof value !== "object" || value === null) return false;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  return (type === "Point" || type === "Polygon") && Array.isArray(coordinates);
}

/** All sites with a usable geometry, by name. */
export function listSites(doc: Y.Doc): Site[] {
  const result: Site[] = [];
  for (const [id, entry] of sitesMap(doc)) {
    if (!(entry instanceof Y.Map)) continue;
    const geometry = entry.get("geometry");
    if (!isSiteGeometry(geometry)) continue;
    const name = entry.get("name");
    const notes = entry.get("notes");
    const status = entry.get("status");
    result.push({
      id,
      name: typeof name === "string" ? name : "",
      notes: typeof notes === "string" ? notes : "",
      status: isStatus(status) ? status : "candidate",
      geometry,
    });
  }
  return result.sort((a, b) => a.name.localeCompare(b.name, "nb"));
}

/**
 * Adds a site and returns its id. `origin` marks whose edit it is (see
 * createSiteUndoManager): pass the member's own origin from the editor.
 */
export function addSite(doc: Y.Doc, input: SiteInput, id: string = crypto.randomUUID(), origin: unknown = null): string {
  const entry = new Y.Map<unknown>();
  entry.set("name", input.name);
  entry.set("status", input.status);
  entry.set("notes", input.notes);
  entry.set("geometry", input.geometry);
  doc.transact(() => sitesMap(doc).set(id, entry), origin);
  return id;
}

/** Changes the given fields of a site; unchanged fields are not touched. */
export function updateSite(doc: Y.Doc, id: string, patch: Partial<SiteInput>, origin: unknown = null): void {
  const entry = sitesMap(doc).get(id);
  if (!(entry instanceof Y.Map)) return;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined && JSON.stringify(entry.get(key)) !== JSON.stringify(value)) entry.set(key, value);
    }
  }, origin);
}

export function removeSite(doc: Y.Doc, id: string, origin: unknown = null): void {
  doc.transact(() => sitesMap(doc).delete(id), origin);
}

/**
 * An undo history of one member's own site edits: it tracks only transactions
 * made with `origin`, so undo never reverts what others did meanwhile. Edits
 * less than half a second apart (the frames of one drag) are one step; call
 * `stopCapturing()` when a new gesture starts to keep gestures apart.
 *
 * @example
 * const origin = { member: self.id };
 * const history = createSiteUndoManager(doc, origin);
 * updateSite(doc, id, { name: "Tomt ved skolen" }, origin);
 * history.undo(); // the old name is back; others' edits stay
 */
export function createSiteUndoManager(doc: Y.Doc, origin: unknown): Y.UndoManager {
  return new Y.UndoManager(sitesMap(doc), { trackedOrigins: new Set([origin]), captureTimeout: 500 });
}

export const siteNameMaxLength = 80;
export const siteNotesMaxLength = 2000;

export type SiteFieldProblem = "nameMissing" | "nameTooLong" | "notesTooLong";

/**
 * What is wrong with a site's name and notes, by field (empty when nothing is).
 *
 * @example
 * siteFieldProblems({ name: " ", notes: "" }); // { name: "nameMissing" }
 */
export function siteFieldProblems(input: { name: string; notes: string }): Partial<Record<"name" | "notes", SiteFieldProblem>> {
  const problems: Partial<Record<"name" | "notes", SiteFieldProblem>> = {};
  const name = input.name.trim();
  if (name === "") problems.name = "nameMissing";
  else if (name.length > siteNameMaxLength) problems.name = "nameTooLong";
  if (input.notes.length > siteNotesMaxLength) problems.notes = "notesTooLong";
  return problems;
}
