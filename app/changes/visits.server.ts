/**
 * A member's visits to a project (decision 013): "new since your last visit" counts from the
 * visit before this sitting. A visit is recorded when the member opens the project's overview
 * (or the page of what is new). A sitting is visits less than 30 minutes apart: a visit more
 * than 30 minutes after the last one starts a new sitting, and the last visit becomes the
 * previous one; within a sitting the previous visit stays, so what is new stays new while the
 * member moves around. Times are the database's clock.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { memberVisits } from "../../db/schema";

/** How long a pause may be inside one sitting. */
export const sittingGap = "30 minutes";

/**
 * Records a visit now; returns the moment "new" counts from for this sitting (null on the first
 * sitting: nothing is new then).
 *
 * @example
 * const since = await recordVisit(db, { projectId, userId });
 */
export async function recordVisit(db: Database, member: { projectId: string; userId: string }): Promise<Date | null> {
  const rows = await db
    .insert(memberVisits)
    .values({ projectId: member.projectId, userId: member.userId, lastVisitAt: sql`now()`, previousVisitAt: null })
    .onConflictDoUpdate({
      target: [memberVisits.projectId, memberVisits.userId],
      set: {
        previousVisitAt: sql`case when now() - ${memberVisits.lastVisitAt} > interval '${sql.raw(sittingGap)}' then ${memberVisits.lastVisitAt} else ${memberVisits.previousVisitAt} end`,
        lastVisitAt: sql`now()`,
      },
    })
    .returning({ previousVisitAt: memberVisits.previousVisitAt });
  return rows[0]?.previousVisitAt ?? null;
}

/**
 * The moment "new" counts from, without recording a visit (the dashboard): the last visit when
 * the member has been away for more than a sitting's pause (their next visit makes it the
 * previous one), else the previous visit; null when they never visited.
 *
 * @example
 * const since = await visitBaselines(db, userId); // Map projectId → Date | null
 */
export async function visitBaselines(db: Database, userId: string): Promise<Map<string, Date | null>> {
  const rows = await db
    .select({
      projectId: memberVisits.projectId,
      since: sql<string | null>`case when now() - ${memberVisits.lastVisitAt} > interval '${sql.raw(sittingGap)}' then ${memberVisits.lastVisitAt} else ${memberVisits.previousVisitAt} end`,
    })
    .from(memberVisits)
    .where(sql`${memberVisits.userId} = ${userId}`);
  return new Map(rows.map((row) => [row.projectId, row.since === null ? null : new Date(row.since)]));
}
