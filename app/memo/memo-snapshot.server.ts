/**
 * The decision memo's snapshot (decision 014): the project as it stands, read through each
 * part's own exported functions (never by copying their queries), with the site assessment
 * computed on the server from the project's stored map data as the map page computes it in the
 * browser. Checked with zod before it is stored.
 */
import { eq } from "drizzle-orm";
import * as Y from "yjs";
import type { Database } from "../../db/connection";
import { projects } from "../../db/schema";
import { createDatabaseStorage } from "../../server/sync/storage";
import { readChecklist } from "../checklist/checklist-snapshot.server";
import { readProjectSettings } from "../compare/project-settings";
import { readTagMappingSetting } from "../compare/tag-mapping-settings";
import { areasAsFeatures, listAreas } from "../concerns/concern-document";
import { decisionsMap, decisionSchema, phaseSchema, settingsMap } from "../documents/plan-document";
import { readRecords } from "../documents/entry-check";
import { readSnapshot as readFeedback } from "../feedback/feedback-store.server";
import { aspectRole, aspects } from "../feedback/aspects";
import { assessSite, mergeConfig, defaultConfig, prepareArea } from "../geo/index";
import type { SiteAssessment } from "../geo/types";
import { infoPlanSummary } from "../neighbours/info-plan-store.server";
import { listCommunications } from "../neighbours/communication-store.server";
import { listLetters } from "../neighbours/letter-store.server";
import { listNotices } from "../neighbours/notice-store.server";
import { participationSummary } from "../participation/participation-summary.server";
import { readParticipationRecords } from "../participation/participation-records.server";
import { readSaidDone } from "../participation/said-done.server";
import type { Role } from "../permissions";
import { housingForms, isPhase, type HousingForm } from "../projects/vocabulary";
import { loadPlanDocument } from "../public-page/plan-snapshot.server";
import { loadLayers } from "../reference-data/reference-layers.server";
import { listSites, type Site } from "../sites/site-document";
import { listWorkshops } from "../workshops/workshops-store.server";
import { listMembers } from "../members/members.server";
import { memoSnapshotSchema, type MemoAssessment, type MemoSnapshot, type MemoSite } from "./memo-snapshot-types";

/** The planner making the memo, as the server established them. */
export interface MemoMember {
  projectId: string;
  userId: string;
  role: Role;
}

/** Destinations the memo's walk routes are kept for (the map draws them). */
const routedCategories = new Set(["grocery", "busStop"]);

const roundPosition = ([lon, lat]: number[]): [number, number] => [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];

/** The figures the memo shows of an assessment: the comparison table's, without the heavy geometry. */
function memoAssessment(assessment: SiteAssessment): MemoAssessment {
  const nearest: MemoAssessment["nearest"] = {};
  for (const [category, result] of Object.entries(assessment.nearest)) {
    nearest[category] = result
      ? {
          name: result.name,
          walkMeters: result.walkMeters,
          walkMinutes: result.walkMinutes,
          straightMeters: result.straightMeters,
          status: result.status,
          lon: result.lon,
          lat: result.lat,
          route: routedCategories.has(category) ? { type: "LineString", coordinates: result.route.coordinates.map(roundPosition) } : null,
        }
      : null;
  }
  const { neighbourhood } = assessment;
  return {
    nearest,
    notFound: { ...assessment.notFound },
    shortcuts: assessment.shortcuts.map((shortcut) => ({
      category: shortcut.category,
      destinationName: shortcut.destinationName,
      barrier: shortcut.barrier,
      barrierName: shortcut.barrierName,
      straightMeters: shortcut.straightMeters,
      walkMeters: shortcut.walkMeters,
      message: shortcut.message,
    })),
    supportedHomesWithin: neighbourhood.supportedHomesWithin,
    supportedHomesStatus: neighbourhood.supportedHomesStatus,
    radiusMeters: neighbourhood.radiusMeters,
    areaOfConcern: neighbourhood.areaOfConcern
      ? { inside: neighbourhood.areaOfConcern.inside, near: neighbourhood.areaOfConcern.near, distanceMeters: neighbourhood.areaOfConcern.distanceMeters, nearMeters: neighbourhood.areaOfConcern.nearMeters, status: neighbourhood.areaOfConcern.status }
      : null,
    summary: assessment.summary,
  };
}

/** The stored concerns document (police and the municipality; the memo's maker is a planner). */
async function readConcernAreas(db: Database, projectId: string) {
  const { updates } = await createDatabaseStorage(db).load(`project/${projectId}/concerns`);
  const doc = new Y.Doc();
  try {
    for (const update of updates) Y.applyUpdate(doc, update);
    return listAreas(doc);
  } finally {
    doc.destroy();
  }
}

