import type { Feature, FeatureCollection, Geometry } from "geojson";
import { metresBetween } from "./metres-between";
import { representativePoint } from "./representative-point";
import { barrierKind, defaultTagMapping, destinationCategory, isWalkable, readTags, supportedHomes, type TagMapping, type Tags } from "./tag-mapping";
import type { BarrierLine, ClassifiedFeatures, Destination, Position2 } from "./types";

function linesOf(geometry: Geometry | null): Position2[][] {
  if (!geometry) return [];
  const clean = (line: number[][]): Position2[] => line.map((position) => [position[0], position[1]]);
  if (geometry.type === "LineString") return [clean(geometry.coordinates)];
  if (geometry.type === "MultiLineString") return geometry.coordinates.map(clean);
  return [];
}

function nameOf(tags: Tags): string | null {
  const name = tags.name ?? tags["name:nb"] ?? tags.ref;
  return typeof name === "string" && name.trim() !== "" ? name : null;
}

function idOf(feature: Feature, tags: Tags): string | null {
  const id = feature.id ?? tags.id ?? tags["@id"];
  return id === undefined || id === null ? null : String(id);
}

/** Keeps one bus stop per cluster of stops within `mergeMeters` that share a name or have none. */
function mergeBusStops(stops: Destination[], mergeMeters: number): Destination[] {
  const kept: Destination[] = [];
  for (const stop of stops) {
    const duplicate = kept.find(
      (other) =>
        (other.name === null || stop.name === null || other.name === stop.name) &&
        metresBetween(other.lon, other.lat, stop.lon, stop.lat) <= mergeMeters,
    );
    if (!duplicate) kept.push(stop);
    else if (duplicate.name === null && stop.name !== null) duplicate.name = stop.name;
  }
  return kept;
}

/**
 * Sorts OSM GeoJSON features into walking lines, destinations, barriers and supported housing,
 * following a tag mapping. One feature can be several things (a trunk road with foot=yes is both
 * walkable and a barrier).
 *
 * @example
 * const { walkingLines, destinations } = classifyFeatures(osm);
 */
export function classifyFeatures(osm: FeatureCollection, mapping: TagMapping = defaultTagMapping): ClassifiedFeatures {
  const walkingLines: Position2[][] = [];
  const destinations: Destination[] = [];
  const busStops: Destination[] = [];
  const barriers: BarrierLine[] = [];
  const supportedHousing: ClassifiedFeatures["supportedHousing"] = [];
  for (const feature of osm.features) {
    const tags = readTags(feature.properties as Record<string, unknown> | null);
    const lines = linesOf(feature.geometry);
    if (lines.length > 0 && isWalkable(tags, mapping)) walkingLines.push(...lines.filter((line) => line.length >= 2));
    if (lines.length > 0) {
      const kind = barrierKind(tags, mapping);
      if (kind) for (const line of lines) if (line.length >= 2) barriers.push({ kind, name: nameOf(tags), coordinates: line });
    }
    const destination = destinationCategory(tags, mapping);
    const homes = supportedHomes(tags, mapping);
    if (!destination && homes === 0) continue;
    const point = representativePoint(feature.geometry);
    if (!point) continue;
    if (destination) {
      const entry: Destination = { category: destination.category, name: nameOf(tags), lon: point[0], lat: point[1], tier: destination.tier, id: idOf(feature, tags) };
      (destination.category === "busStop" ? busStops : destinations).push(entry);
    }
    if (homes > 0) supportedHousing.push({ lon: point[0], lat: point[1], homes, name: nameOf(tags) });
  }
  // Sorted so the kept stop does not depend on input order.
  busStops.sort((a, b) => a.lon - b.lon || a.lat - b.lat || (a.name ?? "").localeCompare(b.name ?? ""));
  destinations.push(...mergeBusStops(busStops, mapping.busStopMergeMeters));
  return { walkingLines, destinations, barriers, supportedHousing };
}
