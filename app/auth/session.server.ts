import { redirect } from "@remix-run/node";
import { serialize } from "cookie";
import { and, eq, lte } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { sessions } from "../../db/schema";
import { findSession, readSessionToken, sessionCookieName, sessionIdForToken, type SessionUser, type SignedInSession } from "./session-lookup.server";
import { randomToken } from "./tokens.server";

export { sessionCookieName, type SessionUser, type SignedInSession };

const sessionDays = 30;

/** The cookie settings from the configuration; routes pass `context.config`. */
export interface CookieSettings {
  cookieSecure: boolean;
}

const plainSettings: CookieSettings = { cookieSecure: false };

// The cookie carries a random token as it is (the sync server reads the same
// cookie); the database keeps its hash, so a leaked database cannot be replayed
// as cookies, and signing out really ends the session.
function cookieOptions(settings: CookieSettings, request: Request, maxAge: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    // Secure whenever the site is served over https (behind a proxy: set TRUST_PROXY
    // so the request says so) or COOKIE_SECURE=1; plain http stays usable for a
    // workshop laptop that phones reach by its local address.
    secure: new URL(request.url).protocol === "https:" || settings.cookieSecure,
    path: "/",
    maxAge,
  };
}

/**
 * A new session for `userId`; returns the Set-Cookie header that carries its token.
 *
 * @example
 * const cookie = await createSession(context.db, user.id, request, context.config);
 */
export async function createSession(
  db: Database,
  userId: string,
  request: Request,
  settings: CookieSettings = plainSettings,
): Promise<string> {
  const token = randomToken();
  // Expired sessions of this user are of no use to anyone: clear them on the way.
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lte(sessions.expiresAt, new Date())));
  await db.insert(sessions).values({
    id: sessionIdForToken(token),
    userId,
    expiresAt: new Date(Date.now() + sessionDays * 24 * 60 * 60 * 1000),
  });
  return serialize(sessionCookieName, token, cookieOptions(settings, request, sessionDays * 24 * 60 * 60));
}

/** The signed-in session of this request and its user, or null. */
export function getSession(db: Database, request: Request): Promise<SignedInSession | null> {
  return findSession(db, request.headers.get("Cookie"));
}

export async function getSessionUser(db: Database, request: Request): Promise<SessionUser | null> {
  return (await getSession(db, request))?.user ?? null;
}

/**
 * Ends this request's session in the database and returns its id (so what it opened can be
 * closed) and the Set-Cookie header that clears the cookie.
 */
export async function destroySession(
  db: Database,
  request: Request,
  settings: CookieSettings = plainSettings,
): Promise<{ sessionId: string | null; cookie: string }> {
  const token = readSessionToken(request.headers.get("Cookie"));
  const sessionId = token ? sessionIdForToken(token) : null;
  if (sessionId) await db.delete(sessions).where(eq(sessions.id, sessionId));
  return { sessionId, cookie: serialize(sessionCookieName, "", cookieOptions(settings, request, 0)) };
}

/** Ends every session of a user (signed out everywhere); returns how many there were. */
export async function destroyAllSessions(db: Database, userId: string): Promise<number> {
  const removed = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return removed.length;
}

/** The signed-in session, or a redirect to sign-in that comes back here afterwards. */
export async function requireSession(db: Database, request: Request): Promise<SignedInSession> {
  const session = await getSession(db, request);
  if (!session) {
    const url = new URL(request.url);
    const back = url.pathname + url.search;
    throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
  }
  return session;
}

/** The signed-in user, or a redirect to sign-in that comes back here afterwards. */
export async function requireUser(db: Database, request: Request): Promise<SessionUser> {
  return (await requireSession(db, request)).user;
}
