/**
 * The OpenStreetMap import against a real local HTTP server that answers like
 * Overpass: the recorded answer is stored as GeoJSON with tags as properties,
 * and a failing, busy, slow, oversized or broken server gives a clear error
 * and stores nothing.
 */
import type { Feature } from "geojson";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { referenceLayers } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createUser } from "../auth/users.server";
import { createProject } from "../projects/projects.server";
import { ImportError } from "./import-problem";
import { importOsmLayer, type ImportProgress } from "./import-osm.server";
import { fetchOverpass } from "./overpass-client.server";
import { listLayers, loadLayers, storeLayer } from "./reference-layers.server";
import { recordedOverpassAnswer, startFakeOverpass, type FakeOverpass } from "./testing/fake-overpass-server";

const site: Feature = { type: "Feature", properties: { name: "Tomt A" }, geometry: { type: "Point", coordinates: [10.401, 63.401] } };

async function importError(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe("Overpass client against a local server", () => {
  let overpass: FakeOverpass;
  beforeAll(async () => {
    overpass = await startFakeOverpass({ slowMs: 3_000, hugeBytes: 512 * 1024 });
  });
  afterAll(() => overpass.close());

  it("posts the query as the form field `data` and reports progress in bytes", async () => {
    const progress: number[] = [];
    const answer = await fetchOverpass({
      query: "[out:json];node(1);out;",
      endpoint: `${overpass.url}/api/interpreter`,
      onProgress: ({ receivedBytes }) => progress.push(receivedBytes),
    });
    expect(overpass.queries.at(-1)).toBe("[out:json];node(1);out;");
    expect(answer.elements.length).toBeGreaterThan(30);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(Buffer.byteLength(recordedOverpassAnswer));
  });

  it("refuses an answer whose declared length is over the cap before reading it", async () => {
    const error = await importError(fetchOverpass({ query: "x", endpoint: `${overpass.url}/api/interpreter`, maxBytes: 1_000 }));
    expect(error.problem).toMatchObject({ code: "tooLarge", details: { maxBytes: 1_000 } });
  });

  it("turns an HTML page into a clear error instead of a JSON parse failure", async () => {
    const error = await importError(fetchOverpass({ query: "x", endpoint: `${overpass.url}/html` }));
    expect(error.problem.code).toBe("overpassError");
    expect(error.problem.messageEn).toMatch(/did not answer with JSON/);
  });

  it("refuses a partial answer after a server-side time-out", async () => {
    const error = await importError(fetchOverpass({ query: "x", endpoint: `${overpass.url}/runtime-error` }));
    expect(error.problem.code).toBe("overpassIncomplete");
    expect(error.status).toBe(502);
  });

  it("says so when nothing answers at the address", async () => {
    const error = await importError(fetchOverpass({ query: "x", endpoint: "http://127.0.0.1:1/api/interpreter", timeoutMs: 5_000 }));
    expect(error.problem.code).toBe("overpassUnreachable");
    expect(error.problem.message).toContain("OVERPASS_URL");
  });
});

describe.each(testDatabaseKinds)("OpenStreetMap import on %s", (kind) => {
  let database: TestDatabase;
  let overpass: FakeOverpass;
  let projectId: string;
  let userId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    overpass = await startFakeOverpass({ slowMs: 3_000, hugeBytes: 512 * 1024 });
    userId = (await createUser(database.db, { name: "Kari", username: "kari", email: null, password: "passord-123" })).id;
    projectId = (
      await createProject(database.db, userId, { name: "Eikelund", municipality: "Demo", housingForm: "smahus", homeCount: 3, description: "" })
    ).id;
  });
  afterAll(async () => {
    await overpass.close();
    await database.drop();
  });
  beforeEach(async () => {
    await database.db.delete(referenceLayers);
  });

  const importWith = (path: string, options: { timeoutMs?: number; maxBytes?: number; onProgress?: (progress: ImportProgress) => void } = {}) =>
    importOsmLayer(database.db, { projectId, userId, sites: [site] }, { endpoint: `${overpass.url}${path}`, ...options });

  it("stores the recorded answer as GeoJSON features with OSM tags as properties", async () => {
    const phases: string[] = [];
    const layer = await importWith("/api/interpreter", { onProgress: (progress) => phases.push(progress.phase) });
    expect(layer).toMatchObject({ source: "osm", featureCount: 18, createdBy: userId });
    expect(layer.bbox![0]).toBeLessThan(10.4);
    expect(phases[0]).toBe("planned");
    expect(phases).toContain("downloading");
    expect(phases.slice(-2)).toEqual(["converting", "storing"]);

    // The query asked for the sites' area plus the margin.
    expect(overpass.queries.at(-1)).toMatch(/\[bbox:63\.387\d*,10\.370\d*,63\.414\d*,10\.431\d*\]/);

    const collection = await loadLayers(database.db, projectId);
    expect(collection.features).toHaveLength(18);
    const byId = new Map(collection.features.map((feature) => [feature.properties?.id as string, feature]));
    expect(byId.get("node/50")?.properties).toMatchObject({ shop: "supermarket", name: "Matbutikken Eikelund", "@source": "osm" });
    expect(byId.get("node/60")?.properties).toMatchObject({ highway: "bus_stop", public_transport: "platform" });
    expect(byId.get("way/104")?.properties).toMatchObject({ highway: "footway", bridge: "yes" });
    expect(byId.get("way/200")?.geometry).toMatchObject({ type: "LineString", coordinates: [[10.395, 63.401], [10.403, 63.401], [10.41, 63.401]] });
    expect(byId.get("way/400")?.geometry.type).toBe("Polygon");
    // Streets meeting at a junction share the very same position (the walking graph nodes there).
    const eikelundvegen = byId.get("way/100")!.geometry;
    const bakkegata = byId.get("way/101")!.geometry;
    if (eikelundvegen.type !== "LineString" || bakkegata.type !== "LineString") throw new Error("streets must be lines");
    expect(eikelundvegen.coordinates.at(-1)).toEqual(bakkegata.coordinates[0]);
  });

  it("replaces the previous OSM layer and keeps uploads", async () => {
    const upload = await storeLayer(database.db, { projectId, source: "upload", name: "egne.geojson", features: [site], createdBy: userId });
    const first = await importWith("/api/interpreter");
    const second = await importWith("/api/interpreter");
    const layers = await listLayers(database.db, projectId);
    expect(layers.map((layer) => layer.id).sort()).toEqual([upload.id, second.id].sort());
    expect(layers.some((layer) => layer.id === first.id)).toBe(false);
    expect((await loadLayers(database.db, projectId)).features).toHaveLength(19);
  });

  describe("failures store nothing and keep the previous import", () => {
    let previousId: string;
    beforeEach(async () => {
      previousId = (await importWith("/api/interpreter")).id;
    });
    async function expectUnchanged() {
      const layers = await listLayers(database.db, projectId);
      expect(layers.map((layer) => layer.id)).toEqual([previousId]);
    }

    it("a server error (HTTP 500)", async () => {
      const error = await importError(importWith("/fail-500"));
      expect(error.problem).toMatchObject({ code: "overpassError", details: { status: 500 } });
      expect(error.problem.message).toContain("HTTP 500");
      expect(error.status).toBe(502);
      await expectUnchanged();
    });

    it("a busy server (HTTP 429) with the wait it asks for", async () => {
      const error = await importError(importWith("/busy-429"));
      expect(error.problem).toMatchObject({ code: "overpassBusy", details: { status: 429, retryAfterSeconds: 30 } });
      expect(error.problem.messageEn).toMatch(/busy .*Wait 30 seconds/);
      await expectUnchanged();
    });

    it("a slow server that answers after the time-out", async () => {
      const started = Date.now();
      const error = await importError(importWith("/slow", { timeoutMs: 500 }));
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(error.problem.code).toBe("timeout");
      expect(error.status).toBe(504);
      expect(error.problem.messageEn).toMatch(/did not answer within/);
      await expectUnchanged();
    });

    it("a server that sends more than the size cap", async () => {
      const error = await importError(importWith("/huge", { maxBytes: 64 * 1024 }));
      expect(error.problem).toMatchObject({ code: "tooLarge", details: { maxBytes: 64 * 1024 } });
      expect(error.status).toBe(413);
      await expectUnchanged();
    });

    it("an area larger than the cap is refused before asking Overpass", async () => {
      const asked = overpass.queries.length;
      const error = await importError(
        importOsmLayer(database.db, { projectId, userId, boundingBox: [9.5, 62.5, 11.5, 63.8] }, { endpoint: `${overpass.url}/api/interpreter` }),
      );
      expect(error.problem.code).toBe("areaTooLarge");
      expect(overpass.queries.length).toBe(asked);
      await expectUnchanged();
    });
  });
});
