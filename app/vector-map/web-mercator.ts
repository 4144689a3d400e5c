/**
 * Web Mercator (EPSG:3857) as Leaflet uses it: the world is a square of 256·2^zoom pixels,
 * x grows east from longitude −180°, y grows south from latitude ≈ 85.05°. Pure, no React.
 */

/** Width and height of the whole world at zoom 0, in pixels (one tile). */
export const worldSizeAtZoomZero = 256;

/** The latitude where Web Mercator's square world ends (Leaflet's `SphericalMercator.MAX_LATITUDE`). */
export const maxMercatorLatitude = 85.0511287798;

/** Earth's equatorial circumference in metres (WGS 84), the length of the world's width at the equator. */
export const earthCircumferenceMetres = 40_075_016.686;

/** A point in world pixels at zoom 0: both coordinates run from 0 to 256. */
export interface WorldPoint {
  x: number;
  y: number;
}

/**
 * Projects a longitude and latitude to world pixels at zoom 0.
 * @param lon longitude in degrees
 * @param lat latitude in degrees (clamped to ±85.05°)
 * @returns the point in world pixels at zoom 0
 * @example
 * projectToWorld(0, 0); // { x: 128, y: 128 }
 */
export function projectToWorld(lon: number, lat: number): WorldPoint {
  const clamped = Math.max(-maxMercatorLatitude, Math.min(maxMercatorLatitude, lat));
  const sine = Math.sin((clamped * Math.PI) / 180);
  const x = (worldSizeAtZoomZero * (lon + 180)) / 360;
  const y = worldSizeAtZoomZero * (0.5 - Math.log((1 + sine) / (1 - sine)) / (4 * Math.PI));
  return { x, y };
}

/**
 * The inverse of {@link projectToWorld}: world pixels at zoom 0 back to degrees.
 * @example
 * unprojectFromWorld({ x: 128, y: 128 }); // { lon: 0, lat: 0 }
 */
export function unprojectFromWorld(point: WorldPoint): { lon: number; lat: number } {
  const lon = (point.x / worldSizeAtZoomZero) * 360 - 180;
  const mercatorY = Math.PI * (1 - (2 * point.y) / worldSizeAtZoomZero);
  const lat = (Math.atan(Math.sinh(mercatorY)) * 180) / Math.PI;
  return { lon, lat };
}

/**
 * How many pixels the world is wide at a zoom level (Leaflet's semantics, fractional zooms allowed).
 * @example
 * worldSize(1); // 512
 */
export function worldSize(zoom: number): number {
  return worldSizeAtZoomZero * 2 ** zoom;
}
