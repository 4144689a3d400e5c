/**
 * Who may open a sync connection, decided before the WebSocket upgrade from the
 * session cookie (the one session lookup the app uses too), the project membership
 * and the permission table.
 */
import type { IncomingMessage } from "node:http";
import type { TLSSocket } from "node:tls";
import { findSession, sessionCookieName, sessionIdForToken } from "../../app/auth/session-lookup.server";
import { syncAccess, type Role } from "../../app/permissions";
import { findMembership } from "../../app/projects/projects.server";
import type { Database } from "../../db/connection";
import { originMatches } from "../security";
import { parseDocumentName } from "./document-name";

export { sessionCookieName };

export type SyncAuthorization =
  | {
      ok: true;
      user: { id: string; name: string };
      /** The `sessions` row the connection is opened with, so signing out can close it. */
      sessionId: string;
      role: Role;
      access: "write" | "read";
    }
  | { ok: false; status: 401 | 403 | 404; reason: string };

export type AuthorizeSync = (request: IncomingMessage, documentName: string) => Promise<SyncAuthorization>;

export interface AuthorizeSyncOptions {
  /** Behind a TLS proxy: believe its X-Forwarded-Proto when comparing the Origin's scheme. */
  trustProxy?: boolean;
}

/** `sessions.id` for a cookie token (kept for the sync tests, which make sessions by hand). */
export const hashSessionToken = sessionIdForToken;

/**
 * Decides whether `request` may sync `documentName`.
 * 404 for malformed names and unknown domains, 403 for cross-site origins, 401
 * without a valid unexpired session, 403 for non-members and roles without access.
 *
 * @example
 * const result = await authorizeSyncRequest(db, request, "project/p1/plan");
 * if (!result.ok) refuse(socket, result.status, result.reason);
 */
export async function authorizeSyncRequest(
  db: Database,
  request: IncomingMessage,
  documentName: string,
  options: AuthorizeSyncOptions = {},
): Promise<SyncAuthorization> {
  const address = parseDocumentName(documentName);
  if (!address) return { ok: false, status: 404, reason: "unknown document" };
  if (!isSameOrigin(request, options.trustProxy ?? false)) return { ok: false, status: 403, reason: "cross-site request" };

  const session = await findSession(db, request.headers.cookie);
  if (!session) return { ok: false, status: 401, reason: "not signed in, or the session is unknown or expired" };
  const membership = await findMembership(db, address.projectId, session.user.id);
  if (!membership) return { ok: false, status: 403, reason: "not a member of this project" };
  const access = syncAccess(membership.role, address.domain);
  if (!access) return { ok: false, status: 403, reason: `role ${membership.role} has no access to ${address.domain}` };
  return {
    ok: true,
    user: { id: session.user.id, name: session.user.name },
    sessionId: session.sessionId,
    role: membership.role,
    access,
  };
}

/**
 * Refuses cross-site WebSocket hijacking: an Origin header must name this server by
 * scheme, host and port; `Origin: null` never does (the form guard's rule, server/security.ts).
 */
function isSameOrigin(request: IncomingMessage, trustProxy: boolean): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true; // not a browser; the session cookie still has to match
  return originMatches(origin, { protocol: requestProtocol(request, trustProxy), host: request.headers.host });
}

function requestProtocol(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers["x-forwarded-proto"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  if (trustProxy && first) return first;
  return (request.socket as Partial<TLSSocket>).encrypted ? "https" : "http";
}
