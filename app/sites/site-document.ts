import * as Y from "yjs";
import { entryJson, readRecords, type ReadResult } from "../documents/entry-check";
import { validRecord } from "../documents/invalid-record-error";
import { siteNameMaxLength, siteNotesMaxLength, siteSchema, sitesMap, type SiteInput } from "../documents/plan-document";

/**
 * Operations on the candidate sites of the plan document. The map, its entries' schema and the
 * limits are declared by the document's owner, app/documents/plan-document.ts.
 */

// Declared in app/documents/plan-document.ts; named here too while the map page still imports them from this module.
export { siteNameMaxLength, siteNotesMaxLength, siteStatuses, sitesMap, type SiteInput, type SiteStatus } from "../documents/plan-document";

export interface Site extends SiteInput {
  id: string;
}

/**
 * The sites that pass the schema, by name, and how many did not (a reader never throws on a
 * broken record from an old offline copy: it skips it, and the page says so).
 *
 * @example
 * const { records, skipped } = readSites(doc);
 */
export function readSites(doc: Y.Doc): ReadResult<SiteInput> {
  const result = readRecords(sitesMap(doc), siteSchema);
  result.records.sort((a, b) => a.name.localeCompare(b.name, "nb"));
  return result;
}

/** All sites that pass the schema, by name. */
export function listSites(doc: Y.Doc): Site[] {
  return readSites(doc).records;
}

function siteRecord(input: SiteInput): SiteInput {
  return { name: input.name, status: input.status, notes: input.notes, geometry: input.geometry };
}

/**
 * Adds a site and returns its id. `origin` marks whose edit it is (see
 * createSiteUndoManager): pass the member's own origin from the editor.
 * Throws InvalidRecordError (and writes nothing) when the site fails the schema.
 */
export function addSite(doc: Y.Doc, input: SiteInput, id: string = crypto.randomUUID(), origin: unknown = null): string {
  const record = validRecord(siteSchema, siteRecord(input), `sites[${id}]`);
  const entry = new Y.Map<unknown>();
  entry.set("name", record.name);
  entry.set("status", record.status);
  entry.set("notes", record.notes);
  entry.set("geometry", record.geometry);
  doc.transact(() => sitesMap(doc).set(id, entry), origin);
  return id;
}

/**
 * Changes the given fields of a site; unchanged fields are not touched. Throws
 * InvalidRecordError (and writes nothing) when the changed site would fail the schema.
 */
export function updateSite(doc: Y.Doc, id: string, patch: Partial<SiteInput>, origin: unknown = null): void {
  const entry = sitesMap(doc).get(id);
  if (!(entry instanceof Y.Map)) return;
  const changes = Object.entries(patch).filter(([, value]) => value !== undefined);
  const current = entryJson(entry) as Record<string, unknown>;
  validRecord(siteSchema, siteRecord({ ...current, ...Object.fromEntries(changes) } as SiteInput), `sites[${id}]`);
  doc.transact(() => {
    for (const [key, value] of changes) {
      if (JSON.stringify(entry.get(key)) !== JSON.stringify(value)) entry.set(key, value);
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
