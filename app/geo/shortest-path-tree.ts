import { BinaryHeap } from "./binary-heap";
import { metresBetween } from "./metres-between";
import type { SnappedPoint } from "./snap-to-network";
import type { WalkingGraph } from "./walking-graph";

/** Where a walk may start: a snapped point, already `startMeters` away from the site (the snap leg). */
export interface WalkingOrigin {
  snapped: SnappedPoint;
  startMeters: number;
  /** The site position this origin leaves from. */
  lon: number;
  lat: number;
}

/**
 * The result of one bounded Dijkstra search. `distance[n]` is the exact walking distance to node n,
 * or Infinity when n is farther than `boundMeters` or not connected. The arrays belong to a workspace
 * reused by the next search on the same graph: read what you need before searching again.
 */
export interface ShortestPathTree {
  graph: WalkingGraph;
  origins: WalkingOrigin[];
  boundMeters: number;
  distance: Float64Array;
  /** Previous node on the shortest path, or `-1 - originIndex` when reached straight from an origin. */
  previousNode: Int32Array;
  settledNodes: Int32Array;
  settledCount: number;
}

interface Workspace {
  distance: Float64Array;
  previousNode: Int32Array;
  settledNodes: Int32Array;
  settledCount: number;
  heap: BinaryHeap;
}

const workspaces = new WeakMap<WalkingGraph, Workspace>();

function workspaceFor(graph: WalkingGraph): Workspace {
  let workspace = workspaces.get(graph);
  if (!workspace) {
    workspace = {
      distance: new Float64Array(graph.nodeCount).fill(Infinity),
      previousNode: new Int32Array(graph.nodeCount),
      settledNodes: new Int32Array(graph.nodeCount),
      settledCount: 0,
      heap: new BinaryHeap(1024),
    };
    workspaces.set(graph, workspace);
  }
  // Reset only what the previous search touched.
  for (let index = 0; index < workspace.settledCount; index++) workspace.distance[workspace.settledNodes[index]] = Infinity;
  workspace.settledCount = 0;
  workspace.heap.clear();
  return workspace;
}

/**
 * One bounded Dijkstra search (binary heap, lazy deletion) from one or more snapped origins
 * over the whole graph, stopping at `boundMeters`. One search answers every destination.
 *
 * @example
 * const tree = searchShortestPaths(graph, [{ snapped, startMeters: snapped.snapMeters, lon, lat }], 3000);
 */
export function searchShortestPaths(graph: WalkingGraph, origins: WalkingOrigin[], boundMeters: number): ShortestPathTree {
  const workspace = workspaceFor(graph);
  const { distance, previousNode, settledNodes, heap } = workspace;
  // Tentative distances live in `distance` too; every node given a finite distance is recorded
  // in `settledNodes` so the next search can reset it. The relaxation is written out inline: this
  // loop is the engine's hot path.
  let touched = 0;
  for (let originIndex = 0; originIndex < origins.length; originIndex++) {
    const origin = origins[originIndex];
    const segment = origin.snapped.segment;
    const ends = [graph.segmentFrom[segment], graph.segmentTo[segment]];
    const costs = [origin.startMeters + origin.snapped.toFromMeters, origin.startMeters + origin.snapped.toToMeters];
    for (let end = 0; end < 2; end++) {
      const node = ends[end];
      const cost = costs[end];
      if (cost > boundMeters || cost >= distance[node]) continue;
      if (distance[node] === Infinity) settledNodes[touched++] = node;
      distance[node] = cost;
      previousNode[node] = -1 - originIndex;
      heap.push(node, cost);
    }
  }
  const { adjacencyStart, adjacentNode, adjacentSegment, segmentLength } = graph;
  while (heap.size > 0) {
    const cost = heap.peekPriority();
    const node = heap.pop();
    if (cost > distance[node]) continue; // stale entry
    const last = adjacencyStart[node + 1];
    for (let index = adjacencyStart[node]; index < last; index++) {
      const next = adjacentNode[index];
      const candidate = cost + segmentLength[adjacentSegment[index]];
      const known = distance[next];
      if (candidate > boundMeters || candidate >= known) continue;
      if (known === Infinity) settledNodes[touched++] = next;
      distance[next] = candidate;
      previousNode[next] = node;
      heap.push(next, candidate);
    }
  }
  workspace.settledCount = touched;
  return { graph, origins, boundMeters, distance, previousNode, settledNodes, settledCount: workspace.settledCount };
}

