/**
 * Sign-in limits (decision 011), counted in the database so every process shares them and a
 * restart forgets nothing:
 * - every attempt is reserved as a failure *before* the password is checked, in one atomic
 *   statement, so 40 parallel guesses cannot all slip past the check;
 * - per account and address (strict): after 10 failures the next attempt waits 5 s, doubling
 *   to 5 minutes;
 * - per account from every address (gentle): after 20 failures 1 s, doubling to 30 s, so
 *   guessing from many addresses is slowed but the owner is never kept out for long;
 * - an address is never blocked as a whole (a workshop on one Wi-Fi signs in together): an
 *   address failing for many names only loses the free failures for each name, so every
 *   name's first attempt from there is still checked and a correct password signs in.
 */
import { and, eq, gt, lt, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { signInLimits } from "../../db/schema";

export interface DelayPolicy {
  /** Failures that cost nothing. */
  freeFailures: number;
  /** The wait after the last free failure; each further failure doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export interface SignInLimitPolicy {
  /** A key's failures are forgotten this long after its last one. */
  windowSeconds: number;
  accountAndAddress: DelayPolicy;
  account: DelayPolicy;
  /** An address that failed for this many names in the window gets `freeFailures` per name. */
  manyNames: { distinctNames: number; freeFailures: number };
}

export const defaultSignInLimitPolicy: SignInLimitPolicy = {
  windowSeconds: 15 * 60,
  accountAndAddress: { freeFailures: 10, firstDelayMs: 5_000, maxDelayMs: 5 * 60_000 },
  account: { freeFailures: 20, firstDelayMs: 1_000, maxDelayMs: 30_000 },
  manyNames: { distinctNames: 20, freeFailures: 1 },
};

export type SignInOutcome<User> =
  | { outcome: "signed-in"; user: User }
  | { outcome: "failed" }
  | { outcome: "throttled"; retryAfterSeconds: number; retryAfterMs: number };

export interface SignInLimiter {
  /**
   * Checks `checkPassword` only if the limits allow an attempt now; the attempt counts as a
   * failure from before the check until the check succeeds.
   *
   * @example
   * const result = await limiter.attempt(address, username, () => authenticate(db, username, password));
   * if (result.outcome === "throttled") return tooManyRequests(result.retryAfterSeconds);
   */
  attempt<User>(address: string, username: string, checkPassword: () => Promise<User | null>): Promise<SignInOutcome<User>>;
  /** Removes keys whose window has passed (the table otherwise keeps every name ever tried). */
  forgetOld(): Promise<void>;
}

type Scope = "account" | "account-address";

interface Reservation {
  allowed: boolean;
  /** How long until the next attempt on this key is allowed (0 when it already is). */
  waitMs: number;
}

// Keys are user input: bounded so a megabyte "user name" is not stored.
const keyLength = 200;
const forgetEveryAttempts = 500;

export function createSignInLimiter(db: Database, policy: SignInLimitPolicy = defaultSignInLimitPolicy): SignInLimiter {
  // clock_timestamp(), not now(): now() is when the transaction began, and a reservation that
  // waited for another's row lock would see that one's later time as "in the future".
  const windowStart = sql`clock_timestamp() - ${policy.windowSeconds}::integer * interval '1 second'`;
  let attemptsSinceForget = 0;

  async function distinctNamesFailing(address: string): Promise<number> {
    const [row] = await db
      .select({ names: sql<number>`count(*)::integer` })
      .from(signInLimits)
      .where(and(eq(signInLimits.scope, "account-address"), eq(signInLimits.address, address), gt(signInLimits.lastFailureAt, windowStart)));
    return row?.names ?? 0;
  }

  /** One statement: count this attempt as a failure unless the key is waiting, and say which. */
  async function reserve(scope: Scope, username: string, address: string, delay: DelayPolicy): Promise<Reservation> {
    const existing = {
      failures: sql`${signInLimits.failures}`,
      lastFailureAt: sql`${signInLimits.lastFailureAt}`,
    };
    const waiting = sql`(${existing.lastFailureAt} + ${delayAfter(existing.failures, delay)} > clock_timestamp())`;
    const expired = sql`(${existing.lastFailureAt} < ${windowStart})`;
    const [row] = await db
      .insert(signInLimits)
      .values({ scope, username, address, failures: 1, lastFailureAt: sql`clock_timestamp()`, lastAttemptAllowed: true })
      .onConflictDoUpdate({
        target: [signInLimits.scope, signInLimits.username, signInLimits.address],
        set: {
          failures: sql`case when ${waiting} then ${existing.failures} when ${expired} then 1 else ${existing.failures} + 1 end`,
          lastFailureAt: sql`case when ${waiting} then ${existing.lastFailureAt} else clock_timestamp() end`,
          lastAttemptAllowed: sql`not ${waiting}`,
        },
      })
      .returning({
        allowed: signInLimits.lastAttemptAllowed,
        waitMs: sql<number>`greatest(0, ceil(extract(epoch from (${signInLimits.lastFailureAt} + ${delayAfter(sql`${signInLimits.failures}`, delay)} - clock_timestamp())) * 1000))::integer`,
      });
    if (!row) throw new Error(`sign-in limit for ${scope} was not reserved`);
    return { allowed: row.allowed, waitMs: Number(row.waitMs) };
  }

  const keyOf = (scope: Scope, username: string, address: string) =>
    and(eq(signInLimits.scope, scope), eq(signInLimits.username, username), eq(signInLimits.address, address));

  /** The attempt was not a failure after all: take its reservation back. */
  async function release(scope: Scope, username: string, address: string): Promise<void> {
    await db
      .update(signInLimits)
      .set({ failures: sql`greatest(${signInLimits.failures} - 1, 0)` })
      .where(keyOf(scope, username, address));
  }

  async function forgetOld(): Promise<void> {
    await db.delete(signInLimits).where(lt(signInLimits.lastFailureAt, windowStart));
  }

  return {
    forgetOld,
    async attempt(rawAddress, rawUsername, checkPassword) {
      const address = rawAddress.slice(0, keyLength);
      const username = rawUsername.trim().toLowerCase().slice(0, keyLength);
      if (++attemptsSinceForget >= forgetEveryAttempts) {
        attemptsSinceForget = 0;
        await forgetOld();
      }
      const manyNames = (await distinctNamesFailing(address)) >= policy.manyNames.distinctNames;
      const pairDelay = manyNames
        ? { ...policy.accountAndAddress, freeFailures: Math.min(policy.accountAndAddress.freeFailures, policy.manyNames.freeFailures) }
        : policy.accountAndAddress;

      const pair = await reserve("account-address", username, address, pairDelay);
      if (!pair.allowed) return throttled(pair.waitMs);
      const account = await reserve("account", username, "", policy.account);
      if (!account.allowed) {
        // Refused by the account's limit, not by this address: the address is not to blame.
        await release("account-address", username, address);
        return throttled(account.waitMs);
      }

      const user = await checkPassword();
      if (!user) {
        // The wait runs from the answer, not from the reservation: a slow check must not use it up.
        await db
          .update(signInLimits)
          .set({ lastFailureAt: sql`clock_timestamp()` })
          .where(or(keyOf("account-address", username, address), keyOf("account", username, "")));
        return { outcome: "failed" };
      }
      // The owner from this address starts afresh; the account keeps others' failures.
      await Promise.all([db.delete(signInLimits).where(keyOf("account-address", username, address)), release("account", username, "")]);
      return { outcome: "signed-in", user };
    },
  };
}

const limiters = new WeakMap<Database, SignInLimiter>();

/** The app's limiter for `db` with the default policy (one per database, so old keys are forgotten now and then). */
export function signInLimiterFor(db: Database): SignInLimiter {
  let limiter = limiters.get(db);
  if (!limiter) {
    limiter = createSignInLimiter(db);
    limiters.set(db, limiter);
  }
  return limiter;
}

/** The wait after `failures` failures, as an SQL interval (exponent bounded so it never overflows). */
function delayAfter(failures: SQL, delay: DelayPolicy): SQL {
  return sql`(case when ${failures} < ${delay.freeFailures}::integer then 0
    else least(${delay.firstDelayMs}::float8 * power(2::float8, least(${failures} - ${delay.freeFailures}::integer, 40)), ${delay.maxDelayMs}::float8) end)
    * interval '1 millisecond'`;
}

function throttled(waitMs: number): { outcome: "throttled"; retryAfterSeconds: number; retryAfterMs: number } {
  return { outcome: "throttled", retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)), retryAfterMs: waitMs };
}

/** The client's address as seen by the server (the Express app passes it in the load context). */
export function clientAddress(context: { clientAddress?: string }): string {
  return context.clientAddress ?? "unknown";
}
