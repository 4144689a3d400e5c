import Flatbush from "flatbush";
import { metresBetween } from "./metres-between";
import type { Position2 } from "./types";
import type { WalkingGraph } from "./walking-graph";

/** Vertices closer than this (degrees, about 1 cm) are the same node. */
const VERTEX_PRECISION = 1e7;

function findRoot(parent: Int32Array, node: number): number {
  let root = node;
  while (parent[root] !== root) root = parent[root];
  while (parent[node] !== root) {
    const next = parent[node];
    parent[node] = root;
    node = next;
  }
  return root;
}

/**
 * Builds the walking graph from lines. Lines are noded only where they share a vertex (after rounding
 * to 1e-7 degrees): roads that cross on different levels (bridge, tunnel) share no vertex and so do not
 * connect, as in OSM.
 *
 * @example
 * const graph = buildWalkingGraph([[[10.4, 63.42], [10.41, 63.42]]]);
 * graph.segmentCount; // 1
 */
export function buildWalkingGraph(lines: Position2[][]): WalkingGraph {
  const nodeIds = new Map<string, number>();
  const lon: number[] = [];
  const lat: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const nodeOf = (position: Position2): number => {
    const x = Math.round(position[0] * VERTEX_PRECISION);
    const y = Math.round(position[1] * VERTEX_PRECISION);
    const key = `${x},${y}`;
    let id = nodeIds.get(key);
    if (id === undefined) {
      id = lon.length;
      nodeIds.set(key, id);
      lon.push(x / VERTEX_PRECISION);
      lat.push(y / VERTEX_PRECISION);
    }
    return id;
  };
  for (const line of lines) {
    let previous = -1;
    for (const position of line) {
      if (!Number.isFinite(position[0]) || !Number.isFinite(position[1])) continue;
      const node = nodeOf(position);
      if (previous !== -1 && previous !== node) {
        from.push(previous);
        to.push(node);
      }
      previous = node;
    }
  }
  const nodeCount = lon.length;
  const segmentCount = from.length;
  const nodeLon = Float64Array.from(lon);
  const nodeLat = Float64Array.from(lat);
  const segmentFrom = Int32Array.from(from);
  const segmentTo = Int32Array.from(to);
  const segmentLength = new Float64Array(segmentCount);
  const degree = new Int32Array(nodeCount + 1);
  const parent = new Int32Array(nodeCount);
  for (let node = 0; node < nodeCount; node++) parent[node] = node;
  for (let segment = 0; segment < segmentCount; segment++) {
    const a = segmentFrom[segment];
    const b = segmentTo[segment];
    segmentLength[segment] = metresBetween(nodeLon[a], nodeLat[a], nodeLon[b], nodeLat[b]);
    degree[a + 1]++;
    degree[b + 1]++;
    const rootA = findRoot(parent, a);
    const rootB = findRoot(parent, b);
    if (rootA !== rootB) parent[rootA] = rootB;
  }
  const adjacencyStart = new Int32Array(nodeCount + 1);
  for (let node = 0; node < nodeCount; node++) adjacencyStart[node + 1] = adjacencyStart[node] + degree[node + 1];
  const fill = adjacencyStart.slice(0, nodeCount);
  const adjacentNode = new Int32Array(segmentCount * 2);
  const adjacentSegment = new Int32Array(segmentCount * 2);
  for (let segment = 0; segment < segmentCount; segment++) {
    const a = segmentFrom[segment];
    const b = segmentTo[segment];
    adjacentNode[fill[a]] = b;
    adjacentSegment[fill[a]++] = segment;
    adjacentNode[fill[b]] = a;
    adjacentSegment[fill[b]++] = segment;
  }
  const component = new Int32Array(nodeCount);
  for (let node = 0; node < nodeCount; node++) component[node] = findRoot(parent, node);
  let segmentIndex: Flatbush | null = null;
  if (segmentCount > 0) {
    segmentIndex = new Flatbush(segmentCount);
    for (let segment = 0; segment < segmentCount; segment++) {
      const a = segmentFrom[segment];
      const b = segmentTo[segment];
      segmentIndex.add(
        Math.min(nodeLon[a], nodeLon[b]),
        Math.min(nodeLat[a], nodeLat[b]),
        Math.max(nodeLon[a], nodeLon[b]),
        Math.max(nodeLat[a], nodeLat[b]),
      );
    }
    segmentIndex.finish();
  }
  return {
    nodeCount, nodeLon, nodeLat, segmentCount, segmentFrom, segmentTo, segmentLength,
    adjacencyStart, adjacentNode, adjacentSegment, component, segmentIndex,
  };
}
