import type { AppLoadContext } from "@remix-run/node";
import type { Action, Role } from "../permissions";
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
 * The signed-in member of `projectId` allowed to perform `action`. Throws a
 * redirect to sign-in, a 404 for non-members (a project's existence is not
 * revealed) or a 403 when the role does not allow the action.
 */
export async function requireMember(
  context: AppLoadContext,
  request: Request,
  projectId: string | undefined,
  action: Action,
): Promise<MemberContext> {
  const { user, sessionId } = await requireSession(context.db, request);
  const membership = projectId ? await findMembership(context.db, projectId, user.id) : null;
  if (!membership) throw new Response("Not found", { status: 404 });
  if (!can(membership.role, action)) throw new Response("Forbidden", { status: 403 });
  return { user, sessionId, ...membership };
}
