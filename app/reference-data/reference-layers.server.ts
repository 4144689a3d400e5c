/**
 * A project's reference layers in the database: the OpenStreetMap import (at most
 * one; a new import replaces it) and uploaded GeoJSON files. Each layer is one
 * FeatureCollection, so the map reads it back without asking Overpass again.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Feature, FeatureCollection } from "geojson";
import type { Database } from "../../db/connection";
import { projects, referenceLayers } from "../../db/schema";
import type { BoundingBox } from "./bounding-box";
import { boundingBoxOf } from "./bounding-box";

/** "manual": the points planners add by hand (app/reference-points), one layer per project. */
export type LayerSource = "osm" | "upload" | "manual";

export interface ReferenceLayerSummary {
  id: string;
  projectId: string;
  source: LayerSource;
  name: string;
  featureCount: number;
  bbox: BoundingBox | null;
  createdBy: string | null;
  createdAt: Date;
}

/** Properties added to each feature by `loadLayers`, so the map knows where it came from. */
export const layerIdProperty = "@layer";
export const layerSourceProperty = "@source";

const summaryColumns = {
  id: referenceLayers.id,
  projectId: referenceLayers.projectId,
  source: referenceLayers.source,
  name: referenceLayers.name,
  featureCount: referenceLayers.featureCount,
  bbox: referenceLayers.bbox,
  createdBy: referenceLayers.createdBy,
  createdAt: referenceLayers.createdAt,
};

/**
 * Stores validated features as a layer. An "osm" layer replaces the project's
 * previous OSM layer in the same transaction, so the map never shows both or none.
 *
 * @example
 * await storeLayer(db, { projectId, source: "upload", name: "gangveier.geojson", features, createdBy: userId });
 */
export async function storeLayer(
  db: Database,
  input: { projectId: string; source: LayerSource; name: string; features: Feature[]; createdBy: string | null },
): Promise<ReferenceLayerSummary> {
  const data: FeatureCollection = { type: "FeatureCollection", features: input.features };
  return db.transaction(async (transaction) => {
    if (input.source === "osm") {
      // Lock the project row: two imports at once then replace one another in turn instead of
      // the later one failing on the one-OSM-layer index.
      await transaction.select({ id: projects.id }).from(projects).where(eq(projects.id, input.projectId)).for("update");
      await transaction
        .delete(referenceLayers)
        .where(and(eq(referenceLayers.projectId, input.projectId), eq(referenceLayers.source, "osm")));
    }
    const [row] = await transaction
      .insert(referenceLayers)
      .values({
        id: crypto.randomUUID(),
        projectId: input.projectId,
        source: input.source,
        name: input.name,
        featureCount: input.features.length,
        bbox: boundingBoxOf(input.features),
        data,
        createdBy: input.createdBy,
      })
      .returning(summaryColumns);
    return toSummary(row);
  });
}

/** The project's layers without their data, oldest first. */
export async function listLayers(db: Database, projectId: string): Promise<ReferenceLayerSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(referenceLayers)
    .where(eq(referenceLayers.projectId, projectId))
    .orderBy(asc(referenceLayers.createdAt), asc(referenceLayers.id));
  return rows.map(toSummary);
}

/**
 * All of the project's layers as one FeatureCollection; each feature carries
 * `@layer` (the layer id) and `@source` ("osm", "upload" or "manual") in its properties.
 */
export async function loadLayers(db: Database, projectId: string): Promise<FeatureCollection> {
  const rows = await db
    .select({ id: referenceLayers.id, source: referenceLayers.source, data: referenceLayers.data })
    .from(referenceLayers)
    .where(eq(referenceLayers.projectId, projectId))
    .orderBy(asc(referenceLayers.createdAt), asc(referenceLayers.id));
  const features: Feature[] = [];
  for (const row of rows) {
    for (const feature of row.data.features) {
      features.push({
        ...feature,
        properties: { ...feature.properties, [layerIdProperty]: row.id, [layerSourceProperty]: row.source },
      });
    }
  }
  return { type: "FeatureCollection", features };
}

/** Deletes one layer of the project; false when the project has no such layer. */
export async function deleteLayer(db: Database, projectId: string, layerId: string): Promise<boolean> {
  const deleted = await db
    .delete(referenceLayers)
    .where(and(eq(referenceLayers.projectId, projectId), eq(referenceLayers.id, layerId)))
    .returning({ id: referenceLayers.id });
  return deleted.length > 0;
}

function toSummary(row: {
  id: string;
  projectId: string;
  source: string;
  name: string;
  featureCount: number;
  bbox: BoundingBox | null;
  createdBy: string | null;
  createdAt: Date;
}): ReferenceLayerSummary {
  return { ...row, source: row.source === "osm" || row.source === "manual" ? row.source : "upload" };
}
