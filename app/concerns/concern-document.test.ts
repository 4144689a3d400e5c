import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { parseCorners } from "../sites/site-position";
import { areasMap } from "../documents/concerns-document";
import { addArea, areasAsFeatures, listAreas, readAreas, removeArea, updateArea } from "./concern-document";
import { wordAboutPeople } from "./neutral-words";

describe("the concerns document", () => {
  it("adds, changes, lists (by name) and removes areas, and gives the engine features with a name", () => {
    const doc = new Y.Doc();
    const square = parseCorners("59.951, 10.968\n59.952, 10.968\n59.952, 10.969\n59.951, 10.969");
    if (!square.ok) throw new Error("should parse");
    const second = addArea(doc, { name: "Området ved stasjonen", note: "", geometry: square.polygon });
    addArea(doc, { name: "Ballplassen", note: "Kveldstid", geometry: square.polygon });
    updateArea(doc, second, { note: "Helger" });
    expect(listAreas(doc).map((area) => [area.name, area.note])).toEqual([
      ["Ballplassen", "Kveldstid"],
      ["Området ved stasjonen", "Helger"],
    ]);
    expect(areasAsFeatures(listAreas(doc))[1]).toMatchObject({ type: "Feature", properties: { name: "Området ved stasjonen" }, geometry: square.polygon });
    removeArea(doc, second);
    expect(listAreas(doc)).toHaveLength(1);
  });
});

describe("reading areas that fail the schema", () => {
  it("hole 2: skips and counts an area with a point, an open ring or a number for a name, never throws", () => {
    const doc = new Y.Doc();
    const square = parseCorners("59.951, 10.968\n59.952, 10.968\n59.952, 10.969\n59.951, 10.969");
    if (!square.ok) throw new Error("should parse");
    addArea(doc, { name: "Området ved stasjonen", note: "", geometry: square.polygon });
    const broken = (fields: Record<string, unknown>) => {
      const entry = new Y.Map<unknown>();
      for (const [key, value] of Object.entries({ name: "Broken", note: "", geometry: square.polygon, ...fields })) entry.set(key, value);
      return entry;
    };
    areasMap(doc).set("point", broken({ geometry: { type: "Point", coordinates: [10.9, 59.9] } }));
    areasMap(doc).set("open", broken({ geometry: { type: "Polygon", coordinates: [[[10.9, 59.9], [10.91, 59.9], [10.91, 59.91]]] } }));
    areasMap(doc).set("number", broken({ name: 42 }));
    expect(readAreas(doc)).toMatchObject({ records: [{ name: "Området ved stasjonen" }], skipped: 3 });
  });
});

describe("neutral names for areas", () => {
  it("finds words that label people, inflected too, and leaves place names alone", () => {
    expect(wordAboutPeople("Samlingssted for narkomane")).toBe("narkomane");
    expect(wordAboutPeople("Junkie-parken")).toBe("Junkie");
    expect(wordAboutPeople("Der de kriminelle møtes")).toBe("kriminelle");
    expect(wordAboutPeople("Tyver om natta")).toBe("Tyver");
    expect(wordAboutPeople("Området ved stasjonen")).toBeNull();
    expect(wordAboutPeople("Mange tyverier fra sykkelstativet")).toBeNull();
    expect(wordAboutPeople("Grøntområdet ved Bjørkeveien")).toBeNull();
  });
});
