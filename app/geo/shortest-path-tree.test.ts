import fc from "fast-check";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { assessSite } from "./assess-site";
import { buildWalkingGraph } from "./build-walking-graph";
import { metresBetween } from "./metres-between";
import { prepareArea } from "./prepare-area";
import { searchShortestPaths } from "./shortest-path-tree";
import { snapToNetwork } from "./snap-to-network";
import { randomNetwork, seededRandom } from "./test-support/random-network";
import type { Position2 } from "./types";
import { destinationCategories } from "./types";

/** Textbook Dijkstra (array scan, no heap, no bound) over an adjacency list built independently. */
function referenceDistances(lines: Position2[][], sources: { key: string; cost: number }[]): Map<string, number> {
  const key = (position: Position2): string => `${Math.round(position[0] * 1e7)},${Math.round(position[1] * 1e7)}`;
  const adjacency = new Map<string, { to: string; meters: number }[]>();
  const add = (from: string, to: string, meters: number): void => {
    if (!adjacency.has(from)) adjacency.set(from, []);
    adjacency.get(from)!.push({ to, meters });
  };
  for (const line of lines) {
    for (let index = 1; index < line.length; index++) {
      const a = line[index - 1].map((value) => Math.round(value * 1e7) / 1e7) as Position2;
      const b = line[index].map((value) => Math.round(value * 1e7) / 1e7) as Position2;
      const meters = metresBetween(a[0], a[1], b[0], b[1]);
      add(key(a), key(b), meters);
      add(key(b), key(a), meters);
    }
  }
  const distance = new Map<string, number>();
  for (const node of adjacency.keys()) distance.set(node, Infinity);
  for (const source of sources) distance.set(source.key, Math.min(distance.get(source.key) ?? Infinity, source.cost));
  const done = new Set<string>();
  for (;;) {
    let current: string | null = null;
    for (const [node, meters] of distance) if (!done.has(node) && meters < Infinity && (current === null || meters < distance.get(current)!)) current = node;
    if (current === null) return distance;
    done.add(current);
    for (const edge of adjacency.get(current) ?? []) {
      const candidate = distance.get(current)! + edge.meters;
      if (candidate < distance.get(edge.to)!) distance.set(edge.to, candidate);
    }
  }
}

function linesOf(osm: FeatureCollection): Position2[][] {
  return osm.features.flatMap((feature) => (feature.geometry.type === "LineString" ? [feature.geometry.coordinates as Position2[]] : []));
}

const networkArbitrary = fc.record({ seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }), columns: fc.integer({ min: 2, max: 7 }), rows: fc.integer({ min: 2, max: 7 }) });

