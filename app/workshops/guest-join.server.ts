/**
 * Joining a workshop by its code (decision 014). A signed-in member of the code's project goes
 * straight to the phone view; a signed-in account that is not a member joins the project with
 * the code's role; a guest gives only an alias and gets a real account: a `users` row with the
 * alias as its name, a generated username, a password hash nothing can match (sign-in refuses
 * it), a `guest_accounts` row, and a membership with exactly the code's role. Nothing else is
 * stored about a guest. Looking a code up is limited per address like sign-in (decision 011).
 * Keeping the account afterwards means choosing a username and a password.
 *
 * @example
 * const found = await lookUpCode(db, address, params.code);
 * if (found.outcome === "found") await joinAsGuest(db, found.code, { alias: "Solsikke" });
 */
import { randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";

import type { Database } from "../../db/connection";
import { guestAccounts, memberships, users, workshopCodes } from "../../db/schema";
import { hashPassword, unusablePasswordHash } from "../auth/password.server";
import type { SignInLimitPolicy } from "../auth/sign-in-limits.server";
import { createSignInLimiter } from "../auth/sign-in-limits.server";
import { signupSchema } from "../auth/users.server";
import { findMembership } from "../projects/projects.server";
import type { OpenCode } from "./join-codes.server";
import { findOpenCode } from "./join-codes.server";
import { aliasSchema, checkInput } from "./workshop-input";
import type { WorkshopResult } from "./workshop-problem";
import { invalidFields, refused } from "./workshop-problem";

/**
 * Wrong codes per address: 20 cost nothing, then 2 s doubling to a minute; forgotten after 15
 * minutes. A room on one Wi-Fi shares an address, and a right code never counts.
 */
export const joinCodePolicy: SignInLimitPolicy = {
  windowSeconds: 15 * 60,
  accountAndAddress: { freeFailures: 20, firstDelayMs: 2_000, maxDelayMs: 60_000 },
  account: { freeFailures: 20, firstDelayMs: 2_000, maxDelayMs: 60_000 },
  manyNames: { distinctNames: 1_000_000, freeFailures: 20 },
};

const limiters = new WeakMap<Database, ReturnType<typeof createSignInLimiter>>();

export type CodeLookup = { outcome: "found"; code: OpenCode } | { outcome: "notFound" } | { outcome: "throttled"; retryAfterSeconds: number };

/**
 * A typed code's workshop, counted against the address's limit when it is wrong.
 *
 * @example
 * const found = await lookUpCode(db, clientAddress(context), "K7M2QX9P");
 * if (found.outcome === "throttled") return tooMany(found.retryAfterSeconds);
 */
export async function lookUpCode(db: Database, address: string, typed: string, policy: SignInLimitPolicy = joinCodePolicy): Promise<CodeLookup> {
  let limiter = limiters.get(db);
  if (!limiter || policy !== joinCodePolicy) {
    limiter = createSignInLimiter(db, policy);
    if (policy === joinCodePolicy) limiters.set(db, limiter);
  }
  // The key is the address alone (user names cannot hold "@"), so a code is guessed per address.
  const result = await limiter.attempt(address, `join-code@${address}`, () => findOpenCode(db, typed));
  if (result.outcome === "throttled") return { outcome: "throttled", retryAfterSeconds: result.retryAfterSeconds };
  if (result.outcome === "failed") return { outcome: "notFound" };
  return { outcome: "found", code: result.user };
}

async function addMembership(db: Database | Parameters<Parameters<Database["transaction"]>[0]>[0], code: OpenCode, userId: string) {
  const inserted = await db.insert(memberships).values({ projectId: code.projectId, userId, role: code.role }).onConflictDoNothing().returning({ userId: memberships.userId });
  if (inserted.length > 0) await db.update(workshopCodes).set({ uses: sql`${workshopCodes.uses} + 1` }).where(eq(workshopCodes.id, code.codeId));
}

/**
 * A signed-in account joins with the code: a member of the project keeps the role they have; an
 * account that is not a member joins with the code's role.
 */
export async function joinAsMember(db: Database, code: OpenCode, userId: string): Promise<{ projectId: string; workshopId: string }> {
  if (!(await findMembership(db, code.projectId, userId))) await addMembership(db, code, userId);
  return { projectId: code.projectId, workshopId: code.workshopId };
}

/** A generated username no one chose: "gjest-" and 10 random letters and digits. */
function guestUsername(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
  return `gjest-${[...randomBytes(10)].map((byte) => alphabet[byte % alphabet.length]).join("")}`;
}

/**
 * A guest joins with only an alias: an account with the code's role in the code's project.
 * Refused: an alias that is empty, over 40 characters or holds control characters (400, alias).
 */
export async function joinAsGuest(db: Database, code: OpenCode, input: unknown): Promise<WorkshopResult<{ userId: string; projectId: string; workshopId: string }>> {
  const checked = checkInput(aliasSchema, input);
  if (!checked.ok) return checked;
  const userId = crypto.randomUUID();
  await db.transaction(async (transaction) => {
    await transaction.insert(users).values({ id: userId, username: guestUsername(), name: checked.value.alias, email: null, passwordHash: unusablePasswordHash });
    await transaction.insert(guestAccounts).values({ userId, workshopCodeId: code.codeId });
    await addMembership(transaction, code, userId);
  });
  return { ok: true, userId, projectId: code.projectId, workshopId: code.workshopId };
}

/** Whether the account is a guest that has not been kept. */
export async function isUnkeptGuest(db: Database, userId: string): Promise<boolean> {
  const [row] = await db.select({ userId: guestAccounts.userId }).from(guestAccounts).where(and(eq(guestAccounts.userId, userId), isNull(guestAccounts.keptAt)));
  return row !== undefined;
}

const keepSchema = signupSchema.pick({ username: true, password: true });

/**
 * "Keep it as an account": the guest chooses a username and a password; the alias stays the
 * name. Refused: not a guest, or already kept (409); a username taken (400, username); a short
 * password (400, password).
 */
export async function keepGuestAccount(db: Database, userId: string, input: unknown): Promise<WorkshopResult<{ username: string }>> {
  const parsed = keepSchema.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, { message: string; messageEn: string }> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      fields[field] = field === "username"
        ? { message: "Brukernavnet må ha 3–40 tegn: små bokstaver, tall, punktum, bindestrek eller understrek.", messageEn: "The username needs 3–40 characters: lower-case letters, digits, dot, hyphen or underscore." }
        : { message: "Passordet må ha minst 8 tegn.", messageEn: "The password needs at least 8 characters." };
    }
    return refused(invalidFields(fields));
  }
  const taken = { ...invalidFields({ username: { message: "Brukernavnet er tatt. Velg et annet.", messageEn: "The username is taken. Choose another." } }), details: { usernameTaken: true } };
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.username, parsed.data.username));
  if (existing && existing.id !== userId) return refused(taken);
  if (!(await isUnkeptGuest(db, userId))) return refused({ code: "conflict", message: "Kontoen er ikke en gjestekonto som kan beholdes.", messageEn: "The account is not a guest account that can be kept." });
  const passwordHash = await hashPassword(parsed.data.password);
  try {
    await db.transaction(async (transaction) => {
      await transaction.update(users).set({ username: parsed.data.username, passwordHash }).where(eq(users.id, userId));
      await transaction.update(guestAccounts).set({ keptAt: sql`now()` }).where(eq(guestAccounts.userId, userId));
    });
  } catch (error) {
    // Two people choosing one name at once: the unique index decides.
    const [raced] = await db.select({ id: users.id }).from(users).where(eq(users.username, parsed.data.username));
    if (raced && raced.id !== userId) return refused(taken);
    throw error;
  }
  return { ok: true, username: parsed.data.username };
}

