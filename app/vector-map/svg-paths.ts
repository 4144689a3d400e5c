/**
 * GeoJSON geometries as SVG path data and label anchors in pixels, given a projection. Pure.
 */
import type { Geometry, Position } from "geojson";
import { positionsOf } from "./fit-bounds";

/** A function from longitude and latitude to pixels. */
export type Projector = (lon: number, lat: number) => [number, number];

const round = (value: number) => Math.round(value * 10) / 10;

function ringPath(ring: readonly Position[], project: Projector, close: boolean): string {
  const points = ring.map(([lon, lat]) => project(lon, lat));
  if (points.length === 0) return "";
  const [first, ...rest] = points;
  return `M${round(first[0])} ${round(first[1])}${rest.map(([x, y]) => `L${round(x)} ${round(y)}`).join("")}${close ? "Z" : ""}`;
}

/**
 * The SVG path data of a geometry's lines and areas (points have none: they get markers).
 * @example
 * geometryPath({ type: "LineString", coordinates: [[0, 0], [1, 1]] }, (lon, lat) => [lon * 10, lat * 10]);
 * // "M0 0L10 10"
 */
export function geometryPath(geometry: Geometry, project: Projector): string {
  switch (geometry.type) {
    case "Point":
    case "MultiPoint":
      return "";
    case "LineString":
      return ringPath(geometry.coordinates, project, false);
    case "MultiLineString":
      return geometry.coordinates.map((line) => ringPath(line, project, false)).join("");
    case "Polygon":
      return geometry.coordinates.map((ring) => ringPath(ring, project, true)).join("");
    case "MultiPolygon":
      return geometry.coordinates.flatMap((polygon) => polygon.map((ring) => ringPath(ring, project, true))).join("");
    case "GeometryCollection":
      return geometry.geometries.map((inner) => geometryPath(inner, project)).join("");
  }
}

/** The points of a geometry that get a marker, in pixels. */
export function geometryMarkers(geometry: Geometry, project: Projector): [number, number][] {
  switch (geometry.type) {
    case "Point":
      return [project(geometry.coordinates[0], geometry.coordinates[1])];
    case "MultiPoint":
      return geometry.coordinates.map(([lon, lat]) => project(lon, lat));
    case "GeometryCollection":
      return geometry.geometries.flatMap((inner) => geometryMarkers(inner, project));
    default:
      return [];
  }
}

function averageOf(positions: readonly Position[]): Position | null {
  // A closed ring repeats its first vertex; count it once.
  const open = positions.length > 1 && positions[0][0] === positions.at(-1)?.[0] && positions[0][1] === positions.at(-1)?.[1] ? positions.slice(0, -1) : positions;
  if (open.length === 0) return null;
  const sum = open.reduce((total, [lon, lat]) => [total[0] + lon, total[1] + lat], [0, 0]);
  return [sum[0] / open.length, sum[1] / open.length];
}

/**
 * Where a geometry's label hangs, in degrees: the point itself, a line's middle vertex, or the
 * vertex average of an area's largest outer ring (close enough for the compact plots a project
 * draws; no turf, so the phone view stays light).
 * @example
 * labelAnchorOf({ type: "Polygon", coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] }); // [1, 1]
 */
export function labelAnchorOf(geometry: Geometry): Position | null {
  switch (geometry.type) {
    case "Point":
      return geometry.coordinates;
    case "MultiPoint":
      return geometry.coordinates[0] ?? null;
    case "LineString":
      return geometry.coordinates[Math.floor(geometry.coordinates.length / 2)] ?? null;
    case "MultiLineString":
      return geometry.coordinates[0]?.[Math.floor(geometry.coordinates[0].length / 2)] ?? null;
    case "Polygon":
      return averageOf(geometry.coordinates[0] ?? []);
    case "MultiPolygon": {
      const largest = [...geometry.coordinates].sort((a, b) => (b[0]?.length ?? 0) - (a[0]?.length ?? 0))[0];
      return largest ? averageOf(largest[0] ?? []) : null;
    }
    case "GeometryCollection":
      return geometry.geometries.map(labelAnchorOf).find((anchor) => anchor !== null) ?? null;
  }
}

/**
 * The box of a geometry's lines and areas in pixels, for labelling an area beside itself.
 * @example
 * pixelBoxOf({ type: "Polygon", coordinates: [[[0, 0], [2, 0], [2, 2], [0, 0]]] }, (lon, lat) => [lon, lat]);
 * // { x: 0, y: 0, width: 2, height: 2 }
 */
export function pixelBoxOf(geometry: Geometry, project: Projector): { x: number; y: number; width: number; height: number } | null {
  const points = positionsOf(geometry).map(([lon, lat]) => project(lon, lat));
  if (points.length === 0) return null;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}
