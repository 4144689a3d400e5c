/**
 * The decision memo's frozen snapshot (decision 014): everything the memo shows, as JSON checked
 * by zod when it is written and read back, so a memo made by an older version still renders.
 * Shared by server and browser (no server-only imports).
 */
import { z } from "zod";
import { checklistStatuses } from "../checklist/template";
import { siteStatuses } from "../documents/plan-document";
import { roles } from "../permissions";
import { housingForms, phases } from "../projects/vocabulary";

const bilingual = z.object({ nb: z.string(), en: z.string() });
// number[] as GeoJSON types a position, so the snapshot's geometries are GeoJSON geometries.
const position = z.array(z.number()).min(2).max(3);
const pointGeometry = z.object({ type: z.literal("Point"), coordinates: position });
const polygonGeometry = z.object({ type: z.literal("Polygon"), coordinates: z.array(z.array(position)) });
const multiPolygonGeometry = z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(z.array(position))) });
const lineGeometry = z.object({ type: z.literal("LineString"), coordinates: z.array(position) });
const figureStatus = z.enum(["pass", "attention", "fail"]);

const nearestSchema = z.object({
  name: z.string().nullable(),
  walkMeters: z.number(),
  walkMinutes: z.number(),
  straightMeters: z.number(),
  status: figureStatus,
  lon: z.number(),
  lat: z.number(),
  /** The walk to everyday destinations (grocery, bus stop), for the map. */
  route: lineGeometry.nullable(),
});

const assessmentSchema = z.object({
  /** By destination category (grocery, busStop, …); null when none was found. */
  nearest: z.record(z.string(), nearestSchema.nullable()),
  notFound: z.record(z.string(), z.string()),
  shortcuts: z.array(
    z.object({
      category: z.string(),
      destinationName: z.string().nullable(),
      barrier: z.string(),
      barrierName: z.string().nullable(),
      straightMeters: z.number(),
      walkMeters: z.number().nullable(),
      message: bilingual,
    }),
  ),
  supportedHomesWithin: z.number(),
  supportedHomesStatus: figureStatus,
  radiusMeters: z.number(),
  /** In or near an area of concern (internal only: publicMemo removes it). */
  areaOfConcern: z.object({ inside: z.boolean(), near: z.boolean(), distanceMeters: z.number().nullable(), nearMeters: z.number(), status: figureStatus }).nullable(),
  summary: bilingual,
});
export type MemoAssessment = z.infer<typeof assessmentSchema>;

const ratingSchema = z.object({
  aspect: z.string(),
  role: z.enum(roles),
  /** A person's name: publicMemo removes it. */
  authorName: z.string().nullable(),
  score: z.number(),
  comment: z.string(),
});

const commentSchema = z.object({
  authorRole: z.enum(roles),
  /** A person's name: publicMemo removes it. */
  authorName: z.string().nullable(),
  body: z.string(),
  date: z.string(),
});

const siteSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(siteStatuses),
  notes: z.string(),
  geometry: z.union([pointGeometry, polygonGeometry]),
  assessment: assessmentSchema.nullable(),
  ratings: z.array(ratingSchema),
  comments: z.array(commentSchema),
});
export type MemoSite = z.infer<typeof siteSchema>;

export const memoSnapshotSchema = z.object({
  formatVersion: z.literal(1),
  /** When the snapshot was taken (ISO). */
  takenAt: z.string(),
  project: z.object({ name: z.string(), municipality: z.string(), housingForm: z.enum(housingForms), homeCount: z.number().int(), phase: z.enum(phases) }),
  /** Members' names and residents' aliases, so the public version can take them out of free text (publicMemo empties it). */
  names: z.array(z.string()).default([]),
  decisions: z.array(
    z.object({
      date: z.string(),
      phase: z.enum(phases),
      decision: z.string(),
      decidedBy: z.string(),
      basis: z.string(),
      /** Who wrote it into the log: publicMemo removes it. */
      recordedByName: z.string().nullable(),
    }),
  ),
  /** The settings the figures were rated with (for the units line and "not found" texts). */
  assessment: z.object({ walkingMetersPerMinute: z.number(), maxWalkMeters: z.number(), maxSnapMeters: z.number(), hasReferenceData: z.boolean() }),
  sites: z.array(siteSchema),
  /** The aspects whose ratings the snapshot holds (revealed on every site). */
  revealedAspects: z.array(z.string()),
  /** The police's areas of concern (internal only). */
  areasOfConcern: z.array(z.object({ name: z.string(), geometry: z.union([polygonGeometry, multiPolygonGeometry]) })),
  checklist: z.object({
    total: z.number(),
    closed: z.number(),
    done: z.number(),
    overdue: z.number(),
    byStatus: z.record(z.enum([...checklistStatuses, "mixed"]), z.number()),
    decidedAgainst: z.array(z.object({ section: bilingual, title: bilingual, reason: z.string() })),
  }),
  participation: z.object({
    distinctResidents: z.number(),
    activityCount: z.number(),
    pointCount: z.number(),
    answeredCount: z.number(),
    answeredShare: z.number().nullable(),
    medianDaysToAnswer: z.number().nullable(),
    points: z.array(
      z.object({
        body: z.string(),
        raisedByRole: z.string(),
        answerStatus: z.string(),
        answer: z.string(),
        reason: z.string(),
        activityTitle: z.string().nullable(),
        raisedOn: z.string(),
        answeredOn: z.string().nullable(),
      }),
    ),
  }),
  neighbours: z.object({
    infoPlanRows: z.number(),
    infoPlanDone: z.number(),
    lettersSent: z.number(),
    meetingsHeld: z.number(),
    logEntries: z.number(),
    notice: z.object({ sentDate: z.string(), recipientCount: z.number(), objections: z.number(), openObjections: z.number() }).nullable(),
  }),
  workshops: z.array(
    z.object({
      title: z.string(),
      date: z.string(),
      /** The facilitator's name: publicMemo removes it. */
      facilitatorName: z.string().nullable(),
      attendance: z.record(z.string(), z.number()),
      points: z.number(),
    }),
  ),
});
export type MemoSnapshot = z.infer<typeof memoSnapshotSchema>;

/** The sections a memo can leave out (the title, proposed decision and summary always stay). */
export const memoSections = ["project", "decisions", "sites", "ratings", "checklist", "participation", "neighbours", "workshops", "risks"] as const;
export type MemoSection = (typeof memoSections)[number];
export const memoSectionsSchema = z.array(z.enum(memoSections));
