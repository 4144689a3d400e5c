/**
 * Fixture tests: each folder under fixtures/ holds in.geojson (OSM features), sites.geojson and
 * optionally config.json and concern.geojson; out.json is the command line's JSON and out.geojson
 * the routes and crossings to look at on a map. `REGEN=1 npx vitest run app/geo` rewrites them.
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixturesDirectory, readJson, runFixture } from "./test-support/run-fixture";

describe("fixtures", () => {
  for (const name of readdirSync(fixturesDirectory).filter((entry) => existsSync(join(fixturesDirectory, entry, "in.geojson")))) {
    it(`${name} matches out.json and out.geojson`, () => {
      const { json, geojson } = runFixture(name);
      const directory = join(fixturesDirectory, name);
      if (process.env.REGEN) {
        writeFileSync(join(directory, "out.json"), JSON.stringify(json, null, 2) + "\n");
        writeFileSync(join(directory, "out.geojson"), JSON.stringify(geojson, null, 1) + "\n");
      }
      expect(json).toEqual(readJson(join(directory, "out.json")));
      expect(geojson).toEqual(readJson(join(directory, "out.geojson")));
    });
  }
});
