import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  customType,
  doublePrecision,
  type AnyPgColumn,
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

/**
 * Agency ratings of candidate sites (docs/decisions/009-comments-and-ratings.md): each member
 * rates the aspect of their role 1–5 with a comment; one rating per member, site and aspect.
 * Sites live in the plan document, so `site_id` is the site's id there, not a foreign key.
 */
export const siteRatings = pgTable(
  "site_ratings",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    siteId: text("site_id").notNull(),
    /** "safety", "fireAccess", "living" or "buildability". */
    aspect: text("aspect").notNull(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The author's role when they rated, stamped by the server. */
    authorRole: text("author_role").notNull(),
    score: integer("score").notNull(),
    comment: text("comment").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("site_ratings_one_per_member").on(table.projectId, table.siteId, table.aspect, table.authorId),
    check("site_ratings_score_range", sql`${table.score} between 1 and 5`),
  ],
);

/**
 * Aspects whose ratings a planner has revealed to every member of the project, on one site
 * (`site_id`) or on all of them (`site_id` null); hiding deletes the row. One row per scope:
 * a partial unique index for each, since a primary key cannot hold the null of "all sites".
 */
export const ratingReveals = pgTable(
  "rating_reveals",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** The site's id in the plan document, or null: revealed on every site of the project. */
    siteId: text("site_id"),
    aspect: text("aspect").notNull(),
    revealedBy: text("revealed_by").references(() => users.id, { onDelete: "set null" }),
    revealedAt: timestamp("revealed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("rating_reveals_one_per_project")
      .on(table.projectId, table.aspect)
      .where(sql`${table.siteId} is null`),
    uniqueIndex("rating_reveals_one_per_site")
      .on(table.projectId, table.siteId, table.aspect)
      .where(sql`${table.siteId} is not null`),
  ],
);

/**
 * Comments on a site, on a map position (a pin) or both; replies point at their thread's first
 * comment. Author, role and times are stamped by the server.
 */
export const siteComments = pgTable(
  "site_comments",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    siteId: text("site_id"),
    parentId: text("parent_id").references((): AnyPgColumn => siteComments.id, { onDelete: "cascade" }),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    authorRole: text("author_role").notNull(),
    body: text("body").notNull(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: text("resolved_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [
    index("site_comments_project_idx").on(table.projectId, table.createdAt),
    check("site_comments_position_whole", sql`(${table.latitude} is null) = (${table.longitude} is null)`),
  ],
);

/**
 * Sign-in limits (docs/decisions/011-safe-by-construction.md): failures counted per account,
 * per account and address, in the database so they are shared by every process and survive a
 * restart. `username` or `address` is '' where the scope does not use it.
 */
export const signInLimits = pgTable(
  "sign_in_limits",
  {
    /** "account" (every address, gentle) or "account-address" (one address, strict). */
    scope: text("scope").notNull(),
    username: text("username").notNull(),
    address: text("address").notNull(),
    failures: integer("failures").notNull(),
    lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull(),
    /** Whether the latest reservation was let through to the password check (set by the same statement). */
    lastAttemptAllowed: boolean("last_attempt_allowed").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.scope, table.username, table.address] }),
    index("sign_in_limits_address_idx").on(table.address, table.lastFailureAt),
  ],
);
