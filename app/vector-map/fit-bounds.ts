/**
 * Fitting a picture to data: the bounds of GeoJSON geometries and the view that shows them all
 * with padding. Pure, no React, no turf (the phone view must stay light).
 */
import type { Geometry, Position } from "geojson";
import type { MapView } from "./viewport";
import { projectToWorld, unprojectFromWorld, worldSizeAtZoomZero } from "./web-mercator";

/** A box in degrees. */
export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Every position of a geometry, whatever its type. */
export function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case "Point":
      return [geometry.coordinates];
    case "MultiPoint":
    case "LineString":
      return geometry.coordinates;
    case "MultiLineString":
    case "Polygon":
      return geometry.coordinates.flat();
    case "MultiPolygon":
      return geometry.coordinates.flat(2);
    case "GeometryCollection":
      return geometry.geometries.flatMap(positionsOf);
  }
}

/**
 * The smallest box holding every position of the geometries, or null when there is none.
 * @example
 * boundsOfGeometries([{ type: "Point", coordinates: [10, 60] }, { type: "Point", coordinates: [11, 61] }]);
 * // { west: 10, south: 60, east: 11, north: 61 }
 */
export function boundsOfGeometries(geometries: readonly Geometry[]): Bounds | null {
  let bounds: Bounds | null = null;
  for (const geometry of geometries) {
    for (const [lon, lat] of positionsOf(geometry)) {
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
      if (!bounds) bounds = { west: lon, south: lat, east: lon, north: lat };
      else {
        bounds.west = Math.min(bounds.west, lon);
        bounds.east = Math.max(bounds.east, lon);
        bounds.south = Math.min(bounds.south, lat);
        bounds.north = Math.max(bounds.north, lat);
      }
    }
  }
  return bounds;
}

/** What {@link fitBounds} needs: the box, the picture's size, and how close it may zoom. */
export interface FitBoundsInput {
  bounds: Bounds;
  width: number;
  height: number;
  /** Pixels kept free on every side (labels and the scale bar live there). */
  padding?: number;
  /** The closest zoom, used when the box is a single point or very small. */
  maxZoom?: number;
}

/**
 * The view (Leaflet zoom, fractional) that shows the whole box inside the picture less its padding.
 * @example
 * fitBounds({ bounds: { west: 10.7, south: 59.9, east: 10.8, north: 59.95 }, width: 800, height: 600, padding: 40 });
 * // { lat: ≈59.925, lon: 10.75, zoom: ≈12.9 }
 */
export function fitBounds({ bounds, width, height, padding = 32, maxZoom = 17 }: FitBoundsInput): MapView {
  const northWest = projectToWorld(bounds.west, bounds.north);
  const southEast = projectToWorld(bounds.east, bounds.south);
  const centre = unprojectFromWorld({ x: (northWest.x + southEast.x) / 2, y: (northWest.y + southEast.y) / 2 });
  const spanX = Math.abs(southEast.x - northWest.x);
  const spanY = Math.abs(southEast.y - northWest.y);
  const usableWidth = Math.max(1, width - 2 * padding);
  const usableHeight = Math.max(1, height - 2 * padding);
  // World pixels at zoom 0 → pixels at zoom z is a factor 2^z.
  const scaleX = spanX > 0 ? usableWidth / spanX : Infinity;
  const scaleY = spanY > 0 ? usableHeight / spanY : Infinity;
  const scale = Math.min(scaleX, scaleY);
  const zoom = Number.isFinite(scale) ? Math.min(maxZoom, Math.log2(scale)) : maxZoom;
  const minZoom = Math.log2(Math.max(width, height) / worldSizeAtZoomZero);
  return { lat: centre.lat, lon: centre.lon, zoom: Math.max(zoom, Math.min(minZoom, maxZoom)) };
}
