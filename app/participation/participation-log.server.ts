/**
 * The participation log as one member reads it (decision 013, `participation:log`): activities
 * newest first with their attendance, residents by the alias they chose, minutes and files,
 * the points raised in each and what came of them, each record's history, the residents'
 * participation elsewhere (comments, ratings, choices: read, never copied) and the figures.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { peopleEvents, users } from "../../db/schema";
import { listFiles } from "../files/files.server";
import { can, isRole } from "../permissions";
import type { Role } from "../permissions";
import { todayInOslo } from "../ui/format-time";
import type { ParticipationMember } from "./activities-store.server";
import { figuresOf, readParticipationRecords } from "./participation-records.server";
import type { PointRecord } from "./participation-records.server";
import type { HistoryEntry, LinkOptions, LogPoint, ParticipationLogData } from "./participation-types";
import { linkOf, readLinkOptions } from "./point-links.server";

const roleOf = (value: string): Role => (isRole(value) ? value : "observer");

async function readHistory(db: Database, projectId: string): Promise<Map<string, HistoryEntry[]>> {
  const rows = await db
    .select({ subjectId: peopleEvents.subjectId, kind: peopleEvents.kind, detail: peopleEvents.detail, at: peopleEvents.createdAt, actorName: users.name, actorRole: peopleEvents.actorRole })
    .from(peopleEvents)
    .leftJoin(users, eq(users.id, peopleEvents.actorId))
    .where(and(eq(peopleEvents.projectId, projectId), inArray(peopleEvents.subjectKind, ["activity", "point"])))
    .orderBy(peopleEvents.createdAt, peopleEvents.id);
  const bySubject = new Map<string, HistoryEntry[]>();
  for (const row of rows) {
    const list = bySubject.get(row.subjectId) ?? [];
    const detail = typeof row.detail === "object" && row.detail !== null ? Object.keys(row.detail) : [];
    list.push({ kind: row.kind, at: new Date(row.at).toISOString(), actor: { name: row.actorName, role: roleOf(row.actorRole) }, fields: detail });
    bySubject.set(row.subjectId, list);
  }
  return bySubject;
}

function logPoint(projectId: string, point: PointRecord, links: LinkOptions, overdue: ReadonlySet<string>, history: Map<string, HistoryEntry[]>): LogPoint {
  return {
    id: point.id,
    activityId: point.activityId,
    inquiryId: point.inquiryId,
    body: point.body,
    raisedByRole: point.raisedByRole,
    raisedBy: point.raisedByUserId ? { userId: point.raisedByUserId, alias: point.raisedByName ?? "" } : null,
    onBehalf: point.onBehalf,
    enteredBy: { name: point.enteredByName, role: roleOf(point.enteredRole) },
    answerStatus: point.answerStatus,
    answer: point.answer,
    reason: point.reason,
    link: linkOf(projectId, links, point.linkKind, point.linkId),
    answeredAt: point.answeredAt?.toISOString() ?? null,
    answeredBy: point.answeredByName,
    createdAt: point.createdAt.toISOString(),
    overdue: overdue.has(point.id),
    history: history.get(point.id) ?? [],
  };
}

const newestFirst = <T extends { createdAt: string }>(a: T, b: T) => b.createdAt.localeCompare(a.createdAt);

/**
 * @example
 * const log = await readParticipationLog(db, { projectId, userId, role: "planner" });
 * log.activities[0].points[0].answerStatus; // "adopted"
 */
export async function readParticipationLog(db: Database, member: ParticipationMember, options: { now?: Date } = {}): Promise<ParticipationLogData> {
  const today = todayInOslo(options.now);
  const [records, links, history, files] = await Promise.all([
    readParticipationRecords(db, member.projectId),
    readLinkOptions(db, member.projectId),
    readHistory(db, member.projectId),
    listFiles(db, member.projectId, "activity"),
  ]);
  const figures = figuresOf(records, today);
  const overdue = new Set(figures.overduePointIds);
  const points = records.points.map((point) => logPoint(member.projectId, point, links, overdue, history)).sort(newestFirst);
  const aliasOf = new Map(records.residents.map((resident) => [resident.userId, resident.alias]));
  const siteName = new Map(links.site.map((site) => [site.id, typeof site.label === "string" ? site.label : site.label.nb]));
  const mayWrite = can(member.role, "participation:write");
  const byHome = new Map<string, ParticipationLogData["existing"]["choices"][number]>();
  for (const choice of records.choices) {
    const entry = byHome.get(choice.homeId) ?? { homeId: choice.homeId, homeName: choice.homeName, alias: null, categories: 0, together: 0, lastAt: choice.lastAt.toISOString() };
    entry.categories += 1;
    if (choice.together) entry.together += 1;
    entry.alias ??= choice.residentId ? (aliasOf.get(choice.residentId) ?? null) : null;
    if (choice.lastAt.toISOString() > entry.lastAt) entry.lastAt = choice.lastAt.toISOString();
    byHome.set(choice.homeId, entry);
  }
  return {
    self: { userId: member.userId, role: member.role, mayWrite },
    today,
    pointAnswerDays: records.pointAnswerDays,
    activities: records.activities
      .map((activity) => ({
        ...activity,
        counts: activity.attendance.counts,
        residents: activity.attendance.residents,
        files: files.filter((file) => file.subjectKey === activity.id),
        points: points.filter((point) => point.activityId === activity.id),
        history: history.get(activity.id) ?? [],
      }))
      .map(({ attendance: _attendance, ...activity }) => activity)
      .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, "nb")),
    otherPoints: points.filter((point) => point.activityId === null),
    existing: {
      comments: records.comments
        .map((comment) => ({ id: comment.id, siteName: comment.siteId ? (siteName.get(comment.siteId) ?? null) : null, alias: aliasOf.get(comment.authorId) ?? "", body: comment.body, createdAt: comment.createdAt.toISOString() }))
        .sort(newestFirst),
      ratings: records.ratings
        .map((rating) => ({
          id: rating.id,
          siteName: siteName.get(rating.siteId) ?? null,
          alias: aliasOf.get(rating.authorId) ?? "",
          aspect: rating.aspect,
          score: rating.score,
          comment: rating.comment,
          updatedAt: rating.updatedAt.toISOString(),
        }))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
      choices: [...byHome.values()].sort((a, b) => a.homeName.localeCompare(b.homeName, "nb", { numeric: true })),
    },
    residents: records.residents,
    linkOptions: mayWrite ? links : { site: [], decision: [], checklistItem: [], choiceCategory: [] },
    figures,
  };
}
