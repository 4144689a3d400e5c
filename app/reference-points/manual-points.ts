/**
 * Points a planner adds by hand (a shop, a bus stop, an existing supported-housing
 * unit with its number of homes …), stored as features of the project's "manual"
 * reference layer with OpenStreetMap-like tags, so the engine's tag mapping
 * (app/geo/tag-mapping.ts) classifies them like imported data. Shared by the
 * route (validation) and the panel (reading the points back).
 */
import type { Feature, Point } from "geojson";
import type { Problem } from "../http/problem";

export const pointCategories = [
  "grocery",
  "busStop",
  "pharmacy",
  "school",
  "kindergarten",
  "fireStation",
  "police",
  "supportedHousing",
] as const;
export type PointCategory = (typeof pointCategories)[number];

export interface ManualPoint {
  id: string;
  category: PointCategory;
  name: string;
  lat: number;
  lon: number;
  /** Existing supported homes at this place (supportedHousing only), else null. */
  homes: number | null;
}

export const maxPointNameLength = 120;
export const maxHomes = 500;

/** Feature properties that say a point was added by hand, and as what. */
export const manualIdProperty = "manual:id";
export const manualCategoryProperty = "manual:category";

/** The OpenStreetMap tags that make the engine read a point of each category as intended. */
const categoryTags: Record<PointCategory, Record<string, string>> = {
  grocery: { shop: "supermarket" },
  busStop: { highway: "bus_stop", public_transport: "platform", bus: "yes" },
  pharmacy: { amenity: "pharmacy" },
  school: { amenity: "school" },
  kindergarten: { amenity: "kindergarten" },
  fireStation: { amenity: "fire_station" },
  police: { amenity: "police" },
  supportedHousing: { amenity: "social_facility", social_facility: "supported_housing" },
};

/**
 * The point as a GeoJSON feature with OSM-like tags.
 *
 * @example
 * pointFeature({ id: "p1", category: "supportedHousing", name: "Bofellesskapet", lat: 59.95, lon: 10.96, homes: 6 }).properties;
 * // { amenity: "social_facility", social_facility: "supported_housing", supportedHomes: 6, name: "Bofellesskapet", "manual:id": "p1", "manual:category": "supportedHousing" }
 */
export function pointFeature(point: ManualPoint): Feature<Point> {
  return {
    type: "Feature",
    id: point.id,
    properties: {
      ...categoryTags[point.category],
      ...(point.category === "supportedHousing" ? { supportedHomes: point.homes ?? 1 } : {}),
      name: point.name,
      [manualIdProperty]: point.id,
      [manualCategoryProperty]: point.category,
    },
    geometry: { type: "Point", coordinates: [point.lon, point.lat] },
  };
}

function isCategory(value: unknown): value is PointCategory {
  return typeof value === "string" && (pointCategories as readonly string[]).includes(value);
}

/**
 * Reads a point added by hand back from its feature; null for any other feature.
 *
 * @example
 * readPoint(pointFeature(point)); // point
 */
export function readPoint(feature: Feature): ManualPoint | null {
  const properties = feature.properties ?? {};
  const id = properties[manualIdProperty];
  const category = properties[manualCategoryProperty];
  if (typeof id !== "string" || !isCategory(category) || feature.geometry?.type !== "Point") return null;
  const [lon, lat] = feature.geometry.coordinates;
  const homes = Number(properties.supportedHomes);
  return {
    id,
    category,
    name: typeof properties.name === "string" ? properties.name : "",
    lat,
    lon,
    homes: category === "supportedHousing" && Number.isFinite(homes) ? homes : null,
  };
}

/** Why a field was refused: the panel words it in the member's language. */
export type PointFieldProblem = "required" | "tooLong" | "notANumber" | "outOfRange" | "textCharacters" | "unknown";
export type PointField = "category" | "name" | "lat" | "lon" | "homes" | "pointId";

/**
 * What the route answers a refused request with (`{ error: PointProblem }`): the app's one
 * problem type (app/http/problem.ts); for "invalid", the refused fields and why.
 */
export type PointProblem = Problem<"invalid" | "badRequest" | "forbidden" | "notFound" | "tooLarge", Partial<Record<PointField, PointFieldProblem>>>;
