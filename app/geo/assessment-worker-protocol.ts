import type { FeatureCollection, Point, Polygon } from "geojson";
import { assessSite, InvalidSiteError } from "./assess-site";
import { prepareArea, type PreparedArea } from "./prepare-area";
import type { TagMapping } from "./tag-mapping";
import type { AreaOfConcern, AssessmentConfig, SiteAssessment } from "./types";
import { GeoJsonInputError } from "./validate-sites";

/** Messages a page sends to the assessment Worker. */
export type AssessmentRequest =
  | { type: "prepare"; id: number; osm: unknown; config?: Partial<AssessmentConfig>; tagMapping?: TagMapping }
  | { type: "assess"; id: number; sites: { name: string; geometry: Point | Polygon }[]; areasOfConcern?: AreaOfConcern[] };

/** Messages the Worker answers with; `id` echoes the request so the page can drop stale answers while dragging. */
export type AssessmentResponse =
  | { type: "prepared"; id: number; nodes: number; segments: number; destinations: number; buildMilliseconds: number }
  | { type: "assessed"; id: number; assessments: SiteAssessment[]; milliseconds: number }
  | { type: "error"; id: number; kind: "input" | "not-prepared"; message: string };

/**
 * The Worker's logic without the Worker: keeps one prepared area between messages (build once,
 * assess on every drag). A Worker file only wires it to `onmessage`:
 *
 * @example
 * const handle = createAssessmentHandler();
 * self.onmessage = (event) => self.postMessage(handle(event.data));
 */
export function createAssessmentHandler(now: () => number = () => performance.now()): (request: AssessmentRequest) => AssessmentResponse {
  let area: PreparedArea | null = null;
  return (request) => {
    try {
      if (request.type === "prepare") {
        const start = now();
        // Reference data reaches the worker from the server, validated when it was imported.
        const osm: FeatureCollection = asFeatureCollection(request.osm);
        area = prepareArea({ osm, config: request.config, tagMapping: request.tagMapping });
        return {
          type: "prepared",
          id: request.id,
          nodes: area.graph.nodeCount,
          segments: area.graph.segmentCount,
          destinations: Object.values(area.destinations).reduce((sum, list) => sum + list.length, 0),
          buildMilliseconds: now() - start,
        };
      }
      if (!area) return { type: "error", id: request.id, kind: "not-prepared", message: "no reference data yet: send a prepare message first" };
      const start = now();
      const prepared = area;
      const assessments = request.sites.map((site) => assessSite(prepared, site, { areasOfConcern: request.areasOfConcern }));
      return { type: "assessed", id: request.id, assessments, milliseconds: now() - start };
    } catch (error) {
      if (error instanceof GeoJsonInputError || error instanceof InvalidSiteError) return { type: "error", id: request.id, kind: "input", message: error.message };
      throw error;
    }
  };
}

function asFeatureCollection(value: unknown): FeatureCollection {
  const candidate = value as Partial<FeatureCollection> | null;
  if (!candidate || candidate.type !== "FeatureCollection" || !Array.isArray(candidate.features)) {
    throw new GeoJsonInputError("reference data: not a GeoJSON FeatureCollection");
  }
  return candidate as FeatureCollection;
}
