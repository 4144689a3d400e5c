import Flatbush from "flatbush";
import type { BarrierKind, BarrierLine } from "./types";

/** Barrier segments with a spatial index, for exact crossing tests against one straight line at a time. */
export interface BarrierIndex {
  count: number;
  kind: BarrierKind[];
  name: (string | null)[];
  startLon: Float64Array;
  startLat: Float64Array;
  endLon: Float64Array;
  endLat: Float64Array;
  index: Flatbush | null;
}

/**
 * Splits barrier lines into segments and indexes them.
 *
 * @example
 * const barriers = buildBarrierIndex([{ kind: "railway", name: "Dovrebanen", coordinates: [[10.4, 63.41], [10.4, 63.43]] }]);
 */
export function buildBarrierIndex(lines: BarrierLine[]): BarrierIndex {
  const kind: BarrierKind[] = [];
  const name: (string | null)[] = [];
  const coordinates: number[] = [];
  for (const line of lines) {
    for (let vertex = 1; vertex < line.coordinates.length; vertex++) {
      const [x1, y1] = line.coordinates[vertex - 1];
      const [x2, y2] = line.coordinates[vertex];
      if (![x1, y1, x2, y2].every(Number.isFinite) || (x1 === x2 && y1 === y2)) continue;
      kind.push(line.kind);
      name.push(line.name);
      coordinates.push(x1, y1, x2, y2);
    }
  }
  const count = kind.length;
  const startLon = new Float64Array(count);
  const startLat = new Float64Array(count);
  const endLon = new Float64Array(count);
  const endLat = new Float64Array(count);
  let index: Flatbush | null = null;
  if (count > 0) index = new Flatbush(count);
  for (let segment = 0; segment < count; segment++) {
    startLon[segment] = coordinates[segment * 4];
    startLat[segment] = coordinates[segment * 4 + 1];
    endLon[segment] = coordinates[segment * 4 + 2];
    endLat[segment] = coordinates[segment * 4 + 3];
    index?.add(
      Math.min(startLon[segment], endLon[segment]),
      Math.min(startLat[segment], endLat[segment]),
      Math.max(startLon[segment], endLon[segment]),
      Math.max(startLat[segment], endLat[segment]),
    );
  }
  index?.finish();
  return { count, kind, name, startLon, startLat, endLon, endLat, index };
}
