/**
 * The project's resident members, as the participation log names them: by the name they chose
 * for their account (their alias), nothing else (decision 013).
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { memberships, users } from "../../db/schema";

export interface ResidentMember {
  userId: string;
  /** The name the resident chose for their account. */
  alias: string;
}

/**
 * The resident members of a project, or of those ids only.
 *
 * @example
 * const residents = await residentMembers(db, projectId);
 */
export async function residentMembers(db: Database, projectId: string, userIds?: readonly string[]): Promise<ResidentMember[]> {
  if (userIds && userIds.length === 0) return [];
  const rows = await db
    .select({ userId: users.id, alias: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.projectId, projectId), eq(memberships.role, "resident"), userIds ? inArray(memberships.userId, [...userIds]) : undefined));
  return rows.sort((a, b) => a.alias.localeCompare(b.alias, "nb"));
}
