import { describe, expect, it } from "vitest";
import { baseMaps } from "./base-maps";
import { baseMapsFromEnvironment } from "./base-maps.server";

describe("base maps from the environment", () => {
  it("uses the providers' standard URLs by default, with their attribution", () => {
    const maps = baseMapsFromEnvironment({});
    expect(maps.map((map) => map.url)).toEqual(baseMaps.map((map) => map.url));
    expect(maps[0].attribution).toContain("OpenStreetMap contributors");
    expect(maps[1].attribution).toContain("Kartverket");
  });

  it("takes a configured tile URL and keeps the attribution", () => {
    const maps = baseMapsFromEnvironment({ TOPO_TILE_URL: "https://kart.example.kommune.no/topo/{z}/{y}/{x}.png" });
    expect(maps[1]).toMatchObject({ id: "topo", url: "https://kart.example.kommune.no/topo/{z}/{y}/{x}.png" });
    expect(maps[1].attribution).toContain("Kartverket");
  });

  it("ignores malformed URLs (no placeholders, not http, script)", () => {
    for (const value of ["https://example.com/tiles.png", "javascript:alert(1)//{z}{x}{y}", "ftp://x/{z}/{x}/{y}"]) {
      expect(baseMapsFromEnvironment({ OSM_TILE_URL: value })[0].url).toBe(baseMaps[0].url);
    }
  });
});
