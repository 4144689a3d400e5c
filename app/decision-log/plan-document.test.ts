import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addDecision, listDecisions, readPhase, setPhase, updateDecision } from "./plan-document";

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
    doc.getMap<Y.Map<unknown>>("decisions").get(id)?.set("phase", "not-a-phase");
    doc.getMap("project").set("phase", 42);
    expect(listDecisions(doc)[0].phase).toBe("needs");
    expect(readPhase(doc)).toBe("needs");
  });
});
