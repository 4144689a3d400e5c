/**
 * "Mitt hjem" on a real database: a resident chooses, confirms, changes their mind, marks
 * favourites and asks for help for their own home only; every refusal (another home's id, a
 * closed or not yet open category, an option that fails robustness, a member who is not a
 * resident) changes nothing; every write leaves an event with the actor's role and a time.
 */
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  choiceCategories,
  choiceEvents,
  choiceFavourites,
  choiceOptions,
  choiceReopenings,
  homeChoices,
  homes,
  memberships,
  projects,
  users,
} from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { ensureHomes } from "../homes/homes.server";
import { ProblemError } from "../http/problem";
import type { Role } from "../permissions";
import { todayInOslo } from "../ui/format-time";
import { chooseOption, confirmChoice, listHelpRequests, readMyHome, requestHelp, toggleFavourite, type Member } from "./my-home-store.server";

/** A calendar date `days` from today in Oslo. */
function dayFromToday(days: number): string {
  const [year, month, day] = todayInOslo().split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

describe.each(testDatabaseKinds)("Mitt hjem on %s", (kind) => {
  let database: TestDatabase;
  let projectId: string;
  let otherProjectId: string;
  let mari: Member;
  let tor: Member;
  let jonas: Member;
  let unhoused: Member;
  let mariHome: string;
  let torHome: string;
  const ids = {
    open: "cat-open",
    closed: "cat-closed",
    notYet: "cat-not-yet",
    reopened: "cat-reopened",
    noStandard: "cat-no-standard",
    elsewhere: "cat-elsewhere",
  };

  async function addUser(username: string): Promise<string> {
    const id = `user-${username}`;
    await database.db.insert(users).values({ id, username, name: username[0].toUpperCase() + username.slice(1), passwordHash: "not-used" });
    return id;
  }

  async function addCategory(project: string, id: string, opensOn: string, closesOn: string, position: number, previewPart = "facade") {
    await database.db.insert(choiceCategories).values({ id, projectId: project, name: `Kategori ${id}`, previewPart, opensOn, closesOn, position });
    const option = (suffix: string, values: Partial<typeof choiceOptions.$inferInsert> = {}) => ({
      id: `${id}-${suffix}`,
      projectId: project,
      categoryId: id,
      name: `${id} ${suffix}`,
      color: "#aabbcc",
      ...values,
    });
    await database.db.insert(choiceOptions).values([
      option("standard", { isStandard: id !== ids.noStandard, color: "#d9d9d9", colorCode: "NCS S 1502-Y", position: 0 }),
      option("warm", { color: "#c8553d", colorCode: "NCS S 3060-Y80R", position: 1 }),
      option("warning", { robustness: "warning", robustnessNote: "Viser riper lettere.", position: 2 }),
      option("fails", { robustness: "fails", robustnessNote: "Tåler ikke slag.", position: 3 }),
    ]);
  }

  async function snapshot() {
    const [choices, favourites, events] = await Promise.all([
      database.db.select().from(homeChoices).orderBy(homeChoices.homeId, homeChoices.categoryId),
      database.db.select().from(choiceFavourites).orderBy(choiceFavourites.homeId, choiceFavourites.optionId),
      database.db.select({ n: count() }).from(choiceEvents),
    ]);
    return { choices, favourites, events: events[0].n };
  }

  /** The refusal `promise` ends with, or fails the test when it succeeds. */
  async function refusal(promise: Promise<unknown>): Promise<{ code: string; status: number; message: string }> {
    try {
      await promise;
    } catch (error) {
      if (error instanceof ProblemError) return { code: error.problem.code, status: error.status, message: error.problem.message };
      throw error;
    }
    throw new Error("expected a refusal");
  }

  /** Expects `write` to be refused with `status` and to change nothing at all. */
  async function expectRefusedUnchanged(write: () => Promise<unknown>, status: number, code?: string) {
    const before = await snapshot();
    const refused = await refusal(write());
    expect(refused.status).toBe(status);
    if (code) expect(refused.code).toBe(code);
    expect(await snapshot()).toEqual(before);
    return refused;
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const owner = await addUser("kari");
    const ids_ = { mari: await addUser("mari"), tor: await addUser("tor"), jonas: await addUser("jonas"), nils: await addUser("nils") };
    projectId = "project-mitt-hjem";
    otherProjectId = "project-other";
    await database.db.insert(projects).values([
      { id: projectId, name: "Småhus på Eikelund", municipality: "Demo", housingForm: "smahus", homeCount: 3, createdBy: owner },
      { id: otherProjectId, name: "Et annet prosjekt", municipality: "Demo", housingForm: "smahus", homeCount: 1, createdBy: owner },
    ]);
    const roles: Array<[string, Role]> = [
      [owner, "owner"],
      [ids_.mari, "resident"],
      [ids_.tor, "resident"],
      [ids_.jonas, "planner"],
      [ids_.nils, "resident"],
    ];
    await database.db.insert(memberships).values(roles.map(([userId, role]) => ({ projectId, userId, role })));
    mari = { projectId, userId: ids_.mari, role: "resident" };
    tor = { projectId, userId: ids_.tor, role: "resident" };
    jonas = { projectId, userId: ids_.jonas, role: "planner" };
    unhoused = { projectId, userId: ids_.nils, role: "resident" };
    const list = await ensureHomes(database.db, projectId);
    mariHome = list[0].id;
    torHome = list[1].id;
    await database.db.update(homes).set({ residentId: ids_.mari }).where(eq(homes.id, mariHome));
    await database.db.update(homes).set({ residentId: ids_.tor }).where(eq(homes.id, torHome));
    await addCategory(projectId, ids.open, dayFromToday(-3), dayFromToday(30), 0);
    await addCategory(projectId, ids.closed, dayFromToday(-30), dayFromToday(-1), 1, "door");
    await addCategory(projectId, ids.notYet, dayFromToday(1), dayFromToday(30), 2, "floor");
    await addCategory(projectId, ids.reopened, dayFromToday(-30), dayFromToday(-2), 3, "wall");
    await addCategory(projectId, ids.noStandard, dayFromToday(0), dayFromToday(0), 4, "none");
    await addCategory(otherProjectId, ids.elsewhere, dayFromToday(-3), dayFromToday(30), 0);
    await database.db.insert(choiceReopenings).values({ homeId: mariHome, categoryId: ids.reopened, opensUntil: dayFromToday(3), reopenedBy: owner });
  });
  afterAll(() => database.drop());

  beforeEach(async () => {
    await database.db.delete(homeChoices);
    await database.db.delete(choiceFavourites);
    await database.db.delete(choiceEvents);
  });

  it("reads the resident's own home with each category's window, the options offered and the standard that applies", async () => {
    const mine = await readMyHome(database.db, mari);
    expect(mine?.home).toMatchObject({ id: mariHome, name: "Hus 1" });
    expect(mine?.categories.map((category) => [category.id, category.state])).toEqual([
      [ids.open, "open"],
      [ids.closed, "closed"],
      [ids.notYet, "notYet"],
      [ids.reopened, "open"],
      [ids.noStandard, "open"],
    ]);
    const open = mine!.categories[0];
    expect(open.options.map((option) => option.id)).toEqual([`${ids.open}-standard`, `${ids.open}-warm`, `${ids.open}-warning`]);
    expect(open.options[2]).toMatchObject({ robustness: "warning", robustnessNote: "Viser riper lettere." });
    expect(open).toMatchObject({ previewPart: "facade", choice: null, standardOptionId: `${ids.open}-standard` });
    expect(open.applied).toEqual({ optionId: `${ids.open}-standard`, name: `${ids.open} standard`, color: "#d9d9d9", colorCode: "NCS S 1502-Y", source: "standard" });
    expect(mine!.categories[3]).toMatchObject({ reopenedUntil: dayFromToday(3), lastDay: dayFromToday(3) });
    expect(mine!.categories[4]).toMatchObject({ previewPart: null, applied: null, standardOptionId: null });
    // The reopening is Mari's home's, not Tor's.
    const his = await readMyHome(database.db, tor);
    expect(his?.categories[3]).toMatchObject({ state: "closed", reopenedUntil: null });
  });

  it("tells a resident without a home so, and refuses their writes", async () => {
    expect(await readMyHome(database.db, unhoused)).toBeNull();
    await expectRefusedUnchanged(() => chooseOption(database.db, unhoused, { categoryId: ids.open, optionId: `${ids.open}-warm` }), 403, "forbidden");
  });

  it("chooses, confirms and lets the resident change their mind while the category is open", async () => {
    expect(await chooseOption(database.db, mari, { categoryId: ids.open, optionId: `${ids.open}-warm` })).toEqual({ changed: true });
    let open = (await readMyHome(database.db, mari))!.categories[0];
    expect(open.choice).toMatchObject({ optionId: `${ids.open}-warm`, by: "self", confirmedAt: null, offered: true });
    expect(open.applied).toMatchObject({ optionId: `${ids.open}-warm`, source: "choice", color: "#c8553d" });

    expect(await confirmChoice(database.db, mari, { categoryId: ids.open })).toEqual({ changed: true });
    open = (await readMyHome(database.db, mari))!.categories[0];
    expect(open.choice?.confirmedAt).not.toBeNull();
    expect(await confirmChoice(database.db, mari, { categoryId: ids.open })).toEqual({ changed: false });

    // A changed mind clears the confirmation.
    await chooseOption(database.db, mari, { categoryId: ids.open, optionId: `${ids.open}-warning` });
    open = (await readMyHome(database.db, mari))!.categories[0];
    expect(open.choice).toMatchObject({ optionId: `${ids.open}-warning`, confirmedAt: null });
    // The same option again changes nothing and leaves no event.
    expect(await chooseOption(database.db, mari, { categoryId: ids.open, optionId: `${ids.open}-warning` })).toEqual({ changed: false });
    expect((await snapshot()).events).toBe(3);
    // Tor's home is untouched.
    expect((await readMyHome(database.db, tor))!.categories[0].choice).toBeNull();
  });

  it("confirms the option shown, choosing it first, or the standard when nothing was chosen", async () => {
    await confirmChoice(database.db, mari, { categoryId: ids.open });
    let open = (await readMyHome(database.db, mari))!.categories[0];
    expect(open.choice).toMatchObject({ optionId: `${ids.open}-standard`, by: "self" });
    expect(open.choice?.confirmedAt).not.toBeNull();

    await confirmChoice(database.db, mari, { categoryId: ids.open, optionId: `${ids.open}-warm` });
    open = (await readMyHome(database.db, mari))!.categories[0];
    expect(open.choice).toMatchObject({ optionId: `${ids.open}-warm` });
    expect(open.choice?.confirmedAt).not.toBeNull();
    const kinds = await database.db.select({ kind: choiceEvents.kind }).from(choiceEvents).orderBy(choiceEvents.createdAt);
    expect(kinds.map((row) => row.kind).sort()).toEqual(["confirm", "confirm", "pick", "pick"]);

    await expectRefusedUnchanged(() => confirmChoice(database.db, mari, { categoryId: ids.noStandard }), 409, "nothingToConfirm");
  });

  it("refuses a forged request for another home's choice and changes nothing", async () => {
    await chooseOption(database.db, tor, { categoryId: ids.open, optionId: `${ids.open}-warm` });
    const refused = await expectRefusedUnchanged(() => chooseOption(database.db, mari, { categoryId: ids.open, optionId: `${ids.open}-warning`, homeId: torHome }), 403, "forbidden");
    expect(refused.message).toBe("Du kan bare velge for din egen bolig.");
    await expectRefusedUnchanged(() => confirmChoice(database.db, mari, { categoryId: ids.open, homeId: torHome }), 403, "forbidden");
    await expectRefusedUnchanged(() => toggleFavourite(database.db, mari, { optionId: `${ids.open}-warm`, homeId: torHome }), 403, "forbidden");
    await expectRefusedUnchanged(() => requestHelp(database.db, mari, { homeId: torHome }), 403, "forbidden");
    // Naming one's own home is fine.
    expect(await chooseOption(database.db, mari, { categoryId: ids.open, optionId: `${ids.open}-warm`, homeId: mariHome })).toEqual({ changed: true });
  });

  it("refuses any choice in a closed or not yet open category (409) and changes nothing", async () => {
    const closed = await expectRefusedUnchanged(() => chooseOption(database.db, mari, { categoryId: ids.closed, optionId: `${ids.closed}-warm` }), 409, "choiceClosed");
    expect(closed.message).toMatch(/^Valget er stengt/);
    await expectRefusedUnchanged(() => confirmChoice(database.db, mari, { categoryId: ids.closed }), 409, "choiceClosed");
    await expectRefusedUnchanged(() => toggleFavourite(database.db, mari, { optionId: `${ids.closed}-warm` }), 409, "choiceClosed");
    const notYet = await expectRefusedUnchanged(() => chooseOption(database.db, mari, { categoryId: ids.notYet, optionId: `${ids.notYet}-warm` }), 409, "choiceNotYet");
    expect(notYet.message).toMatch(/ikke åpnet ennå/);
    await expectRefusedUnchanged(() => confirmChoice(database.db, mari, { categoryId: ids.notYet }), 409, "choiceNotYet");
    // Tor has no reopening: closed for him.
    await expectRefusedUnchanged(() => chooseOption(database.db, tor, { categoryId: ids.reopened, optionId: `${ids.reopened}-warm` }), 409, "choiceClosed");
  });

  it("lets the resident choose in a category a planner reopened for their home", async () => {
    expect(await chooseOption(database.db, mari, { categoryId: ids.reopened, optionId: `${ids.reopened}-warm` })).toEqual({ changed: true });
    expect(await confirmChoice(database.db, mari, { categoryId: ids.reopened })).toEqual({ changed: true });
  });

  it("lets the resident mark favourites ahead of the opening, but not after closing", async () => {
    expect(await toggleFavourite(database.db, mari, { optionId: `${ids.notYet}-warm` })).toEqual({ favourite: true });
    expect(await toggleFavourite(database.db, mari, { optionId: `${ids.open}-warm` })).toEqual({ favourite: true });
    expect(await toggleFavourite(database.db, mari, { optionId: `${ids.open}-warm`, favourite: true })).toEqual({ favourite: true });
    let mine = (await readMyHome(database.db, mari))!;
    expect(mine.categories[0].options.filter((option) => option.favourite).map((option) => option.id)).toEqual([`${ids.open}-warm`]);
    expect(mine.categories[2].options.find((option) => option.favourite)?.id).toBe(`${ids.notYet}-warm`);
    expect(await toggleFavourite(database.db, mari, { optionId: `${ids.open}-warm` })).toEqual({ favourite: false });
    mine = (await readMyHome(database.db, mari))!;
    expect(mine.categories[0].options.some((option) => option.favourite)).toBe(false);
    // Tor sees none of Mari's favourites.
    expect((await readMyHome(database.db, tor))!.categories[2].options.some((option) => option.favourite)).toBe(false);
    expect((await snapshot()).events).toBe(0);
  });

  it("refuses an option that fails robustness, one of another category and one of another project", async () => {
    await expectRefusedUnchanged(() => chooseOption(database.db, mari, { categoryId: ids.open, optionId: `${ids.open}-fails` }), 409, "optionNotOffered");
    await expectRefusedUnchanged(() => confirmChoice(database.db, mari, { categoryId: ids.open, optionId: `${ids.open}-fails` }), 409, "optionNotOffered");
    await expectRefusedUnchanged(() => toggleFavourite(database.db, mari, { optionId: `${ids.open}-fails` }), 409, "optionNotOffered");
    await expectRefusedUnchanged(() => chooseOption(database.db, mari, { categoryId: ids.open, optionId: `${ids.reopened}-warm` }), 404, "notFound");
    await expectRefusedUnchanged(() => chooseOption(database.db, mari, { categoryId: ids.elsewhere, optionId: `${ids.elsewhere}-warm` }), 404, "notFound");
    await expectRefusedUnchanged(() => toggleFavourite(database.db, mari, { optionId: `${ids.elsewhere}-warm` }), 404, "notFound");
  });

  it("refuses members who are not residents (a planner uses the planners' page)", async () => {
    await expect(refusal(readMyHome(database.db, jonas))).resolves.toMatchObject({ status: 403 });
    await expectRefusedUnchanged(() => chooseOption(database.db, jonas, { categoryId: ids.open, optionId: `${ids.open}-warm`, homeId: mariHome }), 403, "forbidden");
    await expectRefusedUnchanged(() => confirmChoice(database.db, jonas, { categoryId: ids.open, homeId: mariHome }), 403, "forbidden");
    await expectRefusedUnchanged(() => toggleFavourite(database.db, jonas, { optionId: `${ids.open}-warm` }), 403, "forbidden");
    await expectRefusedUnchanged(() => requestHelp(database.db, jonas, { categoryId: ids.open }), 403, "forbidden");
    // Even a planner who is also allocated a home is no resident here.
    await database.db.update(homes).set({ residentId: jonas.userId }).where(eq(homes.number, 3));
    await expectRefusedUnchanged(() => chooseOption(database.db, jonas, { categoryId: ids.open, optionId: `${ids.open}-warm` }), 403, "forbidden");
    await database.db.update(homes).set({ residentId: null }).where(and(eq(homes.number, 3), eq(homes.projectId, projectId)));
  });

  it("shows a choice staff made together with the resident as such", async () => {
    await database.db.insert(homeChoices).values({
      homeId: mariHome,
      categoryId: ids.closed,
      projectId,
      optionId: `${ids.closed}-warm`,
      chosenBy: jonas.userId,
      chosenRole: "planner",
      withResidentMeeting: "Boligmøte",
      withResidentDate: dayFromToday(-5),
    });
    const closed = (await readMyHome(database.db, mari))!.categories[1];
    expect(closed.choice).toMatchObject({ by: "withResident", meeting: "Boligmøte", meetingDate: dayFromToday(-5) });
    expect(closed.applied).toMatchObject({ source: "choice", optionId: `${ids.closed}-warm` });
  });

  it("sends a help request, with or without a category and a message, that the planners can list", async () => {
    await requestHelp(database.db, mari, { categoryId: ids.closed, message: "  Jeg vil gjerne snakke om døra.  " });
    await requestHelp(database.db, mari, {});
    await expectRefusedUnchanged(() => requestHelp(database.db, mari, { categoryId: ids.elsewhere }), 404, "notFound");
    await expectRefusedUnchanged(() => requestHelp(database.db, mari, { message: "x".repeat(501) }), 400, "invalidInput");
    const requests = await listHelpRequests(database.db, projectId);
    expect(requests).toHaveLength(2);
    expect(requests.find((request) => request.categoryId === ids.closed)).toMatchObject({ homeId: mariHome, homeName: "Hus 1", message: "Jeg vil gjerne snakke om døra.", askedByName: "Mari" });
    expect(requests.find((request) => request.categoryId === null)).toMatchObject({ message: "" });
    expect(await listHelpRequests(database.db, otherProjectId)).toEqual([]);
  });

  it("writes an event for every pick, confirmation and help request with the actor's role and the database's time", async () => {
    const before = Date.now();
    await chooseOption(database.db, mari, { categoryId: ids.open, optionId: `${ids.open}-warm` });
    await confirmChoice(database.db, mari, { categoryId: ids.open });
    await requestHelp(database.db, mari, { categoryId: ids.open });
    const rows = await database.db.select().from(choiceEvents).where(eq(choiceEvents.homeId, mariHome));
    expect(rows.map((row) => row.kind).sort()).toEqual(["confirm", "helpRequest", "pick"]);
    for (const row of rows) {
      expect(row).toMatchObject({ projectId, homeId: mariHome, categoryId: ids.open, actorId: mari.userId, actorRole: "resident" });
      expect(row.createdAt.getTime()).toBeGreaterThan(before - 60_000);
      expect(row.createdAt.getTime()).toBeLessThan(Date.now() + 60_000);
    }
    expect(rows.find((row) => row.kind === "pick")?.optionId).toBe(`${ids.open}-warm`);
    expect(rows.find((row) => row.kind === "confirm")?.optionId).toBe(`${ids.open}-warm`);
    const [choice] = await database.db.select().from(homeChoices).where(eq(homeChoices.homeId, mariHome));
    expect(choice).toMatchObject({ chosenBy: mari.userId, chosenRole: "resident", withResidentMeeting: null });
  });
});
