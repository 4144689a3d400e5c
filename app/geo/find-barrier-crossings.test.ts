import { distance } from "@turf/distance";
import { point } from "@turf/helpers";
import { describe, expect, it } from "vitest";
import { buildBarrierIndex } from "./barrier-index";
import { findBarrierCrossings } from "./find-barrier-crossings";
import { metresBetween } from "./metres-between";
import { rateFigure } from "./rate-figure";
import { toLonLat } from "./test-support/random-network";

describe("findBarrierCrossings", () => {
  it("reports only where the line crosses barriers, not where barriers cross each other (the turf lineIntersect trap)", () => {
    const barriers = buildBarrierIndex([
      { kind: "railway", name: "Rail", coordinates: [toLonLat(0, -500), toLonLat(0, 500)] },
      { kind: "motorway", name: "E6", coordinates: [toLonLat(-500, 300), toLonLat(500, 300)] },
    ]);
    const crossings = findBarrierCrossings(barriers, toLonLat(-100, 0), toLonLat(100, 0));
    expect(crossings).toHaveLength(1);
    expect(crossings[0].kind).toBe("railway");
    expect(crossings[0].position[1]).toBeCloseTo(toLonLat(0, 0)[1], 7);
  });

  it("orders crossings from the start of the line", () => {
    const barriers = buildBarrierIndex([
      { kind: "trunk", name: "far", coordinates: [toLonLat(50, -100), toLonLat(50, 100)] },
      { kind: "noise_barrier", name: "near", coordinates: [toLonLat(-50, -100), toLonLat(-50, 100)] },
    ]);
    expect(findBarrierCrossings(barriers, toLonLat(-100, 0), toLonLat(100, 0)).map((crossing) => crossing.name)).toEqual(["near", "far"]);
    expect(findBarrierCrossings(barriers, toLonLat(-100, 0), toLonLat(-60, 0))).toEqual([]);
  });
});

describe("metresBetween", () => {
  it("agrees with @turf/distance", () => {
    const a = toLonLat(0, 0);
    const b = toLonLat(1234, -567);
    expect(metresBetween(a[0], a[1], b[0], b[1])).toBeCloseTo(distance(point(a), point(b), { units: "meters" }), 6);
  });
});

describe("rateFigure", () => {
  it("colours walking distances and closeness", () => {
    const walk = { direction: "atMost" as const, pass: 400, attention: 600 };
    expect([rateFigure(400, walk), rateFigure(500, walk), rateFigure(700, walk), rateFigure(null, walk)]).toEqual(["pass", "attention", "fail", "fail"]);
    const closeness = { direction: "atLeast" as const, pass: 300, attention: 150 };
    expect([rateFigure(300, closeness), rateFigure(200, closeness), rateFigure(100, closeness), rateFigure(null, closeness)]).toEqual(["pass", "attention", "fail", "pass"]);
  });
});
