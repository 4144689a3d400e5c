/**
 * GeoJSON geometries as shared documents may hold them: WGS84 positions of two finite numbers
 * (longitude, latitude), polygons with closed rings. The map draws whatever passes, so what
 * fails here must never reach Leaflet (an empty Point once broke the map for everyone).
 */
import type { Point, Polygon, Position } from "geojson";
import { z } from "zod";

/** A polygon with more positions than this is refused: no site or area needs it, and every member's map would draw it. */
export const maxPolygonPositions = 10_000;
/** Holes are allowed, within reason. */
export const maxPolygonRings = 100;

/** [longitude, latitude] in WGS84. */
export const positionSchema: z.ZodType<Position> = z.tuple([
  z.number().finite().min(-180).max(180),
  z.number().finite().min(-90).max(90),
]);

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** A closed ring: at least four positions, the last equal to the first. */
const ringSchema = z
  .array(positionSchema)
  .min(4, "a ring needs at least 4 positions")
  .max(maxPolygonPositions)
  // Zod runs refinements even when `min` failed: an empty ring must not throw here.
  .refine((ring) => ring.length === 0 || samePosition(ring[0], ring[ring.length - 1]), "a ring must end where it starts");

export const pointSchema: z.ZodType<Point> = z.object({ type: z.literal("Point"), coordinates: positionSchema }).strict();

export const polygonSchema: z.ZodType<Polygon> = z
  .object({
    type: z.literal("Polygon"),
    coordinates: z
      .array(ringSchema)
      .min(1, "a polygon needs an outer ring")
      .max(maxPolygonRings)
      .refine((rings) => rings.reduce((sum, ring) => sum + (Array.isArray(ring) ? ring.length : 0), 0) <= maxPolygonPositions, `at most ${maxPolygonPositions} positions in all`),
  })
  .strict();

/** A site is drawn as a point or an area. */
export const pointOrPolygonSchema: z.ZodType<Point | Polygon> = z.union([pointSchema, polygonSchema]);
