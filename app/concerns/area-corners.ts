import type { Polygon, Position } from "geojson";

/**
 * The keyboard way to draw an area: its corners typed as "latitude, longitude",
 * one per line, in decimal degrees (WGS84). "63.42; 10.39" and "63,42; 10,39"
 * (decimal comma, semicolon between) are read too.
 */

export type CornersProblem =
  | { kind: "empty" }
  | { kind: "unreadable"; line: number }
  | { kind: "outOfRange"; line: number }
  | { kind: "tooFew" }
  | { kind: "tooMany"; max: number }
  | { kind: "crossing" };

export type CornersResult = { ok: true; polygon: Polygon } | { ok: false; problem: CornersProblem };

export const maxCorners = 200;

const number = String.raw`[-+]?\d+(?:\.\d+)?`;
const dotDecimals = new RegExp(String.raw`^(${number})\s*(?:,|\s)\s*(${number})$`);

function readLine(line: string): [number, number] | null {
  const trimmed = line.trim();
  if (trimmed.includes(";")) {
    const parts = trimmed.split(";").map((part) => part.trim().replace(",", "."));
    if (parts.length !== 2 || !parts.every((part) => new RegExp(`^${number}$`).test(part))) return null;
    return [Number(parts[0]), Number(parts[1])];
  }
  const match = dotDecimals.exec(trimmed);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/** Whether segment a→b and c→d cross (touching at a shared end does not count). */
function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const orientation = (p: Position, q: Position, r: Position) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

function ringCrossesItself(ring: Position[]): boolean {
  const edges = ring.length - 1;
  for (let first = 0; first < edges; first++) {
    for (let second = first + 2; second < edges; second++) {
      if (first === 0 && second === edges - 1) continue; // neighbours through the closing corner
      if (segmentsCross(ring[first], ring[first + 1], ring[second], ring[second + 1])) return true;
    }
  }
  return false;
}

/**
 * Reads typed corners into a closed GeoJSON polygon, or says what is wrong and on which line.
 *
 * @example
 * parseCorners("59.951, 10.968\n59.952, 10.969\n59.951, 10.970");
 * // { ok: true, polygon: { type: "Polygon", coordinates: [[[10.968, 59.951], [10.969, 59.952], [10.97, 59.951], [10.968, 59.951]]] } }
 */
export function parseCorners(text: string): CornersResult {
  const lines = text.split(/\r?\n/);
  const corners: Position[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    const read = readLine(line);
    if (!read) return { ok: false, problem: { kind: "unreadable", line: index + 1 } };
    const [lat, lon] = read;
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return { ok: false, problem: { kind: "outOfRange", line: index + 1 } };
    const position: Position = [Math.round(lon * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7];
    const last = corners[corners.length - 1];
    if (!last || last[0] !== position[0] || last[1] !== position[1]) corners.push(position);
  }
  if (corners.length === 0) return { ok: false, problem: { kind: "empty" } };
  // A closing corner typed like the first one is allowed.
  const [first] = corners;
  const last = corners[corners.length - 1];
  if (corners.length > 1 && first[0] === last[0] && first[1] === last[1]) corners.pop();
  if (corners.length < 3) return { ok: false, problem: { kind: "tooFew" } };
  if (corners.length > maxCorners) return { ok: false, problem: { kind: "tooMany", max: maxCorners } };
  const ring = [...corners, corners[0]];
  if (ringCrossesItself(ring)) return { ok: false, problem: { kind: "crossing" } };
  return { ok: true, polygon: { type: "Polygon", coordinates: [ring] } };
}

/**
 * A polygon's outer ring as typed corners, for editing (the closing corner left out).
 *
 * @example
 * cornersText(polygon); // "59.951, 10.968\n59.952, 10.969\n59.951, 10.97"
 */
export function cornersText(polygon: Polygon): string {
  const ring = polygon.coordinates[0] ?? [];
  return ring
    .slice(0, -1)
    .map(([lon, lat]) => `${lat}, ${lon}`)
    .join("\n");
}
