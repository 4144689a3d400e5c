/**
 * Site-assessment benchmark (issue 3): `npm run bench:geo [-- --size 220 --runs 400]`.
 * Generates a synthetic city — a perturbed street grid with diagonal footpaths, railways and
 * motorways as barriers (level crossings and bridges now and then), noise barriers, a few thousand
 * destinations — then measures graph build, one site (p50/p95 after warm-up), all 20 sites, and
 * peak memory. Prints a table and JSON.
 */
import type { Feature, FeatureCollection } from "geojson";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { assessSite, prepareArea } from "../../app/geo/index";
import { METERS_PER_DEGREE } from "../../app/geo/metres-between";
import { seededRandom } from "../../app/geo/test-support/random-network";

const { values } = parseArgs({ options: { size: { type: "string", default: "220" }, runs: { type: "string", default: "400" }, seed: { type: "string", default: "7" } } });
const size = Number(values.size);
const runs = Number(values.runs);
const random = seededRandom(Number(values.seed));
const SPACING = 55;
const toLonLat = (x: number, y: number): [number, number] => [10.3 + x / (METERS_PER_DEGREE * Math.cos((63.42 * Math.PI) / 180)), 63.38 + y / METERS_PER_DEGREE];
const jitter: number[] = Array.from({ length: size * size * 2 }, () => (random() - 0.5) * SPACING * 0.35);
const vertex = (column: number, row: number): [number, number] => {
  const index = (row * size + column) * 2;
  return toLonLat(column * SPACING + jitter[index], row * SPACING + jitter[index + 1]);
};

let peakHeap = 0;
const sampleMemory = (): void => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

function generateCity(): { osm: FeatureCollection; sites: [number, number][]; segments: number } {
  const features: Feature[] = [];
  let segments = 0;
  const railwayColumns = [Math.floor(size * 0.3), Math.floor(size * 0.7)];
  const motorwayRows = [Math.floor(size * 0.45)];
  const line = (properties: Record<string, unknown>, coordinates: [number, number][]): void => {
    if (coordinates.length < 2) return;
    features.push({ type: "Feature", properties, geometry: { type: "LineString", coordinates } });
  };
  // Rows: east-west streets, broken at railways except at level crossings (every 18th row) and bridges (every 18th, offset).
  for (let row = 0; row < size; row++) {
    let current: [number, number][] = [];
    for (let column = 0; column < size; column++) {
      current.push(vertex(column, row));
      const crossesRailway = railwayColumns.includes(column);
      const gap = random() < 0.06;
      if ((crossesRailway && row % 18 !== 0 && row % 18 !== 9) || gap) {
        segments += current.length - 1;
        line({ highway: random() < 0.8 ? "residential" : "tertiary" }, current);
        current = [];
      } else if (crossesRailway && row % 18 === 9) {
        // A footbridge over the railway: its own line, sharing vertices with the street at both ends.
        segments += current.length - 1;
        line({ highway: "residential" }, current);
        line({ highway: "footway", bridge: "yes", layer: "1" }, [vertex(column, row), vertex(column + 1, row)]);
        segments++;
        current = [];
      }
    }
    segments += Math.max(0, current.length - 1);
    line({ highway: "residential" }, current);
  }
  // Columns: north-south streets, broken at the motorway except at bridges every 25th column.
  for (let column = 0; column < size; column++) {
    let current: [number, number][] = [];
    for (let row = 0; row < size; row++) {
      current.push(vertex(column, row));
      if ((motorwayRows.includes(row) && column % 25 !== 0) || random() < 0.06) {
        segments += current.length - 1;
        line({ highway: random() < 0.7 ? "residential" : "service" }, current);
        current = [];
      }
    }
    segments += Math.max(0, current.length - 1);
    line({ highway: "residential" }, current);
  }
  // Diagonal footpaths through a quarter of the blocks (not across barriers).
  for (let row = 0; row + 1 < size; row++) {
    for (let column = 0; column + 1 < size; column++) {
      if (random() < 0.25 && !railwayColumns.includes(column) && !motorwayRows.includes(row)) {
        line({ highway: "footway" }, [vertex(column, row), vertex(column + 1, row + 1)]);
        segments++;
      }
    }
  }
  for (const column of railwayColumns) {
    const x = column * SPACING + SPACING / 2;
    line({ railway: "rail", name: `Bane ${column}` }, Array.from({ length: 21 }, (_, step): [number, number] => toLonLat(x, (step * (size - 1) * SPACING) / 20)));
  }
  for (const row of motorwayRows) {
    const y = row * SPACING + SPACING / 2;
    const coordinates = Array.from({ length: 21 }, (_, step): [number, number] => toLonLat((step * (size - 1) * SPACING) / 20, y));
    line({ highway: "motorway", ref: "E6" }, coordinates);
    line({ barrier: "wall", wall: "noise_barrier" }, coordinates.map(([lon, lat]): [number, number] => [lon, lat - 12 / METERS_PER_DEGREE]));
  }
  const extent = (size - 1) * SPACING;
  const destinations: [Record<string, unknown>, number][] = [
    [{ shop: "supermarket" }, 300],
    [{ shop: "convenience" }, 500],
    [{ highway: "bus_stop" }, 1500],
    [{ amenity: "pharmacy" }, 150],
    [{ amenity: "doctors" }, 100],
    [{ amenity: "school" }, 150],
    [{ amenity: "kindergarten" }, 250],
    [{ amenity: "fire_station" }, 10],
    [{ amenity: "police" }, 10],
    [{ supportedHomes: 3 }, 100],
  ];
  let counter = 0;
  for (const [tags, count] of destinations) {
    for (let index = 0; index < count; index++) {
      features.push({ type: "Feature", properties: { ...tags, name: `D${counter++}` }, geometry: { type: "Point", coordinates: toLonLat(random() * extent, random() * extent) } });
    }
  }
  // Half the sites lie beside a railway or the motorway, where shortcuts are likely.
  const sites = Array.from({ length: 20 }, (_, index): [number, number] => {
    const along = extent * (0.1 + 0.8 * random());
    const offset = (random() < 0.5 ? -1 : 1) * (40 + 60 * random());
    if (index % 4 === 0) return toLonLat(railwayColumns[0] * SPACING + SPACING / 2 + offset, along);
    if (index % 4 === 1) return toLonLat(along, motorwayRows[0] * SPACING + SPACING / 2 + offset);
    return toLonLat(extent * (0.1 + 0.8 * random()), extent * (0.1 + 0.8 * random()));
  });
  return { osm: { type: "FeatureCollection", features }, sites, segments };
}

