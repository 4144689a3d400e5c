/**
 * Reference data over real HTTP against the production build, with the app's
 * OVERPASS_URL pointing to a local Overpass-like server: a planner imports
 * (plain JSON and as a progress stream), a resident may read but not import,
 * and bad uploads get a clear 4xx and change nothing.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOverpass, type FakeOverpass } from "../../app/reference-data/testing/fake-overpass-server";
import { demoPassword } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

const fixture = (name: string) => readFileSync(new URL(`../../app/reference-data/fixtures/${name}`, import.meta.url), "utf8");
const sites = JSON.stringify({ type: "Feature", properties: { name: "Tomt A" }, geometry: { type: "Point", coordinates: [10.401, 63.401] } });

describe("reference data over HTTP", () => {
  let overpass: FakeOverpass;
  let app: RunningApp;
  let path: string;
  let planner: string;
  let resident: string;

  beforeAll(async () => {
    overpass = await startFakeOverpass({ slowMs: 4_000 });
    app = await startApp({ seedDemo: true, env: {
        OVERPASS_URL: `${overpass.url}/api/interpreter`,
        OVERPASS_TIMEOUT_MS: "1500",
        REFERENCE_MAX_UPLOAD_BYTES: "200000",
      }, });
    path = `${app.url}/projects/${app.demoProjectId}/reference-data`;
    planner = await sessionCookie("jonas");
    resident = await sessionCookie("mari");
  });
  afterAll(async () => {
    await app?.stop();
    await overpass?.close();
  });

  async function sessionCookie(username: string): Promise<string> {
    const response = await fetch(`${app.url}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ username, password: demoPassword, redirectTo: "/projects" }),
    });
    expect(response.status).toBe(302);
    return (response.headers.get("set-cookie") ?? "").split(";")[0];
  }

  const post = (cookie: string, body: FormData | URLSearchParams, headers: Record<string, string> = {}) =>
    fetch(path, { method: "POST", redirect: "manual", headers: { Origin: app.url, Cookie: cookie, ...headers }, body });

  const layers = async (cookie: string) => {
    const response = await fetch(path, { headers: { Cookie: cookie } });
    expect(response.status).toBe(200);
    return (await response.json()) as { layers: Array<{ id: string; source: string; featureCount: number }>; geojson: { features: unknown[] } };
  };

  it("lets a planner import OpenStreetMap around the sites, and every member read it", async () => {
    const response = await post(planner, new URLSearchParams({ intent: "importOsm", sites }));
    expect(response.status).toBe(201);
    const { layer } = (await response.json()) as { layer: { source: string; featureCount: number } };
    expect(layer).toMatchObject({ source: "osm", featureCount: 18 });
    expect(overpass.queries.at(-1)).toContain("[bbox:63.387");

    const read = await layers(resident);
    expect(read.layers).toHaveLength(1);
    expect(read.geojson.features).toHaveLength(18);
  });

  it("streams progress lines and ends with the stored layer", async () => {
    const response = await post(planner, new URLSearchParams({ intent: "importOsm", bbox: "10.39,63.39,10.42,63.41" }), {
      Accept: "application/x-ndjson",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { type: string; phase?: string });
    expect(lines[0]).toMatchObject({ type: "progress", phase: "planned" });
    expect(lines.some((line) => line.phase === "downloading")).toBe(true);
    expect(lines.at(-1)).toMatchObject({ type: "done", layer: { source: "osm", featureCount: 18 } });
    // Still one OSM layer: the new import replaced the old.
    expect((await layers(planner)).layers.filter((layer) => layer.source === "osm")).toHaveLength(1);
  });

  it("delivers the first progress line before Overpass answers (nothing holds the stream back), then the time-out as an error line", async () => {
    const osmLayersBefore = (await layers(planner)).layers.filter((layer) => layer.source === "osm").length;
    overpass.answerAs("/slow");
    try {
      const started = Date.now();
      const response = await post(planner, new URLSearchParams({ intent: "importOsm", sites }), { Accept: "application/x-ndjson" });
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      const first = await reader.read();
      const firstAfter = Date.now() - started;
      let text = decoder.decode(first.value, { stream: true });
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value, { stream: true });
      // OVERPASS_TIMEOUT_MS is 1500: the first line came well before the import ended.
      expect(firstAfter).toBeLessThan(1_000);
      expect(JSON.parse(text.split("\n")[0])).toMatchObject({ type: "progress", phase: "planned" });
      const last = JSON.parse(text.trim().split("\n").at(-1)!) as { type: string; status: number; error: { code: string } };
      expect(last).toMatchObject({ type: "error", status: 504, error: { code: "timeout" } });
    } finally {
      overpass.answerAs(null);
    }
    expect((await layers(planner)).layers.filter((layer) => layer.source === "osm")).toHaveLength(osmLayersBefore);
  });

  it("refuses an import by a resident with 403 and stores nothing", async () => {
    const before = overpass.queries.length;
    const response = await post(resident, new URLSearchParams({ intent: "importOsm", sites }));
    expect(response.status).toBe(403);
    expect(overpass.queries.length).toBe(before);
    const upload = new FormData();
    upload.set("intent", "upload");
    upload.set("geojson", fixture("valid-upload.geojson"));
    expect((await post(resident, upload)).status).toBe(403);
    expect((await layers(planner)).layers).toHaveLength(1);
  });

  it("answers a bad CRS, broken geometry, non-GeoJSON and a huge file with a clear 4xx and changes nothing", async () => {
    const cases: Array<[string, Blob, number, string]> = [
      ["wrong-crs.geojson", new Blob([fixture("wrong-crs.geojson")]), 422, "wrongCrs"],
      ["projected-utm33.geojson", new Blob([fixture("projected-utm33.geojson")]), 422, "projectedCoordinates"],
      ["broken-ring.geojson", new Blob([fixture("broken-ring.geojson")]), 422, "invalidGeometry"],
      ["not-json.txt", new Blob([fixture("not-json.txt")]), 422, "notJson"],
      ["huge.geojson", new Blob(["x".repeat(400_000)]), 413, "tooLarge"],
    ];
    for (const [name, blob, status, code] of cases) {
      const form = new FormData();
      form.set("intent", "upload");
      form.set("file", blob, name);
      const response = await post(planner, form);
      expect(response.status, name).toBe(status);
      const body = (await response.json()) as { error: { code: string; message: string; messageEn: string } };
      expect(body.error.code, name).toBe(code);
      expect(body.error.message.length, name).toBeGreaterThan(10);
    }
    expect((await layers(planner)).layers).toHaveLength(1);
  });

  it("stores a valid upload beside the import, and deletes it again", async () => {
    const form = new FormData();
    form.set("intent", "upload");
    form.set("file", new Blob([fixture("valid-upload.geojson")], { type: "application/geo+json" }), "egne-punkter.geojson");
    const response = await post(planner, form);
    expect(response.status).toBe(201);
    const { layer } = (await response.json()) as { layer: { id: string; name: string; featureCount: number } };
    expect(layer).toMatchObject({ name: "egne-punkter.geojson", featureCount: 3 });
    expect((await layers(resident)).geojson.features).toHaveLength(21);

    const deleted = await post(planner, new URLSearchParams({ intent: "delete", layerId: layer.id }));
    expect(deleted.status).toBe(200);
    expect((await layers(planner)).layers).toHaveLength(1);
    const again = await post(planner, new URLSearchParams({ intent: "delete", layerId: layer.id }));
    expect(again.status).toBe(404);
    expect((await post(planner, new URLSearchParams({ intent: "dance" }))).status).toBe(400);
  });

  it("reports a failing, busy or slow Overpass server as 502/504 and keeps the previous import", async () => {
    const expectations: Array<[string, number, string]> = [
      ["/fail-500", 502, "overpassError"],
      ["/busy-429", 502, "overpassBusy"],
      ["/slow", 504, "timeout"],
    ];
    try {
      for (const [mode, status, code] of expectations) {
        overpass.answerAs(mode);
        const response = await post(planner, new URLSearchParams({ intent: "importOsm", sites }));
        expect(response.status, mode).toBe(status);
        expect(((await response.json()) as { error: { code: string } }).error.code, mode).toBe(code);
      }
    } finally {
      overpass.answerAs(null);
    }
    expect((await layers(planner)).layers).toHaveLength(1);
  });

  it("refuses an area larger than the cap before asking Overpass", async () => {
    const before = overpass.queries.length;
    const tooBig = await post(planner, new URLSearchParams({ intent: "importOsm", bbox: "9.5,62.5,11.5,63.8" }));
    expect(tooBig.status).toBe(422);
    expect(((await tooBig.json()) as { error: { code: string } }).error.code).toBe("areaTooLarge");
    expect(overpass.queries.length).toBe(before);
    expect((await layers(planner)).layers).toHaveLength(1);
  });
});
