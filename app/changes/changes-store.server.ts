/**
 * What changed in a project since a member's last visit (decision 013), among what the member
 * may read (app/permissions.ts): new comments on the sites (and replies in the member's own
 * threads), answers to the member's own points, the checklist items assigned to their role that
 * changed, the attention flags for their role, the inquiries due within three days or overdue
 * (planners), and the meetings ahead. What others did counts; the member's own writes do not.
 * On a first visit nothing is new, but flags, inquiries due and meetings ahead still show.
 *
 * Reads the other folders' tables (comments, points, the checklist, inquiries, activities)
 * read-only, as the participation log does: it copies nothing.
 */
import { and, asc, desc, eq, gt, gte, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../../db/connection";
import { activities, checklistEvents, checklistItems, inquiries, memberVisits, participationPoints, siteComments } from "../../db/schema";
import { templateItems } from "../checklist/template";
import { upcomingMeetings } from "../cooperation/meetings-store.server";
import { can } from "../permissions";
import { addDays, todayInOslo } from "../ui/format-time";
import { openFlags } from "./attention-store.server";
import type { ChangesSummary, MeetingAheadJson } from "./changes-types";
import type { Actor } from "./people-events.server";
import { subjectUrl } from "./subject-links";
import { sittingGap } from "./visits.server";

/** Inquiries due this many days ahead (or overdue) are shown to planners. */
export const inquiryWarningDays = 3;
const meetingsShown = 5;
const listShown = 10;

/** The moment "new" counts from for this member in this project (see visits.server.ts), or null. */
async function baselineOf(db: Database, member: Actor): Promise<Date | null> {
  const [row] = await db
    .select({
      since: sql<string | Date | null>`case when now() - ${memberVisits.lastVisitAt} > interval '${sql.raw(sittingGap)}' then ${memberVisits.lastVisitAt} else ${memberVisits.previousVisitAt} end`,
    })
    .from(memberVisits)
    .where(and(eq(memberVisits.projectId, member.projectId), eq(memberVisits.userId, member.userId)));
  return row?.since ? new Date(row.since) : null;
}

const notBy = (column: typeof siteComments.authorId | typeof checklistEvents.authorId | typeof participationPoints.answeredBy, userId: string) => sql`${column} is distinct from ${userId}`;

async function newComments(db: Database, member: Actor, since: Date) {
  const parent = alias(siteComments, "parent");
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      inOwnThreads: sql<number>`(count(*) filter (where ${parent.authorId} = ${member.userId}))::int`,
    })
    .from(siteComments)
    .leftJoin(parent, eq(parent.id, siteComments.parentId))
    .where(and(eq(siteComments.projectId, member.projectId), gt(siteComments.createdAt, since), notBy(siteComments.authorId, member.userId)));
  return { count: row?.count ?? 0, inOwnThreads: row?.inOwnThreads ?? 0, url: `/projects/${member.projectId}/map` };
}

function shortened(text: string, max = 90): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

async function answeredPoints(db: Database, member: Actor, since: Date) {
  const rows = await db
    .select({ id: participationPoints.id, body: participationPoints.body, answerStatus: participationPoints.answerStatus })
    .from(participationPoints)
    .where(
      and(
        eq(participationPoints.projectId, member.projectId),
        isNotNull(participationPoints.answeredAt),
        gt(participationPoints.answeredAt, since),
        or(eq(participationPoints.raisedByUserId, member.userId), eq(participationPoints.enteredBy, member.userId)),
        notBy(participationPoints.answeredBy, member.userId),
      ),
    )
    .orderBy(desc(participationPoints.answeredAt))
    .limit(listShown);
  return rows.map((row) => ({ ...row, body: shortened(row.body), url: subjectUrl(member.projectId, "point", row.id) }));
}