const percentile = (sorted: number[], fraction: number): number => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];

const generateStart = performance.now();
const { osm, sites, segments } = generateCity();
const generateMs = performance.now() - generateStart;
sampleMemory();
const buildStart = performance.now();
const area = prepareArea({ osm });
const buildMs = performance.now() - buildStart;
sampleMemory();

const assessOne = (index: number, includeReachableNetwork: boolean): number => {
  const start = performance.now();
  assessSite(area, { name: `Site ${index}`, geometry: { type: "Point", coordinates: sites[index % sites.length] } }, { includeReachableNetwork });
  return performance.now() - start;
};
for (let index = 0; index < 40; index++) assessOne(index, true);
const withNetwork: number[] = [];
const withoutNetwork: number[] = [];
for (let run = 0; run < runs; run++) {
  withNetwork.push(assessOne(run, true));
  withoutNetwork.push(assessOne(run, false));
  if (run % 50 === 0) sampleMemory();
}
withNetwork.sort((a, b) => a - b);
withoutNetwork.sort((a, b) => a - b);
const allStart = performance.now();
const all = sites.map((_, index) => assessSite(area, { name: `Site ${index}`, geometry: { type: "Point", coordinates: sites[index] } }));
const allMs = performance.now() - allStart;
sampleMemory();

const round = (value: number, decimals = 2): number => Math.round(value * 10 ** decimals) / 10 ** decimals;
const result = {
  network: {
    generatedSegments: segments,
    graphNodes: area.graph.nodeCount,
    graphSegments: area.graph.segmentCount,
    barrierSegments: area.barriers.count,
    destinations: Object.values(area.destinations).reduce((sum, list) => sum + list.length, 0),
    sites: sites.length,
  },
  generateMs: round(generateMs),
  graphBuildMs: round(buildMs),
  oneSiteMs: { p50: round(percentile(withNetwork, 0.5)), p95: round(percentile(withNetwork, 0.95)), max: round(withNetwork[withNetwork.length - 1]), runs },
  oneSiteWithoutReachableNetworkMs: { p50: round(percentile(withoutNetwork, 0.5)), p95: round(percentile(withoutNetwork, 0.95)) },
  allSitesMs: round(allMs),
  shortcutsFound: all.reduce((sum, assessment) => sum + assessment.shortcuts.length, 0),
  peakRssMB: round(process.resourceUsage().maxRSS / 1024, 1),
  peakHeapMB: round(peakHeap / 1024 / 1024, 1),
  node: process.version,
};

const rows: [string, string][] = [
  ["network", `${result.network.graphSegments} walking segments, ${result.network.graphNodes} nodes, ${result.network.barrierSegments} barrier segments, ${result.network.destinations} destinations`],
  ["graph build (classify + graph + snap destinations + indexes)", `${result.graphBuildMs} ms`],
  ["one site, p50 / p95 / max (with 5/10/15-min network)", `${result.oneSiteMs.p50} / ${result.oneSiteMs.p95} / ${result.oneSiteMs.max} ms`],
  ["one site, p50 / p95 (figures only)", `${result.oneSiteWithoutReachableNetworkMs.p50} / ${result.oneSiteWithoutReachableNetworkMs.p95} ms`],
  ["all 20 sites", `${result.allSitesMs} ms`],
  ["peak memory", `RSS ${result.peakRssMB} MB, heap ${result.peakHeapMB} MB`],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join("\n"));
console.log(JSON.stringify(result, null, 2));
