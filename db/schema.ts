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
  /** Days an inquiry may wait for its answer (decision 013). */
  inquiryAnswerDays: integer("inquiry_answer_days").notNull().default(14),
  /** Days a participation point may stay open before planners are told. */
  pointAnswerDays: integer("point_answer_days").notNull().default(30),
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

/*
 * The people around the project (docs/decisions/013-people-around-the-project.md):
 * participation, neighbour communication, the public page, the cooperation agreement and what
 * changed since a member's last visit. Server records: who and when are stamped by the server;
 * each table's history is kept in `people_events`.
 */

/**
 * An activity with the people the project is for or around: a meeting with the architect, a
 * site visit, a workshop, a choice session … Attendance is counted by role; residents appear by
 * the alias they chose (or the name of their account), nothing else.
 */
export const activities = pgTable(
  "activities",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** "architectMeeting", "siteVisit", "workshop", "choiceSession", "informationMeeting", "survey", "openHouse", "partnerMeeting", "other". */
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    /** YYYY-MM-DD, Europe/Oslo. */
    date: text("date").notNull(),
    phase: text("phase").notNull(),
    place: text("place").notNull().default(""),
    facilitator: text("facilitator").notNull().default(""),
    /**
     * `{ counts: { resident, planner, police, fire, neighbour, partner, other }: numbers,
     *    residents: Array<{ userId?: string; alias: string }> }`, checked by its zod schema.
     */
    attendance: jsonb("attendance").notNull(),
    minutes: text("minutes").notNull().default(""),
    /** Shown on the public page among the meetings ahead (information meetings, open house). */
    isPublic: boolean("is_public").notNull().default(false),
    /** Set when the activity is a held meeting of the cooperation's meeting plan. */
    plannedMeetingId: text("planned_meeting_id"),
    /** Set for minutes a workshop wrote itself (decision 014), until a planner approves them. */
    workshopId: text("workshop_id"),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    approvedBy: text("approved_by").references((): AnyPgColumn => users.id, { onDelete: "set null" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdRole: text("created_role").notNull(),
    createdAt: createdAt(),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("activities_project_idx").on(table.projectId, table.date)],
);

/**
 * A point raised: in an activity, or in the app by a resident, or from an inquiry. Every point
 * gets an answer; "notAdopted" needs a reason. A resident's point may be entered by the resident
 * (`entered_by` = `raised_by_user_id`) or by staff on their behalf (`on_behalf`).
 */
export const participationPoints = pgTable(
  "participation_points",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    activityId: text("activity_id").references(() => activities.id, { onDelete: "set null" }),
    inquiryId: text("inquiry_id"),
    body: text("body").notNull(),
    /** The role of whoever raised it: a member role, or "neighbour", "partner", "other". */
    raisedByRole: text("raised_by_role").notNull(),
    /** The resident member who raised it, when a resident did. */
    raisedByUserId: text("raised_by_user_id").references(() => users.id, { onDelete: "set null" }),
    onBehalf: boolean("on_behalf").notNull().default(false),
    enteredBy: text("entered_by").references(() => users.id, { onDelete: "set null" }),
    enteredRole: text("entered_role").notNull(),
    /** "open", "adopted", "partly", "notAdopted". */
    answerStatus: text("answer_status").notNull().default("open"),
    answer: text("answer").notNull().default(""),
    /** Required for "notAdopted". */
    reason: text("reason").notNull().default(""),
    /** What changed: "site", "checklistItem", "decision", "choiceCategory" (or null) and its id or key. */
    linkKind: text("link_kind"),
    linkId: text("link_id"),
    answeredBy: text("answered_by").references(() => users.id, { onDelete: "set null" }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index("participation_points_project_idx").on(table.projectId, table.createdAt)],
);

/** The information plan: audience × what they are told × when × channel × responsible. */
export const infoPlanRows = pgTable(
  "info_plan_rows",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** "neighbours", "cooperativeBoard", "school", "kindergarten", "localCouncil", "emergencyServices", "press", "everyone". */
    audience: text("audience").notNull(),
    message: text("message").notNull(),
    /** When: a phase, a date (YYYY-MM-DD), or both. */
    phase: text("phase"),
    date: text("date"),
    /** "letter", "meeting", "doorToDoor", "publicPage", "formalNotice". */
    channel: text("channel").notNull(),
    responsible: text("responsible").notNull().default(""),
    /** "planned", "inProgress", "done", "cancelled". */
    status: text("status").notNull().default("planned"),
    position: integer("position").notNull().default(0),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("info_plan_rows_project_idx").on(table.projectId, table.position)],
);

