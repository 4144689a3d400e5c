import { sql } from "drizzle-orm";
import {
  bigserial,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { FeatureCollection } from "geojson";

/** Binary column: Buffer from the `postgres` driver, Uint8Array from PGlite. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

const createdAt = () =>
  timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/**
 * An account. Residents may leave e-mail empty; we store no health, criminal or
 * identity data about anyone, only the name or alias they choose.
 */
export const users = pgTable("users", {
  id: text("id").primaryKey(),
  username: text("username").notNull().unique(),
  name: text("name").notNull(),
  email: text("email"),
  passwordHash: text("password_hash").notNull(),
  createdAt: createdAt(),
});

/** Server-side sessions; the cookie holds a random token, the table its SHA-256. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

export const projects = pgTable("projects", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  municipality: text("municipality").notNull(),
  housingForm: text("housing_form").notNull(),
  homeCount: integer("home_count").notNull(),
  description: text("description").notNull().default(""),
  /** A copy of the phase in the project's plan document, kept by the server for lists. */
  phase: text("phase").notNull().default("needs"),
  createdBy: text("created_by")
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  "memberships",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.projectId, table.userId] }),
    index("memberships_user_idx").on(table.userId),
  ],
);

/** Invite links: one token grants one role in one project until it expires or is revoked. */
export const invites = pgTable(
  "invites",
  {
    id: text("id").primaryKey(),
    tokenHash: text("token_hash").notNull().unique(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    uses: integer("uses").notNull().default(0),
    createdAt: createdAt(),
  },
  (table) => [index("invites_project_idx").on(table.projectId)],
);

/**
 * The sync server's durable log: every Yjs update it relays, stored before it is
 * relayed; now and then compacted into one merged update per document.
 */
export const documentUpdates = pgTable(
  "document_updates",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    document: text("document").notNull(),
    data: bytea("data").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (table) => [index("document_updates_document_idx").on(table.document, table.id)],
);

/**
 * Map reference data of a project: an OpenStreetMap import (Overpass) or an uploaded
 * GeoJSON file, stored as one FeatureCollection (OSM tags as feature properties) so
 * the map works without repeating the import. At most one OSM layer per project:
 * a new import replaces the old one.
 */
export const referenceLayers = pgTable(
  "reference_layers",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** "osm" (Overpass import) or "upload" (GeoJSON file). */
    source: text("source").notNull(),
    name: text("name").notNull(),
    featureCount: integer("feature_count").notNull(),
    /** [west, south, east, north] in WGS84 degrees, or null for an empty layer. */
    bbox: jsonb("bbox").$type<[number, number, number, number] | null>(),
    data: jsonb("data").$type<FeatureCollection>().notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [
    index("reference_layers_project_idx").on(table.projectId),
    uniqueIndex("reference_layers_one_osm_per_project")
      .on(table.projectId)
      .where(sql`${table.source} = 'osm'`),
  ],
);
