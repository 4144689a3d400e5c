import type { Feature, Geometry, Position } from "geojson";

/** [west, south, east, north] in WGS84 degrees, the order GeoJSON uses for `bbox`. */
export type BoundingBox = [west: number, south: number, east: number, north: number];

const metresPerDegreeLatitude = 111_320;

/** Every position of a geometry, in order. */
export function* positionsOf(geometry: Geometry): Generator<Position> {
  switch (geometry.type) {
    case "Point":
      yield geometry.coordinates;
      return;
    case "MultiPoint":
    case "LineString":
      yield* geometry.coordinates;
      return;
    case "MultiLineString":
    case "Polygon":
      for (const line of geometry.coordinates) yield* line;
      return;
    case "MultiPolygon":
      for (const polygon of geometry.coordinates) for (const ring of polygon) yield* ring;
      return;
    case "GeometryCollection":
      for (const part of geometry.geometries) yield* positionsOf(part);
      return;
  }
}

/**
 * The smallest box holding every feature, or null when there are no positions.
 *
 * @example
 * boundingBoxOf([{ type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [10.4, 63.4] } }])
 * // → [10.4, 63.4, 10.4, 63.4]
 */
export function boundingBoxOf(features: readonly Feature[]): BoundingBox | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const feature of features) {
    if (!feature.geometry) continue;
    for (const [longitude, latitude] of positionsOf(feature.geometry)) {
      west = Math.min(west, longitude);
      east = Math.max(east, longitude);
      south = Math.min(south, latitude);
      north = Math.max(north, latitude);
    }
  }
  return west === Infinity ? null : [west, south, east, north];
}

/** The box grown by `marginMetres` on every side (clamped to valid latitudes and longitudes). */
export function expandBoundingBox(box: BoundingBox, marginMetres: number): BoundingBox {
  const [west, south, east, north] = box;
  const latitudeMargin = marginMetres / metresPerDegreeLatitude;
  // Longitude degrees shrink towards the poles; use the latitude farthest from the equator.
  const widestLatitude = Math.min(89, Math.max(Math.abs(south), Math.abs(north)));
  const longitudeMargin = marginMetres / (metresPerDegreeLatitude * Math.cos((widestLatitude * Math.PI) / 180));
  return [
    Math.max(-180, west - longitudeMargin),
    Math.max(-90, south - latitudeMargin),
    Math.min(180, east + longitudeMargin),
    Math.min(90, north + latitudeMargin),
  ];
}

/** Approximate area in km² (good to a few per cent for boxes of a few kilometres). */
export function boundingBoxAreaSquareKilometres(box: BoundingBox): number {
  const [west, south, east, north] = box;
  const middleLatitude = ((south + north) / 2) * (Math.PI / 180);
  const widthMetres = (east - west) * metresPerDegreeLatitude * Math.cos(middleLatitude);
  const heightMetres = (north - south) * metresPerDegreeLatitude;
  return (widthMetres * heightMetres) / 1_000_000;
}

/** True for four finite numbers in range with west ≤ east and south ≤ north. */
export function isBoundingBox(value: unknown): value is BoundingBox {
  if (!Array.isArray(value) || value.length !== 4) return false;
  if (!value.every((number) => typeof number === "number" && Number.isFinite(number))) return false;
  const [west, south, east, north] = value as number[];
  return west >= -180 && east <= 180 && south >= -90 && north <= 90 && west <= east && south <= north;
}
