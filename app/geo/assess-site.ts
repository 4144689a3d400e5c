import type { LineString, MultiLineString, Point, Polygon } from "geojson";
import { assessNeighbourhood } from "./assess-neighbourhood";
import { findShortcuts, type MeasuredDestination } from "./find-shortcuts";
import { walkingMethod } from "./method-texts";
import { metresBetween } from "./metres-between";
import type { PreparedArea, SnappedDestination } from "./prepare-area";
import { rateFigure } from "./rate-figure";
import { reachableNetwork } from "./reachable-network";
import { representativePoint } from "./representative-point";
import { routeCoordinates, searchShortestPaths, walkToSnapped, type ShortestPathTree, type WalkToPoint } from "./shortest-path-tree";
import { siteOrigins } from "./site-origins";
import { summarizeSite } from "./summarize-site";
import {
  destinationCategories,
  everydayCategories,
  type AreaOfConcern,
  type DestinationCategory,
  type EverydayCategory,
  type NearestResult,
  type NotFoundReason,
  type SiteAssessment,
} from "./types";

export class InvalidSiteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidSiteError";
  }
}

interface Measured {
  entry: SnappedDestination;
  straightMeters: number;
  walk: WalkToPoint | null;
}

function routeOf(tree: ShortestPathTree, measured: Measured): LineString | null {
  if (!measured.walk || !measured.entry.snapped) return null;
  const { destination } = measured.entry;
  return { type: "LineString", coordinates: routeCoordinates(tree, measured.entry.snapped, measured.walk, [destination.lon, destination.lat]) };
}

/** Nearest first; equal walks ordered by name and position so the answer never depends on input order. */
function closer(first: Measured, second: Measured): boolean {
  const a = first.walk!.meters;
  const b = second.walk!.meters;
  if (a !== b) return a < b;
  const nameOrder = (first.entry.destination.name ?? "").localeCompare(second.entry.destination.name ?? "");
  if (nameOrder !== 0) return nameOrder < 0;
  return first.entry.destination.lon < second.entry.destination.lon || (first.entry.destination.lon === second.entry.destination.lon && first.entry.destination.lat < second.entry.destination.lat);
}

function notFoundReason(tree: ShortestPathTree | null, entries: SnappedDestination[]): NotFoundReason {
  if (entries.length === 0) return "none-in-data";
  if (!tree) return "site-not-near-network";
  const snapped = entries.filter((entry) => entry.snapped !== null);
  if (snapped.length === 0) return "destinations-not-near-network";
  const { graph } = tree;
  const originComponents = new Set(tree.origins.map((origin) => graph.component[graph.segmentFrom[origin.snapped.segment]]));
  const connected = snapped.some((entry) => originComponents.has(graph.component[graph.segmentFrom[entry.snapped!.segment]]));
  return connected ? "beyond-search-bound" : "not-connected";
}

/**
 * Assesses one site against a prepared area with one bounded shortest-path search: nearest
 * destination per category with the route, reach counts and reachable network per time limit,
 * risky shortcuts, neighbourhood figures, statuses and a summary.
 *
 * @example
 * const area = prepareArea({ osm });
 * const result = assessSite(area, { name: "Site A", geometry: { type: "Point", coordinates: [10.4, 63.42] } });
 * result.nearest.busStop?.walkMeters; // 412.7
 */
