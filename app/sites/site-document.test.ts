import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addSite, listSites, removeSite, updateSite } from "./site-document";

const point = (lon: number, lat: number) => ({ type: "Point" as const, coordinates: [lon, lat] });

describe("sites in the plan document", () => {
  it("adds, moves, renames and removes sites", () => {
    const doc = new Y.Doc();
    const id = addSite(doc, { name: "Tomt B", status: "candidate", notes: "", geometry: point(10.4, 63.42) });
    addSite(doc, { name: "Tomt A", status: "shortlisted", notes: "Nær buss", geometry: point(10.41, 63.42) });
    expect(listSites(doc).map((site) => site.name)).toEqual(["Tomt A", "Tomt B"]);
    updateSite(doc, id, { geometry: point(10.42, 63.43), status: "chosen" });
    expect(listSites(doc).find((site) => site.id === id)).toMatchObject({ status: "chosen", geometry: point(10.42, 63.43) });
    removeSite(doc, id);
    expect(listSites(doc)).toHaveLength(1);
  });

  it("merges a move and a rename made at the same time by two planners", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addSite(a, { name: "Tomt", status: "candidate", notes: "", geometry: point(10.4, 63.42) });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateSite(a, id, { geometry: point(10.5, 63.5) });
    updateSite(b, id, { name: "Tomt ved skolen" });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b]) expect(listSites(doc)[0]).toMatchObject({ name: "Tomt ved skolen", geometry: point(10.5, 63.5) });
  });

  it("skips entries without a usable geometry", () => {
    const doc = new Y.Doc();
    const entry = new Y.Map<unknown>();
    entry.set("name", "Broken");
    entry.set("geometry", { type: "LineString", coordinates: [] });
    doc.getMap("sites").set("x", entry);
    expect(listSites(doc)).toEqual([]);
  });
});
