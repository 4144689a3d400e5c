/**
 * Random small walking networks for property tests: a perturbed grid in a local metric frame around
 * lon 10.40, lat 63.42, with some streets removed, plus random destinations. Deterministic per seed.
 */
import type { Feature, FeatureCollection, LineString, Point } from "geojson";
import { METERS_PER_DEGREE } from "../metres-between";

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const toLonLat = (x: number, y: number): [number, number] => [
  10.4 + x / (METERS_PER_DEGREE * Math.cos((63.42 * Math.PI) / 180)),
  63.42 + y / METERS_PER_DEGREE,
];

export interface RandomNetwork {
  osm: FeatureCollection;
  site: [number, number];
}

/**
 * @example
 * const { osm, site } = randomNetwork({ seed: 42, columns: 5, rows: 4 });
 */
export function randomNetwork(input: { seed: number; columns: number; rows: number; spacing?: number; destinations?: number }): RandomNetwork {
  const random = seededRandom(input.seed);
  const spacing = input.spacing ?? 120;
  const vertex = (column: number, row: number): [number, number] => {
    // Jitter derived from the vertex itself so both streets meeting there share it exactly.
    const local = seededRandom(input.seed * 7919 + column * 104729 + row * 1299709);
    return toLonLat(column * spacing + (local() - 0.5) * spacing * 0.4, row * spacing + (local() - 0.5) * spacing * 0.4);
  };
  const features: Feature[] = [];
  const street = (coordinates: [number, number][]): Feature<LineString> => ({
    type: "Feature",
    properties: { highway: random() < 0.3 ? "footway" : "residential" },
    geometry: { type: "LineString", coordinates },
  });
  for (let row = 0; row < input.rows; row++) {
    for (let column = 0; column < input.columns; column++) {
      if (column + 1 < input.columns && random() > 0.2) features.push(street([vertex(column, row), vertex(column + 1, row)]));
      if (row + 1 < input.rows && random() > 0.2) features.push(street([vertex(column, row), vertex(column, row + 1)]));
    }
  }
  const width = (input.columns - 1) * spacing;
  const height = (input.rows - 1) * spacing;
  const categories = [{ shop: "supermarket" }, { highway: "bus_stop" }, { amenity: "pharmacy" }, { amenity: "school" }];
  for (let index = 0; index < (input.destinations ?? 8); index++) {
    const tags = categories[index % categories.length];
    const point: Feature<Point> = {
      type: "Feature",
      properties: { ...tags, name: `D${index}` },
      geometry: { type: "Point", coordinates: toLonLat(random() * width, random() * height) },
    };
    features.push(point);
  }
  return { osm: { type: "FeatureCollection", features }, site: toLonLat(random() * width, random() * height) };
}
