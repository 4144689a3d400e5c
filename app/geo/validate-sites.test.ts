import type { Feature, FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { GeoJsonInputError, validateSites } from "./validate-sites";

const collection = (features: Feature[]): FeatureCollection => ({ type: "FeatureCollection", features });
const site = (properties: Record<string, unknown> | null, geometry: Feature["geometry"]): Feature => ({ type: "Feature", properties, geometry });

describe("validateSites", () => {
  it("requires a name and a Point or Polygon", () => {
    const valid = collection([site({ name: "A" }, { type: "Point", coordinates: [10.4, 63.4] })]);
    expect(validateSites(valid, "s")).toEqual([{ name: "A", geometry: { type: "Point", coordinates: [10.4, 63.4] } }]);
    const unnamed = collection([site({}, { type: "Point", coordinates: [10.4, 63.4] })]);
    expect(() => validateSites(unnamed, "s")).toThrow(/needs a "name"/);
    const line = collection([site({ name: "L" }, { type: "LineString", coordinates: [[10.4, 63.4], [10.5, 63.4]] })]);
    expect(() => validateSites(line, "s")).toThrow(/unsupported geometry LineString/);
  });

  it("refuses an empty list of sites", () => {
    expect(() => validateSites(collection([]), "s")).toThrow(GeoJsonInputError);
  });
});
