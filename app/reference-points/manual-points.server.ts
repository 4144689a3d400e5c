/**
 * The project's points added by hand, kept as one reference layer with source
 * "manual" (a reference_layers row like an import), so the map's reference data
 * and the assessment include them with no extra step.
 */
import { and, eq } from "drizzle-orm";
import type { Feature } from "geojson";
import type { Database } from "../../db/connection";
import { projects, referenceLayers } from "../../db/schema";
import { boundingBoxOf } from "../reference-data/bounding-box";
import { pointFeature, readPoint, type ManualPoint } from "./manual-points";
import type { PointFields } from "./point-validation";

/** The name the manual layer gets in the list of layers. */
export const manualLayerName = "Punkter lagt inn for hånd";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

function pointsOf(features: Feature[]): ManualPoint[] {
  return features.map(readPoint).filter((point): point is ManualPoint => point !== null);
}

/**
 * The project's points added by hand, by name.
 *
 * @example
 * await listPoints(db, projectId); // [{ id, category: "busStop", name: "Torget", lat, lon, homes: null }]
 */
export async function listPoints(db: Database, projectId: string): Promise<ManualPoint[]> {
  const rows = await db
    .select({ data: referenceLayers.data })
    .from(referenceLayers)
    .where(and(eq(referenceLayers.projectId, projectId), eq(referenceLayers.source, "manual")));
  return pointsOf(rows.flatMap((row) => row.data.features)).sort((a, b) => a.name.localeCompare(b.name, "nb"));
}

/**
 * Changes the manual layer's features under a lock on the project row, so two
 * planners saving at once both keep their points. `change` returns the new
 * features, or null to change nothing.
 */
async function changeManualLayer(
  db: Database,
  input: { projectId: string; userId: string },
  change: (features: Feature[]) => Feature[] | null,
): Promise<boolean> {
  return db.transaction(async (transaction: Transaction) => {
    await transaction.select({ id: projects.id }).from(projects).where(eq(projects.id, input.projectId)).for("update");
    const [layer] = await transaction
      .select({ id: referenceLayers.id, data: referenceLayers.data })
      .from(referenceLayers)
      .where(and(eq(referenceLayers.projectId, input.projectId), eq(referenceLayers.source, "manual")))
      .limit(1);
    const features = change(layer?.data.features ?? []);
    if (!features) return false;
    const values = {
      featureCount: features.length,
      bbox: boundingBoxOf(features),
      data: { type: "FeatureCollection" as const, features },
    };
    if (layer) await transaction.update(referenceLayers).set(values).where(eq(referenceLayers.id, layer.id));
    else
      await transaction.insert(referenceLayers).values({
        id: crypto.randomUUID(),
        projectId: input.projectId,
        source: "manual",
        name: manualLayerName,
        createdBy: input.userId,
        ...values,
      });
    return true;
  });
}

/**
 * Adds a point to the project's manual layer (made on first use).
 *
 * @example
 * await addPoint(db, { projectId, userId, fields: { category: "busStop", name: "Torget", lat: 59.95, lon: 10.96, homes: null } });
 */
export async function addPoint(db: Database, input: { projectId: string; userId: string; fields: PointFields }): Promise<ManualPoint> {
  const point: ManualPoint = { id: crypto.randomUUID(), ...input.fields };
  await changeManualLayer(db, input, (features) => [...features, pointFeature(point)]);
  return point;
}

/** Replaces a point's fields; null when the project has no such point. */
export async function updatePoint(
  db: Database,
  input: { projectId: string; userId: string; pointId: string; fields: PointFields },
): Promise<ManualPoint | null> {
  const point: ManualPoint = { id: input.pointId, ...input.fields };
  const changed = await changeManualLayer(db, input, (features) => {
    const index = features.findIndex((feature) => readPoint(feature)?.id === input.pointId);
    if (index === -1) return null;
    return features.map((feature, position) => (position === index ? pointFeature(point) : feature));
  });
  return changed ? point : null;
}

/** Removes a point; false when the project has no such point. */
export async function deletePoint(db: Database, input: { projectId: string; userId: string; pointId: string }): Promise<boolean> {
  return changeManualLayer(db, input, (features) => {
    const kept = features.filter((feature) => readPoint(feature)?.id !== input.pointId);
    return kept.length === features.length ? null : kept;
  });
}
