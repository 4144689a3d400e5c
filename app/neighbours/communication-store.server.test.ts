/**
 * The communication log on a real database (decision 013): planners add, correct and remove
 * entries (removing an entry removes its files); dates after today (Oslo) are refused; every
 * other role is refused without a change.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { communications, files } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { addCommunication, editCommunication, listCommunications, removeCommunication } from "./communication-store.server";
import { idOf, neighbourFixture, people, problemOf } from "./testing/neighbour-fixture";

const entry = { kind: "meeting" as const, date: "2026-11-12", audience: "cooperativeBoard" as const, channel: "Styremøte i borettslaget", summary: "Orienterte om planene. Styret ønsker informasjon før byggestart." };
const now = new Date("2026-12-01T10:00:00Z");

describe.each(testDatabaseKinds)("communication log on %s", (kind) => {
  let database: TestDatabase;
  let fixture: Awaited<ReturnType<typeof neighbourFixture>>;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixture = await neighbourFixture(database.db);
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.db.delete(communications);
  });

  it("keeps entries newest first, and corrects them", async () => {
    const db = database.db;
    const first = idOf(await addCommunication(db, fixture.member("jonas"), entry, { now }));
    const second = idOf(await addCommunication(db, fixture.member("kari"), { ...entry, kind: "call", date: "2026-11-30", audience: "neighbours", channel: "", summary: "Spørsmål om byggetiden." }, { now }));
    expect((await listCommunications(db, fixture.projectId)).map((item) => item.id)).toEqual([second, first]);
    idOf(await editCommunication(db, fixture.member("jonas"), { ...entry, entryId: first, summary: "Rettet" }, { now }));
    expect((await listCommunications(db, fixture.projectId))[1]).toMatchObject({ id: first, summary: "Rettet", kind: "meeting" });
  });

  it("refuses a date after today in Oslo", async () => {
    const problem = problemOf(await addCommunication(database.db, fixture.member("jonas"), { ...entry, date: "2026-12-02" }, { now }));
    expect(Object.keys(problem.fields ?? {})).toEqual(["date"]);
    expect(await listCommunications(database.db, fixture.projectId)).toEqual([]);
  });

  it("removes an entry with its files", async () => {
    const db = database.db;
    const id = idOf(await addCommunication(db, fixture.member("jonas"), entry, { now }));
    await db.insert(files).values({ id: crypto.randomUUID(), projectId: fixture.projectId, purpose: "communication", subjectKey: id, kind: "pdf", contentType: "application/pdf", fileName: "referat.pdf", byteSize: 5, data: Buffer.from("%PDF-"), uploadedRole: "planner" });
    idOf(await removeCommunication(db, fixture.member("jonas"), { entryId: id }));
    expect(await listCommunications(db, fixture.projectId)).toEqual([]);
    expect(await db.select().from(files).where(and(eq(files.projectId, fixture.projectId), eq(files.subjectKey, id)))).toEqual([]);
  });

  it("refuses every role but planners, changing nothing, and keeps projects apart", async () => {
    const db = database.db;
    const id = idOf(await addCommunication(db, fixture.member("jonas"), entry, { now }));
    const before = { entries: await listCommunications(db, fixture.projectId), history: await fixture.historyCount() };
    for (const person of people.filter((name) => name !== "kari" && name !== "jonas")) {
      const member = fixture.member(person);
      expect(problemOf(await addCommunication(db, member, entry, { now })).code).toBe("forbidden");
      expect(problemOf(await editCommunication(db, member, { ...entry, entryId: id }, { now })).code).toBe("forbidden");
      expect(problemOf(await removeCommunication(db, member, { entryId: id })).code).toBe("forbidden");
    }
    expect(problemOf(await removeCommunication(db, fixture.member("kari", fixture.otherProjectId), { entryId: id })).code).toBe("notFound");
    expect(await listCommunications(db, fixture.projectId)).toEqual(before.entries);
    expect(await fixture.historyCount()).toBe(before.history);
  });
});
