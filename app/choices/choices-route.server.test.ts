/**
 * The choices page's loader and action and the order list's loader, called as Remix calls them
 * (a Request with a real session cookie, a load context) on a real database: planners only, for
 * reading and for every write intent, with nothing changed by a refused request; the live notice
 * after a write; and the order list's CSV, parsed back: BOM, `;`, CRLF, quoting as `toCsv` does,
 * one row per home × category, the option names the matrix shows, and no resident's name.
 */
import type { AppLoadContext } from "@remix-run/node";
import { count, eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { choiceEvents, choiceReopenings, homeChoices, homes, houseTypes } from "../../db/schema";
import { testAppConfig } from "../../test/support/app-config";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createSession } from "../auth/session.server";
import { createUser } from "../auth/users.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import { action, loader } from "../routes/projects.$projectId.choices";
import { loader as orderListLoader } from "../routes/projects.$projectId.choices.order-list";
import { readChoiceMatrix } from "./choices-store.server";
import { createChoicesFixture, insertHelpRequest, insertResidentPick, type ChoicesFixture, type FixturePerson } from "./testing/choices-fixture";

type Person = FixturePerson | "stranger";

/** A parsed CSV (RFC 4180 with `separator`): rows of cells, quotes undone. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      index += 1;
    } else if (char === "\n") throw new Error(`a bare LF at ${index}: lines must end with CRLF`);
    else cell += char;
  }
  if (cell !== "" || row.length > 0) throw new Error("the last line has no CRLF");
  return rows;
}

interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

/** What Remix would send: a thrown or returned Response, a `data()` result, or a plain object. */
async function answerOf(call: () => Promise<unknown>): Promise<Answer> {
  let result: unknown;
  try {
    result = await call();
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    result = thrown;
  }
  if (result instanceof Response) {
    // Decoded keeping a byte-order mark (Response.text() drops it), so the test sees what Excel gets.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await result.arrayBuffer());
    const json = result.headers.get("Content-Type")?.includes("json") ? (JSON.parse(text) as unknown) : text;
    return { status: result.status, body: json, headers: result.headers };
  }
  if (result && typeof result === "object" && (result as { type?: unknown }).type === "DataWithResponseInit") {
    const wrapped = result as { data: unknown; init: { status?: number; headers?: HeadersInit } | null };
    return { status: wrapped.init?.status ?? 200, body: wrapped.data, headers: new Headers(wrapped.init?.headers) };
  }
  return { status: 200, body: result, headers: new Headers() };
}

