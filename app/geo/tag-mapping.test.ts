import { describe, expect, it } from "vitest";
import { classifyFeatures } from "./classify-features";
import { barrierKind, defaultTagMapping, destinationCategory, isWalkable, readTags, supportedHomes } from "./tag-mapping";
import { toLonLat } from "./test-support/random-network";

const mapping = defaultTagMapping;

describe("tag mapping", () => {
  it("reads tags flat or nested under properties.tags", () => {
    expect(readTags({ id: "way/1", tags: { highway: "footway" } }).highway).toBe("footway");
    expect(readTags({ highway: "path" }).highway).toBe("path");
  });

  it("decides the walking network", () => {
    expect(isWalkable({ highway: "footway", footway: "crossing" }, mapping)).toBe(true);
    expect(isWalkable({ highway: "residential", foot: "no" }, mapping)).toBe(false);
    expect(isWalkable({ highway: "service", access: "private" }, mapping)).toBe(false);
    expect(isWalkable({ highway: "service", access: "private", foot: "yes" }, mapping)).toBe(true);
    expect(isWalkable({ highway: "motorway" }, mapping)).toBe(false);
    expect(isWalkable({ highway: "trunk", foot: "yes" }, mapping)).toBe(true);
    expect(isWalkable({ railway: "rail" }, mapping)).toBe(false);
  });

  it("decides barriers: not on bridges, in tunnels or out of use", () => {
    expect(barrierKind({ railway: "rail" }, mapping)).toBe("railway");
    expect(barrierKind({ railway: "light_rail", bridge: "viaduct", layer: "1" }, mapping)).toBeNull();
    expect(barrierKind({ railway: "rail", tunnel: "yes" }, mapping)).toBeNull();
    expect(barrierKind({ railway: "rail", disused: "yes" }, mapping)).toBeNull();
    expect(barrierKind({ railway: "abandoned" }, mapping)).toBeNull();
    expect(barrierKind({ highway: "motorway_link" }, mapping)).toBe("motorway");
    expect(barrierKind({ highway: "trunk", tunnel: "building_passage" }, mapping)).toBeNull();
    expect(barrierKind({ highway: "trunk_link" }, mapping)).toBe("trunk");
    expect(barrierKind({ barrier: "wall", wall: "noise_barrier" }, mapping)).toBe("noise_barrier");
    expect(barrierKind({ barrier: "wall" }, mapping)).toBeNull();
  });

  it("decides destinations and tiers; pharmacy includes health services", () => {
    expect(destinationCategory({ shop: "supermarket" }, mapping)).toEqual({ category: "grocery", tier: 1 });
    expect(destinationCategory({ shop: "bakery" }, mapping)).toEqual({ category: "grocery", tier: 2 });
    expect(destinationCategory({ public_transport: "platform", bus: "yes" }, mapping)).toEqual({ category: "busStop", tier: 1 });
    expect(destinationCategory({ public_transport: "platform", tram: "yes" }, mapping)).toBeNull();
    expect(destinationCategory({ healthcare: "clinic" }, mapping)).toEqual({ category: "pharmacy", tier: 2 });
    expect(destinationCategory({ amenity: "fire_station" }, mapping)?.category).toBe("fireStation");
  });

  it("counts supported homes", () => {
    expect(supportedHomes({ supportedHomes: 4 }, mapping)).toBe(4);
    expect(supportedHomes({ social_facility: "supported_housing", homes: "6" }, mapping)).toBe(6);
    expect(supportedHomes({ social_facility: "supported_housing" }, mapping)).toBe(1);
    expect(supportedHomes({ amenity: "school" }, mapping)).toBe(0);
  });

  it("merges bus stops within 30 m with the same or no name, and uses a point inside polygon destinations", () => {
    const point = (properties: Record<string, unknown>, x: number, y: number) => ({ type: "Feature" as const, properties, geometry: { type: "Point" as const, coordinates: toLonLat(x, y) } });
    const classified = classifyFeatures({
      type: "FeatureCollection",
      features: [
        point({ highway: "bus_stop", name: "Torget" }, 0, 0),
        point({ public_transport: "platform", bus: "yes" }, 10, 0),
        point({ highway: "bus_stop", name: "Other" }, 15, 0),
        point({ highway: "bus_stop", name: "Torget" }, 100, 0),
        {
          type: "Feature",
          properties: { tags: { shop: "supermarket", name: "Storbutikken" } },
          geometry: { type: "Polygon", coordinates: [[toLonLat(0, 0), toLonLat(40, 0), toLonLat(40, 40), toLonLat(0, 40), toLonLat(0, 0)]] },
        },
      ],
    });
    const stops = classified.destinations.filter((destination) => destination.category === "busStop");
    expect(stops.map((stop) => stop.name).sort()).toEqual(["Other", "Torget", "Torget"]);
    const shop = classified.destinations.find((destination) => destination.category === "grocery")!;
    expect(shop.name).toBe("Storbutikken");
    expect(shop.lon).toBeGreaterThan(toLonLat(0, 0)[0]);
    expect(shop.lon).toBeLessThan(toLonLat(40, 0)[0]);
  });
});