/**
 * The neighbours' address list for letters: from the project's map data (OSM `addr:*` inside
 * the notice radius) or an uploaded CSV from the property register. `owner_name` is personal
 * data: planners only, deletable.
 */
export const neighbourAddresses = pgTable(
  "neighbour_addresses",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** "map" or "upload". */
    source: text("source").notNull(),
    address: text("address").notNull(),
    postcode: text("postcode").notNull().default(""),
    city: text("city").notNull().default(""),
    ownerName: text("owner_name"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    distanceMetres: doublePrecision("distance_metres"),
    createdAt: createdAt(),
  },
  (table) => [index("neighbour_addresses_project_idx").on(table.projectId)],
);

/** The communication log: letters, meetings, calls, e-mails, visits (attachments in `files`, purpose "communication"). */
export const communications = pgTable(
  "communications",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** "letter", "meeting", "call", "email", "visit", "notice". */
    kind: text("kind").notNull(),
    date: text("date").notNull(),
    audience: text("audience").notNull(),
    channel: text("channel").notNull().default(""),
    summary: text("summary").notNull(),
    letterId: text("letter_id"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdRole: text("created_role").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("communications_project_idx").on(table.projectId, table.date)],
);

/** A letter made from a template (`template_key`) with its filled-in blanks; printed once per address. */
export const letters = pgTable(
  "letters",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** "information", "meetingInvitation", "formalNotice". */
    templateKey: text("template_key").notNull(),
    title: text("title").notNull(),
    /** The blanks, checked by the template's zod schema. */
    fields: jsonb("fields").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("letters_project_idx").on(table.projectId)],
);

/** A formal neighbour notice (nabovarsel): when, to whom, how, with what proof of delivery. */
export const neighbourNotices = pgTable(
  "neighbour_notices",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** YYYY-MM-DD, Europe/Oslo: the 14 days and the one-year validity count from here. */
    sentDate: text("sent_date").notNull(),
    recipients: text("recipients").notNull(),
    recipientCount: integer("recipient_count").notNull().default(0),
    /** "letter", "registeredLetter", "email", "handDelivered", "altinn". */
    channel: text("channel").notNull(),
    proof: text("proof").notNull().default(""),
    /** The application was sent (the notice has done its job; no validity warning). */
    applicationSentDate: text("application_sent_date"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [index("neighbour_notices_project_idx").on(table.projectId)],
);

/** An objection (merknad) to a notice, with the applicant's required comment and what was done. */
export const noticeObjections = pgTable(
  "notice_objections",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    noticeId: text("notice_id")
      .notNull()
      .references(() => neighbourNotices.id, { onDelete: "cascade" }),
    receivedDate: text("received_date").notNull(),
    /** Personal data: planners only, deletable (null once deleted). */
    fromName: text("from_name"),
    body: text("body").notNull(),
    applicantComment: text("applicant_comment").notNull().default(""),
    actionTaken: text("action_taken").notNull().default(""),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("notice_objections_notice_idx").on(table.noticeId)],
);

/**
 * Inquiries (henvendelser) from neighbours and others, from the public form or entered by staff.
 * The sender's name and contact are minimal, planners only, and deleted on request (the content
 * stays). Answer due `due_date` (received + the project's answer days, Europe/Oslo).
 */
