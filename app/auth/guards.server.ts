import type { AppLoadContext } from "@remix-run/node";
import type { Action, Role } from "../permissions";
import type { Problem } from "../http/problem";
import { forbiddenProblem, problemResponse, projectNotFoundProblem } from "../http/problem";
import { can } from "../permissions";
import type { Project } from "../projects/projects.server";
import { findMembership } from "../projects/projects.server";
import type { SessionUser } from "./session.server";
import { requireSession } from "./session.server";

export interface MemberContext {
  user: SessionUser;
  /** The session the request came with: what it opens (event streams) is closed when it ends. */
  sessionId: string;
  project: Project;
  role: Role;
}

/**
 * The signed-in member of `projectId` allowed to perform `action`: pass the action the request
 * performs (a write for a write), not a read to re-check the write by hand. Throws a redirect to
 * sign-in, or the typed problem as JSON (app/http/problem.ts): 404 for non-members (a project's
 * existence is not revealed), 403 when the role does not allow the action. Pages show their
 * error boundary for either; resource routes' clients read the problem.
 */
export async function requireMember(
  context: AppLoadContext,
  request: Request,
  projectId: string | undefined,
  action: Action,
  /** What a member whose role may not do this is told, when the general wording says too little. */
  forbidden: Problem<"forbidden"> = forbiddenProblem,
): Promise<MemberContext> {
  const { user, sessionId } = await requireSession(context.db, request);
  const membership = projectId ? await findMembership(context.db, projectId, user.id) : null;
  if (!membership) throw problemResponse(projectNotFoundProblem);
  if (!can(membership.role, action)) throw problemResponse(forbidden);
  return { user, sessionId, ...membership };
}
