import type { Geometry } from "geojson";
import { pointOnFeature } from "@turf/point-on-feature";
import type { Position2 } from "./types";

/**
 * One point that stands for a geometry: the point itself, or a point guaranteed to lie on a line
 * or inside a polygon (turf's pointOnFeature). Null for empty or unsupported geometry.
 *
 * @example
 * representativePoint({ type: "Point", coordinates: [10.4, 63.42] }); // [10.4, 63.42]
 */
export function representativePoint(geometry: Geometry | null | undefined): Position2 | null {
  if (!geometry) return null;
  if (geometry.type === "Point") return [geometry.coordinates[0], geometry.coordinates[1]];
  if (geometry.type === "GeometryCollection" && geometry.geometries.length === 0) return null;
  if ("coordinates" in geometry && geometry.coordinates.length === 0) return null;
  const point = pointOnFeature({ type: "Feature", properties: {}, geometry });
  const [lon, lat] = point.geometry.coordinates;
  return Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : null;
}
