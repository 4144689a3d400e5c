import type { BarrierIndex } from "./barrier-index";
import { findBarrierCrossings } from "./find-barrier-crossings";
import { METERS_PER_DEGREE, metresBetween } from "./metres-between";
import type { WalkingGraph } from "./walking-graph";

/** A point placed on a segment of the walking graph; it splits the segment virtually in two partial edges. */
export interface SnappedPoint {
  segment: number;
  /** Position along the segment, 0 at `segmentFrom`, 1 at `segmentTo`. */
  fraction: number;
  lon: number;
  lat: number;
  /** Distance from the original point to the snapped point, metres. */
  snapMeters: number;
  /** Length of the partial edge to `segmentFrom` / `segmentTo`, metres. */
  toFromMeters: number;
  toToMeters: number;
}

/**
 * Snaps a point to the nearest segment of the walking graph within `maxSnapMeters`, using the
 * segment index; null when nothing is within reach. Given barriers, the short walk from the point to
 * the network may not cross one: a site beside a railway joins the path on its own side, even when
 * the path across the rails is nearer (otherwise the walk would start by crossing the railway and no
 * shortcut would be flagged).
 *
 * @example
 * const snapped = snapToNetwork(graph, 10.4, 63.42, 150, area.barriers);
 * if (!snapped) console.log("not on the walking network");
 */
export function snapToNetwork(graph: WalkingGraph, lon: number, lat: number, maxSnapMeters: number, barriers?: BarrierIndex): SnappedPoint | null {
  if (!graph.segmentIndex) return null;
  const cosLat = Math.cos((lat * Math.PI) / 180);
  const dLat = maxSnapMeters / METERS_PER_DEGREE;
  const dLon = maxSnapMeters / (METERS_PER_DEGREE * Math.max(cosLat, 1e-6));
  const candidates: Candidate[] = graph.segmentIndex
    .search(lon - dLon, lat - dLat, lon + dLon, lat + dLat)
    .map((segment) => nearestOnSegment(graph, segment, lon, lat, cosLat));
  candidates.sort((first, second) => compareCandidates(graph, first, second));
  for (const candidate of candidates) {
    const snapped = toSnappedPoint(graph, candidate, lon, lat);
    if (snapped.snapMeters > maxSnapMeters) return null;
    if (!barriers || !crossesBarrier(barriers, [lon, lat], [snapped.lon, snapped.lat])) return snapped;
  }
  return null;
}

interface Candidate {
  segment: number;
  fraction: number;
  /** Squared distance in the local frame (degrees of latitude), for ordering only. */
  squared: number;
}

/** The point of one segment nearest to (lon, lat), in a local equirectangular frame centred on the point. */
function nearestOnSegment(graph: WalkingGraph, segment: number, lon: number, lat: number, cosLat: number): Candidate {
  const a = graph.segmentFrom[segment];
  const b = graph.segmentTo[segment];
  const ax = (graph.nodeLon[a] - lon) * cosLat;
  const ay = graph.nodeLat[a] - lat;
  const dx = (graph.nodeLon[b] - lon) * cosLat - ax;
  const dy = graph.nodeLat[b] - lat - ay;
  const lengthSquared = dx * dx + dy * dy;
  let fraction = lengthSquared === 0 ? 0 : -(ax * dx + ay * dy) / lengthSquared;
  fraction = fraction < 0 ? 0 : fraction > 1 ? 1 : fraction;
  const px = ax + fraction * dx;
  const py = ay + fraction * dy;
  return { segment, fraction, squared: px * px + py * py };
}

/** Nearest first; equally near segments ordered by geometry, never by input order. */
function compareCandidates(graph: WalkingGraph, first: Candidate, second: Candidate): number {
  if (Math.abs(first.squared - second.squared) > 1e-18) return first.squared - second.squared;
  if (tieBreak(graph, first.segment, second.segment)) return -1;
  return tieBreak(graph, second.segment, first.segment) ? 1 : 0;
}

function toSnappedPoint(graph: WalkingGraph, candidate: Candidate, lon: number, lat: number): SnappedPoint {
  const a = graph.segmentFrom[candidate.segment];
  const b = graph.segmentTo[candidate.segment];
  const snappedLon = graph.nodeLon[a] + candidate.fraction * (graph.nodeLon[b] - graph.nodeLon[a]);
  const snappedLat = graph.nodeLat[a] + candidate.fraction * (graph.nodeLat[b] - graph.nodeLat[a]);
  return {
    segment: candidate.segment,
    fraction: candidate.fraction,
    lon: snappedLon,
    lat: snappedLat,
    snapMeters: metresBetween(lon, lat, snappedLon, snappedLat),
    toFromMeters: metresBetween(snappedLon, snappedLat, graph.nodeLon[a], graph.nodeLat[a]),
    toToMeters: metresBetween(snappedLon, snappedLat, graph.nodeLon[b], graph.nodeLat[b]),
  };
}

/**
 * Whether the straight walk from a point to the network crosses a barrier. Touching a barrier at
 * either end is no crossing: a point on a level crossing (where the path meets the rails) joins it.
 */
function crossesBarrier(barriers: BarrierIndex, from: [number, number], to: [number, number]): boolean {
  const endTolerance = 1e-6;
  return findBarrierCrossings(barriers, from, to).some((crossing) => crossing.fraction > endTolerance && crossing.fraction < 1 - endTolerance);
}

/** Order-independent tie break between two equally near segments: the one whose midpoint is lower-left. */
function tieBreak(graph: WalkingGraph, candidate: number, current: number): boolean {
  if (current === -1) return true;
  const key = (segment: number): [number, number] => [
    graph.nodeLon[graph.segmentFrom[segment]] + graph.nodeLon[graph.segmentTo[segment]],
    graph.nodeLat[graph.segmentFrom[segment]] + graph.nodeLat[graph.segmentTo[segment]],
  ];
  const [cx, cy] = key(candidate);
  const [kx, ky] = key(current);
  return cx < kx || (cx === kx && cy < ky);
}
