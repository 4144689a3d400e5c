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
 * segment index; null when nothing is within reach.
 *
 * @example
 * const snapped = snapToNetwork(graph, 10.4, 63.42, 150);
 * if (!snapped) console.log("not on the walking network");
 */
export function snapToNetwork(graph: WalkingGraph, lon: number, lat: number, maxSnapMeters: number): SnappedPoint | null {
  if (!graph.segmentIndex) return null;
  const cosLat = Math.cos((lat * Math.PI) / 180);
  const dLat = maxSnapMeters / METERS_PER_DEGREE;
  const dLon = maxSnapMeters / (METERS_PER_DEGREE * Math.max(cosLat, 1e-6));
  const candidates = graph.segmentIndex.search(lon - dLon, lat - dLat, lon + dLon, lat + dLat);
  let best = -1;
  let bestFraction = 0;
  let bestSquared = Infinity;
  for (const segment of candidates) {
    const a = graph.segmentFrom[segment];
    const b = graph.segmentTo[segment];
    // Local metric frame centred on the point (equirectangular; exact enough within a few hundred metres).
    const ax = (graph.nodeLon[a] - lon) * cosLat;
    const ay = graph.nodeLat[a] - lat;
    const dx = (graph.nodeLon[b] - lon) * cosLat - ax;
    const dy = graph.nodeLat[b] - lat - ay;
    const lengthSquared = dx * dx + dy * dy;
    let fraction = lengthSquared === 0 ? 0 : -(ax * dx + ay * dy) / lengthSquared;
    fraction = fraction < 0 ? 0 : fraction > 1 ? 1 : fraction;
    const px = ax + fraction * dx;
    const py = ay + fraction * dy;
    const squared = px * px + py * py;
    // Ties go to the lower segment number... which depends on input order, so break them by geometry.
    if (squared < bestSquared - 1e-18 || (Math.abs(squared - bestSquared) <= 1e-18 && tieBreak(graph, segment, best))) {
      best = segment;
      bestFraction = fraction;
      bestSquared = squared;
    }
  }
  if (best === -1) return null;
  const a = graph.segmentFrom[best];
  const b = graph.segmentTo[best];
  const snappedLon = graph.nodeLon[a] + bestFraction * (graph.nodeLon[b] - graph.nodeLon[a]);
  const snappedLat = graph.nodeLat[a] + bestFraction * (graph.nodeLat[b] - graph.nodeLat[a]);
  const snapMeters = metresBetween(lon, lat, snappedLon, snappedLat);
  if (snapMeters > maxSnapMeters) return null;
  return {
    segment: best,
    fraction: bestFraction,
    lon: snappedLon,
    lat: snappedLat,
    snapMeters,
    toFromMeters: metresBetween(snappedLon, snappedLat, graph.nodeLon[a], graph.nodeLat[a]),
    toToMeters: metresBetween(snappedLon, snappedLat, graph.nodeLon[b], graph.nodeLat[b]),
  };
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