export function assessSite(
  area: PreparedArea,
  site: { name: string; geometry: Point | Polygon },
  options: { areasOfConcern?: AreaOfConcern[]; includeReachableNetwork?: boolean } = {},
): SiteAssessment {
  const { config, graph } = area;
  const sitePoint = representativePoint(site.geometry);
  if (!sitePoint) throw new InvalidSiteError(`site "${site.name}" has no usable geometry (a Point or a Polygon is required)`);
  const origins = siteOrigins(graph, site.geometry, sitePoint, config.maxSnapMeters, area.barriers);
  const tree = origins.length > 0 ? searchShortestPaths(graph, origins, config.maxWalkMeters) : null;
  const nearest = {} as Record<DestinationCategory, NearestResult | null>;
  const notFound: SiteAssessment["notFound"] = {};
  const measuredByCategory = {} as Record<DestinationCategory, Measured[]>;
  const method = walkingMethod(config);
  for (const category of destinationCategories) {
    const measured: Measured[] = area.destinations[category].map((entry) => ({
      entry,
      straightMeters: metresBetween(sitePoint[0], sitePoint[1], entry.destination.lon, entry.destination.lat),
      walk: tree && entry.snapped ? walkToSnapped(tree, entry.snapped) : null,
    }));
    measuredByCategory[category] = measured;
    let best: Measured | null = null;
    for (const candidate of measured) if (candidate.walk && (best === null || closer(candidate, best))) best = candidate;
    if (!best || !tree) {
      nearest[category] = null;
      notFound[category] = notFoundReason(tree, area.destinations[category]);
      continue;
    }
    const walkMeters = best.walk!.meters;
    const origin = tree.origins[best.walk!.originIndex];
    const { destination } = best.entry;
    // Straight line from where the walk starts (the site point, or the polygon's boundary point).
    const straightMeters = metresBetween(origin.lon, origin.lat, destination.lon, destination.lat);
    nearest[category] = {
      name: destination.name,
      walkMeters,
      walkMinutes: walkMeters / config.walkingMetersPerMinute,
      straightMeters,
      detourRatio: straightMeters < 1 ? 1 : walkMeters / straightMeters,
      tier: destination.tier,
      lon: destination.lon,
      lat: destination.lat,
      status: rateFigure(walkMeters, config.thresholds[category]),
      method,
      route: routeOf(tree, best)!,
    };
  }
  const reachCounts = {} as SiteAssessment["reachCounts"];
  const reachable: Record<string, MultiLineString> = {};
  for (const category of destinationCategories) {
    reachCounts[category] = {};
    for (const minutes of config.reachMinutes) {
      const limit = minutes * config.walkingMetersPerMinute;
      reachCounts[category][String(minutes)] = measuredByCategory[category].filter((entry) => entry.walk !== null && entry.walk.meters <= limit).length;
    }
  }
  if (options.includeReachableNetwork !== false) {
    for (const minutes of config.reachMinutes) {
      reachable[String(minutes)] = tree
        ? reachableNetwork(tree, Math.min(minutes * config.walkingMetersPerMinute, config.maxWalkMeters))
        : { type: "MultiLineString", coordinates: [] };
    }
  }
  const measuredEveryday = {} as Record<EverydayCategory, (MeasuredDestination & { source: Measured })[]>;
  for (const category of everydayCategories) {
    measuredEveryday[category] = measuredByCategory[category].map((entry) => ({
      destination: entry.entry.destination,
      straightMeters: entry.straightMeters,
      walkMeters: entry.walk ? entry.walk.meters : null,
      source: entry,
    }));
  }
  const shortcuts = findShortcuts({
    site: sitePoint,
    measured: measuredEveryday,
    nearestWalkMeters: {
      grocery: nearest.grocery?.walkMeters ?? null,
      busStop: nearest.busStop?.walkMeters ?? null,
      pharmacy: nearest.pharmacy?.walkMeters ?? null,
    },
    barriers: area.barriers,
    config,
    routeTo: (_category, entry) => (tree ? routeOf(tree, (entry as MeasuredDestination & { source: Measured }).source) : null),
  });
  const neighbourhood = assessNeighbourhood({ area, sitePoint, areasOfConcern: options.areasOfConcern });
  return {
    name: site.name,
    origin: origins[0] ? { lon: origins[0].snapped.lon, lat: origins[0].snapped.lat, snapMeters: origins[0].snapped.snapMeters } : null,
    nearest,
    notFound,
    reachCounts,
    reachableNetwork: reachable,
    shortcuts,
    neighbourhood,
    summary: summarizeSite({ nearest, shortcuts, neighbourhood, config }),
  };
}
