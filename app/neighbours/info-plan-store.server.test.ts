/**
 * The information plan on a real database (decision 013): planners add, edit, reorder and set
 * the status of rows; everyone else is refused and nothing changes; a row past its date (Oslo)
 * or its phase, not done or cancelled, is overdue; each write leaves a history row.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { infoPlanRows, projects } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { parseInfoPlanForm } from "./info-plan-input";
import { addInfoPlanRow, editInfoPlanRow, infoPlanSummary, listInfoPlan, moveInfoPlanRow, setInfoPlanStatus } from "./info-plan-store.server";
import { idOf, neighbourFixture, people, problemOf } from "./testing/neighbour-fixture";

const row = { audience: "neighbours" as const, message: "Informasjon om planene", channel: "letter" as const, responsible: "Jonas" };
const now = new Date("2026-12-02T10:00:00Z");

describe.each(testDatabaseKinds)("information plan on %s", (kind) => {
  let database: TestDatabase;
  let fixture: Awaited<ReturnType<typeof neighbourFixture>>;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixture = await neighbourFixture(database.db);
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.db.delete(infoPlanRows);
    await database.db.update(projects).set({ phase: "localisation" }).where(eq(projects.id, fixture.projectId));
  });

  it("lets planners add rows in order, with a phase, a date or both", async () => {
    const db = database.db;
    idOf(await addInfoPlanRow(db, fixture.member("jonas"), { ...row, phase: "localisation" }));
    idOf(await addInfoPlanRow(db, fixture.member("kari"), { ...row, audience: "school", date: "2027-01-10", channel: "meeting" }));
    idOf(await addInfoPlanRow(db, fixture.member("jonas"), { ...row, audience: "press", phase: "decision", date: "2027-03-01", channel: "publicPage" }));
    const rows = await listInfoPlan(db, fixture.projectId, { now });
    expect(rows.map((entry) => [entry.audience, entry.phase, entry.date, entry.status, entry.position])).toEqual([
      ["neighbours", "localisation", null, "planned", 0],
      ["school", null, "2027-01-10", "planned", 1],
      ["press", "decision", "2027-03-01", "planned", 2],
    ]);
  });

  it("refuses every role but planners, changing nothing", async () => {
    const db = database.db;
    const id = idOf(await addInfoPlanRow(db, fixture.member("jonas"), { ...row, phase: "localisation" }));
    const before = { rows: await listInfoPlan(db, fixture.projectId, { now }), history: await fixture.historyCount() };
    for (const person of people.filter((name) => name !== "kari" && name !== "jonas")) {
      const member = fixture.member(person);
      expect(problemOf(await addInfoPlanRow(db, member, { ...row, phase: "needs" })).code).toBe("forbidden");
      expect(problemOf(await editInfoPlanRow(db, member, { ...row, rowId: id, message: "Endret" })).code).toBe("forbidden");
      expect(problemOf(await setInfoPlanStatus(db, member, { rowId: id, status: "done" })).code).toBe("forbidden");
      expect(problemOf(await moveInfoPlanRow(db, member, { rowId: id, direction: "down" })).code).toBe("forbidden");
    }
    expect(await listInfoPlan(db, fixture.projectId, { now })).toEqual(before.rows);
    expect(await fixture.historyCount()).toBe(before.history);
  });

  it("asks for a phase or a date, names the field, and refuses a date that does not exist", () => {
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [key, value] of Object.entries({ intent: "addRow", audience: "neighbours", message: "Hei", channel: "letter", ...fields })) data.set(key, value);
      return parseInfoPlanForm(data);
    };
    const missing = form({});
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problem.fields?.phase?.messageEn).toBe("Choose a phase or write a date (or both).");
    const badDate = form({ date: "2026-02-30" });
    expect(!badDate.ok && Object.keys(badDate.problem.fields ?? {})).toEqual(["date"]);
    expect(form({ phase: "design" }).ok).toBe(true);
    expect(form({ date: "2027-01-01", responsible: "" }).ok).toBe(true);
  });

  it("flags rows past their date in Oslo or before the project's phase, unless done or cancelled", async () => {
    const db = database.db;
    const planner = fixture.member("jonas");
    const pastDate = idOf(await addInfoPlanRow(db, planner, { ...row, date: "2026-12-01" }));
    const today = idOf(await addInfoPlanRow(db, planner, { ...row, date: "2026-12-02" }));
    const pastPhase = idOf(await addInfoPlanRow(db, planner, { ...row, phase: "political" }));
    const thisPhase = idOf(await addInfoPlanRow(db, planner, { ...row, phase: "localisation" }));
    const done = idOf(await addInfoPlanRow(db, planner, { ...row, phase: "needs" }));
    const cancelled = idOf(await addInfoPlanRow(db, planner, { ...row, date: "2026-01-01" }));
    idOf(await setInfoPlanStatus(db, planner, { rowId: done, status: "done" }));
    idOf(await setInfoPlanStatus(db, planner, { rowId: cancelled, status: "cancelled" }));
    const overdue = async (at: Date) => (await listInfoPlan(db, fixture.projectId, { now: at })).filter((entry) => entry.overdue).map((entry) => entry.id);
    expect(await overdue(now)).toEqual([pastDate, pastPhase]);
    // 23:30 UTC on 2 December is 00:30 on 3 December in Oslo: "today" has passed there.
    expect(await overdue(new Date("2026-12-02T23:30:00Z"))).toEqual([pastDate, today, pastPhase]);
    await db.update(projects).set({ phase: "design" }).where(eq(projects.id, fixture.projectId));
    expect(await overdue(now)).toEqual([pastDate, pastPhase, thisPhase]);
    const summary = await infoPlanSummary(db, fixture.projectId, { now });
    expect(summary).toMatchObject({ total: 6, byStatus: { planned: 4, inProgress: 0, done: 1, cancelled: 1 } });
    expect(summary.overdue.map((entry) => entry.id)).toEqual([pastDate, pastPhase, thisPhase]);
    expect(summary.next?.id).toBe(today);
  });

  it("edits a row and keeps what changed in its history", async () => {
    const db = database.db;
    const id = idOf(await addInfoPlanRow(db, fixture.member("jonas"), { ...row, phase: "localisation" }));
    const history = await fixture.historyCount();
    idOf(await editInfoPlanRow(db, fixture.member("kari"), { ...row, rowId: id, message: "Invitasjon til møte", channel: "meeting", phase: undefined, date: "2027-01-15" }));
    const [edited] = await listInfoPlan(db, fixture.projectId, { now });
    expect(edited).toMatchObject({ message: "Invitasjon til møte", channel: "meeting", phase: null, date: "2027-01-15" });
    expect(await fixture.historyCount()).toBe(history + 1);
  });

  it("moves rows up and down, and refuses to move past either end", async () => {
    const db = database.db;
    const planner = fixture.member("jonas");
    const [a, b, c] = [
      idOf(await addInfoPlanRow(db, planner, { ...row, message: "A", phase: "needs" })),
      idOf(await addInfoPlanRow(db, planner, { ...row, message: "B", phase: "needs" })),
      idOf(await addInfoPlanRow(db, planner, { ...row, message: "C", phase: "needs" })),
    ];
    idOf(await moveInfoPlanRow(db, planner, { rowId: c, direction: "up" }));
    expect((await listInfoPlan(db, fixture.projectId)).map((entry) => entry.message)).toEqual(["A", "C", "B"]);
    idOf(await moveInfoPlanRow(db, planner, { rowId: a, direction: "down" }));
    expect((await listInfoPlan(db, fixture.projectId)).map((entry) => entry.message)).toEqual(["C", "A", "B"]);
    expect(problemOf(await moveInfoPlanRow(db, planner, { rowId: c, direction: "up" })).code).toBe("conflict");
    expect(problemOf(await moveInfoPlanRow(db, planner, { rowId: b, direction: "down" })).code).toBe("conflict");
    expect((await listInfoPlan(db, fixture.projectId)).map((entry) => entry.message)).toEqual(["C", "A", "B"]);
  });

  it("does not reach another project's rows", async () => {
    const db = database.db;
    const id = idOf(await addInfoPlanRow(db, fixture.member("jonas"), { ...row, phase: "needs" }));
    const elsewhere = fixture.member("kari", fixture.otherProjectId);
    expect(problemOf(await setInfoPlanStatus(db, elsewhere, { rowId: id, status: "done" })).code).toBe("notFound");
    expect(problemOf(await moveInfoPlanRow(db, elsewhere, { rowId: id, direction: "up" })).code).toBe("notFound");
    expect((await listInfoPlan(db, fixture.projectId))[0].status).toBe("planned");
  });
});