export const inquiries = pgTable(
  "inquiries",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    receivedDate: text("received_date").notNull(),
    /** "publicForm", "letter", "email", "phone", "meeting", "other". */
    channel: text("channel").notNull(),
    fromName: text("from_name"),
    fromContact: text("from_contact"),
    personalDataDeletedAt: timestamp("personal_data_deleted_at", { withTimezone: true }),
    topic: text("topic").notNull(),
    body: text("body").notNull(),
    dueDate: text("due_date").notNull(),
    answer: text("answer").notNull().default(""),
    answeredDate: text("answered_date"),
    answeredBy: text("answered_by").references(() => users.id, { onDelete: "set null" }),
    /** The question and its answer are shown, without the sender, on the public page. */
    showOnPublicPage: boolean("show_on_public_page").notNull().default(false),
    /** A short public receipt number shown to the sender. */
    receipt: text("receipt").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [index("inquiries_project_idx").on(table.projectId, table.dueDate), uniqueIndex("inquiries_receipt").on(table.receipt)],
);

/** Per address and hour: how many inquiries the public form took (a flood gets 429). */
export const publicFormLimits = pgTable(
  "public_form_limits",
  {
    address: text("address").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull(),
  },
  (table) => [primaryKey({ columns: [table.address, table.windowStart] })],
);

/**
 * The public project page: off by default. `slug` is its short address (/p/<slug>). Published
 * only after the decision log records a political decision or a planner confirms the project is
 * public. `content` holds the intro, contact, FAQ (checked by its zod schema).
 */
export const publicPages = pgTable("public_pages", {
  projectId: text("project_id")
    .primaryKey()
    .references(() => projects.id, { onDelete: "cascade" }),
  slug: text("slug").notNull().unique(),
  published: boolean("published").notNull().default(false),
  publishedAt: timestamp("published_at", { withTimezone: true }),
  publishedBy: text("published_by").references(() => users.id, { onDelete: "set null" }),
  /** How publishing was allowed: "decision" (its id in the decision log) or "confirmed". */
  publishBasis: text("publish_basis"),
  content: jsonb("content").notNull(),
  updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Dated updates on the public page. */
export const publicUpdates = pgTable(
  "public_updates",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    date: text("date").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [index("public_updates_project_idx").on(table.projectId, table.date)],
);

/** The cooperation's partners (municipal units, police, fire & rescue, prison service, Husbanken …), with a work contact only. */
export const partners = pgTable(
  "partners",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** "municipality", "police", "fire", "prisonService", "husbanken", "other". */
    kind: text("kind").notNull(),
    contactRole: text("contact_role").notNull().default(""),
    workContact: text("work_contact").notNull().default(""),
    createdAt: createdAt(),
  },
  (table) => [index("partners_project_idx").on(table.projectId)],
);

/** The responsibility matrix: which partner does what in which phase. */
export const responsibilities = pgTable(
  "responsibilities",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    partnerId: text("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    phase: text("phase").notNull(),
    task: text("task").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("responsibilities_project_idx").on(table.projectId)],
);

/** Measurable targets of the cooperation ("homes offered this year"). */
export const cooperationTargets = pgTable(
  "cooperation_targets",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    target: integer("target").notNull(),
    achieved: integer("achieved").notNull().default(0),
    unit: text("unit").notNull().default(""),
    dueDate: text("due_date"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("cooperation_targets_project_idx").on(table.projectId)],
);

/** The meeting plan (the police's yearly plan of meetings …); a held meeting becomes an activity. */
export const plannedMeetings = pgTable(
  "planned_meetings",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    date: text("date").notNull(),
    purpose: text("purpose").notNull().default(""),
    /** Partner ids taking part. */
    partnerIds: jsonb("partner_ids").notNull(),
    activityId: text("activity_id").references(() => activities.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [index("planned_meetings_project_idx").on(table.projectId, table.date)],
);

/** A planner marks something as needing a role's attention; it shows under "what changed" for that role. */
export const attentionFlags = pgTable(
  "attention_flags",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** "checklistItem", "point", "inquiry", "infoPlanRow", "activity", "site", "meeting" (a planned meeting). */
    subjectKind: text("subject_kind").notNull(),
    subjectId: text("subject_id").notNull(),
    role: text("role").notNull(),
    note: text("note").notNull().default(""),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    clearedAt: timestamp("cleared_at", { withTimezone: true }),
    clearedBy: text("cleared_by").references(() => users.id, { onDelete: "set null" }),
  },
  (table) => [index("attention_flags_project_idx").on(table.projectId, table.role)],
);

/** A member's visits to a project: "what changed since your last visit" counts from `previous_visit_at`. */
export const memberVisits = pgTable(
  "member_visits",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastVisitAt: timestamp("last_visit_at", { withTimezone: true }).notNull(),
    previousVisitAt: timestamp("previous_visit_at", { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.userId] })],
);

