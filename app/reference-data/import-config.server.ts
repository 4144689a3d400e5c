/**
 * Limits of the reference-data import, from the environment so an operator can
 * change them without a release. server/config.ts parses the environment once at start (a malformed
 * value stops the start) and passes it here; unset values fall back to defaults.
 *
 * OVERPASS_URL               Overpass API endpoint (default https://overpass-api.de/api/interpreter)
 * OVERPASS_TIMEOUT_MS        whole request, answer included (default 120000)
 * OVERPASS_MAX_BYTES         largest Overpass answer (default 104857600, 100 MB)
 * REFERENCE_MARGIN_METRES    added around the sites' box (default 1500)
 * REFERENCE_MAX_AREA_KM2     largest area to import (default 40)
 * REFERENCE_MAX_UPLOAD_BYTES largest GeoJSON upload (default 20971520, 20 MB)
 */
import { defaultOverpassMaxBytes, defaultOverpassTimeoutMs, defaultOverpassUrl } from "./overpass-client.server";
import { defaultMarginMetres, defaultMaxAreaSquareKilometres } from "./overpass-query";
import { defaultMaxUploadBytes } from "./validate-geojson";

export interface ImportConfig {
  overpassUrl: string;
  overpassTimeoutMs: number;
  overpassMaxBytes: number;
  marginMetres: number;
  maxAreaSquareKilometres: number;
  maxUploadBytes: number;
}

export function importConfigFromEnvironment(environment: Readonly<Record<string, string | undefined>>): ImportConfig {
  return {
    overpassUrl: environment.OVERPASS_URL || defaultOverpassUrl,
    overpassTimeoutMs: positive(environment.OVERPASS_TIMEOUT_MS, defaultOverpassTimeoutMs),
    overpassMaxBytes: positive(environment.OVERPASS_MAX_BYTES, defaultOverpassMaxBytes),
    marginMetres: positive(environment.REFERENCE_MARGIN_METRES, defaultMarginMetres),
    maxAreaSquareKilometres: positive(environment.REFERENCE_MAX_AREA_KM2, defaultMaxAreaSquareKilometres),
    maxUploadBytes: positive(environment.REFERENCE_MAX_UPLOAD_BYTES, defaultMaxUploadBytes),
  };
}

function positive(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return value !== undefined && value !== "" && Number.isFinite(number) && number > 0 ? number : fallback;
}
