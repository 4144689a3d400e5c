import { describe, expect, it } from "vitest";
import { createAssessmentHandler } from "./assessment-worker-protocol";
import { readJson } from "./test-support/run-fixture";
import { join } from "node:path";
import type { FeatureCollection, Point } from "geojson";

const fixture = join(import.meta.dirname, "fixtures", "railway-level-crossing-600m");

describe("assessment worker protocol", () => {
  it("prepares once and assesses sites on every message, echoing ids", () => {
    const handle = createAssessmentHandler();
    expect(handle({ type: "assess", id: 1, sites: [] })).toMatchObject({ type: "error", kind: "not-prepared" });
    expect(handle({ type: "prepare", id: 2, osm: readJson(join(fixture, "in.geojson")) })).toMatchObject({ type: "prepared", id: 2, segments: 6 });
    const [site] = readJson<FeatureCollection<Point>>(join(fixture, "sites.geojson")).features;
    const answer = handle({ type: "assess", id: 3, sites: [{ name: "Site A", geometry: site.geometry }] });
    expect(answer.type).toBe("assessed");
    if (answer.type === "assessed") expect(answer.assessments[0].shortcuts[0]).toMatchObject({ category: "busStop", barrier: "railway" });
  });

  it("answers bad reference data with an input error and keeps nothing", () => {
    const handle = createAssessmentHandler();
    expect(handle({ type: "prepare", id: 1, osm: { type: "Feature" } })).toMatchObject({ type: "error", kind: "input" });
    expect(handle({ type: "assess", id: 2, sites: [] })).toMatchObject({ type: "error", kind: "not-prepared" });
  });
});
