/**
 * The history of a project's choices (decision 012): every row of `choice_events`, newest first,
 * with who by name and role, what (category, option) and, for a choice made together with the
 * resident, the meeting and its date. What the participation log (issue 9) will count.
 */
import { and, desc, eq } from "drizzle-orm";
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
    .orderBy(desc(choiceEvents.createdAt), desc(choiceEvents.id))
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
    meeting: row.meeting,
    meetingDate: row.meetingDate,
    at: new Date(row.createdAt).toISOString(),
  }));
}
