/**
 * Hole 6: the sign-in limit was checked and counted in two steps (12 of 40 parallel wrong
 * passwords were checked), one address's failures locked everyone at that address out, anyone
 * could lock a named user out with 10 tries, and a restart forgot every count. The real limiter
 * over a real database (PGlite, and PostgreSQL when TEST_DATABASE_URL is set), with the real
 * password check counted.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSignInLimiter,
  defaultSignInLimitPolicy,
  type SignInLimitPolicy,
  type SignInOutcome,
} from "../../app/auth/sign-in-limits.server";
import type { SessionUser } from "../../app/auth/session-lookup.server";
import { authenticate, createUser } from "../../app/auth/users.server";
import { openDatabase } from "../../db/connection";
import {
  createTestDatabase,
  createTestDatabaseLocation,
  testDatabaseKinds,
  type TestDatabase,
} from "../support/database";

const password = "riktig-passord";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(testDatabaseKinds)("hole 6: sign-in limits on %s", (kind) => {
  let database: TestDatabase;
  let checks = 0;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    for (const username of ["kari", "ola", "per", "liv"]) {
      await createUser(database.db, { name: username, username, email: null, password });
    }
  });
  afterAll(() => database.drop());

  /** The real password check, counted. */
  const check = (username: string, attempted: string) => () => {
    checks++;
    return authenticate(database.db, username, attempted);
  };

  it("hole 6: of 40 parallel wrong passwords for one name, only the 10 allowed are checked and the rest wait", async () => {
    const limiter = createSignInLimiter(database.db);
    checks = 0;
    const results = await Promise.all(
      Array.from({ length: 40 }, () => limiter.attempt("10.0.0.1", "ola", check("ola", "wrong-password"))),
    );
    expect(checks).toBe(defaultSignInLimitPolicy.accountAndAddress.freeFailures);
    expect(results.filter((result) => result.outcome === "failed")).toHaveLength(checks);
    const throttled = results.filter((result) => result.outcome === "throttled");
    expect(throttled).toHaveLength(40 - checks);
    for (const result of throttled) expect(result.retryAfterSeconds).toBeGreaterThan(0);
    // The right password from that address waits too: the attacker there cannot tell it apart.
    const owner = await limiter.attempt("10.0.0.1", "ola", check("ola", password));
    expect(owner.outcome).toBe("throttled");
  });

  it("hole 6: a correct password from an address that failed for many other names still signs in (a workshop's shared Wi-Fi)", async () => {
    const limiter = createSignInLimiter(database.db);
    const address = "10.0.0.2";
    const names = Array.from({ length: 25 }, (_, index) => `nobody-${index}`);
    await Promise.all(names.map((name) => limiter.attempt(address, name, check(name, "guess"))));
    await Promise.all(Array.from({ length: 15 }, () => limiter.attempt(address, "per", check("per", "guess"))));

    const kari = await limiter.attempt(address, "kari", check("kari", password));
    expect(kari).toMatchObject({ outcome: "signed-in", user: { username: "kari" } });
    // Per was guessed at from here, but from home (another address) the right password works at once.
    expect((await limiter.attempt("192.0.2.10", "per", check("per", password))).outcome).toBe("signed-in");
    // From the address that tried 25 names, a new name gets one free try, then waits.
    checks = 0;
    const sprayed = await Promise.all(Array.from({ length: 5 }, () => limiter.attempt(address, "liv", check("liv", "guess"))));
    expect(checks).toBe(1);
    expect(sprayed.filter((result) => result.outcome === "throttled")).toHaveLength(4);
  });

  it("hole 6: the owner is slowed by progressive waits, not locked out, and signs in after the wait", async () => {
    const fast: SignInLimitPolicy = {
      ...defaultSignInLimitPolicy,
      accountAndAddress: { freeFailures: 3, firstDelayMs: 800, maxDelayMs: 3200 },
    };
    const limiter = createSignInLimiter(database.db, fast);
    const address = "10.0.0.3";
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await limiter.attempt(address, "liv", check("liv", "guess"))).outcome).toBe("failed");
    }
    const waits: number[] = [];
    for (let round = 0; round < 4; round++) {
      const refused = await limiter.attempt(address, "liv", check("liv", "guess"));
      if (refused.outcome !== "throttled") throw new Error(`expected a wait in round ${round}, got ${refused.outcome}`);
      waits.push(refused.retryAfterMs);
      await sleep(refused.retryAfterMs + 20);
      expect((await limiter.attempt(address, "liv", check("liv", "guess"))).outcome).toBe("failed");
    }
    // 800, 1600, 3200, 3200 ms: doubling, then capped (minus the time since the last answer).
    expect(waits[0]).toBeLessThanOrEqual(800);
    expect(waits[1]).toBeGreaterThan(800);
    expect(waits[2]).toBeGreaterThan(1600);
    expect(waits[3]).toBeLessThanOrEqual(3200);

    const early = await limiter.attempt(address, "liv", check("liv", password));
    if (early.outcome !== "throttled") throw new Error(`expected a wait, got ${early.outcome}`);
    await sleep(early.retryAfterMs + 20);
    expect((await limiter.attempt(address, "liv", check("liv", password))).outcome).toBe("signed-in");
    // Signed in: this address starts afresh.
    expect((await limiter.attempt(address, "liv", check("liv", "guess"))).outcome).toBe("failed");
  }, 60_000);

  it("hole 6: guesses from many addresses slow the account gently: the owner elsewhere waits at most 30 s", async () => {
    const limiter = createSignInLimiter(database.db);
    const addresses = Array.from({ length: 25 }, (_, index) => `198.51.100.${index}`);
    for (const address of addresses) await limiter.attempt(address, "kari", check("kari", "guess"));
    const owner: SignInOutcome<SessionUser> = await limiter.attempt("203.0.113.7", "kari", check("kari", password));
    if (owner.outcome !== "throttled") throw new Error(`expected a wait after 25 guesses, got ${owner.outcome}`);
    expect(owner.retryAfterSeconds).toBeLessThanOrEqual(defaultSignInLimitPolicy.account.maxDelayMs / 1000);
  });
});

describe.each(testDatabaseKinds)("hole 6: sign-in limits survive a restart on %s", (kind) => {
  it("hole 6: after the database is closed and opened again, a new limiter still refuses the 11th guess", async () => {
    const location = await createTestDatabaseLocation(kind);
    try {
      const before = await openDatabase({ url: location.url, dataDir: location.dataDir });
      await createUser(before.db, { name: "Ola", username: "ola", email: null, password });
      const first = createSignInLimiter(before.db);
      for (let attempt = 0; attempt < 10; attempt++) {
        expect((await first.attempt("10.0.0.9", "ola", () => authenticate(before.db, "ola", "guess"))).outcome).toBe("failed");
      }
      await before.close();

      const after = await openDatabase({ url: location.url, dataDir: location.dataDir });
      try {
        let checked = false;
        const second = createSignInLimiter(after.db);
        const result = await second.attempt("10.0.0.9", "ola", () => {
          checked = true;
          return authenticate(after.db, "ola", password);
        });
        expect(result.outcome).toBe("throttled");
        expect(checked).toBe(false);
      } finally {
        await after.close();
      }
    } finally {
      await location.drop();
    }
  });
});
