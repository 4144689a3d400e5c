import { describe, expect, it } from "vitest";
import { GeoJsonInputError, validateFeatureCollection, validateSites } from "./validate-geojson";

const collection = (features: unknown[], extra: Record<string, unknown> = {}) => ({ type: "FeatureCollection", features, ...extra });
const site = (properties: Record<string, unknown> | null, geometry: unknown) => ({ type: "Feature", properties, geometry });

describe("validateFeatureCollection", () => {
  it("rejects non-GeoJSON, other CRSs and projected coordinates with a clear message", () => {
    expect(() => validateFeatureCollection([1, 2], "a.geojson")).toThrow(/not a GeoJSON FeatureCollection/);
    expect(() => validateFeatureCollection(collection([], { crs: { type: "name", properties: { name: "EPSG:25833" } } }), "a.geojson")).toThrow(/EPSG:25833.*WGS84/);
    expect(() => validateFeatureCollection(collection([site({}, { type: "Point", coordinates: [569000, 7034000] })]), "a.geojson")).toThrow(/outside longitude\/latitude range/);
    expect(() => validateFeatureCollection(collection([{ type: "Nope" }]), "a.geojson")).toThrow(GeoJsonInputError);
  });

  it("accepts WGS84 with an explicit CRS84", () => {
    const value = collection([site({}, { type: "Point", coordinates: [10.4, 63.4] })], { crs: { type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } } });
    expect(validateFeatureCollection(value, "a.geojson").features).toHaveLength(1);
  });
});

describe("validateSites", () => {
  it("requires a name and a Point or Polygon", () => {
    const valid = validateFeatureCollection(collection([site({ name: "A" }, { type: "Point", coordinates: [10.4, 63.4] })]), "s");
    expect(validateSites(valid, "s")).toEqual([{ name: "A", geometry: { type: "Point", coordinates: [10.4, 63.4] } }]);
    const unnamed = validateFeatureCollection(collection([site({}, { type: "Point", coordinates: [10.4, 63.4] })]), "s");
    expect(() => validateSites(unnamed, "s")).toThrow(/needs a "name"/);
    const line = validateFeatureCollection(collection([site({ name: "L" }, { type: "LineString", coordinates: [[10.4, 63.4], [10.5, 63.4]] })]), "s");
    expect(() => validateSites(line, "s")).toThrow(/unsupported geometry LineString/);
  });
});
