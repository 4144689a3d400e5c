/**
 * The whole environment, parsed once at start-up with zod (decision 011). A bad value stops
 * the start with a message naming the variable; nothing else reads `process.env`. Loaders and
 * actions get the part they need as `context.config` (`AppConfig`).
 */
import { z } from "zod";
import { importConfigFromEnvironment, type ImportConfig } from "../app/reference-data/import-config.server";
import type { BaseMap } from "../app/sites/base-maps";
import { baseMapsFromEnvironment } from "../app/sites/base-maps.server";

/** An empty variable (`FOO=`) means "not set", as a shell user expects. */
const optional = <Schema extends z.ZodTypeAny>(schema: Schema) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const flag = (meaning: string) =>
  optional(z.enum(["0", "1"], { message: `must be 0 or 1 (${meaning})` })).transform((value) => value === "1");

const httpUrl = z
  .string()
  .url("must be a URL")
  .refine((value) => /^https?:\/\//i.test(value), "must start with http:// or https://");

const tileUrl = httpUrl.refine(
  (value) => !/\s/.test(value) && ["{z}", "{x}", "{y}"].every((part) => value.includes(part)),
  "must be an http(s) tile URL containing {z}, {x} and {y}",
);

// Kept as text: the reference-data import reads them itself (app/reference-data/import-config.server.ts).
const positiveNumberText = optional(
  z.string().refine((value) => Number.isFinite(Number(value)) && Number(value) > 0, "must be a positive number"),
);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  /** A PostgreSQL server; without it the embedded PGlite keeps its data in DATA_DIR. */
  DATABASE_URL: optional(z.string().url()),
  DATA_DIR: z.string().default(".data/db"),
  /** Create the demo project and accounts when the database has no users. Default: on for the embedded database. */
  SEED_DEMO: optional(z.enum(["0", "1"])),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SYNC_IDLE_UNLOAD_MS: z.coerce.number().int().min(0).default(30_000),
  SYNC_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(2 * 1024 * 1024),
  /** A shared document's largest encoded size; an update past it is refused (decision 011). */
  SYNC_MAX_DOCUMENT_BYTES: z.coerce.number().int().min(1024).default(8 * 1024 * 1024),
  /** Milliseconds to wait for pending writes on shutdown before giving up. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** The production build's folder; parallel builds (several developers' browser tests) keep apart. */
  BUILD_DIR: z.string().min(1).default("build"),
  /** Behind a TLS proxy: trust its X-Forwarded-* headers (scheme, client address). */
  TRUST_PROXY: flag("trust the proxy's X-Forwarded-* headers"),
  /** Secure cookies even when the request says http (a proxy that does not tell). */
  COOKIE_SECURE: flag("always send Secure cookies"),
  /** Base URL of links that leave the app (invite links); default: the request's own origin. */
  PUBLIC_URL: optional(httpUrl),
  OSM_TILE_URL: optional(tileUrl),
  TOPO_TILE_URL: optional(tileUrl),
  OVERPASS_URL: optional(httpUrl),
  OVERPASS_TIMEOUT_MS: positiveNumberText,
  OVERPASS_MAX_BYTES: positiveNumberText,
  REFERENCE_MARGIN_METRES: positiveNumberText,
  REFERENCE_MAX_AREA_KM2: positiveNumberText,
  REFERENCE_MAX_UPLOAD_BYTES: positiveNumberText,
});

export type Config = z.infer<typeof schema>;

/** A setting in the environment that cannot be used; the message names each variable. */
export class ConfigurationError extends Error {
  constructor(readonly problems: readonly { variable: string; message: string }[]) {
    super(`Invalid configuration: ${problems.map((problem) => `${problem.variable} ${problem.message}`).join("; ")}`);
    this.name = "ConfigurationError";
  }
}

/**
 * Parses the environment; throws `ConfigurationError` naming every bad variable.
 *
 * @example
 * readConfig({ PORT: "eighty" }); // throws "Invalid configuration: PORT Expected number, received nan"
 */
export function readConfig(environment: Readonly<Record<string, string | undefined>> = process.env): Config {
  const parsed = schema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigurationError(
      parsed.error.issues.map((issue) => ({ variable: issue.path.join(".") || "(environment)", message: issue.message })),
    );
  }
  return parsed.data;
}

/** What loaders and actions may know of the configuration (`context.config`). */
export interface AppConfig {
  /** Always send Secure cookies (COOKIE_SECURE=1); https requests get them anyway. */
  cookieSecure: boolean;
  /** Base URL of invite links without a trailing slash, or null for the request's own origin. */
  publicUrl: string | null;
  referenceData: ImportConfig;
  baseMaps: BaseMap[];
}

export function appConfigOf(config: Config): AppConfig {
  return {
    cookieSecure: config.COOKIE_SECURE,
    publicUrl: config.PUBLIC_URL?.replace(/\/$/, "") ?? null,
    referenceData: importConfigFromEnvironment({
      OVERPASS_URL: config.OVERPASS_URL,
      OVERPASS_TIMEOUT_MS: config.OVERPASS_TIMEOUT_MS,
      OVERPASS_MAX_BYTES: config.OVERPASS_MAX_BYTES,
      REFERENCE_MARGIN_METRES: config.REFERENCE_MARGIN_METRES,
      REFERENCE_MAX_AREA_KM2: config.REFERENCE_MAX_AREA_KM2,
      REFERENCE_MAX_UPLOAD_BYTES: config.REFERENCE_MAX_UPLOAD_BYTES,
    }),
    baseMaps: baseMapsFromEnvironment({ OSM_TILE_URL: config.OSM_TILE_URL, TOPO_TILE_URL: config.TOPO_TILE_URL }),
  };
}
