import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateGeoJson } from "./validate-geojson";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function problemOf(input: string | Uint8Array, options?: { maxBytes?: number }) {
  const result = validateGeoJson(input, options);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.error;
}

describe("validateGeoJson", () => {
  it("accepts a valid FeatureCollection and keeps its properties", () => {
    const result = validateGeoJson(fixture("valid-upload.geojson"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.features).toHaveLength(3);
    expect(result.features.map((feature) => feature.geometry.type)).toEqual(["Point", "LineString", "Polygon"]);
    expect(result.features[0].properties).toEqual({ name: "Nærbutikken", shop: "convenience" });
  });

  it("accepts bytes, a single Feature and a bare geometry", () => {
    expect(validateGeoJson(new TextEncoder().encode(fixture("valid-upload.geojson"))).ok).toBe(true);
    const feature = validateGeoJson('{"type":"Feature","properties":null,"geometry":{"type":"Point","coordinates":[10.4,63.4]}}');
    expect(feature).toMatchObject({ ok: true, features: [{ properties: {} }] });
    const bare = validateGeoJson('{"type":"LineString","coordinates":[[10.4,63.4],[10.41,63.41]]}');
    expect(bare).toMatchObject({ ok: true, features: [{ type: "Feature", geometry: { type: "LineString" } }] });
  });

  it("accepts a crs member that names WGS84", () => {
    const crs84 = validateGeoJson(
      '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[10.4,63.4]}}]}',
    );
    expect(crs84.ok).toBe(true);
  });

  it("refuses text that is not JSON, saying it is not GeoJSON", () => {
    const problem = problemOf(fixture("not-json.txt"));
    expect(problem.code).toBe("notJson");
    expect(problem.message).toMatch(/ikke GeoJSON/);
    expect(problem.messageEn).toMatch(/not GeoJSON/);
  });

  it("refuses JSON that is not GeoJSON", () => {
    expect(problemOf('{"navn":"Nærbutikken"}').code).toBe("notGeoJson");
    expect(problemOf('{"type":"Topology","objects":{}}').code).toBe("notGeoJson");
    expect(problemOf("[1,2,3]").code).toBe("notGeoJson");
  });

  it("refuses an empty file and an empty collection", () => {
    expect(problemOf("  \n").code).toBe("empty");
    expect(problemOf('{"type":"FeatureCollection","features":[]}').code).toBe("noFeatures");
  });

  it("names a wrong crs member and asks for EPSG:4326", () => {
    const problem = problemOf(fixture("wrong-crs.geojson"));
    expect(problem.code).toBe("wrongCrs");
    expect(problem.message).toContain("EPSG:25833");
    expect(problem.messageEn).toContain("EPSG:4326");
  });

  it("recognises projected coordinates such as UTM zone 33", () => {
    const problem = problemOf(fixture("projected-utm33.geojson"));
    expect(problem.code).toBe("projectedCoordinates");
    expect(problem.message).toContain("EPSG:25833");
    expect(problem.details).toMatchObject({ featureIndex: 0, position: [270315.4, 7041230.8] });
  });

  it("refuses coordinates off the globe, e.g. latitude and longitude swapped past 90", () => {
    const problem = problemOf('{"type":"Point","coordinates":[10.4,163.4]}');
    expect(problem.code).toBe("outOfRange");
  });

  it("refuses a polygon ring that is not closed, naming the feature", () => {
    const problem = problemOf(fixture("broken-ring.geojson"));
    expect(problem.code).toBe("invalidGeometry");
    expect(problem.message).toContain("nr. 2");
    expect(problem.messageEn).toMatch(/not closed/);
    expect(problem.details).toEqual({ featureIndex: 1 });
  });

  it("refuses other broken geometry", () => {
    const feature = (geometry: string) => `{"type":"Feature","properties":{},"geometry":${geometry}}`;
    expect(problemOf(feature('{"type":"LineString","coordinates":[[10.4,63.4]]}')).code).toBe("invalidGeometry");
    expect(problemOf(feature('{"type":"Point","coordinates":["10.4","63.4"]}')).code).toBe("invalidGeometry");
    expect(problemOf(feature('{"type":"Point","coordinates":[10.4]}')).code).toBe("invalidGeometry");
    expect(problemOf(feature("null")).code).toBe("invalidGeometry");
    expect(problemOf(feature('{"type":"Polygon","coordinates":[[[10,63],[10.1,63],[10,63]]]}')).code).toBe("invalidGeometry");
    expect(problemOf(feature('{"type":"Circle","coordinates":[10,63]}')).code).toBe("unsupportedGeometry");
  });

  it("refuses a file over the size limit before reading it", () => {
    const problem = problemOf(fixture("valid-upload.geojson"), { maxBytes: 100 });
    expect(problem.code).toBe("tooLarge");
    expect(problem.details).toMatchObject({ maxBytes: 100 });
  });
  it("hole 7: refuses 50,000-deep properties with 400 and a clear message, without parsing them", () => {
    const deep = `${"[".repeat(50_000)}${"]".repeat(50_000)}`;
    const problem = problemOf(`{"type":"Feature","properties":{"deep":${deep}},"geometry":{"type":"Point","coordinates":[10,63]}}`);
    expect(problem.code).toBe("tooDeep");
    expect(problem.messageEn).toMatch(/more than 64 levels/);
    // Brackets inside strings are text, not nesting.
    const text = JSON.stringify({ type: "Feature", properties: { note: "[".repeat(500) }, geometry: { type: "Point", coordinates: [10, 63] } });
    expect(validateGeoJson(text).ok).toBe(true);
  });

  it("hole 7: refuses a lone surrogate or NUL in properties (PostgreSQL cannot store them)", () => {
    const feature = (properties: string) => `{"type":"Feature","properties":${properties},"geometry":{"type":"Point","coordinates":[10,63]}}`;
    expect(problemOf(feature('{"name":"Tomt \\ud800"}')).code).toBe("invalidText");
    expect(problemOf(feature('{"name":"Tomt \\u0000"}')).code).toBe("invalidText");
    expect(problemOf(feature('{"na\\u0000me":"Tomt"}')).code).toBe("invalidText");
    expect(validateGeoJson(feature('{"note":"Linje 1\\nLinje 2","emoji":"\\ud83c\\udfe0"}')).ok).toBe(true);
  });
});
