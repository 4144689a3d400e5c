import * as Y from "yjs";
import { areaSchema, areasMap, type AreaInput } from "../documents/concerns-document";
import { entryJson, readRecords, type ReadResult } from "../documents/entry-check";
import { validRecord } from "../documents/invalid-record-error";
import type { AreaOfConcern } from "../geo/types";

/**
 * Operations on the areas of concern. The document (`project/<id>/concerns`), its map and the
 * entries' schema are declared by its owner, app/documents/concerns-document.ts.
 */

export interface Area extends AreaInput {
  id: string;
}

/**
 * The areas that pass the schema, by name, and how many did not.
 *
 * @example
 * const { records, skipped } = readAreas(doc);
 */
export function readAreas(doc: Y.Doc): ReadResult<AreaInput> {
  const result = readRecords(areasMap(doc), areaSchema);
  result.records.sort((a, b) => a.name.localeCompare(b.name, "nb"));
  return result;
}

/**
 * The document's areas that pass the schema, by name.
 *
 * @example
 * listAreas(doc); // [{ id: "…", name: "Området ved stasjonen", note: "", geometry: { type: "Polygon", … } }]
 */
export function listAreas(doc: Y.Doc): Area[] {
  return readAreas(doc).records;
}

/**
 * The areas as GeoJSON features for the assessment engine (`name` and `id` in properties).
 *
 * @example
 * assessSite(area, site, { areasOfConcern: areasAsFeatures(listAreas(doc)) });
 */
export function areasAsFeatures(areas: Area[]): AreaOfConcern[] {
  return areas.map((area) => ({ type: "Feature", id: area.id, properties: { id: area.id, name: area.name }, geometry: area.geometry }));
}

function areaRecord(input: AreaInput): AreaInput {
  return { name: input.name, note: input.note, geometry: input.geometry };
}

/** Adds an area and returns its id. Throws InvalidRecordError (and writes nothing) when it fails the schema. */
export function addArea(doc: Y.Doc, input: AreaInput, id: string = crypto.randomUUID()): string {
  const record = validRecord(areaSchema, areaRecord(input), `areas[${id}]`);
  const entry = new Y.Map<unknown>();
  entry.set("name", record.name);
  entry.set("note", record.note);
  entry.set("geometry", record.geometry);
  areasMap(doc).set(id, entry);
  return id;
}

/** Changes the given fields of an area; unchanged fields are not touched. */
export function updateArea(doc: Y.Doc, id: string, patch: Partial<AreaInput>): void {
  const entry = areasMap(doc).get(id);
  if (!(entry instanceof Y.Map)) return;
  const changes = Object.entries(patch).filter(([, value]) => value !== undefined);
  validRecord(areaSchema, areaRecord({ ...(entryJson(entry) as AreaInput), ...Object.fromEntries(changes) }), `areas[${id}]`);
  doc.transact(() => {
    for (const [key, value] of changes) {
      if (JSON.stringify(entry.get(key)) !== JSON.stringify(value)) entry.set(key, value);
    }
  });
}

export function removeArea(doc: Y.Doc, id: string): void {
  areasMap(doc).delete(id);
}
