import type { Point, Polygon } from "geojson";
import type { BarrierIndex } from "./barrier-index";
import { snapToNetwork } from "./snap-to-network";
import type { WalkingOrigin } from "./shortest-path-tree";
import type { Position2 } from "./types";
import type { WalkingGraph } from "./walking-graph";

/** Boundary vertices tried per polygon, at most (evenly sampled), to keep a drag cheap. */
const MAX_BOUNDARY_VERTICES = 256;

/**
 * Where walks from a site may start. A Point snaps once. A Polygon snaps its representative point
 * and every boundary vertex (a resident leaves the plot by its edge, wherever the network is
 * nearest); one multi-source search starts from all of them.
 *
 * @example
 * siteOrigins(graph, { type: "Point", coordinates: [10.4, 63.42] }, [10.4, 63.42], 150, area.barriers);
 */
export function siteOrigins(graph: WalkingGraph, geometry: Point | Polygon, sitePoint: Position2, maxSnapMeters: number, barriers?: BarrierIndex): WalkingOrigin[] {
  const origins: WalkingOrigin[] = [];
  const centre = snapToNetwork(graph, sitePoint[0], sitePoint[1], maxSnapMeters, barriers);
  if (centre) origins.push({ snapped: centre, startMeters: centre.snapMeters, lon: sitePoint[0], lat: sitePoint[1] });
  if (geometry.type !== "Polygon" || geometry.coordinates.length === 0) return origins;
  const ring = geometry.coordinates[0];
  const step = Math.max(1, Math.ceil(ring.length / MAX_BOUNDARY_VERTICES));
  // The closing vertex repeats the first one, so it is skipped.
  for (let vertex = 0; vertex < ring.length - 1; vertex += step) {
    const [lon, lat] = ring[vertex];
    const snapped = snapToNetwork(graph, lon, lat, maxSnapMeters, barriers);
    if (snapped) origins.push({ snapped, startMeters: snapped.snapMeters, lon, lat });
  }
  return origins;
}
