import type { BarrierIndex } from "./barrier-index";
import type { BarrierKind, Position2 } from "./types";

export interface BarrierCrossing {
  kind: BarrierKind;
  name: string | null;
  position: Position2;
  /** 0 at the line's start, 1 at its end. */
  fraction: number;
}

/**
 * Where one straight line crosses barrier segments, nearest to its start first. Only this line is
 * tested against each candidate segment (found with the index), so barriers crossing each other are
 * never reported — the trap of turf's lineIntersect over a whole FeatureCollection.
 *
 * @example
 * findBarrierCrossings(barriers, [10.40, 63.42], [10.41, 63.42]); // [{ kind: "railway", position: [...], ... }]
 */
export function findBarrierCrossings(barriers: BarrierIndex, start: Position2, end: Position2): BarrierCrossing[] {
  if (!barriers.index) return [];
  const [x1, y1] = start;
  const [x2, y2] = end;
  const cosLat = Math.cos((((y1 + y2) / 2) * Math.PI) / 180);
  const candidates = barriers.index.search(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
  const crossings: BarrierCrossing[] = [];
  // Local frame with x scaled by cos(latitude) so that angles are right; fractions do not depend on the scale.
  const dx = (x2 - x1) * cosLat;
  const dy = y2 - y1;
  for (const segment of candidates) {
    const ax = (barriers.startLon[segment] - x1) * cosLat;
    const ay = barriers.startLat[segment] - y1;
    const ex = (barriers.endLon[segment] - x1) * cosLat - ax;
    const ey = barriers.endLat[segment] - y1 - ay;
    const denominator = dx * ey - dy * ex;
    if (denominator === 0) continue; // parallel: touching along a line is not crossing
    const lineFraction = (ax * ey - ay * ex) / denominator;
    const segmentFraction = (ax * dy - ay * dx) / denominator;
    if (lineFraction < 0 || lineFraction > 1 || segmentFraction < 0 || segmentFraction > 1) continue;
    crossings.push({
      kind: barriers.kind[segment],
      name: barriers.name[segment],
      fraction: lineFraction,
      position: [
        barriers.startLon[segment] + segmentFraction * (barriers.endLon[segment] - barriers.startLon[segment]),
        barriers.startLat[segment] + segmentFraction * (barriers.endLat[segment] - barriers.startLat[segment]),
      ],
    });
  }
  return crossings.sort((first, second) => first.fraction - second.fraction);
}
