import type { Polygon } from "geojson";
import * as Y from "yjs";
import type { AreaOfConcern } from "../geo/types";

/**
 * Areas of concern live in their own shared document per project
 * (`project/<id>/concerns`), apart from the plan, so the sync server can keep
 * them from every role without `concerns:read`: police write, the municipality
 * reads, nobody else ever receives them.
 *
 * `doc.getMap("areas")`: areaId → Y.Map { name, note, geometry }, where geometry
 * is a GeoJSON Polygon in WGS84, replaced whole when redrawn.
 */

export interface AreaInput {
  /** A neutral label for the place ("Området ved stasjonen"), never words about people. */
  name: string;
  note: string;
  geometry: Polygon;
}

export interface Area extends AreaInput {
  id: string;
}

export const areasMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>("areas");

function isPolygon(value: unknown): value is Polygon {
  if (typeof value !== "object" || value === null) return false;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  return type === "Polygon" && Array.isArray(coordinates) && Array.isArray(coordinates[0]) && (coordinates[0] as unknown[]).length >= 4;
}

/**
 * The document's areas with a usable polygon, by name.
 *
 * @example
 * listAreas(doc); // [{ id: "…", name: "Området ved stasjonen", note: "", geometry: { type: "Polygon", … } }]
 */
export function listAreas(doc: Y.Doc): Area[] {
  const result: Area[] = [];
  for (const [id, entry] of areasMap(doc)) {
    if (!(entry instanceof Y.Map)) continue;
    const geometry = entry.get("geometry");
    if (!isPolygon(geometry)) continue;
    const name = entry.get("name");
    const note = entry.get("note");
    result.push({ id, name: typeof name === "string" ? name : "", note: typeof note === "string" ? note : "", geometry });
  }
  return result.sort((a, b) => a.name.localeCompare(b.name, "nb"));
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

/** Adds an area and returns its id. */
export function addArea(doc: Y.Doc, input: AreaInput, id: string = crypto.randomUUID()): string {
  const entry = new Y.Map<unknown>();
  entry.set("name", input.name);
  entry.set("note", input.note);
  entry.set("geometry", input.geometry);
  areasMap(doc).set(id, entry);
  return id;
}

/** Changes the given fields of an area; unchanged fields are not touched. */
export function updateArea(doc: Y.Doc, id: string, patch: Partial<AreaInput>): void {
  const entry = areasMap(doc).get(id);
  if (!(entry instanceof Y.Map)) return;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined && JSON.stringify(entry.get(key)) !== JSON.stringify(value)) entry.set(key, value);
    }
  });
}

export function removeArea(doc: Y.Doc, id: string): void {
  areasMap(doc).delete(id);
}
