/**
 * Checks an uploaded GeoJSON file before anything is stored: JSON, a supported
 * GeoJSON type, WGS84 longitude/latitude (RFC 7946), and geometry that a map and
 * the walking analysis can use. The first problem found is reported in words a
 * planner can act on; a file that fails changes nothing.
 */
import type { Feature, GeoJsonProperties, Geometry } from "geojson";
import { findTextProblem } from "../ui/text-input";
import type { ImportProblem } from "./import-problem";

export const defaultMaxUploadBytes = 20 * 1024 * 1024;

/**
 * Deepest nesting of arrays and objects a file may have. GeoJSON itself needs 7 (a
 * FeatureCollection of MultiPolygons); the rest is room for nested properties. 50,000 levels
 * used to take the server down with a 500.
 */
export const maxNestingDepth = 64;

export type GeoJsonValidation = { ok: true; features: Feature[] } | { ok: false; error: ImportProblem };

const geometryTypes = ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"];

/** CRS names that mean WGS84 longitude/latitude, compared in lower case without spaces. */
const wgs84Names = new Set([
  "urn:ogc:def:crs:ogc:1.3:crs84",
  "urn:ogc:def:crs:ogc::crs84",
  "urn:ogc:def:crs:epsg::4326",
  "urn:ogc:def:crs:epsg:4326",
  "epsg:4326",
  "crs84",
  "ogc:crs84",
  "http://www.opengis.net/def/crs/ogc/1.3/crs84",
  "http://www.opengis.net/def/crs/epsg/0/4326",
]);

/**
 * Validates GeoJSON text or bytes: a FeatureCollection, a Feature or a bare
 * Geometry. Returns the features (a bare geometry becomes one feature).
 *
 * @example
 * const result = validateGeoJson(await file.text());
 * if (!result.ok) return data({ error: result.error }, { status: 422 });
 */
