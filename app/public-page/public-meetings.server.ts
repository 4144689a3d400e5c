/**
 * The meetings ahead the public page lists (decision 013): activities a planner marked public,
 * dated today (Oslo) or later; only their kind, title, date and place, never who takes part.
 * Read here, column by column, because the participation store has no reader of exactly this;
 * it could move there as `listPublicActivities`.
 */
import { and, asc, eq, gte } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { activities } from "../../db/schema";
import { todayInOslo } from "../ui/format-time";

import type { PublicMeeting } from "./public-page-types";

export async function listPublicMeetings(db: Database, projectId: string, now: Date = new Date()): Promise<PublicMeeting[]> {
  return db
    .select({ id: activities.id, kind: activities.kind, title: activities.title, date: activities.date, place: activities.place })
    .from(activities)
    .where(and(eq(activities.projectId, projectId), eq(activities.isPublic, true), gte(activities.date, todayInOslo(now))))
    .orderBy(asc(activities.date), asc(activities.title))
    .limit(20);
}