describe("shortest paths (property tests)", () => {
  it("equal a plain textbook Dijkstra on the same graph, node by node", () => {
    fc.assert(
      fc.property(networkArbitrary, fc.integer({ min: 200, max: 1500 }), ({ seed, columns, rows }, bound) => {
        const { osm, site } = randomNetwork({ seed, columns, rows });
        const lines = linesOf(osm);
        const graph = buildWalkingGraph(lines);
        const snapped = snapToNetwork(graph, site[0], site[1], 1000);
        if (!snapped) return;
        const tree = searchShortestPaths(graph, [{ snapped, startMeters: snapped.snapMeters, lon: site[0], lat: site[1] }], bound);
        const keyOf = (node: number): string => `${Math.round(graph.nodeLon[node] * 1e7)},${Math.round(graph.nodeLat[node] * 1e7)}`;
        const a = graph.segmentFrom[snapped.segment];
        const b = graph.segmentTo[snapped.segment];
        const reference = referenceDistances(lines, [
          { key: keyOf(a), cost: snapped.snapMeters + snapped.toFromMeters },
          { key: keyOf(b), cost: snapped.snapMeters + snapped.toToMeters },
        ]);
        for (let node = 0; node < graph.nodeCount; node++) {
          const expected = reference.get(keyOf(node)) ?? Infinity;
          if (expected <= bound - 1e-6) expect(tree.distance[node]).toBeCloseTo(expected, 6);
          else if (expected > bound + 1e-6) expect(tree.distance[node]).toBe(Infinity);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("walking distance is never shorter than the straight line, and routes are continuous lines as long as walkMeters", () => {
    fc.assert(
      fc.property(networkArbitrary, ({ seed, columns, rows }) => {
        const { osm, site } = randomNetwork({ seed, columns, rows, destinations: 12 });
        const area = prepareArea({ osm, config: { maxSnapMeters: 400 } });
        const result = assessSite(area, { name: "S", geometry: { type: "Point", coordinates: site } });
        for (const category of destinationCategories) {
          const nearest = result.nearest[category];
          if (!nearest) continue;
          expect(nearest.walkMeters).toBeGreaterThanOrEqual(nearest.straightMeters - 1e-6);
          const coordinates = nearest.route.coordinates;
          expect(coordinates[0]).toEqual(site);
          expect(coordinates[coordinates.length - 1]).toEqual([nearest.lon, nearest.lat]);
          let length = 0;
          for (let index = 1; index < coordinates.length; index++) length += metresBetween(coordinates[index - 1][0], coordinates[index - 1][1], coordinates[index][0], coordinates[index][1]);
          expect(length).toBeCloseTo(nearest.walkMeters, 6);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("nearest destinations equal the reference Dijkstra's (plus snap legs)", () => {
    fc.assert(
      fc.property(networkArbitrary, ({ seed, columns, rows }) => {
        const { osm, site } = randomNetwork({ seed, columns, rows, destinations: 12 });
        const area = prepareArea({ osm, config: { maxSnapMeters: 400, maxWalkMeters: 100_000 } });
        const result = assessSite(area, { name: "S", geometry: { type: "Point", coordinates: site } });
        const origin = result.origin;
        if (!origin) return;
        const lines = linesOf(osm);
        // Reference graph with the snapped site and destinations inserted as real vertices.
        const { graph } = area;
        const split = (lon: number, lat: number): Position2[][] => {
          const snapped = snapToNetwork(graph, lon, lat, 400)!;
          const a = graph.segmentFrom[snapped.segment];
          const b = graph.segmentTo[snapped.segment];
          return [[[graph.nodeLon[a], graph.nodeLat[a]], [snapped.lon, snapped.lat]], [[snapped.lon, snapped.lat], [graph.nodeLon[b], graph.nodeLat[b]]]];
        };
        const extra: Position2[][] = [...split(site[0], site[1])];
        for (const category of ["grocery", "busStop", "pharmacy"] as const) {
          for (const entry of area.destinations[category]) if (entry.snapped) extra.push(...split(entry.destination.lon, entry.destination.lat));
        }
        // Destinations on the site's own segment are reached along it directly.
        const siteSnap = snapToNetwork(graph, site[0], site[1], 400)!;
        for (const category of ["grocery", "busStop", "pharmacy"] as const) {
          for (const entry of area.destinations[category]) {
            if (entry.snapped?.segment === siteSnap.segment) extra.push([[siteSnap.lon, siteSnap.lat], [entry.snapped.lon, entry.snapped.lat]]);
          }
        }
        const key = `${Math.round(origin.lon * 1e7)},${Math.round(origin.lat * 1e7)}`;
        const reference = referenceDistances([...lines, ...extra], [{ key, cost: origin.snapMeters }]);
        for (const category of ["grocery", "busStop", "pharmacy"] as const) {
          let expected = Infinity;
          for (const entry of area.destinations[category]) {
            if (!entry.snapped) continue;
            const at = reference.get(`${Math.round(entry.snapped.lon * 1e7)},${Math.round(entry.snapped.lat * 1e7)}`) ?? Infinity;
            expected = Math.min(expected, at + entry.snapped.snapMeters);
          }
          const found = result.nearest[category]?.walkMeters ?? Infinity;
          if (expected === Infinity) expect(found).toBe(Infinity);
          // Rounding inserted vertices to 1e-7 degrees moves them by up to about a centimetre.
          else expect(Math.abs(found - expected)).toBeLessThan(0.05);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("input-order independence (regression: geojson-path-finder 2.1.0 gave longer routes for some orders)", () => {
  it("shuffling and reversing the network features gives the same answers", () => {
    fc.assert(
      fc.property(networkArbitrary, fc.integer(), ({ seed, columns, rows }, shuffleSeed) => {
        const { osm, site } = randomNetwork({ seed, columns, rows, destinations: 12 });
        const random = seededRandom(shuffleSeed);
        const shuffled = osm.features
          .map((feature) =>
            feature.geometry.type === "LineString" && random() < 0.5
              ? { ...feature, geometry: { ...feature.geometry, coordinates: [...feature.geometry.coordinates].reverse() } }
              : feature,
          )
          .map((feature) => ({ feature, order: random() }))
          .sort((first, second) => first.order - second.order)
          .map(({ feature }) => feature);
        const geometry = { type: "Point" as const, coordinates: site };
        const first = assessSite(prepareArea({ osm }), { name: "S", geometry });
        const firstNearest = Object.fromEntries(Object.entries(first.nearest).map(([category, value]) => [category, value && [value.name, value.walkMeters.toFixed(6)]]));
        const second = assessSite(prepareArea({ osm: { type: "FeatureCollection", features: shuffled } }), { name: "S", geometry });
        const secondNearest = Object.fromEntries(Object.entries(second.nearest).map(([category, value]) => [category, value && [value.name, value.walkMeters.toFixed(6)]]));
        expect(secondNearest).toEqual(firstNearest);
        expect(second.reachCounts).toEqual(first.reachCounts);
        expect(second.shortcuts.map((shortcut) => [shortcut.category, shortcut.destinationName])).toEqual(first.shortcuts.map((shortcut) => [shortcut.category, shortcut.destinationName]));
      }),
      { numRuns: 100 },
    );
  });
});
