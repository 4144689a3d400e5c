/** Known answers of the hand-made fixtures (built in a metric frame, see fixtures/build-fixtures.ts). */
import { describe, expect, it } from "vitest";
import { runFixture } from "./test-support/run-fixture";
import { toLonLat } from "./test-support/random-network";

const near = (actual: number, expected: number, tolerance = 1): void => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);

describe("known answers", () => {
  it("flags a railway between site and bus stop when the level crossing is 600 m away, crossing on the rail", () => {
    const [site] = runFixture("railway-level-crossing-600m").assessments;
    near(site.nearest.busStop!.walkMeters, 1400);
    near(site.nearest.busStop!.straightMeters, 200);
    expect(site.shortcuts).toHaveLength(1);
    const [warning] = site.shortcuts;
    expect(warning).toMatchObject({ category: "busStop", barrier: "railway", barrierName: "Testbanen", destinationName: "Stasjonen", straightMeters: 200, walkMeters: 1400 });
    const rail = toLonLat(0, 0);
    expect(warning.crossing[0]).toBeCloseTo(rail[0], 7);
    expect(warning.crossing[1]).toBeCloseTo(rail[1], 7);
    expect(warning.route?.coordinates.length).toBeGreaterThan(3);
    // The grocery on the site's side is no shortcut.
    near(site.nearest.grocery!.walkMeters, 300);
  });

  it("flags a destination behind a railway with no crossing at all, with no walking distance", () => {
    const [site] = runFixture("railway-no-crossing-unreachable").assessments;
    expect(site.nearest.busStop).toBeNull();
    expect(site.notFound.busStop).toBe("not-connected");
    expect(site.shortcuts).toEqual([expect.objectContaining({ category: "busStop", barrier: "railway", straightMeters: 200, walkMeters: null, route: null })]);
  });

  it("starts the walk on the site's own side of the railway even when a path across the rails is nearer", () => {
    const [site] = runFixture("railway-nearer-path-across").assessments;
    near(site.origin!.snapMeters, 65);
    near(site.nearest.busStop!.walkMeters, 65 + 600 + 200 + 600);
    expect(site.shortcuts).toEqual([expect.objectContaining({ category: "busStop", barrier: "railway", barrierName: "Testbanen" })]);
  });

  it("does not flag the railway when a footbridge lies beside the site", () => {
    const [site] = runFixture("railway-footbridge-beside-site").assessments;
    near(site.nearest.busStop!.walkMeters, 240);
    expect(site.shortcuts).toEqual([]);
  });

  it("treats a motorway in a tunnel as no barrier", () => {
    const [site] = runFixture("motorway-in-tunnel-no-barrier").assessments;
    near(site.nearest.busStop!.walkMeters, 1400);
    expect(site.shortcuts).toEqual([]);
  });

  it("says a site cut off from the network is unreachable, and a destination on an island is not connected", () => {
    const [cutOff, onStreet] = runFixture("site-cut-off-from-network").assessments;
    expect(cutOff.origin).toBeNull();
    expect(cutOff.nearest.busStop).toBeNull();
    expect(cutOff.notFound.busStop).toBe("site-not-near-network");
    near(onStreet.nearest.busStop!.walkMeters, 110);
    expect(onStreet.nearest.grocery).toBeNull();
    expect(onStreet.notFound.grocery).toBe("not-connected");
  });

  it("flags the noise barrier along a trunk road, nearest the site", () => {
    const [site] = runFixture("noise-barrier-along-trunk").assessments;
    expect(site.shortcuts).toHaveLength(1);
    expect(site.shortcuts[0]).toMatchObject({ category: "grocery", barrier: "noise_barrier", barrierName: "Støyskjermen", walkMeters: 1400 });
    expect(site.shortcuts[0].crossing[0]).toBeCloseTo(toLonLat(-15, 0)[0], 6);
  });

  it("says a destination beyond the search bound is beyond it, not unreachable", () => {
    const [site] = runFixture("destination-beyond-search-bound").assessments;
    expect(site.nearest.busStop).toBeNull();
    expect(site.notFound.busStop).toBe("beyond-search-bound");
  });

  it("counts supported homes within the radius by straight line, and measures schools and areas of concern", () => {
    const [site] = runFixture("supported-homes-within-radius").assessments;
    expect(site.neighbourhood.supportedHomesWithin).toBe(5); // 3 at 200 m + 2 at 450 m; 4 at 600 m are outside
    expect(site.neighbourhood.supportedHomesStatus).toBe("attention");
    near(site.neighbourhood.straightNearest.school!.straightMeters, 250);
    expect(site.nearest.kindergarten!.status).toBe("fail"); // 100 m, closer than 150 m
    expect(site.neighbourhood.areaOfConcern).toMatchObject({ inside: false, near: false });
    near(site.neighbourhood.areaOfConcern!.distanceMeters!, Math.hypot(300, 150));
  });

  it("walks from a polygon site's boundary where the network is nearest", () => {
    const [site] = runFixture("polygon-site").assessments;
    near(site.nearest.busStop!.walkMeters, 280); // 30 m from corner (50, -50) to the street, 250 m along it
    near(site.nearest.busStop!.straightMeters, Math.hypot(250, 30));
  });

  it("draws the reachable network cut at the limit", () => {
    const [site] = runFixture("destination-beyond-search-bound").assessments;
    // Site at the west end of a straight street: 5 minutes = 375 m of street.
    const fiveMinutes = site.reachableNetwork["5"].coordinates;
    let length = 0;
    for (const [a, b] of fiveMinutes) length += Math.hypot((b[0] - a[0]) * Math.cos((63.42 * Math.PI) / 180), b[1] - a[1]) * 111195.08;
    near(length, 375);
  });
});
