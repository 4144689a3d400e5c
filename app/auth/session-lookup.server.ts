/**
 * The one way to find who a request belongs to: read the session cookie, check the
 * token's shape, hash it and find the unexpired session and its user. Used by Remix
 * (session.server.ts) and by the sync server's upgrade check (server/sync/authorize.ts),
 * so the two can never disagree about who is signed in.
 */
import { parse } from "cookie";
import { and, eq, gt } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { sessions, users } from "../../db/schema";
import { hashToken } from "./tokens.server";

export const sessionCookieName = "bs_session";

// What randomToken() makes, with room to spare; anything else is not worth a query.
const sessionTokenPattern = /^[A-Za-z0-9_-]{16,256}$/;

export interface SessionUser {
  id: string;
  username: string;
  name: string;
  email: string | null;
}

export interface SignedInSession {
  /** The `sessions` row's id: the SHA-256 of the cookie's token. Signing out closes what it opened. */
  sessionId: string;
  user: SessionUser;
}

/** `sessions.id` for a cookie token: the table keeps only the hash, so a leaked table replays nothing. */
export function sessionIdForToken(token: string): string {
  return hashToken(token);
}

/** The session token in a `Cookie` header, or null when there is none or it cannot be one. */
export function readSessionToken(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  const value = parse(cookieHeader)[sessionCookieName];
  return value && sessionTokenPattern.test(value) ? value : null;
}

/**
 * The signed-in session a `Cookie` header carries, or null (no cookie, malformed,
 * unknown, signed out or expired).
 *
 * @example
 * const session = await findSession(db, request.headers.get("Cookie"));   // Remix
 * const session = await findSession(db, request.headers.cookie);          // node:http upgrade
 */
export async function findSession(db: Database, cookieHeader: string | null | undefined): Promise<SignedInSession | null> {
  const token = readSessionToken(cookieHeader);
  if (!token) return null;
  const sessionId = sessionIdForToken(token);
  const [row] = await db
    .select({ id: users.id, username: users.username, name: users.name, email: users.email })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, new Date())))
    .limit(1);
  return row ? { sessionId, user: row } : null;
}
