import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { InvalidRecordError } from "../documents/invalid-record-error";
import { addSite, createSiteUndoManager, listSites, readSites, removeSite, siteFieldProblems, updateSite } from "./site-document";

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

  it("hole 2: skips and counts sites that would break the map (empty or string coordinates, an array for a map), never throws", () => {
    const doc = new Y.Doc();
    addSite(doc, { name: "Tomt A", status: "candidate", notes: "", geometry: point(10.4, 63.42) });
    const broken = (geometry: unknown) => {
      const entry = new Y.Map<unknown>();
      entry.set("name", "Broken");
      entry.set("status", "candidate");
      entry.set("notes", "");
      entry.set("geometry", geometry);
      return entry;
    };
    doc.getMap("sites").set("empty", broken({ type: "Point", coordinates: [] }));
    doc.getMap("sites").set("strings", broken({ type: "Point", coordinates: ["10.4", "63.42"] }));
    doc.getMap("sites").set("array", new Y.Array());
    expect(readSites(doc)).toMatchObject({ records: [{ name: "Tomt A" }], skipped: 3 });
  });

  it("refuses to write a site the server would refuse, and writes nothing", () => {
    const doc = new Y.Doc();
    expect(() => addSite(doc, { name: "x".repeat(81), status: "candidate", notes: "", geometry: point(10.4, 63.42) })).toThrow(InvalidRecordError);
    const id = addSite(doc, { name: "Tomt", status: "candidate", notes: "", geometry: point(10.4, 63.42) });
    expect(() => updateSite(doc, id, { geometry: { type: "Point", coordinates: [] } })).toThrow(InvalidRecordError);
    expect(listSites(doc)[0].geometry).toEqual(point(10.4, 63.42));
  });
});

describe("undo of one member's own site edits", () => {
  /** Two planners' documents, kept in sync both ways like the sync server does. */
  function connectedPair() {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== "remote") Y.applyUpdate(b, update, "remote");
    });
    b.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== "remote") Y.applyUpdate(a, update, "remote");
    });
    return { a, b };
  }

  it("undoes my move but keeps the other planner's rename of the same site", () => {
    const { a, b } = connectedPair();
    const mine = { member: "kari" };
    const history = createSiteUndoManager(a, mine);
    const id = addSite(a, { name: "Tomt", status: "candidate", notes: "", geometry: point(10.4, 63.42) });
    updateSite(a, id, { geometry: point(10.5, 63.5) }, mine);
    updateSite(b, id, { name: "Tomt ved skolen", status: "shortlisted" }, { member: "jonas" });
    history.undo();
    for (const doc of [a, b]) expect(listSites(doc)[0]).toMatchObject({ name: "Tomt ved skolen", status: "shortlisted", geometry: point(10.4, 63.42) });
    history.redo();
    for (const doc of [a, b]) expect(listSites(doc)[0]).toMatchObject({ name: "Tomt ved skolen", geometry: point(10.5, 63.5) });
  });

  it("never undoes a site someone else added", () => {
    const { a, b } = connectedPair();
    const history = createSiteUndoManager(a, { member: "kari" });
    addSite(b, { name: "Jonas' tomt", status: "candidate", notes: "", geometry: point(10.4, 63.42) }, "j1", { member: "jonas" });
    expect(history.canUndo()).toBe(false);
    history.undo();
    expect(listSites(a).map((site) => site.name)).toEqual(["Jonas' tomt"]);
  });

  it("undoes my adding and my deleting of a site, and brings its fields back", () => {
    const { a, b } = connectedPair();
    const mine = { member: "kari" };
    const history = createSiteUndoManager(a, mine);
    const id = addSite(a, { name: "Ny tomt", status: "candidate", notes: "Flat", geometry: point(10.4, 63.42) }, undefined, mine);
    history.stopCapturing();
    updateSite(a, id, { status: "rejected", notes: "For bratt" }, mine);
    history.stopCapturing();
    removeSite(a, id, mine);
    expect(listSites(b)).toEqual([]);
    history.undo();
    expect(listSites(b)[0]).toMatchObject({ id, name: "Ny tomt", status: "rejected", notes: "For bratt" });
    history.undo();
    expect(listSites(b)[0]).toMatchObject({ status: "candidate", notes: "Flat" });
    history.undo();
    expect(listSites(b)).toEqual([]);
  });

  it("keeps the frames of one drag as one step, and two drags as two", () => {
    const doc = new Y.Doc();
    const mine = { member: "kari" };
    const history = createSiteUndoManager(doc, mine);
    const id = addSite(doc, { name: "Tomt", status: "candidate", notes: "", geometry: point(10.4, 63.42) });
    for (let frame = 1; frame <= 5; frame += 1) updateSite(doc, id, { geometry: point(10.4 + frame / 1000, 63.42) }, mine);
    history.stopCapturing();
    for (let frame = 1; frame <= 5; frame += 1) updateSite(doc, id, { geometry: point(10.4 + 5 / 1000, 63.42 + frame / 1000) }, mine);
    history.undo();
    expect(listSites(doc)[0].geometry).toEqual(point(10.4 + 5 / 1000, 63.42));
    history.undo();
    expect(listSites(doc)[0].geometry).toEqual(point(10.4, 63.42));
  });
});

describe("siteFieldProblems", () => {
  it("wants a name of at most 80 characters and notes of at most 2000", () => {
    expect(siteFieldProblems({ name: "Tomt ved skolen", notes: "" })).toEqual({});
    expect(siteFieldProblems({ name: "   ", notes: "" })).toEqual({ name: "nameMissing" });
    expect(siteFieldProblems({ name: "x".repeat(81), notes: "y".repeat(2001) })).toEqual({ name: "nameTooLong", notes: "notesTooLong" });
  });
});
