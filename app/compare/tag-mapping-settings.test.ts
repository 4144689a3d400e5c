import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { classifyFeatures } from "../geo/classify-features";
import { defaultTagMapping } from "../geo/tag-mapping";
import { maxTagMappingOverrideCharacters } from "../geo/tag-mapping-override";
import { tagMappingKey } from "../documents/assessment-settings-schema";
import { settingsMap } from "../documents/plan-document";
import { resetProjectSettings, writeProjectSettings } from "./project-settings";
import { readTagMappingSetting, writeTagMappingSetting } from "./tag-mapping-settings";
import { defaultConfig, mergeConfig } from "../geo/default-config";
import type { FeatureCollection } from "geojson";

const supermarketsOnly = JSON.stringify({ destinations: { grocery: [{ tags: { shop: "supermarket" }, tier: 1 }] } });

const shops: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    { type: "Feature", properties: { shop: "supermarket", name: "Storbutikken" }, geometry: { type: "Point", coordinates: [10.4, 63.42] } },
    { type: "Feature", properties: { shop: "convenience", name: "Kiosken" }, geometry: { type: "Point", coordinates: [10.401, 63.42] } },
  ],
};

const groceryNames = (mapping = defaultTagMapping) => classifyFeatures(shops, mapping).destinations.filter((destination) => destination.category === "grocery").map((destination) => destination.name);

describe("the project's tag mapping in the plan document", () => {
  it("uses the default until a planner stores an override, which then decides what counts", () => {
    const doc = new Y.Doc();
    expect(readTagMappingSetting(settingsMap(doc))).toBeNull();
    expect(groceryNames()).toEqual(["Storbutikken", "Kiosken"]);
    expect(writeTagMappingSetting(doc, supermarketsOnly)).toEqual({ ok: true });
    const stored = readTagMappingSetting(settingsMap(doc));
    expect(stored?.text).toBe(supermarketsOnly);
    expect(groceryNames(stored?.mapping)).toEqual(["Storbutikken"]);
    // What the override does not name stays the default's.
    expect(stored?.mapping.destinations.busStop).toEqual(defaultTagMapping.destinations.busStop);
  });

  it("reaches another member's copy of the document", () => {
    const planner = new Y.Doc();
    const police = new Y.Doc();
    planner.on("update", (update: Uint8Array) => Y.applyUpdate(police, update));
    writeTagMappingSetting(planner, supermarketsOnly);
    expect(groceryNames(readTagMappingSetting(settingsMap(police))?.mapping)).toEqual(["Storbutikken"]);
  });

  it.each([
    ["not JSON", "{ destinations", "not JSON"],
    ["an unknown field", JSON.stringify({ shops: ["supermarket"] }), "Unrecognized key"],
    ["an unknown category", JSON.stringify({ destinations: { bakery: [] } }), "Unrecognized key"],
    ["a rule without tags", JSON.stringify({ destinations: { grocery: [{ tags: {} }] } }), "destinations.grocery.0.tags"],
    ["text far too long", JSON.stringify({ walkingHighways: Array.from({ length: 3000 }, (_, index) => `way${index}`) }), `longer than ${maxTagMappingOverrideCharacters}`],
  ])("refuses %s with a message and keeps the stored mapping", (_case, text, message) => {
    const doc = new Y.Doc();
    writeTagMappingSetting(doc, supermarketsOnly);
    const result = writeTagMappingSetting(doc, text);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toContain(message);
    expect(settingsMap(doc).get(tagMappingKey)).toBe(supermarketsOnly);
  });

  it("goes back to the default with an empty text, and ignores an unreadable stored value", () => {
    const doc = new Y.Doc();
    writeTagMappingSetting(doc, supermarketsOnly);
    writeTagMappingSetting(doc, "   ");
    expect(readTagMappingSetting(settingsMap(doc))).toBeNull();
    settingsMap(doc).set(tagMappingKey, "{ broken");
    expect(readTagMappingSetting(settingsMap(doc))).toBeNull();
  });

  it("survives the thresholds' reset and a save of the thresholds form", () => {
    const doc = new Y.Doc();
    writeTagMappingSetting(doc, supermarketsOnly);
    writeProjectSettings(doc, mergeConfig(defaultConfig, { walkingMetersPerMinute: 70 }));
    resetProjectSettings(doc);
    expect(readTagMappingSetting(settingsMap(doc))?.text).toBe(supermarketsOnly);
    expect(settingsMap(doc).get("walkingMetersPerMinute")).toBeUndefined();
  });
});
