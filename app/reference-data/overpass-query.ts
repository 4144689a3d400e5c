/**
 * The Overpass QL query for a project's neighbourhood: what the site assessment
 * needs (walking network, barriers, everyday destinations), nothing more, within
 * the sites' bounding box plus a margin, and never a whole county.
 */
import type { Feature } from "geojson";
import type { BoundingBox } from "./bounding-box";
import { boundingBoxAreaSquareKilometres, boundingBoxOf, expandBoundingBox, isBoundingBox } from "./bounding-box";
import type { ImportProblem } from "./import-problem";

export interface OverpassAreaOptions {
  /** Added on every side of the sites' box, so destinations a walk away are included. Default 1,500 m. */
  marginMetres?: number;
  /** Largest area accepted. Default 40 km² (a town district, not a county). */
  maxAreaSquareKilometres?: number;
}

export const defaultMarginMetres = 1_500;
export const defaultMaxAreaSquareKilometres = 40;

/** Tags fetched, one Overpass statement each; the geo engine decides what each one means. */
const statements = [
  // Walking network: every way a person may walk along, and crossings.
  'way["highway"]["highway"!~"^(motorway|motorway_link|trunk|trunk_link|proposed|construction|abandoned|razed|raceway|bus_guideway|escape|rest_area|services)$"]',
  'way["highway"~"^(motorway|motorway_link|trunk|trunk_link)$"]["foot"~"^(yes|designated|permissive)$"]',
  'node["highway"="crossing"]',
  'node["railway"~"^(level_crossing|crossing)$"]',
  // Barriers: railways, motorways and trunk roads, walls and noise barriers.
  'way["railway"~"^(rail|light_rail|narrow_gauge|subway|tram|monorail|funicular|preserved)$"]',
  'way["highway"~"^(motorway|motorway_link|trunk|trunk_link)$"]',
  'way["barrier"~"^(wall|noise_barrier)$"]',
  // Grocery shops: supermarkets first, convenience and other food shops second.
  'nwr["shop"~"^(supermarket|convenience|grocery|greengrocer|general|bakery|butcher|deli|department_store|variety_store)$"]',
  // Bus stops, both taggings (the engine deduplicates them).
  'node["highway"="bus_stop"]',
  'nwr["public_transport"="platform"]',
  // Everyday services and the neighbourhood.
  'nwr["amenity"~"^(pharmacy|doctors|clinic|hospital|dentist|school|kindergarten|fire_station|police|social_facility)$"]',
  'nwr["healthcare"~"^(pharmacy|doctor|centre|clinic)$"]',
  'nwr["social_facility"]',
] as const;

/**
 * The query for one bounding box. `out body; >; out skel qt;` returns tagged
 * objects with their tags, then the bare nodes of every way, so streets share
 * node ids where they meet.
 *
 * @example
 * buildOverpassQuery({ boundingBox: [10.39, 63.39, 10.42, 63.41] })
 * // '[out:json][timeout:90][maxsize:67108864][bbox:63.39,10.39,63.41,10.42];\n(...);\nout body;\n>;\nout skel qt;'
 */
export function buildOverpassQuery(options: {
  boundingBox: BoundingBox;
  /** Server-side time limit in seconds. */
  timeoutSeconds?: number;
  /** Server-side memory limit in bytes. */
  maxSizeBytes?: number;
}): string {
  const [west, south, east, north] = options.boundingBox.map((degrees) => Number(degrees.toFixed(6)));
  const timeout = Math.round(options.timeoutSeconds ?? 90);
  const maxSize = Math.round(options.maxSizeBytes ?? 64 * 1024 * 1024);
  // Overpass orders a bbox south, west, north, east.
  const settings = `[out:json][timeout:${timeout}][maxsize:${maxSize}][bbox:${south},${west},${north},${east}];`;
  return [settings, "(", ...statements.map((statement) => `  ${statement};`), ");", "out body;", ">;", "out skel qt;"].join("\n");
}

export type AreaPlan = { ok: true; boundingBox: BoundingBox; areaSquareKilometres: number } | { ok: false; error: ImportProblem };

/**
 * The area to import: the given box, or the sites' box plus the margin; refused
 * when it is empty, malformed or larger than the cap.
 *
 * @example
 * planImportArea({ sites: [sitePoint] }) // → { ok: true, boundingBox: [...], areaSquareKilometres: 9.1 }
 */
export function planImportArea(input: {
  boundingBox?: unknown;
  sites?: readonly Feature[];
  options?: OverpassAreaOptions;
}): AreaPlan {
  const margin = input.options?.marginMetres ?? defaultMarginMetres;
  const maxArea = input.options?.maxAreaSquareKilometres ?? defaultMaxAreaSquareKilometres;
  let box: BoundingBox | null;
  if (input.boundingBox !== undefined) {
    if (!isBoundingBox(input.boundingBox)) {
      return {
        ok: false,
        error: {
          code: "invalidArea",
          message: "Området må være fire tall: vest, sør, øst, nord i grader (WGS84).",
          messageEn: "The area must be four numbers: west, south, east, north in degrees (WGS84).",
        },
      };
    }
    box = input.boundingBox;
  } else {
    const sitesBox = boundingBoxOf(input.sites ?? []);
    if (!sitesBox) {
      return {
        ok: false,
        error: {
          code: "invalidArea",
          message: "Tegn minst én tomt på kartet eller velg et område før du henter kartdata.",
          messageEn: "Draw at least one site on the map or choose an area before importing map data.",
        },
      };
    }
    box = expandBoundingBox(sitesBox, margin);
  }
  const area = boundingBoxAreaSquareKilometres(box);
  if (area > maxArea) {
    return {
      ok: false,
      error: {
        code: "areaTooLarge",
        message: `Området er ${area.toFixed(1)} km², mer enn grensen på ${maxArea} km². Velg et mindre område eller tomter som ligger nærmere hverandre.`,
        messageEn: `The area is ${area.toFixed(1)} km², more than the limit of ${maxArea} km². Choose a smaller area or sites closer together.`,
        details: { areaSquareKilometres: area, maxAreaSquareKilometres: maxArea },
      },
    };
  }
  return { ok: true, boundingBox: box, areaSquareKilometres: area };
}
