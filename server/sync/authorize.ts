/**
 * Who may open a sync connection, decided before the WebSocket upgrade from the
 * session cookie, the project membership and the permission table.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { and, eq, gt } from "drizzle-orm";
import { isRole, syncAccess, type Role } from "../../app/permissions";
import type { Database } from "../../db/connection";
import { memberships, sessions, users } from "../../db/schema";
import { parseDocumentName } from "./document-name";

export const sessionCookieName = "bs_session";

export type SyncAuthorization =
  | { ok: true; user: { id: string; name: string }; role: Role; access: "write" | "read" }
  | { ok: false; status: 401 | 403 | 404; reason: string };

export type AuthorizeSync = (request: IncomingMessage, documentName: string) => Promise<SyncAuthorization>;

const sessionTokenPattern = /^[A-Za-z0-9_-]{16,256}$/;

/** `sessions.id` is the lowercase hex SHA-256 of the cookie's token. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

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
): Promise<SyncAuthorization> {
  const address = parseDocumentName(documentName);
  if (!address) return { ok: false, status: 404, reason: "unknown document" };
  if (!isSameOrigin(request)) return { ok: false, status: 403, reason: "cross-site request" };

  const token = readCookie(request.headers.cookie, sessionCookieName);
  if (!token || !sessionTokenPattern.test(token)) return { ok: false, status: 401, reason: "not logged in" };

  const [row] = await db
    .select({ userId: users.id, name: users.name, role: memberships.role })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.projectId, address.projectId)))
    .where(and(eq(sessions.id, hashSessionToken(token)), gt(sessions.expiresAt, new Date())))
    .limit(1);
  if (!row) return { ok: false, status: 401, reason: "session unknown or expired" };
  if (!row.role) return { ok: false, status: 403, reason: "not a member of this project" };
  if (!isRole(row.role)) return { ok: false, status: 403, reason: `unknown role ${row.role}` };
  const access = syncAccess(row.role, address.domain);
  if (!access) return { ok: false, status: 403, reason: `role ${row.role} has no access to ${address.domain}` };
  return { ok: true, user: { id: row.userId, name: row.name }, role: row.role, access };
}

/** Refuses cross-site WebSocket hijacking: an Origin header must name the Host. */
function isSameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true; // not a browser; the session cookie still has to match
  const host = request.headers.host;
  if (!host) return false;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return null;
}
