import { describe, expect, it } from "vitest";
import { sharedDocumentSchemas } from "./index";

const plan = sharedDocumentSchemas.plan;
const concerns = sharedDocumentSchemas.concerns;
const square = { type: "Polygon", coordinates: [[[10.4, 63.42], [10.41, 63.42], [10.41, 63.43], [10.4, 63.42]]] };
const site = { name: "Tomt A", status: "candidate", notes: "", geometry: { type: "Point", coordinates: [10.4, 63.42] } };
const decision = { date: "2026-10-22", phase: "political", decision: "Finn tomt", decidedBy: "Kommunestyret", basis: "Sak 41/26" };

describe("the plan document's schema", () => {
  it("accepts sites as the editor writes them, points and closed polygons", () => {
    expect(plan.checkEntry({ map: "sites", key: "a" }, site)).toBeNull();
    expect(plan.checkEntry({ map: "sites", key: "a" }, { ...site, geometry: square })).toBeNull();
  });

  it("hole 2: refuses a site whose geometry would break the map (empty, strings, out of range, open ring)", () => {
    const broken = [
      { type: "Point", coordinates: [] },
      { type: "Point", coordinates: ["10.4", "63.42"] },
      { type: "Point", coordinates: [Number.NaN, 63] },
      { type: "Point", coordinates: [190, 63] },
      { type: "Point", coordinates: [10, 95] },
      { type: "Polygon", coordinates: [[[10.4, 63.42], [10.41, 63.42], [10.41, 63.43]]] },
      { type: "Polygon", coordinates: [[[10.4, 63.42], [10.41, 63.42], [10.41, 63.43], [10.42, 63.43]]] },
      { type: "Polygon", coordinates: [Array.from({ length: 10_002 }, (_, index) => (index === 0 || index === 10_001 ? [10, 63] : [10 + index / 1e6, 63]))] },
      { type: "LineString", coordinates: [[10, 63], [11, 63]] },
      null,
    ];
    for (const geometry of broken) expect(plan.checkEntry({ map: "sites", key: "a" }, { ...site, geometry }), JSON.stringify(geometry)?.slice(0, 80)).not.toBeNull();
    expect(plan.checkEntry({ map: "sites", key: "a" }, { ...site, name: "x".repeat(81) })).toMatch(/sites\[a\]\.name/);
    expect(plan.checkEntry({ map: "sites", key: "a" }, { ...site, status: "maybe" })).not.toBeNull();
    expect(plan.checkEntry({ map: "sites", key: "a" }, [site])).not.toBeNull();
  });

  it("accepts decisions with and without the server's stamps, and refuses fields of the wrong type", () => {
    const author = { id: "u1", name: "Kari" };
    expect(plan.checkEntry({ map: "decisions", key: "d" }, decision)).toBeNull();
    expect(plan.checkEntry({ map: "decisions", key: "d" }, { ...decision, recordedBy: author, recordedAt: "2026-12-02T10:00:00.000Z", updatedBy: author, updatedAt: "2026-12-02T10:00:00.000Z" })).toBeNull();
    expect(plan.checkEntry({ map: "decisions", key: "d" }, { ...decision, decision: 42 })).not.toBeNull();
    expect(plan.checkEntry({ map: "decisions", key: "d" }, { ...decision, recordedBy: "Kari" })).not.toBeNull();
  });

  it("checks the phase and each setting by key, and refuses maps and keys the document does not have", () => {
    expect(plan.checkEntry({ map: "project", key: "phase" }, "consultation")).toBeNull();
    expect(plan.checkEntry({ map: "project", key: "phase" }, 42)).not.toBeNull();
    expect(plan.checkEntry({ map: "project", key: "colour" }, "red")).not.toBeNull();
    expect(plan.checkEntry({ map: "assessmentSettings", key: "walkingMetersPerMinute" }, 70)).toBeNull();
    expect(plan.checkEntry({ map: "assessmentSettings", key: "walkingMetersPerMinute" }, "fast")).not.toBeNull();
    expect(plan.checkEntry({ map: "assessmentSettings", key: "threshold.busStop" }, { pass: 400, attention: 600 })).toBeNull();
    expect(plan.checkEntry({ map: "assessmentSettings", key: "threshold.busStop" }, { pass: 900, attention: 600 })).not.toBeNull();
    expect(plan.checkEntry({ map: "assessmentSettings", key: "tagMapping" }, '{"destinations": {"grocery": [{"tags": {"shop": "supermarket"}}]}}')).toBeNull();
    expect(plan.checkEntry({ map: "assessmentSettings", key: "tagMapping" }, "{ broken")).toMatch(/tag mapping/);
    expect(plan.checkEntry({ map: "elsewhere", key: "x" }, 1)).not.toBeNull();
    expect(plan.maps).toEqual(expect.arrayContaining(["project", "decisions", "sites", "assessmentSettings"]));
  });
});

describe("the concerns document's schema", () => {
  it("accepts an area with a polygon and refuses one with a point or a long note", () => {
    expect(concerns.checkEntry({ map: "areas", key: "a" }, { name: "Området ved stasjonen", note: "", geometry: square })).toBeNull();
    expect(concerns.checkEntry({ map: "areas", key: "a" }, { name: "Området", note: "", geometry: site.geometry })).not.toBeNull();
    expect(concerns.checkEntry({ map: "areas", key: "a" }, { name: "Området", note: "x".repeat(501), geometry: square })).not.toBeNull();
    expect(concerns.checkEntry({ map: "sites", key: "a" }, site)).not.toBeNull();
  });
});