async function changedItems(db: Database, member: Actor, since: Date) {
  const rows = await db
    .select({ itemKey: checklistEvents.itemKey, changes: sql<number>`count(*)::int`, latest: sql`max(${checklistEvents.createdAt})` })
    .from(checklistEvents)
    .innerJoin(checklistItems, and(eq(checklistItems.projectId, checklistEvents.projectId), eq(checklistItems.itemKey, checklistEvents.itemKey)))
    .where(
      and(
        eq(checklistEvents.projectId, member.projectId),
        eq(checklistItems.responsibleRole, member.role),
        gt(checklistEvents.createdAt, since),
        notBy(checklistEvents.authorId, member.userId),
      ),
    )
    .groupBy(checklistEvents.itemKey)
    .orderBy(desc(sql`max(${checklistEvents.createdAt})`))
    .limit(listShown);
  const titles = new Map(templateItems().map((item) => [item.key, item.title]));
  return rows.flatMap((row) => {
    const title = titles.get(row.itemKey);
    return title ? [{ itemKey: row.itemKey, title, changes: row.changes, url: subjectUrl(member.projectId, "checklistItem", row.itemKey) }] : [];
  });
}

async function dueInquiries(db: Database, member: Actor, today: string) {
  const rows = await db
    .select({ id: inquiries.id, topic: inquiries.topic, dueDate: inquiries.dueDate })
    .from(inquiries)
    .where(and(eq(inquiries.projectId, member.projectId), isNull(inquiries.answeredDate), lte(inquiries.dueDate, addDays(today, inquiryWarningDays))))
    .orderBy(asc(inquiries.dueDate))
    .limit(listShown);
  return rows.map((row) => ({ ...row, topic: shortened(row.topic), overdue: row.dueDate < today, url: subjectUrl(member.projectId, "inquiry", row.id) }));
}

async function meetingsAhead(db: Database, member: Actor, today: string): Promise<MeetingAheadJson[]> {
  const ahead: MeetingAheadJson[] = [];
  if (can(member.role, "cooperation:read")) {
    for (const meeting of await upcomingMeetings(db, member.projectId, { from: today, limit: meetingsShown })) {
      ahead.push({ kind: "meeting", id: meeting.id, title: meeting.title, date: meeting.date, url: subjectUrl(member.projectId, "meeting", meeting.id) });
    }
  }
  if (can(member.role, "participation:read")) {
    const rows = await db
      .select({ id: activities.id, title: activities.title, date: activities.date })
      .from(activities)
      .where(and(eq(activities.projectId, member.projectId), eq(activities.isPublic, true), gte(activities.date, today)))
      .orderBy(asc(activities.date))
      .limit(meetingsShown);
    for (const row of rows) ahead.push({ kind: "activity", ...row, url: subjectUrl(member.projectId, "activity", row.id) });
  }
  return ahead.sort((first, second) => first.date.localeCompare(second.date)).slice(0, meetingsShown);
}

/**
 * What is new for this member since their previous visit, and what needs them now. Records
 * no visit (see recordVisit).
 *
 * @example
 * const changes = await changesSince(db, { projectId, userId, role: "police" });
 * changes.newCount; // 3
 */
export async function changesSince(db: Database, member: Actor, options: { now?: Date } = {}): Promise<ChangesSummary> {
  const today = todayInOslo(options.now);
  const since = await baselineOf(db, member);
  const empty = { count: 0, inOwnThreads: 0, url: `/projects/${member.projectId}/map` };
  const [comments, points, items, flags, due, meetings] = await Promise.all([
    since && can(member.role, "feedback:read") ? newComments(db, member, since) : empty,
    since && can(member.role, "participation:read") ? answeredPoints(db, member, since) : [],
    since && can(member.role, "checklist:read") ? changedItems(db, member, since) : [],
    can(member.role, "changes:read") ? openFlags(db, member) : [],
    can(member.role, "inquiries:read") ? dueInquiries(db, member, today) : [],
    meetingsAhead(db, member, today),
  ]);
  return {
    projectId: member.projectId,
    since: since ? since.toISOString() : null,
    comments,
    answeredPoints: points,
    changedItems: items,
    flags,
    dueInquiries: due,
    meetingsAhead: meetings,
    newCount: comments.count + points.length + items.length + flags.length,
  };
}
