/**
 * The concerns document (`project/<id>/concerns`): its one owner. Areas of concern live apart
 * from the plan so the sync server can keep them from every role without `concerns:read`:
 * police write, the municipality reads, nobody else ever receives them.
 *
 * - `areas`: id → Y.Map { name, note, geometry }, geometry a GeoJSON Polygon in WGS84,
 *   replaced whole when redrawn.
 */
import type * as Y from "yjs";
import { z } from "zod";
import { checkRecord } from "./entry-check";
import { polygonSchema } from "./geometry-schema";
import type { EntryAddress, SharedDocumentSchema } from "./shared-document-schema";

export const concernsMapNames = { areas: "areas" } as const;

export const areasMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(concernsMapNames.areas);

export const areaNameMaxLength = 80;
export const areaNoteMaxLength = 500;

export const areaSchema = z
  .object({
    /** A neutral label for the place ("Området ved stasjonen"), never words about people. */
    name: z.string().max(areaNameMaxLength),
    note: z.string().max(areaNoteMaxLength),
    geometry: polygonSchema,
  })
  .strict();
export type AreaInput = z.infer<typeof areaSchema>;

export const concernsDocumentSchema: SharedDocumentSchema = {
  maps: Object.values(concernsMapNames),
  checkEntry({ map, key }: EntryAddress, value: unknown): string | null {
    if (value === undefined) return null; // removing an area is always allowed
    if (map === concernsMapNames.areas) return checkRecord(map, key, value, areaSchema);
    return `no map "${map.slice(0, 40)}" in the concerns document`;
  },
};
