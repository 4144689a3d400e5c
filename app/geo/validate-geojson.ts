import type { FeatureCollection, Geometry, Point, Polygon } from "geojson";

/** Bad input to the engine: the message says what is wrong and where. */
export class GeoJsonInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GeoJsonInputError";
  }
}

const WGS84_NAMES = ["urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "urn:ogc:def:crs:EPSG::4326", "EPSG:4326", "CRS84", "WGS84"];

function checkPositions(value: unknown, label: string): void {
  if (!Array.isArray(value)) throw new GeoJsonInputError(`${label}: coordinates must be arrays`);
  if (typeof value[0] === "number") {
    const [lon, lat] = value as number[];
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new GeoJsonInputError(`${label}: a coordinate is not a number`);
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      throw new GeoJsonInputError(
        `${label}: coordinate [${lon}, ${lat}] is outside longitude/latitude range — the file looks projected (e.g. UTM/EPSG:25833); convert it to WGS84 (EPSG:4326) first`,
      );
    }
    return;
  }
  for (const inner of value) checkPositions(inner, label);
}

/**
 * Checks that a parsed value is a GeoJSON FeatureCollection in WGS84 longitude/latitude:
 * no `crs` other than WGS84/CRS84, every coordinate in range. Throws GeoJsonInputError.
 *
 * @example
 * const osm = validateFeatureCollection(JSON.parse(text), "area.geojson");
 */
export function validateFeatureCollection(value: unknown, label: string): FeatureCollection {
  if (!value || typeof value !== "object") throw new GeoJsonInputError(`${label}: not GeoJSON (expected a JSON object)`);
  const candidate = value as { type?: unknown; features?: unknown; crs?: unknown };
  if (candidate.type !== "FeatureCollection" || !Array.isArray(candidate.features)) {
    throw new GeoJsonInputError(`${label}: not a GeoJSON FeatureCollection (type is ${JSON.stringify(candidate.type)})`);
  }
  if (candidate.crs !== undefined && candidate.crs !== null) {
    const name = (candidate.crs as { properties?: { name?: unknown } }).properties?.name;
    if (typeof name !== "string" || !WGS84_NAMES.includes(name)) {
      throw new GeoJsonInputError(`${label}: coordinate reference system ${JSON.stringify(name ?? candidate.crs)} is not supported; use WGS84 longitude/latitude (EPSG:4326)`);
    }
  }
  candidate.features.forEach((feature: unknown, index: number) => {
    const where = `${label}, feature ${index + 1}`;
    if (!feature || typeof feature !== "object" || (feature as { type?: unknown }).type !== "Feature") throw new GeoJsonInputError(`${where}: not a GeoJSON Feature`);
    const geometry = (feature as { geometry?: Geometry | null }).geometry;
    if (geometry === null || geometry === undefined) return;
    if (geometry.type === "GeometryCollection") {
      for (const part of geometry.geometries) if ("coordinates" in part) checkPositions(part.coordinates, where);
      return;
    }
    if (!("coordinates" in geometry)) throw new GeoJsonInputError(`${where}: geometry has no coordinates`);
    checkPositions(geometry.coordinates, where);
  });
  return value as FeatureCollection;
}

export interface ValidSite {
  name: string;
  geometry: Point | Polygon;
}

/**
 * Checks candidate sites: each a Point or Polygon feature with a non-empty `name` property.
 *
 * @example
 * const sites = validateSites(validateFeatureCollection(JSON.parse(text), "sites.geojson"), "sites.geojson");
 */
export function validateSites(collection: FeatureCollection, label: string): ValidSite[] {
  if (collection.features.length === 0) throw new GeoJsonInputError(`${label}: no sites (the FeatureCollection is empty)`);
  return collection.features.map((feature, index) => {
    const where = `${label}, feature ${index + 1}`;
    const name = feature.properties?.name as unknown;
    if (typeof name !== "string" || name.trim() === "") throw new GeoJsonInputError(`${where}: a site needs a "name" property`);
    const geometry = feature.geometry;
    if (!geometry || (geometry.type !== "Point" && geometry.type !== "Polygon")) {
      throw new GeoJsonInputError(`${where} ("${name}"): unsupported geometry ${geometry ? geometry.type : "null"}; a site is a Point or a Polygon`);
    }
    if (geometry.type === "Polygon" && (geometry.coordinates.length === 0 || geometry.coordinates[0].length < 4)) {
      throw new GeoJsonInputError(`${where} ("${name}"): the polygon needs a closed ring of at least 4 positions`);
    }
    return { name, geometry };
  });
}