export function validateGeoJson(input: string | Uint8Array, options: { maxBytes?: number } = {}): GeoJsonValidation {
  const maxBytes = options.maxBytes ?? defaultMaxUploadBytes;
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (size > maxBytes) {
    const megabytes = (maxBytes / (1024 * 1024)).toFixed(maxBytes < 1024 * 1024 ? 2 : 0);
    return fail({
      code: "tooLarge",
      message: `Filen er ${(size / (1024 * 1024)).toFixed(1)} MB, mer enn grensen på ${megabytes} MB. Del den opp, eller ta bare med området rundt tomtene.`,
      messageEn: `The file is ${(size / (1024 * 1024)).toFixed(1)} MB, more than the limit of ${megabytes} MB. Split it, or include only the area around the sites.`,
      details: { sizeBytes: size, maxBytes },
    });
  }
  const text = typeof input === "string" ? input : new TextDecoder("utf-8").decode(input);
  if (text.trim() === "") {
    return fail({ code: "empty", message: "Filen er tom.", messageEn: "The file is empty." });
  }
  const depth = nestingDepth(text, maxNestingDepth);
  if (depth > maxNestingDepth) {
    return fail({
      code: "tooDeep",
      message: `Filen har lister eller objekter nøstet i mer enn ${maxNestingDepth} nivåer. GeoJSON trenger bare noen få: eksporter laget på nytt med enklere egenskaper.`,
      messageEn: `The file nests lists or objects more than ${maxNestingDepth} levels deep. GeoJSON needs only a few: export the layer again with simpler properties.`,
      details: { maxDepth: maxNestingDepth },
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return fail({
      code: "notJson",
      message: "Filen er ikke GeoJSON: den kan ikke leses som JSON. Eksporter laget som GeoJSON (for eksempel i QGIS: Eksporter → GeoJSON, EPSG:4326).",
      messageEn: "The file is not GeoJSON: it cannot be read as JSON. Export the layer as GeoJSON (in QGIS, for instance: Export → GeoJSON, EPSG:4326).",
      details: { reason: error instanceof Error ? error.message : String(error) },
    });
  }
  if (!isObject(parsed) || typeof parsed.type !== "string") {
    return fail(notGeoJson(undefined));
  }
  if (findTextProblem(parsed)) {
    return fail({
      code: "invalidText",
      message: "Filen har tekst med tegn som ikke kan lagres (NUL eller andre kontrolltegn, eller en ødelagt UTF-16-escape som \\ud800). Rett egenskapene og last opp på nytt.",
      messageEn: "The file has text with characters that cannot be stored (NUL or other control characters, or a broken UTF-16 escape such as \\ud800). Fix the properties and upload again.",
    });
  }
  const crsProblem = checkCrs(parsed.crs);
  if (crsProblem) return fail(crsProblem);

  let candidates: unknown[];
  if (parsed.type === "FeatureCollection") {
    if (!Array.isArray(parsed.features)) return fail(notGeoJson("FeatureCollection uten features-liste"));
    candidates = parsed.features;
  } else if (parsed.type === "Feature") {
    candidates = [parsed];
  } else if (geometryTypes.includes(parsed.type)) {
    candidates = [{ type: "Feature", properties: {}, geometry: parsed }];
  } else {
    return fail(notGeoJson(parsed.type));
  }
  if (candidates.length === 0) {
    return fail({
      code: "noFeatures",
      message: "Filen inneholder ingen objekter.",
      messageEn: "The file contains no features.",
    });
  }

  const features: Feature[] = [];
  for (const [index, candidate] of candidates.entries()) {
    const problem = checkFeature(candidate, index);
    if (problem) return fail(problem);
    const feature = candidate as Feature & { properties?: GeoJsonProperties };
    features.push({ ...feature, properties: feature.properties ?? {} });
  }
  return { ok: true, features };
}

/**
 * How deeply arrays and objects nest in JSON text, counted without parsing (so a hostile file
 * cannot exhaust the parser or what stores it); stops counting once past `stopAbove`.
 */
function nestingDepth(text: string, stopAbove: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text.charCodeAt(index);
    if (inString) {
      if (character === 0x5c) index++; // a backslash escapes the next character
      else if (character === 0x22) inString = false;
    } else if (character === 0x22) {
      inString = true;
    } else if (character === 0x5b || character === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
    } else if (character === 0x5d || character === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

function fail(error: ImportProblem): GeoJsonValidation {
  return { ok: false, error };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function notGeoJson(type: string | undefined): ImportProblem {
  return {
    code: "notGeoJson",
    message: "Filen er JSON, men ikke GeoJSON: øverst må det stå type FeatureCollection, Feature eller en geometri.",
    messageEn: "The file is JSON but not GeoJSON: its top level must have type FeatureCollection, Feature or a geometry.",
    details: { type },
  };
}

function checkCrs(crs: unknown): ImportProblem | null {
  if (crs === undefined || crs === null) return null;
  const name = isObject(crs) && isObject(crs.properties) ? crs.properties.name : undefined;
  if (typeof name === "string" && wgs84Names.has(name.toLowerCase().replace(/\s+/g, ""))) return null;
  const named = typeof name === "string" ? name : JSON.stringify(crs);
  const epsg = typeof name === "string" ? /EPSG:{1,2}(\d+)/i.exec(name)?.[1] : undefined;
  return {
    code: "wrongCrs",
    message: `Filen bruker koordinatsystemet ${epsg ? `EPSG:${epsg}` : named}. Bare WGS84 lengde/bredde (EPSG:4326) støttes: eksporter laget på nytt med EPSG:4326.`,
    messageEn: `The file uses the coordinate system ${epsg ? `EPSG:${epsg}` : named}. Only WGS84 longitude/latitude (EPSG:4326) is supported: export the layer again as EPSG:4326.`,
    details: { crs: named },
  };
}

function checkFeature(candidate: unknown, index: number): ImportProblem | null {
  if (!isObject(candidate) || candidate.type !== "Feature") {
    return invalid(index, "er ikke et Feature-objekt", "is not a Feature object");
  }
  if (candidate.properties !== undefined && candidate.properties !== null && !isObject(candidate.properties)) {
    return invalid(index, "har properties som ikke er et objekt", "has properties that are not an object");
  }
  if (candidate.geometry === null || candidate.geometry === undefined) {
    return invalid(index, "har ingen geometri", "has no geometry");
  }
  return checkGeometry(candidate.geometry, index);
}

function checkGeometry(geometry: unknown, index: number): ImportProblem | null {
  if (!isObject(geometry) || typeof geometry.type !== "string") {
    return invalid(index, "har en geometri uten type", "has a geometry without a type");
  }
  const type = geometry.type;
  if (!geometryTypes.includes(type)) {
    return {
      code: "unsupportedGeometry",
      message: `Objekt nr. ${index + 1} har geometritypen «${type}», som ikke finnes i GeoJSON.`,
      messageEn: `Feature ${index + 1} has the geometry type "${type}", which GeoJSON does not have.`,
      details: { featureIndex: index, type },
    };
  }
  if (type === "GeometryCollection") {
    if (!Array.isArray(geometry.geometries)) return invalid(index, "er en GeometryCollection uten geometries", "is a GeometryCollection without geometries");
    for (const part of geometry.geometries) {
      const problem = checkGeometry(part, index);
      if (problem) return problem;
    }
    return null;
  }
  const coordinates = geometry.coordinates;
  const shape = coordinateShape(type as Exclude<Geometry["type"], "GeometryCollection">);
  return checkCoordinates(coordinates, shape, index, type);
}

type Shape = "position" | "positions" | "line" | "lines" | "polygon" | "polygons";

function coordinateShape(type: Exclude<Geometry["type"], "GeometryCollection">): Shape {
  switch (type) {
    case "Point":
      return "position";
    case "MultiPoint":
      return "positions";
    case "LineString":
      return "line";
    case "MultiLineString":
      return "lines";
    case "Polygon":
      return "polygon";
    case "MultiPolygon":
      return "polygons";
  }
}

function checkCoordinates(coordinates: unknown, shape: Shape, index: number, type: string): ImportProblem | null {
  const malformed = () => invalid(index, `har ugyldige koordinater for ${type}`, `has malformed coordinates for ${type}`);
  if (!Array.isArray(coordinates)) return malformed();
  switch (shape) {
    case "position":
      return checkPosition(coordinates, index);
    case "positions":
      return firstProblem(coordinates, (position) => (Array.isArray(position) ? checkPosition(position, index) : malformed()));
    case "line":
      if (coordinates.length < 2) {
        return invalid(index, "er en linje med færre enn to punkter", "is a line with fewer than two positions");
      }
      return checkCoordinates(coordinates, "positions", index, type);
    case "lines":
      return firstProblem(coordinates, (line) => checkCoordinates(line, "line", index, type));
    case "polygon":
      if (coordinates.length === 0) return invalid(index, "er en flate uten ringer", "is a polygon without rings");
      return firstProblem(coordinates, (ring) => checkRing(ring, index, type));
    case "polygons":
      return firstProblem(coordinates, (polygon) => checkCoordinates(polygon, "polygon", index, type));
  }
}

function checkRing(ring: unknown, index: number, type: string): ImportProblem | null {
  if (!Array.isArray(ring)) return invalid(index, `har ugyldige koordinater for ${type}`, `has malformed coordinates for ${type}`);
  const positionsProblem = checkCoordinates(ring, "positions", index, type);
  if (positionsProblem) return positionsProblem;
  const first = ring[0] as number[] | undefined;
  const last = ring[ring.length - 1] as number[] | undefined;
  const closed = first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  if (ring.length < 4 || !closed) {
    return invalid(
      index,
      "er en flate med en ring som ikke er lukket (en ring trenger minst fire punkter, og det siste må være likt det første)",
      "is a polygon with a ring that is not closed (a ring needs at least four positions, the last equal to the first)",
    );
  }
  return null;
}

function firstProblem(items: unknown[], check: (item: unknown) => ImportProblem | null): ImportProblem | null {
  for (const item of items) {
    const problem = check(item);
    if (problem) return problem;
  }
  return null;
}

function checkPosition(position: unknown[], index: number): ImportProblem | null {
  if (position.length < 2 || position.length > 3 || !position.every((number) => typeof number === "number" && Number.isFinite(number))) {
    return invalid(index, "har et punkt som ikke er to eller tre tall", "has a position that is not two or three numbers");
  }
  const [longitude, latitude] = position as number[];
  if (longitude >= -180 && longitude <= 180 && latitude >= -90 && latitude <= 90) return null;
  // Metres, not degrees: easting 100–900 km and northing 0–10,000 km is what UTM looks like.
  if (Math.abs(longitude) >= 100_000 && Math.abs(longitude) <= 900_000 && latitude >= 0 && latitude <= 10_000_000) {
    return {
      code: "projectedCoordinates",
      message: `Koordinatene ser ut til å være i meter, for eksempel UTM sone 33 (EPSG:25833), ikke lengde/bredde i grader (objekt nr. ${index + 1}: ${longitude}, ${latitude}). Eksporter laget på nytt med koordinatsystemet WGS84 (EPSG:4326).`,
      messageEn: `The coordinates look like metres, for instance UTM zone 33 (EPSG:25833), not longitude/latitude in degrees (feature ${index + 1}: ${longitude}, ${latitude}). Export the layer again in WGS84 (EPSG:4326).`,
      details: { featureIndex: index, position: [longitude, latitude] },
    };
  }
  return {
    code: "outOfRange",
    message: `Objekt nr. ${index + 1} har koordinater utenfor jorda (${longitude}, ${latitude}): lengdegrad må være mellom −180 og 180, breddegrad mellom −90 og 90, i den rekkefølgen.`,
    messageEn: `Feature ${index + 1} has coordinates off the globe (${longitude}, ${latitude}): longitude must be between −180 and 180 and latitude between −90 and 90, in that order.`,
    details: { featureIndex: index, position: [longitude, latitude] },
  };
}

function invalid(index: number, whatNb: string, whatEn: string): ImportProblem {
  return {
    code: "invalidGeometry",
    message: `Objekt nr. ${index + 1} ${whatNb}. Rett geometrien (for eksempel med «Fiks geometrier» i QGIS) og last opp på nytt.`,
    messageEn: `Feature ${index + 1} ${whatEn}. Fix the geometry (for instance with "Fix geometries" in QGIS) and upload again.`,
    details: { featureIndex: index },
  };
}
