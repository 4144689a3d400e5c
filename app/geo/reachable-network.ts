import type { MultiLineString } from "geojson";
import type { ShortestPathTree } from "./shortest-path-tree";

type Interval = [number, number];

function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter(([start, end]) => end > start).sort((first, second) => first[0] - second[0]);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([interval[0], interval[1]]);
  }
  return merged;
}

/**
 * The part of the walking network reachable within `limitMeters`, as a MultiLineString of segments
 * and partial segments cut at the limit (no buffer: the street lines themselves). `limitMeters`
 * should not exceed the tree's search bound.
 *
 * @example
 * const tenMinutes = reachableNetwork(tree, 750);
 */
export function reachableNetwork(tree: ShortestPathTree, limitMeters: number): MultiLineString {
  const { graph, distance } = tree;
  const lines: [number, number][][] = [];
  const originSegments = new Map<number, Interval[]>();
  for (const origin of tree.origins) {
    const reach = limitMeters - origin.startMeters;
    if (reach <= 0) continue;
    const position = origin.snapped.toFromMeters;
    const list = originSegments.get(origin.snapped.segment) ?? [];
    list.push([position - reach, position + reach]);
    originSegments.set(origin.snapped.segment, list);
  }
  const pushPiece = (a: number, b: number, length: number, start: number, end: number): void => {
    const from = length === 0 ? 0 : start / length;
    const to = length === 0 ? 0 : end / length;
    const dLon = graph.nodeLon[b] - graph.nodeLon[a];
    const dLat = graph.nodeLat[b] - graph.nodeLat[a];
    lines.push([
      [graph.nodeLon[a] + from * dLon, graph.nodeLat[a] + from * dLat],
      [graph.nodeLon[a] + to * dLon, graph.nodeLat[a] + to * dLat],
    ]);
  };
  const addSegment = (segment: number, extra: Interval[] | undefined): void => {
    const a = graph.segmentFrom[segment];
    const b = graph.segmentTo[segment];
    const length = graph.segmentLength[segment];
    const fromA = Math.min(length, Math.max(0, limitMeters - distance[a]));
    const fromB = Math.min(length, Math.max(0, limitMeters - distance[b]));
    if (!extra) {
      // Common case, no allocation: whole segment, or a piece from each reached end.
      if (fromA + fromB >= length) pushPiece(a, b, length, 0, length);
      else {
        if (fromA > 0) pushPiece(a, b, length, 0, fromA);
        if (fromB > 0) pushPiece(a, b, length, length - fromB, length);
      }
      return;
    }
    const intervals = mergeIntervals([[0, fromA], [length - fromB, length], ...extra.map(([start, end]): Interval => [Math.max(0, start), Math.min(length, end)])]);
    for (const [start, end] of intervals) pushPiece(a, b, length, start, end);
  };
  for (const [segment, extra] of originSegments) addSegment(segment, extra);
  for (let index = 0; index < tree.settledCount; index++) {
    const node = tree.settledNodes[index];
    if (distance[node] > limitMeters) continue;
    for (let edge = graph.adjacencyStart[node]; edge < graph.adjacencyStart[node + 1]; edge++) {
      const segment = graph.adjacentSegment[edge];
      const other = graph.adjacentNode[edge];
      if (originSegments.has(segment)) continue;
      // Each segment once: from its lower-numbered end when both ends are within the limit.
      if (distance[other] <= limitMeters && other < node) continue;
      addSegment(segment, undefined);
    }
  }
  return { type: "MultiLineString", coordinates: lines };
}
