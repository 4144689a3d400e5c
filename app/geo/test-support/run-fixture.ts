/**
 * Fixture tests: each folder under fixtures/ holds in.geojson (OSM features), sites.geojson and
 * optionally config.json and concern.geojson; out.json is the command line's JSON and out.geojson
 * the routes and crossings to look at on a map. `REGEN=1 npx vitest run app/geo` rewrites them.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Feature, FeatureCollection, Point, Polygon } from "geojson";
import { assessSite } from "../assess-site";
import { formatAssessment } from "../format-assessment";
import { prepareArea } from "../prepare-area";
import type { AreaOfConcern, SiteAssessment } from "../types";

export const fixturesDirectory = join(import.meta.dirname, "..", "fixtures");
export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

/** Runs one fixture folder through the engine. */
export function runFixture(name: string): { assessments: SiteAssessment[]; json: unknown; geojson: FeatureCollection } {
  const directory = join(fixturesDirectory, name);
  const osm = readJson<FeatureCollection>(join(directory, "in.geojson"));
  const sites = readJson<FeatureCollection<Point | Polygon>>(join(directory, "sites.geojson"));
  const config = existsSync(join(directory, "config.json")) ? readJson<Record<string, unknown>>(join(directory, "config.json")) : undefined;
  const concern = existsSync(join(directory, "concern.geojson")) ? readJson<FeatureCollection<Polygon>>(join(directory, "concern.geojson")).features : undefined;
  const area = prepareArea({ osm, config });
  const assessments = sites.features.map((site) =>
    assessSite(area, { name: String(site.properties?.name), geometry: site.geometry }, { areasOfConcern: concern as AreaOfConcern[] | undefined }),
  );
  const features: Feature[] = [];
  for (const assessment of assessments) {
    for (const [category, nearest] of Object.entries(assessment.nearest)) {
      if (nearest) features.push({ type: "Feature", properties: { site: assessment.name, category, walkMeters: Math.round(nearest.walkMeters) }, geometry: nearest.route });
    }
    for (const shortcut of assessment.shortcuts) {
      features.push({ type: "Feature", properties: { site: assessment.name, shortcut: shortcut.category, barrier: shortcut.barrier }, geometry: { type: "Point", coordinates: shortcut.crossing } });
    }
  }
  const round = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "number" ? Math.round(inner * 1e7) / 1e7 : inner)));
  return {
    assessments,
    json: { sites: assessments.map((assessment) => formatAssessment(assessment)) },
    geojson: round({ type: "FeatureCollection", features }) as FeatureCollection,
  };
}

