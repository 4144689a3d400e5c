/**
 * The "Mitt hjem" route (loader and action of /projects/:id/my-home) with real sessions on a
 * real database: only residents get in (403 for every other role, 404 for non-members); every
 * intent is parsed (ids are short tokens) and guarded; refusals answer with the problem's status
 * (403 another home, 409 closed) and change nothing; a successful write tells the project's
 * open "choices" streams.
 */
import type { AppLoadContext } from "@remix-run/node";
import { count, eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { choiceCategories, choiceEvents, choiceFavourites, choiceOptions, homeChoices, homes, memberships } from "../../db/schema";
import { testAppConfig } from "../../test/support/app-config";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createSession } from "../auth/session.server";
import { createUser } from "../auth/users.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import { ensureHomes } from "../homes/homes.server";
import type { Role } from "../permissions";
import { roles } from "../permissions";
import { createProject } from "../projects/projects.server";
import { action, loader } from "../routes/projects.$projectId.my-home";
import { todayInOslo } from "../ui/format-time";

function dayFromToday(days: number): string {
  const [year, month, day] = todayInOslo().split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** What a loader or action answered: a thrown or returned Response, or single fetch's `data()`. */
async function answerOf(result: unknown): Promise<{ status: number; body: unknown }> {
  if (result instanceof Response) return { status: result.status, body: result.headers.get("content-type")?.includes("json") ? await result.json() : await result.text() };
  if (result && typeof result === "object" && "type" in result && (result as { type: string }).type === "DataWithResponseInit") {
    const { data, init } = result as unknown as { data: unknown; init: ResponseInit | null };
    return { status: init?.status ?? 200, body: data };
  }
  return { status: 200, body: result };
}

describe.each(testDatabaseKinds)("the Mitt hjem route on %s", (kind) => {
  let database: TestDatabase;
  let projectId: string;
  let mariHome: string;
  let emilHome: string;
  const cookies = new Map<string, string>();
  const people: ReadonlyArray<{ username: string; role: Role | null }> = [
    { username: "kari", role: "owner" },
    { username: "jonas", role: "planner" },
    { username: "silje", role: "police" },
    { username: "ahmed", role: "fire" },
    { username: "mari", role: "resident" },
    { username: "emil", role: "resident" },
    { username: "ola", role: "observer" },
    { username: "stranger", role: null },
  ];
  const open = "cat-open";
  const closed = "cat-closed";

  const context = (): AppLoadContext =>
    ({ db: database.db, logger: pino({ level: "silent" }), sync: { revokeMember() {}, revokeSession() {}, revokeUser() {} }, clientAddress: "test", config: testAppConfig }) as AppLoadContext;
  const url = () => `http://localhost/projects/${projectId}/my-home`;

  async function read(username: string) {
    try {
      return await answerOf(await loader({ request: new Request(url(), { headers: { Cookie: cookies.get(username) ?? "" } }), params: { projectId }, context: context() }));
    } catch (thrown) {
      return answerOf(thrown);
    }
  }

  async function send(username: string, fields: Record<string, string>) {
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) body.set(key, value);
    const request = new Request(url(), { method: "POST", body, headers: { Cookie: cookies.get(username) ?? "" } });
    try {
      return await answerOf(await action({ request, params: { projectId }, context: context() }));
    } catch (thrown) {
      return answerOf(thrown);
    }
  }

  async function rows() {
    const [[choices], [favourites], [events]] = await Promise.all([
      database.db.select({ n: count() }).from(homeChoices),
      database.db.select({ n: count() }).from(choiceFavourites),
      database.db.select({ n: count() }).from(choiceEvents),
    ]);
    return { choices: choices.n, favourites: favourites.n, events: events.n };
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const ids = new Map<string, string>();
    for (const person of people) {
      const user = await createUser(database.db, { name: person.username, username: person.username, email: null, password: "passord-123" });
      ids.set(person.username, user.id);
      cookies.set(person.username, (await createSession(database.db, user.id, new Request("http://localhost/"))).split(";")[0]);
    }
    projectId = (await createProject(database.db, ids.get("kari")!, { name: "Eikelund", municipality: "Demo", housingForm: "smahus", homeCount: 2, description: "" })).id;
    for (const person of people) {
      if (person.role && person.role !== "owner") await database.db.insert(memberships).values({ projectId, userId: ids.get(person.username)!, role: person.role });
    }
    const [first, second] = await ensureHomes(database.db, projectId);
    mariHome = first.id;
    emilHome = second.id;
    await database.db.update(homes).set({ residentId: ids.get("mari")! }).where(eq(homes.id, mariHome));
    await database.db.update(homes).set({ residentId: ids.get("emil")! }).where(eq(homes.id, emilHome));
    await database.db.insert(choiceCategories).values([
      { id: open, projectId, name: "Fasadefarge", previewPart: "facade", opensOn: dayFromToday(-1), closesOn: dayFromToday(10), position: 0 },
      { id: closed, projectId, name: "Inngangsdør", previewPart: "door", opensOn: dayFromToday(-20), closesOn: dayFromToday(-1), position: 1 },
    ]);
    await database.db.insert(choiceOptions).values([
      { id: `${open}-a`, projectId, categoryId: open, name: "Lys grå", color: "#d9d9d9", isStandard: true },
      { id: `${open}-b`, projectId, categoryId: open, name: "Skogsgrønn", color: "#3f5e4a" },
      { id: `${closed}-a`, projectId, categoryId: closed, name: "Antrasitt", color: "#333333", isStandard: true },
      { id: `${closed}-b`, projectId, categoryId: closed, name: "Mørk blå", color: "#1f3a5f" },
    ]);
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.db.delete(homeChoices);
    await database.db.delete(choiceFavourites);
    await database.db.delete(choiceEvents);
  });

  it("shows a resident their own home only", async () => {
    const mine = await read("mari");
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ projectId, mine: { home: { id: mariHome } } });
    expect(JSON.stringify(mine.body)).not.toContain(emilHome);
  });

  it("lets no other role in, and no one outside the project", async () => {
    for (const role of roles.filter((candidate) => candidate !== "resident")) {
      const username = people.find((person) => person.role === role)!.username;
      expect((await read(username)).status, role).toBe(403);
      const before = await rows();
      const sent = await send(username, { intent: "choose", categoryId: open, optionId: `${open}-b`, homeId: mariHome });
      expect(sent.status, role).toBe(403);
      expect(await rows()).toEqual(before);
    }
    expect((await read("stranger")).status).toBe(404);
    expect((await send("stranger", { intent: "choose", categoryId: open, optionId: `${open}-b` })).status).toBe(404);
  });

  it("saves a pick, tells the open streams, and confirms it", async () => {
    let notices = 0;
    const stop = feedbackEvents.subscribe(projectId, () => (notices += 1), undefined, "choices");
    try {
      const picked = await send("mari", { intent: "choose", categoryId: open, optionId: `${open}-b`, homeId: mariHome });
      expect(picked).toMatchObject({ status: 200, body: { ok: true, intent: "choose", changed: true } });
      expect((await send("mari", { intent: "confirm", categoryId: open, optionId: `${open}-b` })).body).toMatchObject({ ok: true, changed: true });
      expect((await send("mari", { intent: "favourite", optionId: `${open}-a`, favourite: "true" })).body).toMatchObject({ ok: true, favourite: true });
      expect((await send("mari", { intent: "help", categoryId: "", message: "Kan noen ringe meg?" })).body).toMatchObject({ ok: true, intent: "help" });
      expect(notices).toBe(4);
    } finally {
      stop();
    }
    const [choice] = await database.db.select().from(homeChoices);
    expect(choice).toMatchObject({ homeId: mariHome, optionId: `${open}-b` });
    expect(choice.confirmedAt).not.toBeNull();
  });

  it("refuses another home's id (403) and a closed category (409) with the problem, changing nothing", async () => {
    const before = await rows();
    const forged = await send("mari", { intent: "choose", categoryId: open, optionId: `${open}-b`, homeId: emilHome });
    expect(forged).toMatchObject({ status: 403, body: { ok: false, error: { code: "forbidden", message: "Du kan bare velge for din egen bolig." } } });
    const late = await send("mari", { intent: "choose", categoryId: closed, optionId: `${closed}-b` });
    expect(late).toMatchObject({ status: 409, body: { ok: false, error: { code: "choiceClosed" } } });
    expect((await send("mari", { intent: "confirm", categoryId: closed })).status).toBe(409);
    expect(await rows()).toEqual(before);
  });

  it("refuses malformed input with 400: an unknown intent, ids that are not short tokens, a message too long or with a NUL", async () => {
    const before = await rows();
    const malformed: Array<Record<string, string>> = [
      { intent: "delete", categoryId: open },
      { intent: "choose", categoryId: open },
      { intent: "choose", categoryId: "cat open", optionId: `${open}-b` },
      { intent: "choose", categoryId: open, optionId: "x".repeat(65) },
      { intent: "choose", categoryId: open, optionId: `${open}-b`, homeId: "'; drop table homes; --" },
      { intent: "favourite", optionId: `${open}-a`, favourite: "maybe" },
      { intent: "help", message: "\u0000" },
    ];
    for (const fields of malformed) {
      expect((await send("mari", fields)).status, JSON.stringify(fields)).toBe(400);
    }
    expect(await send("mari", { intent: "help", message: "x".repeat(501) })).toMatchObject({ status: 400, body: { error: { fields: { message: "tooLong" } } } });
    expect(await rows()).toEqual(before);
  });
});