/** Each site's assessment, computed on the server as the map page's worker does (app/geo). */
async function assessSites(db: Database, projectId: string, sites: Site[], settings: Y.Map<unknown>, concerns: ReturnType<typeof areasAsFeatures>) {
  const config = readProjectSettings(settings);
  const merged = mergeConfig(defaultConfig, config);
  const reference = await loadLayers(db, projectId);
  const assessments = new Map<string, MemoAssessment>();
  if (reference.features.length > 0 && sites.length > 0) {
    const area = prepareArea({ osm: reference, config, tagMapping: readTagMappingSetting(settings)?.mapping });
    for (const site of sites) {
      assessments.set(site.id, memoAssessment(assessSite(area, { name: site.name || site.id, geometry: site.geometry }, { areasOfConcern: concerns.length > 0 ? concerns : undefined })));
    }
  }
  return {
    assessments,
    settings: { walkingMetersPerMinute: merged.walkingMetersPerMinute, maxWalkMeters: merged.maxWalkMeters, maxSnapMeters: merged.maxSnapMeters, hasReferenceData: reference.features.length > 0 },
  };
}

/** Revealed ratings and the agencies' comments per site: read as a member of no group sees them. */
async function readSiteFeedback(db: Database, projectId: string) {
  // An observer with no account of their own sees exactly the revealed ratings (decision 009).
  const feedback = await readFeedback(db, { projectId, userId: "", role: "observer" });
  return {
    revealedAspects: aspects.filter((aspect) => feedback.revealed.includes(aspect)),
    ratingsOf: (siteId: string): MemoSite["ratings"] =>
      feedback.ratings
        .filter((rating) => rating.siteId === siteId)
        .map((rating) => ({ aspect: rating.aspect, role: rating.authorRole, authorName: rating.authorName, score: rating.score, comment: rating.comment }))
        .sort((a, b) => aspects.indexOf(a.aspect as (typeof aspects)[number]) - aspects.indexOf(b.aspect as (typeof aspects)[number])),
    commentsOf: (siteId: string): MemoSite["comments"] =>
      feedback.comments
        .filter((comment) => comment.siteId === siteId && (comment.authorRole === aspectRole.safety || comment.authorRole === aspectRole.fireAccess))
        .map((comment) => ({ authorRole: comment.authorRole, authorName: comment.authorName, body: comment.body, date: comment.createdAt.slice(0, 10) })),
  };
}

async function readChecklistStatus(db: Database, member: MemoMember): Promise<MemoSnapshot["checklist"]> {
  const checklist = await readChecklist(db, member);
  const byStatus: MemoSnapshot["checklist"]["byStatus"] = {};
  const decidedAgainst: MemoSnapshot["checklist"]["decidedAgainst"] = [];
  for (const section of checklist.sections) {
    for (const item of section.items) {
      byStatus[item.summary] = (byStatus[item.summary] ?? 0) + 1;
      if (item.summary === "decidedAgainst") decidedAgainst.push({ section: section.title, title: item.title, reason: item.shown.reason });
    }
  }
  const { total, closed, done, overdue } = checklist.progress;
  return { total, closed, done, overdue, byStatus, decidedAgainst };
}

async function readParticipation(db: Database, member: MemoMember): Promise<MemoSnapshot["participation"]> {
  const [summary, saidDone] = await Promise.all([participationSummary(db, member), readSaidDone(db, member)]);
  const figures = summary?.figures;
  return {
    distinctResidents: figures?.distinctResidents ?? 0,
    activityCount: figures?.activityCount ?? 0,
    pointCount: figures?.pointCount ?? 0,
    answeredCount: figures?.answeredCount ?? 0,
    answeredShare: figures?.answeredShare ?? null,
    medianDaysToAnswer: figures?.medianDaysToAnswer ?? null,
    points: saidDone.points.map((point) => ({
      body: point.body,
      raisedByRole: point.raisedByRole,
      answerStatus: point.answerStatus,
      answer: point.answer,
      reason: point.reason,
      activityTitle: point.activity?.title ?? null,
      raisedOn: point.raisedOn,
      answeredOn: point.answeredOn,
    })),
  };
}

async function readNeighbours(db: Database, projectId: string): Promise<MemoSnapshot["neighbours"]> {
  const [plan, letters, log, notices] = await Promise.all([infoPlanSummary(db, projectId), listLetters(db, projectId), listCommunications(db, projectId), listNotices(db, projectId)]);
  const [latest] = notices;
  return {
    infoPlanRows: plan.total,
    infoPlanDone: plan.byStatus.done,
    lettersSent: letters.reduce((sum, letter) => sum + letter.sent.length, 0),
    meetingsHeld: log.filter((entry) => entry.kind === "meeting").length,
    logEntries: log.length,
    notice: latest ? { sentDate: latest.sentDate, recipientCount: latest.recipientCount, objections: latest.objections.length, openObjections: latest.openObjections } : null,
  };
}

