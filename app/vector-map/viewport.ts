/**
 * A viewport: which part of the Web Mercator world a picture of `width`×`height` pixels shows.
 * Built from `{ lat, lon, zoom }` with Leaflet's zoom semantics, so a view taken from the map page
 * or from the facilitator's awareness shows the same place here. Pure, no React.
 */
import { earthCircumferenceMetres, projectToWorld, unprojectFromWorld, worldSize, type WorldPoint } from "./web-mercator";

/** A map view as Leaflet and the workshop's follow mode describe it. */
export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

/** The view plus the picture's size in pixels, and the centre in world pixels at zoom 0. */
export interface Viewport extends MapView {
  width: number;
  height: number;
  centre: WorldPoint;
}

/**
 * The viewport that shows `view` centred in a picture of the given size.
 * @example
 * const viewport = viewportFromView({ lat: 59.91, lon: 10.75, zoom: 15 }, { width: 800, height: 600 });
 * toScreen(viewport, 10.75, 59.91); // [400, 300]
 */
export function viewportFromView(view: MapView, size: { width: number; height: number }): Viewport {
  if (!(size.width > 0) || !(size.height > 0)) throw new RangeError("width and height must be positive numbers of pixels");
  if (![view.lat, view.lon, view.zoom].every(Number.isFinite)) throw new RangeError("lat, lon and zoom must be finite numbers");
  return { ...view, width: size.width, height: size.height, centre: projectToWorld(view.lon, view.lat) };
}

/**
 * Where a longitude and latitude fall in the picture, in pixels from its top-left corner.
 * @example
 * toScreen(viewport, 10.75, 59.91); // [400, 300] when the viewport is centred there
 */
export function toScreen(viewport: Viewport, lon: number, lat: number): [number, number] {
  const point = projectToWorld(lon, lat);
  const scale = worldSize(viewport.zoom) / 256;
  return [
    viewport.width / 2 + (point.x - viewport.centre.x) * scale,
    viewport.height / 2 + (point.y - viewport.centre.y) * scale,
  ];
}

/**
 * The place under a pixel of the picture: the inverse of {@link toScreen}.
 * @example
 * toLatLon(viewport, 400, 300); // { lat: 59.91, lon: 10.75 } for the viewport above
 */
export function toLatLon(viewport: Viewport, x: number, y: number): { lat: number; lon: number } {
  const scale = worldSize(viewport.zoom) / 256;
  return unprojectFromWorld({
    x: viewport.centre.x + (x - viewport.width / 2) / scale,
    y: viewport.centre.y + (y - viewport.height / 2) / scale,
  });
}

/**
 * Ground metres one pixel covers at the viewport's centre (Mercator stretches towards the poles).
 * @example
 * metresPerPixel(viewportFromView({ lat: 0, lon: 0, zoom: 0 }, { width: 256, height: 256 })); // ≈ 156543
 */
export function metresPerPixel(viewport: Viewport): number {
  return (earthCircumferenceMetres * Math.cos((viewport.lat * Math.PI) / 180)) / worldSize(viewport.zoom);
}
