/**
 * Fixture tests of the vector map's geometry: each folder under fixtures/ holds in.json (an
 * operation and its input) and out.json (what it gives). `REGEN=1 npx vitest run app/vector-map`
 * rewrites out.json; look at the diff before committing it. Known answers and invariants below
 * hold whatever the fixtures say.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitBounds, type Bounds } from "./fit-bounds";
import { boxesOverlap, placeLabels, type Box, type LabelCandidate } from "./place-labels";
import { scaleBarFor } from "./scale-bar";
import { metresPerPixel, toLatLon, toScreen, viewportFromView, type MapView } from "./viewport";
import { projectToWorld } from "./web-mercator";

const fixturesDirectory = join(__dirname, "fixtures");

type FixtureInput =
  | { operation: "project"; points: [number, number][] }
  | { operation: "fit"; bounds: Bounds; width: number; height: number; padding: number; maxZoom?: number }
  | { operation: "viewport"; view: MapView; width: number; height: number; points: [number, number][] }
  | { operation: "labels"; frame: { width: number; height: number }; candidates: LabelCandidate[]; obstacles?: Box[] };

/** Rounds every number so fixtures compare across platforms' last-digit differences. */
function rounded(value: unknown): unknown {
  if (typeof value === "number") return Math.round(value * 1e6) / 1e6;
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, rounded(inner)]));
  return value;
}

function run(input: FixtureInput): unknown {
  switch (input.operation) {
    case "project":
      return input.points.map(([lon, lat]) => projectToWorld(lon, lat));
    case "fit":
      return fitBounds(input);
    case "viewport": {
      const viewport = viewportFromView(input.view, input);
      return { screen: input.points.map(([lon, lat]) => toScreen(viewport, lon, lat)), metresPerPixel: metresPerPixel(viewport) };
    }
    case "labels":
      return placeLabels(input);
  }
}

describe("vector map geometry fixtures", () => {
  for (const name of readdirSync(fixturesDirectory).filter((entry) => existsSync(join(fixturesDirectory, entry, "in.json")))) {
    it(`${name} matches out.json`, () => {
      const input = JSON.parse(readFileSync(join(fixturesDirectory, name, "in.json"), "utf8")) as FixtureInput;
      const output = rounded(run(input));
      const outPath = join(fixturesDirectory, name, "out.json");
      if (process.env.REGEN) writeFileSync(outPath, JSON.stringify(output, null, 2) + "\n");
      expect(output).toEqual(JSON.parse(readFileSync(outPath, "utf8")));

      // Whatever the fixture holds: a fit shows the whole box inside the padding, labels never overlap.
      if (input.operation === "fit") {
        const viewport = viewportFromView(output as MapView, input);
        for (const [lon, lat] of [[input.bounds.west, input.bounds.north], [input.bounds.east, input.bounds.south]]) {
          const [x, y] = toScreen(viewport, lon, lat);
          expect(x).toBeGreaterThanOrEqual(input.padding - 0.01);
          expect(x).toBeLessThanOrEqual(input.width - input.padding + 0.01);
          expect(y).toBeGreaterThanOrEqual(input.padding - 0.01);
          expect(y).toBeLessThanOrEqual(input.height - input.padding + 0.01);
        }
      }
      if (input.operation === "labels") {
        const placed = output as Box[];
        for (const [index, label] of placed.entries()) for (const other of placed.slice(index + 1)) expect(boxesOverlap(label, other)).toBe(false);
      }
    });
  }
});

describe("known answers", () => {
  it("puts the equator and the prime meridian in the middle of the 256 px world, as Leaflet does", () => {
    expect(projectToWorld(0, 0)).toEqual({ x: 128, y: 128 });
    expect(projectToWorld(-180, 85.0511287798).y).toBeCloseTo(0, 6);
  });

  it("doubles the distance in pixels for every zoom step", () => {
    const at = (zoom: number) => toScreen(viewportFromView({ lat: 59.91, lon: 10.75, zoom }, { width: 800, height: 600 }), 10.76, 59.91)[0] - 400;
    expect(at(16) / at(15)).toBeCloseTo(2, 9);
  });

  it("gives about 2.39 m per pixel at zoom 16 at the equator (Leaflet's resolution table)", () => {
    expect(metresPerPixel(viewportFromView({ lat: 0, lon: 0, zoom: 16 }, { width: 10, height: 10 }))).toBeCloseTo(2.3887, 3);
  });

  it("finds again the place under a pixel (screen and place are inverse)", () => {
    fc.assert(
      fc.property(fc.double({ min: -179, max: 179, noNaN: true }), fc.double({ min: -80, max: 80, noNaN: true }), fc.double({ min: 0, max: 19, noNaN: true }), (lon, lat, zoom) => {
        const viewport = viewportFromView({ lat: 59.9, lon: 10.7, zoom }, { width: 390, height: 500 });
        const [x, y] = toScreen(viewport, lon, lat);
        const back = toLatLon(viewport, x, y);
        expect(back.lon).toBeCloseTo(lon, 6);
        expect(back.lat).toBeCloseTo(lat, 6);
      }),
    );
  });

  it("never places two overlapping labels, whatever the candidates", () => {
    const candidate = fc.record({
      id: fc.uuid(),
      text: fc.constant("Tomt"),
      anchor: fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 200 })),
      width: fc.integer({ min: 10, max: 120 }),
      height: fc.integer({ min: 10, max: 24 }),
      priority: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 40 }), (candidates) => {
        const placed = placeLabels({ candidates, frame: { width: 300, height: 200 } });
        for (const [index, label] of placed.entries()) {
          expect(label.x).toBeGreaterThanOrEqual(0);
          expect(label.x + label.width).toBeLessThanOrEqual(300);
          for (const other of placed.slice(index + 1)) expect(boxesOverlap(label, other)).toBe(false);
        }
      }),
    );
  });

  it("rounds the scale bar to 1, 2 or 5 times a power of ten that fits", () => {
    expect(scaleBarFor(2.5, 120)).toEqual({ metres: 200, pixels: 80, text: "200 m" });
    expect(scaleBarFor(30, 120).text).toBe("2 km");
  });
});
