import type { Point, Polygon, Position } from "geojson";
import type { Site } from "./site-document";

/** About 1 cm: enough for a plot, and keeps the shared document small. */
const roundCoordinate = (value: number) => Math.round(value * 1e7) / 1e7;

/**
 * Where a site's marker goes: a point's own position, or a polygon's first
 * ring's average vertex (good enough for a marker; the engine uses its own rule).
 *
 * @example
 * sitePosition(site); // { lat: 63.42, lon: 10.4 }
 */
export function sitePosition(site: Pick<Site, "geometry">): { lat: number; lon: number } {
  if (site.geometry.type === "Point") {
    const [lon, lat] = site.geometry.coordinates;
    return { lat, lon };
  }
  const ring = site.geometry.coordinates[0] ?? [];
  const vertices = ring.length > 1 ? ring.slice(0, -1) : ring;
  const count = Math.max(vertices.length, 1);
  return {
    lon: vertices.reduce((sum, [lon]) => sum + lon, 0) / count,
    lat: vertices.reduce((sum, [, lat]) => sum + lat, 0) / count,
  };
}

/** A GeoJSON point at the given position, coordinates rounded to about 1 cm. */
export function pointAt(position: { lat: number; lon: number }): Point {
  return { type: "Point", coordinates: [roundCoordinate(position.lon), roundCoordinate(position.lat)] };
}

/** Why a list of corners is not a usable polygon; `line` counts from 1. */
export type CornersProblem =
  | { kind: "format"; line: number }
  | { kind: "latitude"; line: number }
  | { kind: "longitude"; line: number }
  | { kind: "tooFew" }
  | { kind: "selfIntersecting" };

export type CornersResult = { ok: true; polygon: Polygon } | { ok: false; problem: CornersProblem };

/** Splits "63.42, 10.40", "63,42 10,40", "63.42;10.40" or "63.42,10.40" into two numbers' texts. */
function splitCorner(line: string): string[] {
  if (line.includes(";")) return line.split(";").map((part) => part.trim());
  const parts = line.split(/,\s+|\s+/);
  if (parts.length === 1 && (line.match(/,/g) ?? []).length === 1) return line.split(",");
  return parts;
}

function parseNumber(text: string): number {
  return /^[-+]?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : Number.NaN;
}

/** True when segments p1–p2 and p3–p4 cross or touch (in the plane of lon/lat). */
function segmentsMeet(p1: Position, p2: Position, p3: Position, p4: Position): boolean {
  const side = (a: Position, b: Position, c: Position) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  const onSegment = (a: Position, b: Position, c: Position) =>
    Math.min(a[0], b[0]) <= c[0] && c[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= c[1] && c[1] <= Math.max(a[1], b[1]);
  const d1 = side(p3, p4, p1);
  const d2 = side(p3, p4, p2);
  const d3 = side(p1, p2, p3);
  const d4 = side(p1, p2, p4);
  if (d1 !== d2 && d3 !== d4 && d1 !== 0 && d2 !== 0 && d3 !== 0 && d4 !== 0) return true;
  return (d1 === 0 && onSegment(p3, p4, p1)) || (d2 === 0 && onSegment(p3, p4, p2)) || (d3 === 0 && onSegment(p1, p2, p3)) || (d4 === 0 && onSegment(p1, p2, p4));
}

/**
 * True when two edges of the ring that are not neighbours meet: a bow tie, or
 * an outline that runs back over itself. `ring` is open (no closing corner).
 * Quadratic in the corners, which is cheap for a plot drawn by hand.
 *
 * @example
 * ringIntersectsItself([[0, 0], [1, 1], [1, 0], [0, 1]]); // true (a bow tie)
 */
export function ringIntersectsItself(ring: Position[]): boolean {
  const count = ring.length;
  for (let first = 0; first < count; first += 1) {
    for (let second = first + 1; second < count; second += 1) {
      const neighbours = second === first + 1 || (first === 0 && second === count - 1);
      if (neighbours) continue;
      if (segmentsMeet(ring[first], ring[(first + 1) % count], ring[second], ring[(second + 1) % count])) return true;
    }
  }
  return false;
}

/**
 * Reads a polygon's corners typed one a line as "latitude, longitude" (the
 * keyboard way to draw or reshape a site). A repeated first corner at the end
 * is allowed; blank lines are skipped.
 *
 * @example
 * parseCorners("63.42, 10.40\n63.42, 10.41\n63.43, 10.41");
 * // { ok: true, polygon: { type: "Polygon", coordinates: [[[10.4, 63.42], [10.41, 63.42], [10.41, 63.43], [10.4, 63.42]]] } }
 */
export function parseCorners(text: string): CornersResult {
  const corners: Position[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "") continue;
    const parts = splitCorner(line);
    const [lat, lon] = parts.map(parseNumber);
    if (parts.length !== 2 || Number.isNaN(lat) || Number.isNaN(lon)) return { ok: false, problem: { kind: "format", line: index + 1 } };
    if (Math.abs(lat) > 90) return { ok: false, problem: { kind: "latitude", line: index + 1 } };
    if (Math.abs(lon) > 180) return { ok: false, problem: { kind: "longitude", line: index + 1 } };
    corners.push([roundCoordinate(lon), roundCoordinate(lat)]);
  }
  const ring = corners.filter((corner, index) => index === 0 || !samePosition(corner, corners[index - 1]));
  if (ring.length > 1 && samePosition(ring[0], ring[ring.length - 1])) ring.pop();
  const distinct = new Set(ring.map((corner) => corner.join(","))).size;
  if (distinct < 3) return { ok: false, problem: { kind: "tooFew" } };
  if (ringIntersectsItself(ring)) return { ok: false, problem: { kind: "selfIntersecting" } };
  return { ok: true, polygon: { type: "Polygon", coordinates: [[...ring, ring[0]]] } };
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/**
 * A polygon's corners as the text parseCorners reads: "latitude, longitude"
 * one a line, without the closing corner.
 *
 * @example
 * cornersText({ type: "Polygon", coordinates: [[[10.4, 63.42], [10.41, 63.42], [10.41, 63.43], [10.4, 63.42]]] });
 * // "63.42, 10.4\n63.42, 10.41\n63.43, 10.41"
 */
export function cornersText(polygon: Polygon): string {
  const ring = polygon.coordinates[0] ?? [];
  return ring
    .slice(0, -1)
    .map(([lon, lat]) => `${lat}, ${lon}`)
    .join("\n");
}

/**
 * The outer ring of a polygon drawn on the map (longitude, latitude pairs, open
 * or closed) as a GeoJSON polygon, rounded to about 1 cm.
 *
 * @example
 * polygonFrom([[10.4, 63.42], [10.41, 63.42], [10.41, 63.43]]); // closed ring of 4 positions
 */
export function polygonFrom(ring: Position[]): Polygon {
  const rounded = ring.map(([lon, lat]) => [roundCoordinate(lon), roundCoordinate(lat)]);
  if (rounded.length > 0 && !samePosition(rounded[0], rounded[rounded.length - 1])) rounded.push(rounded[0]);
  return { type: "Polygon", coordinates: [rounded] };
}
