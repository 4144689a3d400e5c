import { redirect } from "@remix-run/node";
import { parse, serialize } from "cookie";
import { and, eq, gt, lte } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { sessions, users } from "../../db/schema";
import { hashToken, randomToken } from "./tokens.server";

export const sessionCookieName = "bs_session";
const sessionDays = 30;

// The cookie carries a random token as it is (the sync server reads the same
// cookie); the database keeps its hash, so a leaked database cannot be replayed
// as cookies, and signing out really ends the session.
function cookieOptions(request: Request, maxAge: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    // Secure whenever the site is served over https (behind a proxy: set TRUST_PROXY
    // so the request says so) or COOKIE_SECURE=1; plain http stays usable for a
    // workshop laptop that phones reach by its local address.
    secure: new URL(request.url).protocol === "https:" || process.env.COOKIE_SECURE === "1",
    path: "/",
    maxAge,
  };
}

export interface SessionUser {
  id: string;
  username: string;
  name: string;
  email: string | null;
}

export async function createSession(db: Database, userId: string, request: Request): Promise<string> {
  const token = randomToken();
  // Expired sessions of this user are of no use to anyone: clear them on the way.
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lte(sessions.expiresAt, new Date())));
  await db.insert(sessions).values({
    id: hashToken(token),
    userId,
    expiresAt: new Date(Date.now() + sessionDays * 24 * 60 * 60 * 1000),
  });
  return serialize(sessionCookieName, token, cookieOptions(request, sessionDays * 24 * 60 * 60));
}

function readToken(request: Request): string | null {
  const header = request.headers.get("Cookie");
  const value = header ? parse(header)[sessionCookieName] : undefined;
  return value && /^[A-Za-z0-9_-]{16,256}$/.test(value) ? value : null;
}

export async function getSessionUser(db: Database, request: Request): Promise<SessionUser | null> {
  const token = readToken(request);
  if (!token) return null;
  const [row] = await db
    .select({ id: users.id, username: users.username, name: users.name, email: users.email })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, new Date())))
    .limit(1);
  return row ?? null;
}

/** Ends the session in the database and returns the Set-Cookie header that clears it. */
export async function destroySession(db: Database, request: Request): Promise<string> {
  const token = readToken(request);
  if (token) await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
  return serialize(sessionCookieName, "", cookieOptions(request, 0));
}

/** The signed-in user, or a redirect to sign-in that comes back here afterwards. */
export async function requireUser(db: Database, request: Request): Promise<SessionUser> {
  const user = await getSessionUser(db, request);
  if (!user) {
    const url = new URL(request.url);
    const back = url.pathname + url.search;
    throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
  }
  return user;
}
