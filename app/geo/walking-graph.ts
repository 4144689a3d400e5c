import type Flatbush from "flatbush";

/**
 * A walking network as a compact undirected graph.
 * Nodes are line vertices (shared vertices are one node); each segment between two consecutive
 * vertices is one edge. Adjacency is CSR: the neighbours of node `n` are
 * `adjacentNode[adjacencyStart[n] .. adjacencyStart[n + 1])`, through segment `adjacentSegment[...]`.
 */
export interface WalkingGraph {
  nodeCount: number;
  nodeLon: Float64Array;
  nodeLat: Float64Array;
  segmentCount: number;
  segmentFrom: Int32Array;
  segmentTo: Int32Array;
  /** Haversine length of each segment, metres. */
  segmentLength: Float64Array;
  adjacencyStart: Int32Array;
  adjacentNode: Int32Array;
  adjacentSegment: Int32Array;
  /** Connected component of each node: two nodes with different ids can never reach each other. */
  component: Int32Array;
  /** Spatial index of segment bounding boxes (lon/lat), item i = segment i. */
  segmentIndex: Flatbush | null;
}
