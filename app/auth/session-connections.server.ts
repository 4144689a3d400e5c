/**
 * Ends what a session or a member has open — sync sockets and live event streams — at once,
 * so nothing keeps reading or writing after signing out, removal or a role change (decision 011).
 * A new kind of live connection registers its end here too.
 */
import type { AppLoadContext } from "@remix-run/node";
import { feedbackEvents } from "../feedback/feedback-events.server";

type LiveContext = Pick<AppLoadContext, "sync">;

/** Signed out: this session's sockets and streams close. */
export function endSessionConnections(context: LiveContext, sessionId: string): void {
  context.sync.revokeSession(sessionId);
  feedbackEvents.endSession(sessionId);
}

/** Signed out everywhere: every socket and stream of the user closes, in every project. */
export function endUserConnections(context: LiveContext, userId: string): void {
  context.sync.revokeUser(userId);
  feedbackEvents.endUser(userId);
}

/** Removed from a project, or given another role: their sockets and streams of that project close. */
export function endMemberConnections(context: LiveContext, projectId: string, userId: string): void {
  context.sync.revokeMember(projectId, userId);
  feedbackEvents.endMember(projectId, userId);
}
