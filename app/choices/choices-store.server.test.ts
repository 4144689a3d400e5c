/**
 * The planners' side of the residents' choices on a real database: the matrix (chosen, the
 * standard where nobody chose, recorded together with the resident, reopened, favourites,
 * waiting counts), the requests for help, the history, and the rules of every write. A refused
 * write changes nothing. Decision 012.
 */
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { choiceEvents, choiceFavourites, choiceReopenings, homeChoices } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import type { Role } from "../permissions";
import { ChoicesRefused } from "./choices-problem";
import { closeReopening, markHelpAnswered, readChoiceMatrix, readHistory, recordWithResident, reopenForHome, type ChoiceActor } from "./choices-store.server";
import type { ChoiceMatrix, MatrixCell } from "./choices-types";
import { addDays, createChoicesFixture, insertHelpRequest, insertResidentPick, nextMillisecond, type ChoicesFixture } from "./testing/choices-fixture";

async function refusal(promise: Promise<unknown>): Promise<ChoicesRefused> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ChoicesRefused) return error;
    throw error;
  }
  throw new Error("expected the write to be refused");
}

function cell(matrix: ChoiceMatrix, homeId: string, categoryId: string): MatrixCell {
  const row = matrix.homes.findIndex((home) => home.id === homeId);
  const column = matrix.categories.findIndex((category) => category.id === categoryId);
  expect(row).toBeGreaterThanOrEqual(0);
  expect(column).toBeGreaterThanOrEqual(0);
  return matrix.cells[row][column];
}

