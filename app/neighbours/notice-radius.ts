/**
 * Who lives within the notice radius of a site (decision 013): the buildings (`building=*`) and
 * addresses (`addr:*`) of the project's map data whose nearest part lies within `radiusMetres`
 * of the site (of its outline when the site is an area). Pure: no database, no React.
 *
 * The distance is a straight line: a road between the site and a house does not stop it, so
 * neighbours across the road (gjenboere) count when they are inside the radius, as the Planning
 * and Building Act asks (§ 21-3: "naboer og gjenboere").
 *
 * Distances are measured in a flat frame in metres around the site (east = longitude scaled by
 * the cosine of the latitude): within a few hundred metres it differs from the great circle by
 * far less than a metre.
 */
import type { Feature, Geometry, Point, Polygon } from "geojson";
import { METERS_PER_DEGREE } from "../geo/metres-between";
import { representativePoint } from "../geo/representative-point";

/**
 * 50 m from the site: in a Norwegian residential street a plot is some 20–30 m wide and a street
 * 10–15 m, so 50 m takes in the plots that border the site and those right across the road
 * (gjenboere), which the Act names; planners widen it where plots are large.
 */
export const defaultRadiusMetres = 50;
export const minRadiusMetres = 10;
export const maxRadiusMetres = 500;

export type Xy = [number, number];

export interface FoundAddress {
  /** "Eikelundveien 12", or the place name where there is no street. */
  address: string;
  postcode: string;
  city: string;
  /** Metres from the site, rounded to the metre. */
  distanceMetres: number;
  longitude: number;
  latitude: number;
}

export interface RadiusResult {
  radiusMetres: number;
  /** Buildings within the radius; a building with an address is also among `addresses`. */
  buildingCount: number;
  /** Buildings within the radius with no address of their own. */
  buildingsWithoutAddress: number;
  /** Distinct addresses within the radius, nearest first. */
  addresses: FoundAddress[];
  /** For a sketch: buildings and address points near the site in metres east/north of its centre. */
  sketch: { centre: Xy; outline: Xy[] | null; points: { at: Xy; inside: boolean; kind: "building" | "address" }[] };
}

/** A flat frame in metres around a centre. */
function frameAround([lon0, lat0]: [number, number]) {
  const east = METERS_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  return (position: readonly number[]): Xy => [(position[0] - lon0) * east, (position[1] - lat0) * METERS_PER_DEGREE];
}

type Shape = { points: Xy[]; rings: Xy[][] };

/** A geometry's vertices and its closed rings (for polygons) in the frame. */
function shapeOf(geometry: Geometry, toXy: (position: readonly number[]) => Xy): Shape | null {
  switch (geometry.type) {
    case "Point":
      return { points: [toXy(geometry.coordinates)], rings: [] };
    case "MultiPoint":
      return { points: geometry.coordinates.map(toXy), rings: [] };
    case "LineString":
      return { points: geometry.coordinates.map(toXy), rings: [geometry.coordinates.map(toXy)] };
    case "MultiLineString":
      return { points: geometry.coordinates.flat().map(toXy), rings: geometry.coordinates.map((line) => line.map(toXy)) };
    case "Polygon":
      return { points: geometry.coordinates.flat().map(toXy), rings: geometry.coordinates.map((ring) => ring.map(toXy)) };
    case "MultiPolygon":
      return { points: geometry.coordinates.flat(2).map(toXy), rings: geometry.coordinates.flat().map((ring) => ring.map(toXy)) };
    default:
      return null;
  }
}

