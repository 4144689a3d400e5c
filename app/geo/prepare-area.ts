import Flatbush from "flatbush";
import type { FeatureCollection } from "geojson";
import { buildBarrierIndex, type BarrierIndex } from "./barrier-index";
import { buildWalkingGraph } from "./build-walking-graph";
import { classifyFeatures } from "./classify-features";
import { defaultConfig, mergeConfig } from "./default-config";
import { snapToNetwork, type SnappedPoint } from "./snap-to-network";
import { defaultTagMapping, type TagMapping } from "./tag-mapping";
import { destinationCategories, type AssessmentConfig, type Destination, type DestinationCategory, type SupportedHousing } from "./types";
import type { WalkingGraph } from "./walking-graph";

export interface SnappedDestination {
  destination: Destination;
  /** null: farther than `maxSnapMeters` from the walking network. */
  snapped: SnappedPoint | null;
}

/** Everything about an area that does not depend on the site: built once, reused for every site and every drag. */
export interface PreparedArea {
  config: AssessmentConfig;
  graph: WalkingGraph;
  destinations: Record<DestinationCategory, SnappedDestination[]>;
  barriers: BarrierIndex;
  supportedHousing: SupportedHousing[];
  supportedHousingIndex: Flatbush | null;
}

/**
 * Classifies OSM features, builds the walking graph, snaps every destination and indexes barriers
 * and supported housing.
 *
 * @example
 * const area = prepareArea({ osm, config: { maxWalkMeters: 2000 } });
 * const assessment = assessSite(area, { name: "Site A", geometry: { type: "Point", coordinates: [10.4, 63.42] } });
 */
export function prepareArea(input: { osm: FeatureCollection; config?: Partial<AssessmentConfig>; tagMapping?: TagMapping }): PreparedArea {
  const config = mergeConfig(defaultConfig, input.config);
  const classified = classifyFeatures(input.osm, input.tagMapping ?? defaultTagMapping);
  const graph = buildWalkingGraph(classified.walkingLines);
  const destinations = Object.fromEntries(destinationCategories.map((category) => [category, [] as SnappedDestination[]])) as Record<
    DestinationCategory,
    SnappedDestination[]
  >;
  const barriers = buildBarrierIndex(classified.barriers);
  for (const destination of classified.destinations) {
    destinations[destination.category].push({ destination, snapped: snapToNetwork(graph, destination.lon, destination.lat, config.maxSnapMeters, barriers) });
  }
  let supportedHousingIndex: Flatbush | null = null;
  if (classified.supportedHousing.length > 0) {
    supportedHousingIndex = new Flatbush(classified.supportedHousing.length);
    for (const housing of classified.supportedHousing) supportedHousingIndex.add(housing.lon, housing.lat, housing.lon, housing.lat);
    supportedHousingIndex.finish();
  }
  return {
    config,
    graph,
    destinations,
    barriers,
    supportedHousing: classified.supportedHousing,
    supportedHousingIndex,
  };
}
