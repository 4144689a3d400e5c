import type { Feature } from "geojson";
import { describe, expect, it } from "vitest";
import { boundingBoxAreaSquareKilometres } from "./bounding-box";
import { buildOverpassQuery, planImportArea } from "./overpass-query";

const site = (longitude: number, latitude: number): Feature => ({
  type: "Feature",
  properties: { name: "Tomt" },
  geometry: { type: "Point", coordinates: [longitude, latitude] },
});

describe("buildOverpassQuery", () => {
  const query = buildOverpassQuery({ boundingBox: [10.39, 63.39, 10.42, 63.41], timeoutSeconds: 60 });

  it("asks for JSON within the box in Overpass order (south, west, north, east)", () => {
    expect(query.startsWith("[out:json][timeout:60]")).toBe(true);
    expect(query).toContain("[bbox:63.39,10.39,63.41,10.42]");
    expect(query.trimEnd().endsWith("out body;\n>;\nout skel qt;")).toBe(true);
  });

  it("fetches the walking network, barriers and everyday destinations", () => {
    for (const part of [
      'way["highway"]',
      'node["highway"="crossing"]',
      'way["railway"~"^(rail|',
      'way["highway"~"^(motorway|motorway_link|trunk|trunk_link)$"]',
      "noise_barrier",
      "supermarket",
      "convenience",
      'node["highway"="bus_stop"]',
      'nwr["public_transport"="platform"]',
      "pharmacy|doctors|clinic",
      "school|kindergarten|fire_station|police",
      'nwr["social_facility"]',
    ]) {
      expect(query).toContain(part);
    }
  });
});

describe("planImportArea", () => {
  it("grows the sites' box by the margin on every side", () => {
    const plan = planImportArea({ sites: [site(10.4, 63.4), site(10.41, 63.405)], options: { marginMetres: 1000 } });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const [west, south, east, north] = plan.boundingBox;
    expect(south).toBeCloseTo(63.4 - 1000 / 111_320, 6);
    expect(north).toBeCloseTo(63.405 + 1000 / 111_320, 6);
    expect(west).toBeLessThan(10.4 - 0.02);
    expect(east).toBeGreaterThan(10.41 + 0.02);
    // About (0.5 km + 2 km) × (0.55 km + 2 km).
    expect(plan.areaSquareKilometres).toBeGreaterThan(5.5);
    expect(plan.areaSquareKilometres).toBeLessThan(7.5);
  });

  it("takes a given box as it is", () => {
    const plan = planImportArea({ boundingBox: [10.39, 63.39, 10.42, 63.41] });
    expect(plan).toMatchObject({ ok: true, boundingBox: [10.39, 63.39, 10.42, 63.41] });
  });

  it("refuses an area larger than the cap, so nobody downloads a county", () => {
    const county: [number, number, number, number] = [9.5, 62.5, 11.5, 63.8];
    expect(boundingBoxAreaSquareKilometres(county)).toBeGreaterThan(10_000);
    const plan = planImportArea({ boundingBox: county });
    expect(plan).toMatchObject({ ok: false, error: { code: "areaTooLarge" } });
    const sitesFarApart = planImportArea({ sites: [site(10.4, 63.4), site(10.9, 63.6)] });
    expect(sitesFarApart).toMatchObject({ ok: false, error: { code: "areaTooLarge" } });
  });

  it("refuses a malformed box and a request without sites", () => {
    expect(planImportArea({ boundingBox: [10.42, 63.39, 10.39, 63.41] })).toMatchObject({ ok: false, error: { code: "invalidArea" } });
    expect(planImportArea({ boundingBox: ["10", 63, 10.5, 63.5] })).toMatchObject({ ok: false, error: { code: "invalidArea" } });
    expect(planImportArea({ sites: [] })).toMatchObject({ ok: false, error: { code: "invalidArea" } });
  });
});
