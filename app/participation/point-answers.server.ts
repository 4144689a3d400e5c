/**
 * The answers to a member's own points since a moment (decision 013), for "new since your last
 * visit": points the member raised (a resident) or entered (staff), answered after `since` by
 * someone else, newest first. Read-only, so "what changed" need not read participation's table.
 *
 * @example
 * const answers = await answersToOwnPoints(db, { projectId, userId }, since);
 * answers[0]; // { id, body: "Vi vil ha trygg vei til bussen …", answerStatus: "adopted", answeredAt: Date }
 */
import { and, desc, eq, gt, isNotNull, or, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { participationPoints } from "../../db/schema";
import type { AnswerStatus } from "./participation-vocabulary";
import { isAnswerStatus } from "./participation-vocabulary";

export interface AnswerToOwnPoint {
  id: string;
  body: string;
  answerStatus: AnswerStatus;
  answeredAt: Date;
}

export async function answersToOwnPoints(db: Database, member: { projectId: string; userId: string }, since: Date, limit = 10): Promise<AnswerToOwnPoint[]> {
  const rows = await db
    .select({ id: participationPoints.id, body: participationPoints.body, answerStatus: participationPoints.answerStatus, answeredAt: participationPoints.answeredAt })
    .from(participationPoints)
    .where(
      and(
        eq(participationPoints.projectId, member.projectId),
        isNotNull(participationPoints.answeredAt),
        gt(participationPoints.answeredAt, since),
        or(eq(participationPoints.raisedByUserId, member.userId), eq(participationPoints.enteredBy, member.userId)),
        sql`${participationPoints.answeredBy} is distinct from ${member.userId}`,
      ),
    )
    .orderBy(desc(participationPoints.answeredAt))
    .limit(limit);
  return rows.flatMap((row) =>
    row.answeredAt && isAnswerStatus(row.answerStatus) ? [{ id: row.id, body: row.body, answerStatus: row.answerStatus, answeredAt: new Date(row.answeredAt) }] : [],
  );
}
