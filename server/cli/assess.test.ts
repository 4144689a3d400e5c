import { spawnSync } from "node:child_process";
import { rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const fixture = join(root, "app/geo/fixtures/railway-level-crossing-600m");
const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", join(root, "server/cli/assess.ts"), ...args], { cwd: root, encoding: "utf8" });

describe("npm run assess", () => {
  it("prints the issue's JSON shape", () => {
    const result = run("--osm", join(fixture, "in.geojson"), "--sites", join(fixture, "sites.geojson"));
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as { sites: { name: string; nearest: Record<string, unknown>; shortcuts: unknown[]; neighbourhood: unknown }[] };
    const [site] = output.sites;
    expect(site.name).toBe("Site A");
    expect(site.nearest.busStop).toMatchObject({ name: "Stasjonen", walkMeters: 1400, walkMinutes: 18.7, straightMeters: 200, detourRatio: 7 });
    expect(Object.keys(site.nearest)).toEqual(["grocery", "busStop", "pharmacy", "school", "kindergarten", "fireStation", "police"]);
    expect(site.nearest.pharmacy).toBeNull();
    expect(site.shortcuts).toEqual([expect.objectContaining({ category: "busStop", barrier: "railway", straightMeters: 200, walkMeters: 1400, crossing: [10.4, 63.42] })]);
    expect(site.neighbourhood).toMatchObject({ radiusMeters: 500, supportedHomesWithin: 0 });
  });

  it("prints one CSV row per site", () => {
    const result = run("--osm", join(fixture, "in.geojson"), "--sites", join(fixture, "sites.geojson"), "--format", "csv");
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Site A,Nærbutikken,300,4,300,pass,Stasjonen,1400,18.7,200,fail,/);
  });

  it("uses a tag mapping from --tags: without the railway as a barrier the shortcut is gone", () => {
    const mapping = join(tmpdir(), `assess-tags-${process.pid}.json`);
    // A project that counts only light rail as a barrier: the heavy railway no longer blocks (nor is it walkable).
    writeFileSync(mapping, JSON.stringify({ barriers: { railway: [{ tags: { railway: "light_rail" } }] } }));
    const result = run("--osm", join(fixture, "in.geojson"), "--sites", join(fixture, "sites.geojson"), "--tags", mapping);
    expect(result.status).toBe(0);
    const [site] = (JSON.parse(result.stdout) as { sites: { shortcuts: unknown[] }[] }).sites;
    expect(site.shortcuts).toEqual([]);
    writeFileSync(mapping, JSON.stringify({ destinations: { grocery: [{ tags: {} }] } }));
    const bad = run("--osm", join(fixture, "in.geojson"), "--sites", join(fixture, "sites.geojson"), "--tags", mapping);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--tags: .*destinations\.grocery\.0\.tags: a rule needs at least one tag/);
    writeFileSync(mapping, JSON.stringify({ barriers: { river: [] } }));
    const unknown = run("--osm", join(fixture, "in.geojson"), "--sites", join(fixture, "sites.geojson"), "--tags", mapping);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--tags: .*river/);
    rmSync(mapping);
  });

  it("exits with code 2 and a clear message on bad input", () => {
    const missing = run("--osm", "missing.geojson", "--sites", join(fixture, "sites.geojson"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/file not found: missing.geojson/);
    const notJson = join(tmpdir(), `assess-not-json-${process.pid}.geojson`);
    writeFileSync(notJson, "<osm/>");
    const broken = run("--osm", notJson, "--sites", join(fixture, "sites.geojson"));
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/cannot be read as JSON/);
    const projected = join(tmpdir(), `assess-utm-${process.pid}.geojson`);
    writeFileSync(projected, JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", properties: { name: "A" }, geometry: { type: "Point", coordinates: [569000, 7034000] } }] }));
    const utm = run("--osm", join(fixture, "in.geojson"), "--sites", projected);
    expect(utm.status).toBe(2);
    expect(utm.stderr).toMatch(/EPSG:25833/);
    rmSync(projected);
    const huge = join(tmpdir(), `assess-huge-${process.pid}.geojson`);
    writeFileSync(huge, "");
    truncateSync(huge, 201 * 1024 * 1024); // sparse: takes no disk space
    const tooBig = run("--osm", huge, "--sites", join(fixture, "sites.geojson"));
    expect(tooBig.status).toBe(2);
    expect(tooBig.stderr).toMatch(/limit is 200 MB/);
    rmSync(huge);
    const noName = join(tmpdir(), `assess-no-name-${process.pid}.geojson`);
    writeFileSync(noName, JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [10.4, 63.42] } }] }));
    const unnamed = run("--osm", join(fixture, "in.geojson"), "--sites", noName);
    expect(unnamed.status).toBe(2);
    expect(unnamed.stderr).toMatch(/needs a "name"/);
  });
});
