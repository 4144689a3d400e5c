/** Mean earth radius in metres, the same as turf's, so figures match @turf/distance. */
export const EARTH_RADIUS_METERS = 6371008.8;
const RADIANS = Math.PI / 180;

/**
 * Great-circle (haversine) distance in metres between two lon/lat positions.
 * Every length in the engine (edges, snaps, straight lines) uses this one function, so they are consistent.
 *
 * @example
 * metresBetween(10.4, 63.42, 10.41, 63.42); // ≈ 497.6
 */
export function metresBetween(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RADIANS;
  const dLon = (lon2 - lon1) * RADIANS;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Metres per degree of latitude (and of longitude at the equator). */
export const METERS_PER_DEGREE = EARTH_RADIUS_METERS * RADIANS;
