/**
 * Checks on the sites given to the engine. Whether a file is GeoJSON in WGS84 at
 * all is checked once, by app/reference-data/validate-geojson.ts, for uploads and
 * the command line alike.
 */
import type { FeatureCollection, Point, Polygon } from "geojson";

/** Bad input to the engine: the message says what is wrong and where. */
export class GeoJsonInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GeoJsonInputError";
  }
}

export interface ValidSite {
  name: string;
  geometry: Point | Polygon;
}

/**
 * Checks candidate sites: each a Point or Polygon feature with a non-empty `name` property.
 *
 * @example
 * const sites = validateSites({ type: "FeatureCollection", features }, "sites.geojson");
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