/**
 * The history of every record above (append-only): who (id and role), when, what
 * (`subject_kind` + `subject_id`, `kind` "created", "changed", "answered", "deleted",
 * "personalDataDeleted", "published", "unpublished" …) and the changed fields in `detail`.
 */
export const peopleEvents = pgTable(
  "people_events",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    subjectKind: text("subject_kind").notNull(),
    subjectId: text("subject_id").notNull(),
    kind: text("kind").notNull(),
    detail: jsonb("detail").notNull(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorRole: text("actor_role").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("people_events_subject_idx").on(table.projectId, table.subjectKind, table.subjectId, table.createdAt)],
);

/**
 * A workshop (decision 014): a planner's session on the shared screen, with an agenda, polls
 * and a parking lot. Its live state is these rows; the facilitator's map view rides on the
 * plan document's awareness. `status`: "planned", "running", "ended".
 */
export const workshops = pgTable(
  "workshops",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** YYYY-MM-DD, Europe/Oslo. */
    date: text("date").notNull(),
    status: text("status").notNull().default("planned"),
    facilitatorId: text("facilitator_id").references(() => users.id, { onDelete: "set null" }),
    /** The agenda item on the screen now (null before the start and after the end). */
    currentItemId: text("current_item_id"),
    /** The poll on the screen now, if any. */
    currentPollId: text("current_poll_id"),
    /** Whether participants may point the room to a place on the map. */
    allowAttention: boolean("allow_attention").notNull().default(false),
    /** Bumped on every change of state, so screens and phones know they are current. */
    stateVersion: integer("state_version").notNull().default(0),
    startedAt: timestamp("started_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    /** The participation activity holding the minutes, once the workshop has ended. */
    activityId: text("activity_id").references(() => activities.id, { onDelete: "set null" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [index("workshops_project_idx").on(table.projectId, table.date)],
);

/**
 * An agenda item. `kind`: "site" (review a site: `subject_id` the site's id), "checklistSection"
 * (`subject_id` the section key), "colours" (`subject_id` a choice category id or null),
 * "questions", "free".
 */
export const workshopItems = pgTable(
  "workshop_items",
  {
    id: text("id").primaryKey(),
    workshopId: text("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    subjectId: text("subject_id"),
    plannedMinutes: integer("planned_minutes").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (table) => [index("workshop_items_workshop_idx").on(table.workshopId, table.position)],
);

/**
 * A join code for one workshop: joins its project with `role` ("resident" or "observer") until
 * `expires_at`; a guest gets an account with an alias and nothing else. The code is stored as
 * its SHA-256, as invite tokens are.
 */
export const workshopCodes = pgTable(
  "workshop_codes",
  {
    id: text("id").primaryKey(),
    workshopId: text("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull().unique(),
    role: text("role").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    uses: integer("uses").notNull().default(0),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [index("workshop_codes_workshop_idx").on(table.workshopId)],
);

/**
 * A guest account made by a workshop code: which code made it, until the guest keeps it as an
 * account of their own (`kept_at`). The account itself is a row in `users` (alias as name).
 */
export const guestAccounts = pgTable("guest_accounts", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  workshopCodeId: text("workshop_code_id").references(() => workshopCodes.id, { onDelete: "set null" }),
  keptAt: timestamp("kept_at", { withTimezone: true }),
  createdAt: createdAt(),
});

/** Who was in the room: one row a person a workshop, with the role they had. */
export const workshopAttendance = pgTable(
  "workshop_attendance",
  {
    workshopId: text("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    guest: boolean("guest").notNull().default(false),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.workshopId, table.userId] })],
);

/**
 * A live question. `kind`: "single", "scale" (1–5), "ranking", "dots" (a budget of `budget`
 * votes across the options), "text". `options`: `Array<{ id, label, subjectKind?: "site" |
 * "choiceOption" | "checklistItem", subjectId? }>`. `status`: "draft", "open", "closed". Results
 * are shown to others than planners only after `revealed_at`. A reset starts a new `round`; the
 * answers of earlier rounds are kept.
 */
export const polls = pgTable(
  "polls",
  {
    id: text("id").primaryKey(),
    workshopId: text("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    itemId: text("item_id").references(() => workshopItems.id, { onDelete: "set null" }),
    position: integer("position").notNull().default(0),
    kind: text("kind").notNull(),
    question: text("question").notNull(),
    options: jsonb("options").notNull(),
    budget: integer("budget"),
    status: text("status").notNull().default("draft"),
    round: integer("round").notNull().default(1),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    revealedAt: timestamp("revealed_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index("polls_workshop_idx").on(table.workshopId, table.position)],
);

/**
 * One participant's answer to a poll in a round (changed while the poll is open). `answer`:
 * `{ optionId }`, `{ value: 1..5 }`, `{ order: optionId[] }`, `{ dots: { [optionId]: n } }` or
 * `{ text }`, checked by its zod schema against the poll.
 */
export const pollAnswers = pgTable(
  "poll_answers",
  {
    pollId: text("poll_id")
      .notNull()
      .references(() => polls.id, { onDelete: "cascade" }),
    round: integer("round").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    answer: jsonb("answer").notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.pollId, table.round, table.userId] })],
);

/** The parking lot: questions raised in the room, each a participation point once the workshop ends. */
export const parkingLotItems = pgTable(
  "parking_lot_items",
  {
    id: text("id").primaryKey(),
    workshopId: text("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    raisedByRole: text("raised_by_role").notNull(),
    raisedBy: text("raised_by").references(() => users.id, { onDelete: "set null" }),
    /** The participation point it became when the workshop ended. */
    pointId: text("point_id").references(() => participationPoints.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [index("parking_lot_items_workshop_idx").on(table.workshopId, table.createdAt)],
);

/**
 * A decision memo (beslutningsnotat, decision 014): a frozen snapshot of the project, numbered
 * per project. `status`: "draft" (its texts can still change) or "issued" (nothing changes).
 * `snapshot` holds the facts as they were at `created_at`; `sections` which ones are included.
 */
export const memos = pgTable(
  "memos",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    status: text("status").notNull().default("draft"),
    title: text("title").notNull(),
    proposedDecision: text("proposed_decision").notNull().default(""),
    summary: text("summary").notNull().default(""),
    risks: text("risks").notNull().default(""),
    sections: jsonb("sections").notNull(),
    snapshot: jsonb("snapshot").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    issuedBy: text("issued_by").references(() => users.id, { onDelete: "set null" }),
    issuedAt: timestamp("issued_at", { withTimezone: true }),
  },
  (table) => [uniqueIndex("memos_project_version_idx").on(table.projectId, table.version)],
);
