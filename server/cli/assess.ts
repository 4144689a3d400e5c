/**
 * Site assessment from the command line (issue 3):
 *   npm run assess -- --osm area.geojson --sites sites.geojson [--config thresholds.json] [--tags mapping.json] [--concern areas.geojson] [--format json|csv] [--geometry] [--language nb|en]
 * Prints the engine's assessment on stdout. Bad input: a message on stderr and exit code 2.
 */
import { readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { assessSite, assessmentsToCsv, formatAssessment, prepareArea, type AreaOfConcern, type AssessmentConfig, type TagMapping } from "../../app/geo/index";
import { parseTagMappingOverride } from "../../app/geo/tag-mapping-override";
import { GeoJsonInputError, validateSites } from "../../app/geo/validate-sites";
import { validateGeoJson } from "../../app/reference-data/validate-geojson";
import type { FeatureCollection } from "geojson";

const MAX_FILE_BYTES = 200 * 1024 * 1024;
const USAGE =
  "usage: npm run assess -- --osm area.geojson --sites sites.geojson [--config thresholds.json] [--tags mapping.json] [--concern areas.geojson] [--format json|csv] [--geometry] [--language nb|en]";

function readJsonFile(path: string, label: string): unknown {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new GeoJsonInputError(`${label}: file not found: ${path}`);
  }
  if (size > MAX_FILE_BYTES) throw new GeoJsonInputError(`${label}: ${path} is ${(size / 1024 / 1024).toFixed(0)} MB; the limit is 200 MB — cut the area smaller`);
  try {
    return JSON.parse(readFileSync(path, "utf8")) as unknown;
  } catch (error) {
    throw new GeoJsonInputError(`${label}: ${path} is not JSON (${(error as Error).message})`);
  }
}

/** A GeoJSON file, checked like an upload in the app (WGS84, geometry, size). */
function readGeoJsonFile(path: string, label: string): FeatureCollection {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new GeoJsonInputError(`${label}: file not found: ${path}`);
  }
  if (size > MAX_FILE_BYTES) throw new GeoJsonInputError(`${label}: ${path} is ${(size / 1024 / 1024).toFixed(0)} MB; the limit is 200 MB — cut the area smaller`);
  const result = validateGeoJson(readFileSync(path), { maxBytes: MAX_FILE_BYTES });
  if (!result.ok) throw new GeoJsonInputError(`${label}: ${path}: ${result.error.messageEn}`);
  return { type: "FeatureCollection", features: result.features };
}

function readConfig(path: string | undefined): Partial<AssessmentConfig> | undefined {
  if (!path) return undefined;
  const value = readJsonFile(path, "--config");
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new GeoJsonInputError(`--config: ${path} must hold a JSON object of settings`);
  for (const [key, setting] of Object.entries(value)) {
    if (key !== "thresholds" && key !== "reachMinutes" && (typeof setting !== "number" || !(setting >= 0))) {
      throw new GeoJsonInputError(`--config: "${key}" must be a non-negative number`);
    }
  }
  return value as Partial<AssessmentConfig>;
}

function readTagMapping(path: string | undefined): TagMapping | undefined {
  if (!path) return undefined;
  const result = parseTagMappingOverride(readJsonFile(path, "--tags"));
  if (!result.ok) throw new GeoJsonInputError(`--tags: ${path}: ${result.message}`);
  return result.mapping;
}

function main(argv: string[]): number {
  let options;
  try {
    options = parseArgs({
      args: argv,
      options: {
        osm: { type: "string" },
        sites: { type: "string" },
        config: { type: "string" },
        tags: { type: "string" },
        concern: { type: "string" },
        format: { type: "string", default: "json" },
        language: { type: "string", default: "en" },
        geometry: { type: "boolean", default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  try {
    if (!options.osm || !options.sites) throw new GeoJsonInputError(`--osm and --sites are required`);
    if (options.format !== "json" && options.format !== "csv") throw new GeoJsonInputError(`--format must be json or csv, not "${options.format}"`);
    const language = options.language;
    if (language !== "nb" && language !== "en") throw new GeoJsonInputError(`--language must be nb or en`);
    const osm = readGeoJsonFile(options.osm, "--osm");
    const sites = validateSites(readGeoJsonFile(options.sites, "--sites"), options.sites);
    const config = readConfig(options.config);
    const tagMapping = readTagMapping(options.tags);
    const areasOfConcern = options.concern
      ? (readGeoJsonFile(options.concern, "--concern").features.filter(
          (feature) => feature.geometry?.type === "Polygon" || feature.geometry?.type === "MultiPolygon",
        ) as AreaOfConcern[])
      : undefined;
    const area = prepareArea({ osm, config, tagMapping });
    const formatted = sites.map((site) =>
      formatAssessment(assessSite(area, site, { areasOfConcern, includeReachableNetwork: options.geometry }), {
        geometry: options.geometry,
        language,
      }),
    );
    process.stdout.write(options.format === "csv" ? assessmentsToCsv(formatted) : JSON.stringify({ sites: formatted }, null, 2) + "\n");
    return 0;
  } catch (error) {
    if (error instanceof GeoJsonInputError) {
      process.stderr.write(`assess: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
