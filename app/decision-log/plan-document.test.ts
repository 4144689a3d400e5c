import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { InvalidRecordError } from "../documents/invalid-record-error";
import { addDecision, listDecisions, readDecisions, readPhase, setPhase, updateDecision } from "./plan-document";

const sample = { date: "2026-10-22", phase: "political" as const, decision: "Finn tomt", decidedBy: "Kommunestyret", basis: "Sak 41/26" };

function syncBoth(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe("plan document", () => {
  it("starts in the needs phase and keeps the phase set", () => {
    const doc = new Y.Doc();
    expect(readPhase(doc)).toBe("needs");
    setPhase(doc, "consultation");
    expect(readPhase(doc)).toBe("consultation");
  });

  it("lists decisions newest first, unstamped until the server stamps them", () => {
    const doc = new Y.Doc();
    addDecision(doc, { ...sample, date: "2026-01-01", decision: "Eldst" });
    addDecision(doc, sample);
    const listed = listDecisions(doc);
    expect(listed.map((decision) => decision.decision)).toEqual(["Finn tomt", "Eldst"]);
    expect(listed[0].recordedBy).toBeNull();
  });

  it("merges two planners' edits to different fields of one entry", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addDecision(a, sample);
    syncBoth(a, b);
    updateDecision(a, id, { ...sample, basis: "Sak 42/26" });
    updateDecision(b, id, { ...sample, decidedBy: "Formannskapet" });
    syncBoth(a, b);
    for (const doc of [a, b]) {
      expect(listDecisions(doc)[0]).toMatchObject({ basis: "Sak 42/26", decidedBy: "Formannskapet" });
    }
  });

  it("ignores values of the wrong type instead of showing them", () => {
    const doc = new Y.Doc();
    const id = addDecision(doc, sample);
    addDecision(doc, { ...sample, decision: "Gyldig" });
    doc.getMap<Y.Map<unknown>>("decisions").get(id)?.set("phase", "not-a-phase");
    doc.getMap("project").set("phase", 42);
    // Since issue 7 a record that fails the schema is skipped whole and counted (it used to show as "needs").
    expect(listDecisions(doc).map((decision) => decision.phase)).not.toContain("not-a-phase");
    expect(readDecisions(doc)).toMatchObject({ records: [{ decision: "Gyldig" }], skipped: 1 });
    expect(readPhase(doc)).toBe("needs");
  });

  it("hole 2: skips decisions whose fields are numbers, or that are not maps, and never throws", () => {
    const doc = new Y.Doc();
    addDecision(doc, sample);
    const numbers = new Y.Map<unknown>();
    for (const field of ["date", "phase", "decision", "decidedBy", "basis"]) numbers.set(field, 7);
    doc.getMap("decisions").set("numbers", numbers);
    doc.getMap("decisions").set("array", new Y.Array());
    doc.getMap("decisions").set("text", "a decision");
    expect(readDecisions(doc)).toMatchObject({ records: [{ decision: "Finn tomt" }], skipped: 3 });
  });

  it("refuses to write a decision the server would refuse, and writes nothing", () => {
    const doc = new Y.Doc();
    expect(() => addDecision(doc, { ...sample, date: "22.10.2026" })).toThrow(InvalidRecordError);
    expect(doc.getMap("decisions").size).toBe(0);
  });
});