describe.each(testDatabaseKinds)("the choices routes on %s", (kind) => {
  let database: TestDatabase;
  let fixture: ChoicesFixture;
  const cookies = new Map<Person, string>();

  const context = (): AppLoadContext =>
    ({ db: database.db, logger: pino({ level: "silent" }), sync: { revokeMember() {}, revokeSession() {}, revokeUser() {} }, clientAddress: "test", config: testAppConfig }) as AppLoadContext;
  const headers = (person: Person) => ({ Cookie: cookies.get(person) ?? "" });
  const pageUrl = (query = "") => `http://localhost/projects/${fixture.projectId}/choices${query}`;

  const readPage = (person: Person, query = "") => answerOf(() => loader({ request: new Request(pageUrl(query), { headers: headers(person) }), params: { projectId: fixture.projectId }, context: context() }));
  const readOrderList = (person: Person, query = "?format=csv") =>
    answerOf(() => orderListLoader({ request: new Request(`http://localhost/projects/${fixture.projectId}/choices/order-list${query}`, { headers: headers(person) }), params: { projectId: fixture.projectId }, context: context() }));
  const send = (person: Person, fields: Record<string, string>) => {
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) body.set(key, value);
    return answerOf(() => action({ request: new Request(pageUrl(), { method: "POST", body, headers: headers(person) }), params: { projectId: fixture.projectId }, context: context() }));
  };

  async function rowCounts() {
    const [[choices], [events], [reopenings]] = await Promise.all([
      database.db.select({ n: count() }).from(homeChoices),
      database.db.select({ n: count() }).from(choiceEvents),
      database.db.select({ n: count() }).from(choiceReopenings),
    ]);
    return { choices: choices.n, events: events.n, reopenings: reopenings.n };
  }

  const everyIntent = (): Array<Record<string, string>> => {
    const [mariHome] = fixture.homeIds;
    const { facade, door } = fixture.categories;
    return [
      { intent: "recordWithResident", homeId: mariHome, categoryId: facade.id, optionId: facade.options.blue.id, meeting: "Hjemmebesøk", meetingDate: fixture.today },
      { intent: "reopen", homeId: mariHome, categoryId: door.id, until: fixture.today },
      { intent: "closeReopening", homeId: mariHome, categoryId: door.id },
      { intent: "helpAnswered", homeId: mariHome, categoryId: facade.id },
      { intent: "somethingElse", homeId: mariHome },
    ];
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixture = await createChoicesFixture(database.db);
    for (const [person, userId] of Object.entries(fixture.userIds) as Array<[FixturePerson, string]>) {
      cookies.set(person, (await createSession(database.db, userId, new Request("http://localhost/"))).split(";")[0]);
    }
    const stranger = await createUser(database.db, { name: "Stranger", username: `stranger-${crypto.randomUUID().slice(0, 8)}`, email: null, password: "passord-123" });
    cookies.set("stranger", (await createSession(database.db, stranger.id, new Request("http://localhost/"))).split(";")[0]);
    // A house type, and a name with the separator and a quote in it, for the CSV.
    const typeId = crypto.randomUUID();
    await database.db.insert(houseTypes).values({ id: typeId, projectId: fixture.projectId, name: "Småhus type A" });
    await database.db.update(homes).set({ houseTypeId: typeId, name: 'Hus 1; "Bekken"' }).where(eq(homes.id, fixture.homeIds[0]));
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.db.delete(homeChoices);
    await database.db.delete(choiceEvents);
    await database.db.delete(choiceReopenings);
  });

  it("shows the matrix to planners only: residents, police, fire and observers get 403, non-members 404", async () => {
    for (const person of ["kari", "jonas"] as const) {
      const page = await readPage(person);
      expect(page.status).toBe(200);
      expect((page.body as { matrix: { homes: unknown[] } }).matrix.homes).toHaveLength(3);
    }
    for (const person of ["mari", "per", "silje", "ahmed", "ola"] as const) {
      const page = await readPage(person);
      expect(page.status, person).toBe(403);
      expect(JSON.stringify(page.body), person).not.toContain("Fasadefarge");
      expect((await readOrderList(person)).status, person).toBe(403);
      expect((await readOrderList(person, "")).status, person).toBe(403);
      expect((await readPage(person, "?view=order-list")).status, person).toBe(403);
    }
    expect((await readPage("stranger")).status).toBe(404);
    expect((await readOrderList("stranger")).status).toBe(404);
  });

  it("refuses every write intent from residents, police, fire and observers with 403 and changes nothing", async () => {
    await insertHelpRequest(database.db, fixture, { homeId: fixture.homeIds[0], categoryId: fixture.categories.facade.id, userId: fixture.userIds.mari });
    await database.db.insert(choiceReopenings).values({ homeId: fixture.homeIds[0], categoryId: fixture.categories.door.id, opensUntil: fixture.today });
    const before = await rowCounts();
    for (const person of ["mari", "per", "silje", "ahmed", "ola"] as const) {
      for (const fields of everyIntent()) {
        const answer = await send(person, fields);
        expect(answer.status, `${person} ${fields.intent}`).toBe(403);
        expect((answer.body as { error: { code: string } }).error.code).toBe("forbidden");
      }
    }
    for (const fields of everyIntent()) expect((await send("stranger", fields)).status).toBe(404);
    expect(await rowCounts()).toEqual(before);
    expect((await readChoiceMatrix(database.db, fixture.projectId)).helpRequests).toHaveLength(1);
  });

  it("lets a planner record a choice together with the resident, tells open pages, and names a wrong field", async () => {
    let notices = 0;
    const stop = feedbackEvents.subscribe(fixture.projectId, () => (notices += 1), undefined, "choices");
    try {
      const [recorded] = everyIntent();
      const answer = await send("jonas", { ...recorded, meetingDate: fixture.today, actorId: fixture.userIds.mari, chosenRole: "resident" });
      expect(answer).toMatchObject({ status: 200, body: { ok: true, intent: "recordWithResident" } });
      expect(notices).toBe(1);
      const [event] = await database.db.select().from(choiceEvents);
      // Stamped from the session, whatever the form claims.
      expect(event).toMatchObject({ kind: "withResident", actorId: fixture.userIds.jonas, actorRole: "planner" });

      const wrong = await send("jonas", { ...recorded, meeting: "", meetingDate: "i morgen" });
      expect(wrong.status).toBe(400);
      expect(Object.keys((wrong.body as { error: { fields: Record<string, unknown> } }).error.fields).sort()).toEqual(["meeting", "meetingDate"]);
      expect((await send("jonas", { intent: "somethingElse" })).status).toBe(400);
      expect((await send("kari", { intent: "closeReopening", homeId: fixture.homeIds[0], categoryId: fixture.categories.door.id })).status).toBe(409);
      expect(notices).toBe(1);
    } finally {
      stop();
    }
  });

  it("shows one home's detail with its history, and only the homes still waiting on request", async () => {
    const [mariHome, perHome] = fixture.homeIds;
    await insertResidentPick(database.db, fixture, { homeId: perHome, categoryId: fixture.categories.facade.id, optionId: fixture.categories.facade.options.blue.id, userId: fixture.userIds.per });
    const page = (await readPage("jonas", `?home=${perHome}&waiting=1`)).body as { selectedHomeId: string; history: Array<{ kind: string }>; waitingOnly: boolean };
    expect(page).toMatchObject({ selectedHomeId: perHome, waitingOnly: true, history: [{ kind: "pick" }] });
    expect(((await readPage("jonas", `?home=${fixture.other.homeId}`)).body as { selectedHomeId: string | null }).selectedHomeId).toBeNull();
    expect(((await readPage("jonas", `?home=${mariHome}`)).body as { history: unknown[] }).history).toEqual([]);
  });

  it("exports the order list as CSV for Norwegian Excel: one row per home × category, the names the matrix shows, no resident", async () => {
    const { facade, door } = fixture.categories;
    await insertResidentPick(database.db, fixture, { homeId: fixture.homeIds[1], categoryId: facade.id, optionId: facade.options.blue.id, userId: fixture.userIds.per, confirmed: true });
    await send("jonas", { intent: "recordWithResident", homeId: fixture.homeIds[0], categoryId: door.id, optionId: door.options.white.id, meeting: "Hjemmebesøk", meetingDate: fixture.today });

    const answer = await readOrderList("jonas");
    expect(answer.status).toBe(200);
    expect(answer.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(answer.headers.get("Content-Disposition")).toBe(`attachment; filename="bestillingsliste-${fixture.today}.csv"`);
    const text = answer.body as string;
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(text.slice(1), ";");
    expect(rows[0]).toEqual(["Bolig", "Hustype", "Kategori", "Alternativ", "Fargekode", "Materiale", "Farge (hex)", "Valgt av (rolle)", "Valgt", "Standard", "Bekreftet"]);
    // The home's name with ; and " comes back whole: quoted, the quotes doubled.
    expect(text).toContain('"Hus 1; ""Bekken"""');

    const matrix = await readChoiceMatrix(database.db, fixture.projectId);
    const body = rows.slice(1);
    expect(body).toHaveLength(matrix.homes.length * matrix.categories.length);
    const expected = matrix.homes.flatMap((home, row) => matrix.categories.map((category, column) => [home.name, category.name, matrix.cells[row][column].option?.name ?? ""]));
    expect(body.map((cells) => [cells[0], cells[2], cells[3]])).toEqual(expected);

    const byKey = new Map(body.map((cells) => [`${cells[0]}|${cells[2]}`, cells]));
    expect(byKey.get('Hus 1; "Bekken"|Inngangsdør')).toEqual(['Hus 1; "Bekken"', "Småhus type A", "Inngangsdør", "Hvit", "", "Stål, lakkert", "#f4f4f0", "Planlegger, sammen med beboeren", expect.stringMatching(/ kl\. \d\d:\d\d$/), "", "ja"]);
    expect(byKey.get("Hus 2|Fasadefarge")).toEqual(["Hus 2", "", "Fasadefarge", "Mørk blå", "S 7020-R90B", "Malt trekledning", "#1f3a5f", "Beboer", expect.any(String), "", "ja"]);
    expect(byKey.get("Hus 3|Fasadefarge")).toEqual(["Hus 3", "", "Fasadefarge", "Lys grå", "S 2002-Y", "Malt trekledning", "#c8c8c0", "", "", "standard", ""]);
    // The builder needs the home, not the person.
    for (const name of ["Mari", "Per"]) expect(text).not.toContain(name);
  });

  it("answers the order list in English with commas, and sends the page without ?format=csv to the printable view", async () => {
    const english = await readOrderList("kari", "?format=csv&lng=en");
    const rows = parseCsv((english.body as string).slice(1), ",");
    expect(rows[0][0]).toBe("Home");
    expect(english.headers.get("Content-Disposition")).toContain("order-list-");
    const redirect = await readOrderList("kari", "");
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("Location")).toBe(`/projects/${fixture.projectId}/choices?view=order-list`);
    const printable = (await readPage("kari", "?view=order-list")).body as { view: string; table: { header: string[]; rows: string[][] } };
    expect(printable.view).toBe("orderList");
    expect(printable.table.rows).toHaveLength(9);
    expect(JSON.stringify(printable)).not.toContain("Mari");
  });
});

