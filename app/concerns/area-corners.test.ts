import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { cornersText, parseCorners } from "./area-corners";
import { addArea, areasAsFeatures, listAreas, removeArea, updateArea } from "./concern-document";
import { wordAboutPeople } from "./neutral-words";

describe("typed corners of an area", () => {
  it("reads one 'lat, lon' per line into a closed polygon (lon first, as GeoJSON)", () => {
    const result = parseCorners("59.951, 10.968\n59.952, 10.969\n\n59.951, 10.970\n");
    expect(result).toEqual({
      ok: true,
      polygon: { type: "Polygon", coordinates: [[[10.968, 59.951], [10.969, 59.952], [10.97, 59.951], [10.968, 59.951]]] },
    });
  });

  it("reads a decimal comma with a semicolon between, and a repeated first corner", () => {
    const result = parseCorners("59,951; 10,968\n59,952; 10,969\n59,951; 10,970\n59,951; 10,968");
    expect(result.ok && result.polygon.coordinates[0]).toHaveLength(4);
  });

  it("says which line it cannot read or is out of range", () => {
    expect(parseCorners("59.951, 10.968\nnear the station\n59.951, 10.970")).toEqual({ ok: false, problem: { kind: "unreadable", line: 2 } });
    expect(parseCorners("59.951, 10.968\n59.952, 10.969\n95, 10.970")).toEqual({ ok: false, problem: { kind: "outOfRange", line: 3 } });
  });

  it("refuses nothing, fewer than three corners and a ring that crosses itself", () => {
    expect(parseCorners("  \n")).toEqual({ ok: false, problem: { kind: "empty" } });
    expect(parseCorners("59.951, 10.968\n59.952, 10.969")).toEqual({ ok: false, problem: { kind: "tooFew" } });
    // A bow tie.
    expect(parseCorners("0, 0\n1, 1\n0, 1\n1, 0")).toEqual({ ok: false, problem: { kind: "crossing" } });
  });

  it("writes a polygon back as the same corners", () => {
    const text = "59.951, 10.968\n59.952, 10.969\n59.951, 10.97";
    const result = parseCorners(text);
    if (!result.ok) throw new Error("should parse");
    expect(cornersText(result.polygon)).toBe(text);
  });
});

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
