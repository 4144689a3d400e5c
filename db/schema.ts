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

/*
 * The homes of a project: the design checklist and the residents' choices of colours and
 * materials (docs/decisions/012-checklist-and-choices.md). Server records, not shared
 * documents: per-item and per-home rights are checked on every write.
 */

/** House types of a project ("Småhus type A"); homes may belong to one. */
export const houseTypes = pgTable(
  "house_types",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("house_types_project_idx").on(table.projectId)],
);

/**
 * The project's homes, numbered 1…homeCount (created when first needed). A home may be
 * allocated to one resident member; nothing else about the resident is stored.
 */
export const homes = pgTable(
  "homes",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    name: text("name").notNull(),
    houseTypeId: text("house_type_id").references(() => houseTypes.id, { onDelete: "set null" }),
    residentId: text("resident_id").references(() => users.id, { onDelete: "set null" }),
    allocatedAt: timestamp("allocated_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("homes_number_per_project").on(table.projectId, table.number),
    uniqueIndex("homes_one_per_resident").on(table.projectId, table.residentId),
  ],
);

/**
 * The project's checklist: one row per item taken in from the template (its key in the
 * template file), with the template version it came with.
 */
export const checklistItems = pgTable(
  "checklist_items",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    itemKey: text("item_key").notNull(),
    templateVersion: integer("template_version").notNull(),
    responsibleRole: text("responsible_role"),
    duePhase: text("due_phase"),
    /** A calendar date (YYYY-MM-DD), Europe/Oslo. */
    dueDate: text("due_date"),
    /** A debated item's decision and its reason, and the decision-log entry it was put into. */
    decision: text("decision"),
    decisionReason: text("decision_reason"),
    decisionLogId: text("decision_log_id"),
    addedAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.itemKey] })],
);

/** Which template version a project's checklist was made from, and later taken in. */
export const checklistVersions = pgTable("checklist_versions", {
  projectId: text("project_id")
    .primaryKey()
    .references(() => projects.id, { onDelete: "cascade" }),
  templateVersion: integer("template_version").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * An item's state, for the whole project (`home_id` '' ) or for one home. A home without a
 * row of its own has the project row's state.
 */
export const checklistStates = pgTable(
  "checklist_states",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    itemKey: text("item_key").notNull(),
    /** '' for the project as a whole, else a home's id. */
    homeId: text("home_id").notNull().default(""),
    /** notStarted, inProgress, done, notRelevant, decidedAgainst. */
    status: text("status").notNull(),
    reason: text("reason").notNull().default(""),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedRole: text("updated_role"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.itemKey, table.homeId] })],
);

/**
 * What happened on a checklist item, server-stamped and append-only: state changes, comments
 * and disagreements (an agency that does not agree with a state records it here; the state is
 * not overwritten).
 */
export const checklistEvents = pgTable(
  "checklist_events",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    itemKey: text("item_key").notNull(),
    homeId: text("home_id").notNull().default(""),
    /** "status", "comment", "disagreement", "decision", "assignment". */
    kind: text("kind").notNull(),
    status: text("status"),
    body: text("body").notNull().default(""),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    authorRole: text("author_role").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("checklist_events_item_idx").on(table.projectId, table.itemKey, table.createdAt)],
);

/**
 * Uploaded files: evidence on checklist items, photos of catalogue options. Images are stored
 * re-encoded (no metadata), as a viewable size and a thumbnail; PDFs as sent.
 */