/** Every name a free text in the project could hold: members and the aliases in activities' attendance. */
async function readNames(db: Database, projectId: string): Promise<string[]> {
  const [members, records] = await Promise.all([listMembers(db, projectId), readParticipationRecords(db, projectId)]);
  const aliases = records.activities.flatMap((activity) => activity.attendance.residents.map((resident) => resident.alias));
  return [...new Set([...members.map((member) => member.name), ...aliases].map((name) => name.trim()).filter((name) => name.length > 0))].sort();
}

async function readWorkshops(db: Database, projectId: string): Promise<MemoSnapshot["workshops"]> {
  const [workshops, records] = await Promise.all([listWorkshops(db, projectId), readParticipationRecords(db, projectId)]);
  const activityOf = new Map(records.activities.map((activity) => [activity.id, activity]));
  return workshops
    .filter((workshop) => workshop.status === "ended")
    .map((workshop) => {
      const activity = workshop.activityId ? activityOf.get(workshop.activityId) : undefined;
      return {
        title: workshop.title,
        date: workshop.date,
        facilitatorName: activity?.facilitator || null,
        attendance: activity ? { ...activity.attendance.counts } : {},
        points: activity ? records.points.filter((point) => point.activityId === activity.id).length : 0,
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The project as the memo freezes it, checked by its schema.
 *
 * @example
 * const snapshot = await buildMemoSnapshot(db, { projectId, userId: kari, role: "owner" });
 * snapshot.sites.map((site) => site.assessment?.nearest.grocery?.walkMeters);
 */
export async function buildMemoSnapshot(db: Database, member: MemoMember, options: { now?: Date } = {}): Promise<MemoSnapshot> {
  const { projectId } = member;
  const [[project], doc, concernAreas] = await Promise.all([db.select().from(projects).where(eq(projects.id, projectId)), loadPlanDocument(db, projectId), readConcernAreas(db, projectId)]);
  if (!project) throw new Error(`memo snapshot: no project ${projectId}`);
  try {
    const sites = listSites(doc);
    const documentPhase = phaseSchema.safeParse(doc.getMap("project").get("phase"));
    const decisions = readRecords(decisionsMap(doc), decisionSchema)
      .records.map((decision) => ({ date: decision.date, phase: decision.phase, decision: decision.decision, decidedBy: decision.decidedBy, basis: decision.basis, recordedByName: decision.recordedBy?.name ?? null }))
      .sort((a, b) => a.date.localeCompare(b.date));
    const concerns = areasAsFeatures(concernAreas);
    const [{ assessments, settings }, feedback, checklist, participation, neighbours, workshops, names] = await Promise.all([
      assessSites(db, projectId, sites, settingsMap(doc), concerns),
      readSiteFeedback(db, projectId),
      readChecklistStatus(db, member),
      readParticipation(db, member),
      readNeighbours(db, projectId),
      readWorkshops(db, projectId),
      readNames(db, projectId),
    ]);
    const statusOrder = ["chosen", "shortlisted", "candidate", "rejected"];
    const snapshot: MemoSnapshot = {
      formatVersion: 1,
      takenAt: (options.now ?? new Date()).toISOString(),
      project: {
        name: project.name,
        municipality: project.municipality,
        housingForm: (housingForms as readonly string[]).includes(project.housingForm) ? (project.housingForm as HousingForm) : "ordinary",
        homeCount: project.homeCount,
        phase: documentPhase.success ? documentPhase.data : isPhase(project.phase) ? project.phase : "needs",
      },
      names,
      decisions,
      assessment: settings,
      sites: sites
        .map((site) => ({
          id: site.id,
          name: site.name,
          status: site.status,
          notes: site.notes,
          geometry: site.geometry,
          assessment: assessments.get(site.id) ?? null,
          ratings: feedback.ratingsOf(site.id),
          comments: feedback.commentsOf(site.id),
        }))
        .sort((a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status) || a.name.localeCompare(b.name, "nb")),
      revealedAspects: feedback.revealedAspects,
      areasOfConcern: concernAreas.map((area) => ({ name: area.name, geometry: area.geometry })),
      checklist,
      participation,
      neighbours,
      workshops,
    };
    return memoSnapshotSchema.parse(snapshot);
  } finally {
    doc.destroy();
  }
}
