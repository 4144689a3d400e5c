/**
 * Fetches OpenStreetMap data from an Overpass API server and turns it into
 * GeoJSON (tags as feature properties). Every way it can fail becomes an
 * `ImportError` whose message tells the planner what to do.
 */
import type { FeatureCollection } from "geojson";
import osmtogeojson from "osmtogeojson";
import { ImportError } from "./import-problem";

export const defaultOverpassUrl = "https://overpass-api.de/api/interpreter";

export interface OverpassProgress {
  receivedBytes: number;
  /** From Content-Length; Overpass usually streams without one, so mostly null. */
  totalBytes: number | null;
}

export interface OverpassRequestOptions {
  query: string;
  /** Default: env OVERPASS_URL, else the public overpass-api.de server. */
  endpoint?: string;
  /** Whole request, answer included. Default 120 s. */
  timeoutMs?: number;
  /** Largest answer accepted. Default 100 MB. */
  maxBytes?: number;
  onProgress?: (progress: OverpassProgress) => void;
  /** Cancels the request (e.g. the browser went away). */
  signal?: AbortSignal;
}

export const defaultOverpassTimeoutMs = 120_000;
export const defaultOverpassMaxBytes = 100 * 1024 * 1024;

/** The raw OSM JSON answer. */
export interface OsmJson {
  elements: unknown[];
  remark?: string;
  osm3s?: { timestamp_osm_base?: string };
}

/**
 * Posts `query` to the Overpass server and returns its parsed JSON answer.
 *
 * @example
 * const osm = await fetchOverpass({ query, onProgress: ({ receivedBytes }) => log(receivedBytes) });
 */
export async function fetchOverpass(options: OverpassRequestOptions): Promise<OsmJson> {
  // The app passes OVERPASS_URL from its parsed configuration (server/config.ts).
  const endpoint = options.endpoint ?? defaultOverpassUrl;
  const timeoutMs = options.timeoutMs ?? defaultOverpassTimeoutMs;
  const maxBytes = options.maxBytes ?? defaultOverpassMaxBytes;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = () => controller.abort();
  options.signal?.addEventListener("abort", cancel, { once: true });
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: new URLSearchParams({ data: options.query }),
      signal: controller.signal,
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw statusError(response.status, endpoint, response.headers.get("retry-after"));
    }
    const declared = Number(response.headers.get("content-length"));
    const totalBytes = Number.isFinite(declared) && declared > 0 ? declared : null;
    if (totalBytes !== null && totalBytes > maxBytes) {
      await response.body?.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    const text = await readLimited(response, maxBytes, (receivedBytes) =>
      options.onProgress?.({ receivedBytes, totalBytes }),
    );
    return parseAnswer(text);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (timedOut) {
      throw new ImportError(
        {
          code: "timeout",
          message: `Overpass-serveren svarte ikke innen ${Math.round(timeoutMs / 1000)} sekunder. Prøv igjen senere, eller velg et mindre område.`,
          messageEn: `The Overpass server did not answer within ${Math.round(timeoutMs / 1000)} seconds. Try again later, or choose a smaller area.`,
          details: { timeoutMs },
        },
        { cause: error },
      );
    }
    if (options.signal?.aborted) throw error;
    throw new ImportError(
      {
        code: "overpassUnreachable",
        message: "Fikk ikke kontakt med Overpass-serveren. Sjekk nettforbindelsen og adressen (OVERPASS_URL), og prøv igjen.",
        messageEn: "Could not reach the Overpass server. Check the network and the address (OVERPASS_URL), then try again.",
        details: { endpoint, reason: error instanceof Error ? error.message : String(error) },
      },
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", cancel);
  }
}

/**
 * OSM JSON to a FeatureCollection: one feature per tagged node, way and
 * multipolygon, its tags as properties plus `id` like "way/123".
 */
export function osmToFeatureCollection(osm: OsmJson): FeatureCollection {
  return osmtogeojson(osm, { flatProperties: true });
}

async function readLimited(response: Response, maxBytes: number, onBytes: (receivedBytes: number) => void): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
    onBytes(received);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function parseAnswer(text: string): OsmJson {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Overpass answers some errors as an HTML page with status 200.
    throw new ImportError({
      code: "overpassError",
      message: "Overpass-serveren svarte ikke med JSON-data. Prøv igjen senere.",
      messageEn: "The Overpass server did not answer with JSON data. Try again later.",
      details: { start: text.slice(0, 200) },
    });
  }
  if (typeof parsed !== "object" || parsed === null || !Array.isArray((parsed as OsmJson).elements)) {
    throw new ImportError({
      code: "overpassError",
      message: "Svaret fra Overpass-serveren manglet kartdata (elements).",
      messageEn: "The Overpass server's answer had no map data (elements).",
    });
  }
  const answer = parsed as OsmJson;
  // A query that ran out of time or memory on the server still answers 200, with a remark and partial data.
  if (typeof answer.remark === "string" && /runtime (error|remark)/i.test(answer.remark)) {
    throw new ImportError({
      code: "overpassIncomplete",
      message: "Overpass-serveren klarte ikke å hente hele området (tids- eller minnegrense). Velg et mindre område og prøv igjen.",
      messageEn: "The Overpass server could not fetch the whole area (time or memory limit). Choose a smaller area and try again.",
      details: { remark: answer.remark },
    });
  }
  return answer;
}

function statusError(status: number, endpoint: string, retryAfter: string | null): ImportError {
  if (status === 429 || status === 503 || status === 504) {
    const retryAfterSeconds = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : null;
    return new ImportError({
      code: "overpassBusy",
      message: `Overpass-serveren er opptatt (HTTP ${status}). Vent ${retryAfterSeconds ? `${retryAfterSeconds} sekunder` : "et par minutter"} og prøv igjen.`,
      messageEn: `The Overpass server is busy (HTTP ${status}). Wait ${retryAfterSeconds ? `${retryAfterSeconds} seconds` : "a few minutes"} and try again.`,
      details: { status, retryAfterSeconds },
    });
  }
  return new ImportError({
    code: "overpassError",
    message: `Overpass-serveren svarte med en feil (HTTP ${status}). Prøv igjen senere.`,
    messageEn: `The Overpass server answered with an error (HTTP ${status}). Try again later.`,
    details: { status, endpoint },
  });
}

function tooLarge(maxBytes: number): ImportError {
  const megabytes = Math.round(maxBytes / (1024 * 1024));
  return new ImportError({
    code: "tooLarge",
    message: `Svaret fra Overpass er større enn grensen på ${megabytes} MB. Velg et mindre område.`,
    messageEn: `The Overpass answer is larger than the limit of ${megabytes} MB. Choose a smaller area.`,
    details: { maxBytes },
  });
}
