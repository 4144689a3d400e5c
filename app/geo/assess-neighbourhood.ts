import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { areaOfConcernMethod, supportedHomesMethod } from "./method-texts";
import { METERS_PER_DEGREE, metresBetween } from "./metres-between";
import type { PreparedArea } from "./prepare-area";
import { rateFigure } from "./rate-figure";
import type { AreaOfConcern, DestinationCategory, Neighbourhood, Position2, StraightNearest } from "./types";

const neighbourhoodCategories: DestinationCategory[] = ["school", "kindergarten", "fireStation", "police"];

/** Shortest straight distance from a point to the rings of an area, metres (local metric frame). */
function distanceToArea(point: Position2, area: AreaOfConcern): number {
  const polygons = area.geometry.type === "Polygon" ? [area.geometry.coordinates] : area.geometry.coordinates;
  const cosLat = Math.cos((point[1] * Math.PI) / 180);
  let best = Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let vertex = 1; vertex < ring.length; vertex++) {
        const ax = (ring[vertex - 1][0] - point[0]) * cosLat;
        const ay = ring[vertex - 1][1] - point[1];
        const dx = (ring[vertex][0] - point[0]) * cosLat - ax;
        const dy = ring[vertex][1] - point[1] - ay;
        const lengthSquared = dx * dx + dy * dy;
        const fraction = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSquared));
        best = Math.min(best, Math.hypot(ax + fraction * dx, ay + fraction * dy) * METERS_PER_DEGREE);
      }
    }
  }
  return best;
}

/**
 * Neighbourhood figures for one site: supported homes within the radius (straight line, via the
 * index), straight distance to the nearest school, kindergarten, fire and police station, and whether
 * the site is in or near an area of concern (null when no areas were given — the caller passes them
 * only to roles allowed to see them).
 *
 * @example
 * assessNeighbourhood({ area, sitePoint: [10.4, 63.42], areasOfConcern: [] });
 */
export function assessNeighbourhood(input: { area: PreparedArea; sitePoint: Position2; areasOfConcern?: AreaOfConcern[] }): Neighbourhood {
  const { area, sitePoint, areasOfConcern } = input;
  const { config } = area;
  const radius = config.neighbourhoodRadiusMeters;
  let supportedHomesWithin = 0;
  if (area.supportedHousingIndex) {
    const dLat = radius / METERS_PER_DEGREE;
    const dLon = dLat / Math.max(Math.cos((sitePoint[1] * Math.PI) / 180), 1e-6);
    for (const index of area.supportedHousingIndex.search(sitePoint[0] - dLon, sitePoint[1] - dLat, sitePoint[0] + dLon, sitePoint[1] + dLat)) {
      const housing = area.supportedHousing[index];
      if (metresBetween(sitePoint[0], sitePoint[1], housing.lon, housing.lat) <= radius) supportedHomesWithin += housing.homes;
    }
  }
  const straightNearest: Partial<Record<DestinationCategory, StraightNearest | null>> = {};
  for (const category of neighbourhoodCategories) {
    let best: StraightNearest | null = null;
    for (const { destination } of area.destinations[category]) {
      const meters = metresBetween(sitePoint[0], sitePoint[1], destination.lon, destination.lat);
      if (best === null || meters < best.straightMeters) best = { name: destination.name, straightMeters: meters };
    }
    straightNearest[category] = best;
  }
  let areaOfConcern: Neighbourhood["areaOfConcern"] = null;
  if (areasOfConcern) {
    const inside = areasOfConcern.some((concern) => booleanPointInPolygon(sitePoint, concern));
    const distances = areasOfConcern.map((concern) => distanceToArea(sitePoint, concern));
    const distanceMeters = inside ? 0 : distances.length > 0 ? Math.min(...distances) : null;
    const near = distanceMeters !== null && distanceMeters <= config.areaOfConcernNearMeters;
    areaOfConcern = {
      inside,
      near,
      distanceMeters,
      nearMeters: config.areaOfConcernNearMeters,
      status: inside ? "fail" : near ? "attention" : "pass",
      method: areaOfConcernMethod(config.areaOfConcernNearMeters),
    };
  }
  return {
    radiusMeters: radius,
    supportedHomesWithin,
    supportedHomesStatus: rateFigure(supportedHomesWithin, config.thresholds.supportedHomesWithin),
    method: supportedHomesMethod(radius),
    straightNearest,
    areaOfConcern,
  };
}
