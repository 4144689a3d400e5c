/**
 * "New since your last visit" for the project overview, the page of what is new and the
 * dashboard (decision 013).
 */
import type { Database } from "../../db/connection";
import type { Role } from "../permissions";
import { changesSince } from "./changes-store.server";
import type { ChangesSummary } from "./changes-types";
import type { Actor } from "./people-events.server";
import { recordVisit } from "./visits.server";

/**
 * Records this visit, then reads what is new since the previous sitting: for the project
 * overview's loader (and the page of what is new).
 *
 * @example
 * // in app/routes/projects.$projectId._index.tsx's loader, after requireMember:
 * const changes = await loadChangesSinceLastVisit(context.db, { projectId: project.id, userId: user.id, role });
 */
export async function loadChangesSinceLastVisit(db: Database, member: Actor): Promise<ChangesSummary> {
  await recordVisit(db, member);
  return changesSince(db, member);
}

/** The dashboard's line per project: how much is new, and (planners) how many inquiries are due. */
export interface DashboardChanges {
  newCount: number;
  flagCount: number;
  dueInquiries: number;
}

/**
 * What is new in each of a member's projects, without recording a visit (the dashboard only
 * looks).
 *
 * @example
 * const byProject = await dashboardChanges(db, user.id, projects); // Map projectId → { newCount, flagCount, dueInquiries }
 */
export async function dashboardChanges(db: Database, userId: string, projects: ReadonlyArray<{ id: string; role: Role }>): Promise<Map<string, DashboardChanges>> {
  const entries = await Promise.all(
    projects.map(async (project) => {
      const changes = await changesSince(db, { projectId: project.id, userId, role: project.role });
      return [project.id, { newCount: changes.newCount, flagCount: changes.flags.length, dueInquiries: changes.dueInquiries.length }] as const;
    }),
  );
  return new Map(entries);
}
