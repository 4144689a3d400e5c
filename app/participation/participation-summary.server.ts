/**
 * The participation figures for the project's overview page (decision 013): every member who
 * may read participation gets them (numbers only, no names); the open points past the limit are
 * counted for planners, who answer them.
 *
 * @example
 * // in app/routes/projects.$projectId._index.tsx's loader:
 * const participation = await participationSummary(context.db, { projectId: project.id, role, userId: user.id });
 * // and in the page: {participation ? <ParticipationFigures projectId={project.id} summary={participation} /> : null}
 */
import type { Database } from "../../db/connection";
import type { Role } from "../permissions";
import { can } from "../permissions";
import { todayInOslo } from "../ui/format-time";
import type { ParticipationFiguresData } from "./participation-figures";
import { figuresOf, readParticipationRecords } from "./participation-records.server";

export interface ParticipationSummary {
  figures: ParticipationFiguresData;
  /** Whether the reader is told of the open points past the limit (planners). */
  showsOverdue: boolean;
}

export async function participationSummary(db: Database, member: { projectId: string; role: Role; userId: string }, options: { now?: Date } = {}): Promise<ParticipationSummary | null> {
  if (!can(member.role, "participation:read")) return null;
  const figures = figuresOf(await readParticipationRecords(db, member.projectId), todayInOslo(options.now));
  const showsOverdue = can(member.role, "participation:write");
  // Timeline titles are activity titles, which every member may read; overdue ids only for planners.
  return { figures: showsOverdue ? figures : { ...figures, overduePointIds: [] }, showsOverdue };
}