function segmentDistance([px, py]: Xy, [ax, ay]: Xy, [bx, by]: Xy): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Even-odd test over all rings (holes excluded). */
function insideRings([x, y]: Xy, rings: readonly Xy[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function isArea(geometry: Geometry): boolean {
  return geometry.type === "Polygon" || geometry.type === "MultiPolygon";
}

/** The shortest distance between two shapes: 0 when one holds a vertex of the other. */
function shapeDistance(a: Shape, aIsArea: boolean, b: Shape, bIsArea: boolean): number {
  if (aIsArea && b.points.some((point) => insideRings(point, a.rings))) return 0;
  if (bIsArea && a.points.some((point) => insideRings(point, b.rings))) return 0;
  let best = Infinity;
  const pointsToRings = (points: Xy[], rings: Xy[][]) => {
    for (const point of points) {
      for (const ring of rings) {
        if (ring.length === 1) best = Math.min(best, Math.hypot(point[0] - ring[0][0], point[1] - ring[0][1]));
        for (let i = 1; i < ring.length; i++) best = Math.min(best, segmentDistance(point, ring[i - 1], ring[i]));
      }
    }
  };
  const ringsOf = (shape: Shape) => (shape.rings.length > 0 ? shape.rings : shape.points.map((point) => [point]));
  pointsToRings(a.points, ringsOf(b));
  pointsToRings(b.points, ringsOf(a));
  return best;
}

const tag = (properties: Record<string, unknown>, key: string) => {
  const value = properties[key];
  return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
};

function addressOf(properties: Record<string, unknown>): { address: string; postcode: string; city: string } | null {
  const street = tag(properties, "addr:street") || tag(properties, "addr:place");
  const number = tag(properties, "addr:housenumber");
  const address = [street, number].filter(Boolean).join(" ");
  if (!address) return null;
  return { address, postcode: tag(properties, "addr:postcode"), city: tag(properties, "addr:city") };
}

const isBuilding = (properties: Record<string, unknown>) => {
  const value = tag(properties, "building");
  return value !== "" && value !== "no";
};

/**
 * The buildings and addresses within `radiusMetres` of a site.
 *
 * @param site the site's geometry (a point, or an area measured from its outline)
 * @param features the project's map data (OSM tags as properties)
 * @example
 * const found = neighboursWithin({ site: { type: "Point", coordinates: [10.97, 59.95] }, radiusMetres: 50, features });
 * found.buildingCount; // 7
 */
export function neighboursWithin(options: { site: Point | Polygon; radiusMetres: number; features: readonly Feature[] }): RadiusResult {
  const { site, radiusMetres, features } = options;
  const centreLonLat = representativePoint(site) ?? [0, 0];
  const toXy = frameAround(centreLonLat);
  const siteShape = shapeOf(site, toXy) as Shape;
  const siteIsArea = isArea(site);
  const sketchReach = radiusMetres * 1.6;
  let buildingCount = 0;
  let buildingsWithoutAddress = 0;
  const addresses = new Map<string, FoundAddress>();
  const points: RadiusResult["sketch"]["points"] = [];
  for (const feature of features) {
    if (!feature.geometry) continue;
    const properties = (feature.properties ?? {}) as Record<string, unknown>;
    const building = isBuilding(properties);
    const address = addressOf(properties);
    if (!building && !address) continue;
    const shape = shapeOf(feature.geometry, toXy);
    if (!shape || shape.points.length === 0) continue;
    // Cheap rejection before the exact distance: every vertex far away in both directions.
    const far = radiusMetres + 5_000;
    if (shape.points.every(([x, y]) => Math.abs(x) > far || Math.abs(y) > far)) continue;
    const distance = shapeDistance(siteShape, siteIsArea, shape, isArea(feature.geometry));
    const inside = distance <= radiusMetres;
    const at = representativePoint(feature.geometry);
    if (at && distance <= sketchReach && points.length < 2_000) points.push({ at: toXy(at), inside, kind: building ? "building" : "address" });
    if (!inside) continue;
    if (building) buildingCount += 1;
    if (building && !address) buildingsWithoutAddress += 1;
    if (address && at) {
      const key = `${address.address.toLocaleLowerCase("nb")}|${address.postcode}`;
      const known = addresses.get(key);
      const rounded = Math.round(distance);
      if (!known || known.distanceMetres > rounded) addresses.set(key, { ...address, distanceMetres: rounded, longitude: at[0], latitude: at[1] });
    }
  }
  return {
    radiusMetres,
    buildingCount,
    buildingsWithoutAddress,
    addresses: [...addresses.values()].sort((a, b) => a.distanceMetres - b.distanceMetres || a.address.localeCompare(b.address, "nb")),
    sketch: { centre: [0, 0], outline: siteIsArea ? siteShape.rings[0] : null, points },
  };
}
