import type { Point } from "geojson";
import type { Site } from "./site-document";

/**
 * Where a site's marker goes: a point's own position, or a polygon's first
 * ring's average vertex (good enough for a marker; the engine uses its own rule).
 *
 * @example
 * sitePosition(site); // { lat: 63.42, lon: 10.4 }
 */
export function sitePosition(site: Pick<Site, "geometry">): { lat: number; lon: number } {
  if (site.geometry.type === "Point") {
    const [lon, lat] = site.geometry.coordinates;
    return { lat, lon };
  }
  const ring = site.geometry.coordinates[0] ?? [];
  const vertices = ring.length > 1 ? ring.slice(0, -1) : ring;
  const count = Math.max(vertices.length, 1);
  return {
    lon: vertices.reduce((sum, [lon]) => sum + lon, 0) / count,
    lat: vertices.reduce((sum, [, lat]) => sum + lat, 0) / count,
  };
}

/** A GeoJSON point at the given position, coordinates rounded to about 1 cm. */
export function pointAt(position: { lat: number; lon: number }): Point {
  const round = (value: number) => Math.round(value * 1e7) / 1e7;
  return { type: "Point", coordinates: [round(position.lon), round(position.lat)] };
}
