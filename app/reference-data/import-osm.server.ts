/**
 * One OpenStreetMap import for a project: plan the area, ask Overpass, convert
 * to GeoJSON, check it, store it in place of the previous OSM layer. Nothing is
 * stored unless every step succeeds.
 */
import type { Feature } from "geojson";
import type { Database } from "../../db/connection";
import type { BoundingBox } from "./bounding-box";
import { ImportError } from "./import-problem";
import type { OverpassProgress } from "./overpass-client.server";
import { fetchOverpass, osmToFeatureCollection } from "./overpass-client.server";
import type { OverpassAreaOptions } from "./overpass-query";
import { buildOverpassQuery, planImportArea } from "./overpass-query";
import type { ReferenceLayerSummary } from "./reference-layers.server";
import { storeLayer } from "./reference-layers.server";
import { validateGeoJson } from "./validate-geojson";

/** Steps reported while an import runs, in this order. */
export type ImportProgress =
  | { phase: "planned"; boundingBox: BoundingBox; areaSquareKilometres: number }
  | ({ phase: "downloading" } & OverpassProgress)
  | { phase: "converting"; receivedBytes: number }
  | { phase: "storing"; featureCount: number };

export interface OsmImportOptions {
  area?: OverpassAreaOptions;
  endpoint?: string;
  timeoutMs?: number;
  maxBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

/**
 * Imports OSM data around the sites (or within the box) into the project.
 * Throws `ImportError` with a message for the planner; nothing is stored then.
 *
 * @example
 * const layer = await importOsmLayer(db, { projectId, userId, sites }, { onProgress: send });
 */
export async function importOsmLayer(
  db: Database,
  input: { projectId: string; userId: string; boundingBox?: unknown; sites?: readonly Feature[] },
  options: OsmImportOptions = {},
): Promise<ReferenceLayerSummary> {
  const plan = planImportArea({ boundingBox: input.boundingBox, sites: input.sites, options: options.area });
  if (!plan.ok) throw new ImportError(plan.error);
  options.onProgress?.({ phase: "planned", boundingBox: plan.boundingBox, areaSquareKilometres: plan.areaSquareKilometres });

  let receivedBytes = 0;
  const osm = await fetchOverpass({
    query: buildOverpassQuery({ boundingBox: plan.boundingBox }),
    endpoint: options.endpoint,
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    signal: options.signal,
    onProgress: (progress) => {
      receivedBytes = progress.receivedBytes;
      options.onProgress?.({ phase: "downloading", ...progress });
    },
  });
  options.onProgress?.({ phase: "converting", receivedBytes });

  const collection = osmToFeatureCollection(osm);
  let features: Feature[] = [];
  if (collection.features.length > 0) {
    // The converter's output goes through the same checks as an upload (its size was capped while downloading).
    const checked = validateGeoJson(JSON.stringify(collection), { maxBytes: Number.MAX_SAFE_INTEGER });
    if (!checked.ok) throw new ImportError(checked.error);
    features = checked.features;
  }
  options.onProgress?.({ phase: "storing", featureCount: features.length });

  const [west, south, east, north] = plan.boundingBox.map((degrees) => degrees.toFixed(4));
  return storeLayer(db, {
    projectId: input.projectId,
    source: "osm",
    name: `OpenStreetMap ${south},${west}–${north},${east}`,
    features,
    createdBy: input.userId,
  });
}
