/**
 * The reference data as the map draws it: sorted by the engine's own tag
 * mapping (app/geo/tag-mapping.ts), so the map shows exactly what the
 * assessment counts — a bus stop tagged twice is one stop, a railway on a
 * bridge is no barrier. Pure: no Leaflet here.
 */
import type { FeatureCollection } from "geojson";
import { classifyFeatures } from "../geo/classify-features";
import type { TagMapping } from "../geo/tag-mapping";
import type { BarrierKind, DestinationCategory, Position2 } from "../geo/types";

/** Map layers someone can show or hide. */
export type MapLayerId = "reach" | "walking" | "barriers" | DestinationCategory | "supportedHousing";
export const mapLayerIds: readonly MapLayerId[] = [
  "reach",
  "walking",
  "barriers",
  "grocery",
  "busStop",
  "pharmacy",
  "school",
  "kindergarten",
  "fireStation",
  "police",
  "supportedHousing",
];

export type LatLng = [number, number];

export interface ReferencePoint {
  layer: DestinationCategory | "supportedHousing";
  name: string | null;
  position: LatLng;
  /** Existing supported housing: its number of homes. */
  homes?: number;
}

export interface ReferenceLayers {
  walking: LatLng[][];
  barriers: { kind: BarrierKind; name: string | null; positions: LatLng[] }[];
  points: ReferencePoint[];
}

const toLatLng = ([lon, lat]: Position2): LatLng => [lat, lon];

/**
 * Sorts reference data into the map's layers.
 *
 * @example
 * referenceLayers(osm).points.filter((point) => point.layer === "busStop").length; // 3
 */
export function referenceLayers(reference: FeatureCollection | null, tagMapping?: TagMapping): ReferenceLayers {
  if (!reference) return { walking: [], barriers: [], points: [] };
  const classified = classifyFeatures(reference, tagMapping);
  return {
    walking: classified.walkingLines.map((line) => line.map(toLatLng)),
    barriers: classified.barriers.map((barrier) => ({ kind: barrier.kind, name: barrier.name, positions: barrier.coordinates.map(toLatLng) })),
    points: [
      ...classified.destinations.map((destination): ReferencePoint => ({ layer: destination.category, name: destination.name, position: [destination.lat, destination.lon] })),
      ...classified.supportedHousing.map((housing): ReferencePoint => ({ layer: "supportedHousing", name: housing.name, position: [housing.lat, housing.lon], homes: housing.homes })),
    ],
  };
}
