/**
 * The demo's neighbour communication (db/seed-demo-neighbours.ts) on a real database: an
 * information plan with one overdue row, eight addresses, two log entries besides the notice's,
 * an information letter whose blanks are complete and free of stigmatising words, and a formal
 * notice sent ten days ago (Oslo) with four days left and one objection still open.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projects } from "../../db/schema";
import { seedDemoNeighbours } from "../../db/seed-demo-neighbours";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { listAddresses } from "./address-store.server";
import { listCommunications } from "./communication-store.server";
import { listInfoPlan } from "./info-plan-store.server";
import { checkLetterFields } from "./letter-input";
import { listLetters } from "./letter-store.server";
import { listNotices } from "./notice-store.server";
import { neighbourFixture } from "./testing/neighbour-fixture";
import { checkWords } from "./word-check";

describe.each(testDatabaseKinds)("demo neighbours on %s", (kind) => {
  let database: TestDatabase;
  let fixture: Awaited<ReturnType<typeof neighbourFixture>>;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixture = await neighbourFixture(database.db);
    await database.db.update(projects).set({ phase: "localisation" }).where(eq(projects.id, fixture.projectId));
    await seedDemoNeighbours(database.db, { owner: fixture.member("kari"), planner: fixture.member("jonas") }, { siteIds: [] });
  });
  afterAll(() => database.drop());

  it("has an information plan of six rows with one overdue", async () => {
    const rows = await listInfoPlan(database.db, fixture.projectId);
    expect(rows).toHaveLength(6);
    expect(rows.filter((row) => row.overdue).map((row) => row.audience)).toEqual(["localCouncil"]);
  });

  it("has eight addresses, two of them with an owner's name deletable", async () => {
    const addresses = await listAddresses(database.db, fixture.projectId);
    expect(addresses).toHaveLength(8);
    expect(addresses.filter((entry) => entry.ownerName !== null).length).toBeGreaterThan(0);
  });

  it("has two log entries besides the notice's", async () => {
    const entries = await listCommunications(database.db, fixture.projectId);
    expect(entries.map((entry) => entry.kind).sort()).toEqual(["call", "meeting", "notice"]);
  });

  it("has an information letter ready to print, without stigmatising words", async () => {
    const [letter] = await listLetters(database.db, fixture.projectId);
    expect(letter.templateKey).toBe("information");
    expect(checkLetterFields("information", letter.fields).ok).toBe(true);
    expect(checkWords(Object.values(letter.fields).join("\n"), "nb")).toEqual([]);
  });

  it("has a formal notice sent ten days ago with four days left and one open objection", async () => {
    const [notice] = await listNotices(database.db, fixture.projectId);
    expect(notice.countdown).toMatchObject({ state: "open", daysLeft: 4 });
    expect(notice.validity.state).toBe("valid");
    expect(notice.objections).toHaveLength(1);
    expect(notice.openObjections).toBe(1);
  });
});