export const files = pgTable(
  "files",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** "checklist" (evidence) or "catalogue" (an option's photo). */
    purpose: text("purpose").notNull(),
    /** For evidence: the checklist item; for a catalogue photo: the option's id. */
    subjectKey: text("subject_key").notNull(),
    homeId: text("home_id").notNull().default(""),
    /** "image" or "pdf". */
    kind: text("kind").notNull(),
    contentType: text("content_type").notNull(),
    fileName: text("file_name").notNull(),
    byteSize: integer("byte_size").notNull(),
    data: bytea("data").notNull(),
    thumbnail: bytea("thumbnail"),
    width: integer("width"),
    height: integer("height"),
    /** Kept only when the uploader agreed to keep the photo's position. */
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    caption: text("caption").notNull().default(""),
    uploadedBy: text("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    uploadedRole: text("uploaded_role").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("files_subject_idx").on(table.projectId, table.purpose, table.subjectKey)],
);

/** Choice categories of a project's catalogue (façade colour, front door, floor …). */
export const choiceCategories = pgTable(
  "choice_categories",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The part of the house preview the category colours: facade, door, roof, trim, wall, floor, kitchen, worktop, bathroom, or none. */
    previewPart: text("preview_part").notNull(),
    description: text("description").notNull().default(""),
    /** Calendar dates (YYYY-MM-DD), Europe/Oslo; choices close at the end of `closes_on`. */
    opensOn: text("opens_on").notNull(),
    closesOn: text("closes_on").notNull(),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
  },
  (table) => [index("choice_categories_project_idx").on(table.projectId, table.position)],
);

/** The options of a category; one is the standard, applied where a resident does not choose. */
export const choiceOptions = pgTable(
  "choice_options",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    categoryId: text("category_id")
      .notNull()
      .references(() => choiceCategories.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** #rrggbb. */
    color: text("color").notNull(),
    /** A colour code such as NCS "S 1502-Y50R", where known. */
    colorCode: text("color_code").notNull().default(""),
    material: text("material").notNull().default(""),
    robustnessNote: text("robustness_note").notNull().default(""),
    /** "ok", "warning" (offered with the reason shown) or "fails" (not offered). */
    robustness: text("robustness").notNull().default("ok"),
    isStandard: boolean("is_standard").notNull().default(false),
    photoFileId: text("photo_file_id").references(() => files.id, { onDelete: "set null" }),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
  },
  (table) => [index("choice_options_category_idx").on(table.categoryId, table.position)],
);

/** A home's current choice in a category; the history is in `choice_events`. */
export const homeChoices = pgTable(
  "home_choices",
  {
    homeId: text("home_id")
      .notNull()
      .references(() => homes.id, { onDelete: "cascade" }),
    categoryId: text("category_id")
      .notNull()
      .references(() => choiceCategories.id, { onDelete: "cascade" }),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    optionId: text("option_id")
      .notNull()
      .references(() => choiceOptions.id, { onDelete: "cascade" }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    chosenBy: text("chosen_by").references(() => users.id, { onDelete: "set null" }),
    chosenRole: text("chosen_role").notNull(),
    /** Set when staff recorded it with the resident: "chosen together with the resident at <meeting> on <date>". */
    withResidentMeeting: text("with_resident_meeting"),
    withResidentDate: text("with_resident_date"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.homeId, table.categoryId] })],
);

/** A planner reopened a closed category for one home, until a date. */
export const choiceReopenings = pgTable(
  "choice_reopenings",
  {
    homeId: text("home_id")
      .notNull()
      .references(() => homes.id, { onDelete: "cascade" }),
    categoryId: text("category_id")
      .notNull()
      .references(() => choiceCategories.id, { onDelete: "cascade" }),
    opensUntil: text("opens_until").notNull(),
    reopenedBy: text("reopened_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.homeId, table.categoryId] })],
);

/** A resident's favourites among a category's options (their own home only). */
export const choiceFavourites = pgTable(
  "choice_favourites",
  {
    homeId: text("home_id")
      .notNull()
      .references(() => homes.id, { onDelete: "cascade" }),
    optionId: text("option_id")
      .notNull()
      .references(() => choiceOptions.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.homeId, table.optionId] })],
);

/**
 * Everything that happened to a home's choices, server-stamped and append-only: picks,
 * confirmations, picks recorded with the resident, reopenings, requests for help. It is the
 * choices' history and their record of participation (who by role, when, what).
 */
export const choiceEvents = pgTable(
  "choice_events",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    homeId: text("home_id")
      .notNull()
      .references(() => homes.id, { onDelete: "cascade" }),
    categoryId: text("category_id").references(() => choiceCategories.id, { onDelete: "cascade" }),
    optionId: text("option_id").references(() => choiceOptions.id, { onDelete: "set null" }),
    /**
     * "pick", "confirm", "withResident", "reopen", "reopenEnded", "helpRequest", "helpAnswered".
     * `meeting` holds a choice made together with the resident's meeting, or a help request's
     * message; `meeting_date` that meeting's date, or a reopening's last day.
     */
    kind: text("kind").notNull(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorRole: text("actor_role").notNull(),
    meeting: text("meeting"),
    meetingDate: text("meeting_date"),
    createdAt: createdAt(),
  },
  (table) => [index("choice_events_project_idx").on(table.projectId, table.createdAt)],
);
