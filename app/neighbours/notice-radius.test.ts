/**
 * The notice radius against a street drawn in metres (fixtures/radius-street.geojson, a site at
 * lon 10.97, lat 59.95): next-door and across-the-road houses count, a long building counts by its
 * nearest wall, an address given twice counts once, a building without an address counts as a
 * building, and `building=no` does not count.
 */
import type { FeatureCollection, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { METERS_PER_DEGREE } from "../geo/metres-between";
import street from "./fixtures/radius-street.geojson?raw";
import { neighboursWithin } from "./notice-radius";

const features = (JSON.parse(street) as FeatureCollection).features;
const site = { type: "Point" as const, coordinates: [10.97, 59.95] };

describe("neighboursWithin", () => {
  it("counts neighbours on both sides of the road within 50 m, nearest first", () => {
    const found = neighboursWithin({ site, radiusMetres: 50, features });
    expect(found.addresses.map((entry) => [entry.address, entry.distanceMetres])).toEqual([
      ["Eikelundveien 10", 20],
      ["Granveien 2", 30],
      ["Eikelundveien 11", 35],
      ["Eikelundveien 13", 45],
    ]);
    expect(found.addresses[0]).toMatchObject({ postcode: "1234", city: "Eikelund" });
    expect(found.buildingCount).toBe(4);
    expect(found.buildingsWithoutAddress).toBe(1);
  });

  it("leaves out what lies beyond a smaller radius, and takes it in with a larger one", () => {
    expect(neighboursWithin({ site, radiusMetres: 25, features }).addresses.map((entry) => entry.address)).toEqual(["Eikelundveien 10"]);
    expect(neighboursWithin({ site, radiusMetres: 80, features }).addresses.map((entry) => entry.address)).toContain("Granveien 8");
  });

  it("measures from the outline of a site that is an area", () => {
    const east = METERS_PER_DEGREE * Math.cos((59.95 * Math.PI) / 180);
    const lon = (x: number) => 10.97 + x / east;
    const lat = (y: number) => 59.95 + y / METERS_PER_DEGREE;
    // A plot 30 m wide from x = -15 to x = 15: the house across the road (wall at x = 35) is 20 m from its edge.
    const area: Polygon = { type: "Polygon", coordinates: [[[lon(-15), lat(-15)], [lon(15), lat(-15)], [lon(15), lat(15)], [lon(-15), lat(15)], [lon(-15), lat(-15)]]] };
    const found = neighboursWithin({ site: area, radiusMetres: 25, features });
    expect(found.addresses.map((entry) => [entry.address, entry.distanceMetres])).toEqual([
      ["Eikelundveien 10", 5],
      ["Granveien 2", 15],
      ["Eikelundveien 11", 20],
    ]);
    expect(found.sketch.outline).toHaveLength(5);
  });

  it("finds nothing in map data without buildings or addresses", () => {
    const roadsOnly = features.filter((feature) => feature.properties?.highway);
    expect(neighboursWithin({ site, radiusMetres: 50, features: roadsOnly })).toMatchObject({ buildingCount: 0, addresses: [] });
  });
});
