import type { Feature } from "geojson";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { referenceLayers } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createUser } from "../auth/users.server";
import { createProject } from "../projects/projects.server";
import { deleteLayer, listLayers, loadLayers, storeLayer } from "./reference-layers.server";

const point = (name: string, longitude: number, latitude: number): Feature => ({
  type: "Feature",
  properties: { name },
  geometry: { type: "Point", coordinates: [longitude, latitude] },
});

describe.each(testDatabaseKinds)("reference layers on %s", (kind) => {
  let database: TestDatabase;
  let userId: string;
  let projectId: string;
  let otherProjectId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    userId = (await createUser(database.db, { name: "Kari", username: "kari", email: null, password: "passord-123" })).id;
    const project = { municipality: "Demo", housingForm: "smahus" as const, homeCount: 3, description: "" };
    projectId = (await createProject(database.db, userId, { name: "Eikelund", ...project })).id;
    otherProjectId = (await createProject(database.db, userId, { name: "Bakken", ...project })).id;
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.db.delete(referenceLayers);
  });

  it("stores an upload with its count and bounding box, and lists it without data", async () => {
    const layer = await storeLayer(database.db, {
      projectId,
      source: "upload",
      name: "butikker.geojson",
      features: [point("A", 10.4, 63.4), point("B", 10.42, 63.41)],
      createdBy: userId,
    });
    expect(layer).toMatchObject({ source: "upload", name: "butikker.geojson", featureCount: 2, bbox: [10.4, 63.4, 10.42, 63.41] });
    const [listed] = await listLayers(database.db, projectId);
    expect(listed).toEqual(layer);
    expect(listed).not.toHaveProperty("data");
  });

  it("merges a project's layers, marking each feature with its layer and source, and keeps projects apart", async () => {
    const osm = await storeLayer(database.db, { projectId, source: "osm", name: "OSM", features: [point("Butikk", 10.4, 63.4)], createdBy: userId });
    const upload = await storeLayer(database.db, { projectId, source: "upload", name: "Egne", features: [point("Egen", 10.41, 63.4)], createdBy: userId });
    await storeLayer(database.db, { projectId: otherProjectId, source: "upload", name: "Andre", features: [point("X", 11, 60)], createdBy: userId });

    const collection = await loadLayers(database.db, projectId);
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features.map((feature) => feature.properties)).toEqual([
      { name: "Butikk", "@layer": osm.id, "@source": "osm" },
      { name: "Egen", "@layer": upload.id, "@source": "upload" },
    ]);
  });

  it("keeps one OSM layer per project when four imports finish at once (without the project lock the later ones failed on the unique index)", async () => {
    // Big enough that the transactions overlap on PostgreSQL's connection pool.
    const features = Array.from({ length: 2_000 }, (_, index) => point(`Punkt ${index}`, 10.4 + index / 100_000, 63.4));
    const store = (name: string) => storeLayer(database.db, { projectId, source: "osm", name, features, createdBy: userId });
    const stored = await Promise.all(["a", "b", "c", "d"].map(store));
    const layers = await listLayers(database.db, projectId);
    expect(layers).toHaveLength(1);
    expect(stored.map((layer) => layer.id)).toContain(layers[0].id);
  });

  it("deletes a layer only within its own project", async () => {
    const layer = await storeLayer(database.db, { projectId, source: "upload", name: "Egne", features: [point("Egen", 10.41, 63.4)], createdBy: userId });
    expect(await deleteLayer(database.db, otherProjectId, layer.id)).toBe(false);
    expect(await listLayers(database.db, projectId)).toHaveLength(1);
    expect(await deleteLayer(database.db, projectId, layer.id)).toBe(true);
    expect(await listLayers(database.db, projectId)).toHaveLength(0);
    expect(await deleteLayer(database.db, projectId, layer.id)).toBe(false);
  });
});