describe.each(testDatabaseKinds)("the choices' matrix and the planners' writes on %s", (kind) => {
  let database: TestDatabase;
  let fixture: ChoicesFixture;
  let jonas: ChoiceActor;
  let facade: ChoicesFixture["categories"]["facade"];
  let door: ChoicesFixture["categories"]["door"];
  let floor: ChoicesFixture["categories"]["floor"];
  let mariHome: string;
  let perHome: string;
  let emptyHome: string;

  const actor = (person: keyof ChoicesFixture["userIds"], role: Role): ChoiceActor => ({ projectId: fixture.projectId, userId: fixture.userIds[person], role });

  async function rowCounts() {
    const [[choices], [events], [reopenings]] = await Promise.all([
      database.db.select({ n: count() }).from(homeChoices),
      database.db.select({ n: count() }).from(choiceEvents),
      database.db.select({ n: count() }).from(choiceReopenings),
    ]);
    return { choices: choices.n, events: events.n, reopenings: reopenings.n };
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixture = await createChoicesFixture(database.db);
    jonas = actor("jonas", "planner");
    ({ facade, door, floor } = fixture.categories);
    [mariHome, perHome, emptyHome] = fixture.homeIds;
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.db.delete(homeChoices);
    await database.db.delete(choiceEvents);
    await database.db.delete(choiceReopenings);
    await database.db.delete(choiceFavourites);
  });

  it("shows the standard where nobody chose, the window of each category and who is still waiting", async () => {
    const matrix = await readChoiceMatrix(database.db, fixture.projectId);
    expect(matrix.homes.map((home) => [home.name, home.resident?.name ?? null])).toEqual([
      ["Hus 1", "Mari"],
      ["Hus 2", "Per"],
      ["Hus 3", null],
    ]);
    expect(matrix.categories.map((category) => [category.name, category.state, category.standard?.name])).toEqual([
      ["Fasadefarge", "open", "Lys grå"],
      ["Inngangsdør", "closed", "Eik"],
      ["Gulv", "notYet", "Parkett"],
    ]);
    expect(cell(matrix, mariHome, facade.id)).toMatchObject({ source: "standard", option: { name: "Lys grå", colorCode: "S 2002-Y" }, chosenBy: null, chosenAt: null, waiting: true, state: "open" });
    expect(cell(matrix, mariHome, door.id)).toMatchObject({ source: "standard", option: { name: "Eik" }, waiting: false, state: "closed" });
    // Open and not yet open both wait for a choice; closed is settled by the standard.
    expect(matrix.categories.map((category) => category.waitingCount)).toEqual([3, 0, 3]);
    expect(matrix.homes.map((home) => home.waitingCount)).toEqual([2, 2, 2]);
    expect(matrix.homesWaiting).toBe(3);
  });

  it("shows a resident's own pick with who, when and whether confirmed, and the favourites", async () => {
    await insertResidentPick(database.db, fixture, { homeId: mariHome, categoryId: facade.id, optionId: facade.options.blue.id, userId: fixture.userIds.mari, confirmed: true });
    await insertResidentPick(database.db, fixture, { homeId: perHome, categoryId: facade.id, optionId: facade.options.grey.id, userId: fixture.userIds.per });
    await database.db.insert(choiceFavourites).values([
      { homeId: mariHome, optionId: facade.options.blue.id },
      { homeId: mariHome, optionId: facade.options.grey.id },
      { homeId: mariHome, optionId: door.options.white.id },
    ]);
    const matrix = await readChoiceMatrix(database.db, fixture.projectId);
    const mari = cell(matrix, mariHome, facade.id);
    expect(mari).toMatchObject({ source: "chosen", option: { name: "Mørk blå" }, chosenBy: { name: "Mari", role: "resident" }, withResident: null, waiting: false, favouriteCount: 2 });
    expect(mari.confirmedAt).not.toBeNull();
    expect(Date.now() - Date.parse(mari.chosenAt ?? "")).toBeLessThan(60_000);
    // Per chose the standard himself: chosen, not "the standard applies".
    expect(cell(matrix, perHome, facade.id)).toMatchObject({ source: "chosen", option: { name: "Lys grå" }, confirmedAt: null, favouriteCount: 0 });
    expect(cell(matrix, mariHome, door.id).favouriteCount).toBe(1);
    expect(matrix.categories[0].waitingCount).toBe(1);
    expect(matrix.homes.map((home) => home.waitingCount)).toEqual([1, 1, 2]);
  });

  it("records a choice together with the resident, in a closed category too, stamped with the planner and the meeting", async () => {
    const meetingDate = addDays(fixture.today, -2);
    await recordWithResident(database.db, jonas, { homeId: mariHome, categoryId: door.id, optionId: door.options.white.id, meeting: "  Hjemmebesøk med miljøterapeut ", meetingDate });
    const matrix = await readChoiceMatrix(database.db, fixture.projectId);
    const recorded = cell(matrix, mariHome, door.id);
    expect(recorded).toMatchObject({ source: "chosen", option: { name: "Hvit" }, chosenBy: { name: "Jonas", role: "planner" }, withResident: { meeting: "Hjemmebesøk med miljøterapeut", date: meetingDate } });
    expect(recorded.confirmedAt).not.toBeNull();
    const [event] = await database.db.select().from(choiceEvents);
    expect(event).toMatchObject({ kind: "withResident", actorId: fixture.userIds.jonas, actorRole: "planner", optionId: door.options.white.id, meeting: "Hjemmebesøk med miljøterapeut", meetingDate });

    // The owner records over a resident's own pick: the meeting replaces it, the pick stays in the history.
    await insertResidentPick(database.db, fixture, { homeId: perHome, categoryId: facade.id, optionId: facade.options.grey.id, userId: fixture.userIds.per });
    await recordWithResident(database.db, actor("kari", "owner"), { homeId: perHome, categoryId: facade.id, optionId: facade.options.blue.id, meeting: "Boligmøte", meetingDate: fixture.today });
    const after = cell(await readChoiceMatrix(database.db, fixture.projectId), perHome, facade.id);
    expect(after).toMatchObject({ option: { name: "Mørk blå" }, chosenBy: { name: "Kari", role: "owner" }, withResident: { meeting: "Boligmøte", date: fixture.today } });
    const history = await readHistory(database.db, fixture.projectId, perHome);
    expect(history.map((entry) => [entry.kind, entry.optionName, entry.actor.name, entry.actor.role])).toEqual([
      ["withResident", "Mørk blå", "Kari", "owner"],
      ["pick", "Lys grå", "Per", "resident"],
    ]);
  });

  it("refuses a choice with the resident that breaks a rule, naming the field, and changes nothing", async () => {
    const before = await rowCounts();
    const valid = { homeId: mariHome, categoryId: facade.id, optionId: facade.options.blue.id, meeting: "Hjemmebesøk", meetingDate: fixture.today };
    const cases: Array<[string, Partial<typeof valid>, number, string | undefined]> = [
      ["an option of another category", { optionId: door.options.oak.id }, 400, "optionId"],
      ["an option of another project", { optionId: fixture.other.optionId }, 404, undefined],
      ["a home of another project", { homeId: fixture.other.homeId }, 404, undefined],
      ["a category of another project", { categoryId: fixture.other.categoryId, optionId: fixture.other.optionId }, 404, undefined],
      ["a home that does not exist", { homeId: "no-such-home" }, 404, undefined],
      ["a date in the future", { meetingDate: addDays(fixture.today, 1) }, 400, "meetingDate"],
      ["a date that is no date", { meetingDate: "2026-02-30" }, 400, "meetingDate"],
      ["a date written otherwise", { meetingDate: "2.12.2026" }, 400, "meetingDate"],
      ["no meeting", { meeting: "   " }, 400, "meeting"],
      ["a meeting of 121 characters", { meeting: "m".repeat(121) }, 400, "meeting"],
      ["a control character", { meeting: "Møte\u0000" }, 400, "meeting"],
      ["an option that fails robustness", { optionId: facade.options.failing.id }, 409, undefined],
      ["an unallocated home", { homeId: emptyHome }, 409, undefined],
    ];
    for (const [name, change, status, field] of cases) {
      const refused = await refusal(recordWithResident(database.db, jonas, { ...valid, ...change }));
      expect(refused.status, name).toBe(status);
      if (field) expect(Object.keys(refused.problem.fields ?? {}), name).toContain(field);
      expect(refused.problem.message, name).not.toBe("");
      expect(refused.problem.messageEn, name).not.toBe("");
    }
    expect(await rowCounts()).toEqual(before);
    // The limits themselves are accepted.
    await recordWithResident(database.db, jonas, { ...valid, meeting: "m".repeat(120) });
    expect((await rowCounts()).events).toBe(before.events + 1);
  });

  it("lets only planners write, whatever the member's other rights", async () => {
    const before = await rowCounts();
    for (const [person, role] of [["mari", "resident"], ["silje", "police"], ["ahmed", "fire"], ["ola", "observer"]] as const) {
      const member = actor(person, role);
      expect((await refusal(recordWithResident(database.db, member, { homeId: mariHome, categoryId: facade.id, optionId: facade.options.blue.id, meeting: "Møte", meetingDate: fixture.today }))).status).toBe(403);
      expect((await refusal(reopenForHome(database.db, member, { homeId: mariHome, categoryId: door.id, until: fixture.today }))).status).toBe(403);
      expect((await refusal(closeReopening(database.db, member, { homeId: mariHome, categoryId: door.id }))).status).toBe(403);
      expect((await refusal(markHelpAnswered(database.db, member, { homeId: mariHome }))).status).toBe(403);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("reopens a closed category for one home until a date, and ends the reopening", async () => {
    const until = addDays(fixture.today, 7);
    await reopenForHome(database.db, jonas, { homeId: mariHome, categoryId: door.id, until });
    await nextMillisecond();
    let matrix = await readChoiceMatrix(database.db, fixture.projectId);
    expect(cell(matrix, mariHome, door.id)).toMatchObject({ state: "open", reopenedUntil: until, waiting: true });
    expect(cell(matrix, perHome, door.id)).toMatchObject({ state: "closed", reopenedUntil: null, waiting: false });
    expect(matrix.categories[1]).toMatchObject({ state: "closed", waitingCount: 1 });

    // A second reopening replaces the first; today is the shortest there is.
    await reopenForHome(database.db, jonas, { homeId: mariHome, categoryId: door.id, until: fixture.today });
    await nextMillisecond();
    matrix = await readChoiceMatrix(database.db, fixture.projectId);
    expect(cell(matrix, mariHome, door.id)).toMatchObject({ state: "open", reopenedUntil: fixture.today });

    await closeReopening(database.db, jonas, { homeId: mariHome, categoryId: door.id });
    matrix = await readChoiceMatrix(database.db, fixture.projectId);
    expect(cell(matrix, mariHome, door.id)).toMatchObject({ state: "closed", reopenedUntil: null, waiting: false });
    expect((await readHistory(database.db, fixture.projectId, mariHome)).map((entry) => [entry.kind, entry.categoryName, entry.actor.name, entry.until, entry.meetingDate])).toEqual([
      ["reopenEnded", "Inngangsdør", "Jonas", null, null],
      ["reopen", "Inngangsdør", "Jonas", fixture.today, null],
      ["reopen", "Inngangsdør", "Jonas", until, null],
    ]);
  });

  it("refuses a reopening that ends in the past or of a category not open yet, and ending one that is not there", async () => {
    const past = await refusal(reopenForHome(database.db, jonas, { homeId: mariHome, categoryId: door.id, until: addDays(fixture.today, -1) }));
    expect(past.status).toBe(400);
    expect(Object.keys(past.problem.fields ?? {})).toEqual(["until"]);
    expect((await refusal(reopenForHome(database.db, jonas, { homeId: mariHome, categoryId: floor.id, until: addDays(fixture.today, 30) }))).status).toBe(409);
    expect((await refusal(reopenForHome(database.db, jonas, { homeId: fixture.other.homeId, categoryId: door.id, until: fixture.today }))).status).toBe(404);
    expect((await refusal(reopenForHome(database.db, jonas, { homeId: mariHome, categoryId: fixture.other.categoryId, until: fixture.today }))).status).toBe(404);
    expect((await refusal(closeReopening(database.db, jonas, { homeId: mariHome, categoryId: door.id }))).status).toBe(409);
    expect(await rowCounts()).toEqual({ choices: 0, events: 0, reopenings: 0 });
  });

  it("lists the requests for help until a planner marks them answered, by category or for the whole home", async () => {
    await insertHelpRequest(database.db, fixture, { homeId: mariHome, categoryId: facade.id, userId: fixture.userIds.mari, message: "Jeg lurer på blåfargen." });
    await insertHelpRequest(database.db, fixture, { homeId: mariHome, categoryId: null, userId: fixture.userIds.mari });
    await insertHelpRequest(database.db, fixture, { homeId: perHome, categoryId: door.id, userId: fixture.userIds.per });
    let open = (await readChoiceMatrix(database.db, fixture.projectId)).helpRequests;
    expect(open.map((request) => [request.homeName, request.categoryName, request.askedBy.name, request.askedBy.role, request.message])).toEqual([
      ["Hus 1", "Fasadefarge", "Mari", "resident", "Jeg lurer på blåfargen."],
      ["Hus 1", null, "Mari", "resident", null],
      ["Hus 2", "Inngangsdør", "Per", "resident", null],
    ]);

    expect(await markHelpAnswered(database.db, jonas, { homeId: mariHome, categoryId: facade.id })).toMatchObject({ answered: 1 });
    await nextMillisecond();
    open = (await readChoiceMatrix(database.db, fixture.projectId)).helpRequests;
    expect(open.map((request) => [request.homeName, request.categoryName])).toEqual([
      ["Hus 1", null],
      ["Hus 2", "Inngangsdør"],
    ]);
    // Nothing left about the façade: a second answer is refused.
    expect((await refusal(markHelpAnswered(database.db, jonas, { homeId: mariHome, categoryId: facade.id }))).status).toBe(409);

    // A new request after an answer is open again.
    await insertHelpRequest(database.db, fixture, { homeId: mariHome, categoryId: facade.id, userId: fixture.userIds.mari });
    expect(await markHelpAnswered(database.db, jonas, { homeId: mariHome, categoryId: "" })).toMatchObject({ answered: 2 });
    open = (await readChoiceMatrix(database.db, fixture.projectId)).helpRequests;
    expect(open.map((request) => request.homeName)).toEqual(["Hus 2"]);
    expect((await refusal(markHelpAnswered(database.db, jonas, { homeId: fixture.other.homeId }))).status).toBe(404);
    expect((await refusal(markHelpAnswered(database.db, jonas, { homeId: emptyHome }))).status).toBe(409);
    const answers = await database.db.select().from(choiceEvents).where(and(eq(choiceEvents.kind, "helpAnswered"), eq(choiceEvents.homeId, mariHome)));
    expect(answers.map((answer) => [answer.actorId, answer.actorRole])).toEqual([
      [fixture.userIds.jonas, "planner"],
      [fixture.userIds.jonas, "planner"],
    ]);
  });

  it("keeps the whole project's history newest first, with who by name and role, what and the meeting", async () => {
    await insertResidentPick(database.db, fixture, { homeId: perHome, categoryId: facade.id, optionId: facade.options.blue.id, userId: fixture.userIds.per, confirmed: true });
    await recordWithResident(database.db, jonas, { homeId: mariHome, categoryId: facade.id, optionId: facade.options.grey.id, meeting: "Verksted", meetingDate: fixture.today });
    const history = await readHistory(database.db, fixture.projectId);
    expect(history.map((entry) => [entry.homeName, entry.kind, entry.categoryName, entry.optionName, entry.actor.name, entry.actor.role, entry.meeting, entry.meetingDate])).toEqual([
      ["Hus 1", "withResident", "Fasadefarge", "Lys grå", "Jonas", "planner", "Verksted", fixture.today],
      ["Hus 2", "confirm", "Fasadefarge", "Mørk blå", "Per", "resident", null, null],
      ["Hus 2", "pick", "Fasadefarge", "Mørk blå", "Per", "resident", null, null],
    ]);
    expect(await readHistory(database.db, fixture.other.projectId)).toEqual([]);
    expect(await readHistory(database.db, fixture.projectId, perHome, 1)).toHaveLength(1);
  });
});