/** How to walk to a snapped point: total metres (including both snap legs) and the last step. */
export interface WalkToPoint {
  meters: number;
  /** The graph node the walk arrives from, or -1 when it goes straight along the origin's segment. */
  viaNode: number;
  originIndex: number;
}

/**
 * Walking distance from the tree's origins to a snapped destination, or null beyond the bound.
 *
 * @example
 * const walk = walkToSnapped(tree, snappedBusStop); // { meters: 612.3, viaNode: 41, originIndex: 0 }
 */
export function walkToSnapped(tree: ShortestPathTree, target: SnappedPoint): WalkToPoint | null {
  const { graph, distance, origins, boundMeters } = tree;
  // Hot path (called for every destination of every site): no closures, no allocation unless found.
  const a = graph.segmentFrom[target.segment];
  const b = graph.segmentTo[target.segment];
  let bestMeters = distance[a] + target.toFromMeters + target.snapMeters;
  let viaNode = a;
  let originIndex = -1;
  const throughB = distance[b] + target.toToMeters + target.snapMeters;
  if (throughB < bestMeters) {
    bestMeters = throughB;
    viaNode = b;
  }
  for (let index = 0; index < origins.length; index++) {
    const origin = origins[index];
    if (origin.snapped.segment !== target.segment) continue;
    const along = origin.startMeters + metresBetween(origin.snapped.lon, origin.snapped.lat, target.lon, target.lat) + target.snapMeters;
    if (along < bestMeters) {
      bestMeters = along;
      viaNode = -1;
      originIndex = index;
    }
  }
  if (!(bestMeters <= boundMeters)) return null;
  return { meters: bestMeters, viaNode, originIndex: viaNode === -1 ? originIndex : originOfNode(tree, viaNode) };
}

function originOfNode(tree: ShortestPathTree, node: number): number {
  let current = node;
  for (;;) {
    const previous = tree.previousNode[current];
    if (previous < 0) return -1 - previous;
    current = previous;
  }
}

/**
 * The walking route to a snapped destination as coordinates: site, snapped site, graph nodes,
 * snapped destination, destination. Its length equals `walk.meters`.
 *
 * @example
 * const coordinates = routeCoordinates(tree, snappedBusStop, walk, [busStop.lon, busStop.lat]);
 */
export function routeCoordinates(
  tree: ShortestPathTree,
  target: SnappedPoint,
  walk: WalkToPoint,
  destination: [number, number],
): [number, number][] {
  const { graph } = tree;
  const nodes: number[] = [];
  if (walk.viaNode !== -1) {
    let current = walk.viaNode;
    for (;;) {
      nodes.push(current);
      const previous = tree.previousNode[current];
      if (previous < 0) break;
      current = previous;
    }
    nodes.reverse();
  }
  const origin = tree.origins[walk.originIndex];
  const coordinates: [number, number][] = [
    [origin.lon, origin.lat],
    [origin.snapped.lon, origin.snapped.lat],
    ...nodes.map((node): [number, number] => [graph.nodeLon[node], graph.nodeLat[node]]),
    [target.lon, target.lat],
    destination,
  ];
  // Drop repeated positions (zero-length snap legs) so the line is clean.
  return coordinates.filter((position, index) => index === 0 || position[0] !== coordinates[index - 1][0] || position[1] !== coordinates[index - 1][1]);
}
