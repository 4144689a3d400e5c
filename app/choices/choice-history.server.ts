/**
 * The history of a project's choices (decision 012): every row of `choice_events`, newest first,
 * with who by name and role, what (category, option) and, for a choice made together with the
 * resident, the meeting and its date; a request for help with its message; a reopening with its
 * last day. What the participation log (issue 9) will count.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { choiceCategories, choiceEvents, choiceOptions, homes, users } from "../../db/schema";
import { roleOf } from "./choice-matrix.server";
import type { HistoryEntry } from "./choices-types";

/** Enough for a page; the whole history is in the table. */
export const defaultHistoryLimit = 200;

/**
 * @example
 * const all = await readHistory(db, projectId);
 * const one = await readHistory(db, projectId, homeId); // [{ kind: "withResident", meeting: "Hjemmebesøk", … }, …]
 */
export async function readHistory(db: Database, projectId: string, homeId?: string, limit: number = defaultHistoryLimit): Promise<HistoryEntry[]> {
  const rows = await db
    .select({
      id: choiceEvents.id,
      kind: choiceEvents.kind,
      homeId: choiceEvents.homeId,
      homeName: homes.name,
      categoryId: choiceEvents.categoryId,
      categoryName: choiceCategories.name,
      optionId: choiceEvents.optionId,
      optionName: choiceOptions.name,
      actorName: users.name,
      actorRole: choiceEvents.actorRole,
      meeting: choiceEvents.meeting,
      meetingDate: choiceEvents.meetingDate,
      createdAt: choiceEvents.createdAt,
    })
    .from(choiceEvents)
    .innerJoin(homes, eq(homes.id, choiceEvents.homeId))
    .leftJoin(choiceCategories, eq(choiceCategories.id, choiceEvents.categoryId))
    .leftJoin(choiceOptions, eq(choiceOptions.id, choiceEvents.optionId))
    .leftJoin(users, eq(users.id, choiceEvents.actorId))
    .where(and(eq(choiceEvents.projectId, projectId), homeId ? eq(choiceEvents.homeId, homeId) : undefined))
    // Within one time stamp (one transaction, or one PGlite millisecond) a pick comes before what follows it.
    .orderBy(desc(choiceEvents.createdAt), desc(sql`case ${choiceEvents.kind} when 'pick' then 0 else 1 end`), desc(choiceEvents.id))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    homeId: row.homeId,
    homeName: row.homeName,
    categoryId: row.categoryId,
    categoryName: row.categoryName,
    optionId: row.optionId,
    optionName: row.optionName,
    actor: { name: row.actorName, role: roleOf(row.actorRole) },
    // The table has two free columns: a choice made together keeps its meeting and date there, a
    // request for help its message (in `meeting`) and a reopening its last day (in `meeting_date`).
    meeting: row.kind === "withResident" ? row.meeting : null,
    meetingDate: row.kind === "withResident" ? row.meetingDate : null,
    message: row.kind === "helpRequest" ? row.meeting : null,
    until: row.kind === "reopen" ? row.meetingDate : null,
    at: new Date(row.createdAt).toISOString(),
  }));
}
