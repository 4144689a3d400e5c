/**
 * Comments and ratings through the real resource routes (loader and action of
 * /projects/:id/feedback) on a real database with real sessions: server stamping, ratings
 * hidden per role until a planner reveals them, validation and permissions (nothing changes on
 * a refused request), and the live notices. Decision 009.
 */
import type { AppLoadContext } from "@remix-run/node";
import { count } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { memberships, ratingReveals, siteComments, siteRatings } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createSession } from "../auth/session.server";
import { createUser } from "../auth/users.server";
import type { Role } from "../permissions";
import { createProject } from "../projects/projects.server";
import { action, loader } from "../routes/projects.$projectId.feedback";
import { createFeedbackEvents, feedbackEvents } from "./feedback-events.server";
import { feedbackEventStream } from "./feedback-requests.server";
import type { FeedbackProblem, FeedbackSnapshot } from "./feedback-types";
import { testAppConfig } from "../../test/support/app-config";

const siteA = "site-a";
const siteB = "site-b";
const people: ReadonlyArray<{ username: string; role: Role }> = [
  { username: "kari", role: "owner" },
  { username: "jonas", role: "planner" },
  { username: "silje", role: "police" },
  { username: "ahmed", role: "fire" },
  { username: "mari", role: "resident" },
  { username: "ola", role: "observer" },
  { username: "stranger", role: "observer" },
];
type Person = "kari" | "jonas" | "silje" | "ahmed" | "mari" | "ola" | "stranger";

describe.each(testDatabaseKinds)("feedback routes on %s", (kind) => {
  let database: TestDatabase;
  let projectId: string;
  let otherProjectId: string;
  const cookies = new Map<string, string>();
  const names = new Map<string, string>();

  const context = (): AppLoadContext =>
    ({ db: database.db, logger: pino({ level: "silent" }), sync: { revokeMember() {}, revokeSession() {}, revokeUser() {} }, clientAddress: "test", config: testAppConfig }) as AppLoadContext;
  const url = (project = projectId) => `http://localhost/projects/${project}/feedback`;

  async function read(person: Person, project = projectId): Promise<FeedbackSnapshot> {
    const response = (await loader({ request: new Request(url(project), { headers: { Cookie: cookies.get(person) ?? "" } }), params: { projectId: project }, context: context() })) as Response;
    expect(response.status).toBe(200);
    return (await response.json()) as FeedbackSnapshot;
  }

  async function send(person: Person, fields: Record<string, string>, project = projectId): Promise<Response> {
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) body.set(key, value);
    const request = new Request(url(project), { method: "POST", body, headers: { Cookie: cookies.get(person) ?? "" } });
    try {
      return (await action({ request, params: { projectId: project }, context: context() })) as Response;
    } catch (thrown) {
      if (thrown instanceof Response) return thrown;
      throw thrown;
    }
  }

  async function problemOf(response: Response): Promise<FeedbackProblem> {
    return ((await response.json()) as { error: FeedbackProblem }).error;
  }

  async function rowCounts() {
    const [[comments], [ratings], [reveals]] = await Promise.all([
      database.db.select({ n: count() }).from(siteComments),
      database.db.select({ n: count() }).from(siteRatings),
      database.db.select({ n: count() }).from(ratingReveals),
    ]);
    return { comments: comments.n, ratings: ratings.n, reveals: reveals.n };
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const ids = new Map<string, string>();
    for (const person of people) {
      const user = await createUser(database.db, { name: `${person.username} (${person.role})`, username: person.username, email: null, password: "passord-123" });
      ids.set(person.username, user.id);
      names.set(person.username, user.name);
      const setCookie = await createSession(database.db, user.id, new Request("http://localhost/"));
      cookies.set(person.username, setCookie.split(";")[0]);
    }
    const details = { municipality: "Demo", housingForm: "smahus" as const, homeCount: 3, description: "" };
    projectId = (await createProject(database.db, ids.get("kari") as string, { name: "Eikelund", ...details })).id;
    otherProjectId = (await createProject(database.db, ids.get("stranger") as string, { name: "Bakken", ...details })).id;
    for (const person of people) {
      if (person.role === "owner" || person.username === "stranger") continue;
      await database.db.insert(memberships).values({ projectId, userId: ids.get(person.username) as string, role: person.role });
    }
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.db.delete(siteComments);
    await database.db.delete(siteRatings);
    await database.db.delete(ratingReveals);
  });

  it("stamps a comment with the signed-in author, their role and the server's time, ignoring what the form claims", async () => {
    const before = Date.now();
    const response = await send("silje", {
      intent: "comment",
      siteId: siteA,
      body: "  Gangveien hit er mørk om kvelden.  ",
      authorId: "someone-else",
      authorRole: "planner",
      createdAt: "2001-01-01T00:00:00Z",
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    for (const person of ["jonas", "mari", "ola"] as const) {
      const [comment] = (await read(person)).comments;
      expect(comment).toMatchObject({ id, siteId: siteA, parentId: null, position: null, authorName: names.get("silje"), authorRole: "police", body: "Gangveien hit er mørk om kvelden." });
      expect(Date.parse(comment.createdAt)).toBeGreaterThanOrEqual(before - 5_000);
    }
  });

  it("drops a pin on the map, tied to a site or not, and keeps replies in one thread, resolved and reopened by name", async () => {
    const pin = (await (await send("ahmed", { intent: "comment", body: "Brannbilen kommer ikke fram her.", latitude: "63.421", longitude: "10.395", siteId: siteA })).json()) as { id: string };
    await send("mari", { intent: "comment", body: "Fin turvei.", latitude: "63.43", longitude: "10.4" });
    const reply = (await (await send("jonas", { intent: "reply", parentId: pin.id, body: "Vi ser på en annen adkomst." })).json()) as { id: string };
    await send("ahmed", { intent: "reply", parentId: reply.id, body: "Takk!" });
    expect((await send("jonas", { intent: "resolve", commentId: reply.id })).status).toBe(200);

    const { comments } = await read("silje");
    const [thread, loose, first, second] = comments;
    expect(thread).toMatchObject({ position: { lat: 63.421, lon: 10.395 }, siteId: siteA, resolvedByName: names.get("jonas") });
    expect(thread.resolvedAt).not.toBeNull();
    expect(loose).toMatchObject({ siteId: null, position: { lat: 63.43, lon: 10.4 }, authorRole: "resident" });
    expect(first).toMatchObject({ parentId: pin.id, siteId: siteA, authorRole: "planner" });
    expect(second).toMatchObject({ parentId: pin.id, body: "Takk!" });

    await send("silje", { intent: "reopen", commentId: pin.id });
    expect((await read("mari")).comments[0]).toMatchObject({ resolvedAt: null, resolvedByName: null });
  });

  it("keeps a role's ratings from the other roles, planners included, showing only how many are hidden", async () => {
    await send("silje", { intent: "rate", siteId: siteA, score: "2", comment: "Nær et kjent rusmiljø." });
    await send("mari", { intent: "rate", siteId: siteA, score: "4", comment: "Rolig og grønt." });

    const police = await read("silje");
    expect(police.ratings).toEqual([expect.objectContaining({ aspect: "safety", score: 2, authorRole: "police", comment: "Nær et kjent rusmiljø." })]);
    expect(police.hidden).toEqual([{ siteId: siteA, aspect: "living", count: 1 }]);

    for (const person of ["mari", "jonas", "kari", "ahmed", "ola"] as const) {
      const response = (await loader({ request: new Request(url(), { headers: { Cookie: cookies.get(person) ?? "" } }), params: { projectId }, context: context() })) as Response;
      const text = await response.text();
      expect(text, person).not.toContain("rusmiljø");
      const snapshot = JSON.parse(text) as FeedbackSnapshot;
      expect(snapshot.ratings.some((rating) => rating.aspect === "safety"), person).toBe(false);
      expect(snapshot.hidden, person).toContainEqual({ siteId: siteA, aspect: "safety", count: 1 });
    }
    expect((await read("mari")).ratings).toEqual([expect.objectContaining({ aspect: "living", score: 4 })]);
  });

  it("lets a member change their rating, keeping one per member, site and aspect", async () => {
    await send("silje", { intent: "rate", siteId: siteA, score: "2", comment: "Først." });
    expect((await send("silje", { intent: "rate", siteId: siteA, score: "5", comment: "Etter befaring: bra." })).status).toBe(200);
    const { ratings } = await read("silje");
    expect(ratings).toHaveLength(1);
    expect(ratings[0]).toMatchObject({ score: 5, comment: "Etter befaring: bra." });
    expect(Date.parse(ratings[0].updatedAt)).toBeGreaterThanOrEqual(Date.parse(ratings[0].createdAt));
  });

  it("shows an aspect to everyone once a planner reveals it, and hides it again", async () => {
    await send("silje", { intent: "rate", siteId: siteA, score: "2", comment: "Nær et kjent rusmiljø." });
    await send("ahmed", { intent: "rate", siteId: siteA, score: "3", comment: "Smal adkomst." });
    expect((await send("jonas", { intent: "reveal", aspect: "safety" })).status).toBe(200);

    const resident = await read("mari");
    expect(resident.revealed).toEqual(["safety"]);
    expect(resident.ratings).toEqual([expect.objectContaining({ aspect: "safety", comment: "Nær et kjent rusmiljø." })]);
    expect(resident.hidden).toEqual([{ siteId: siteA, aspect: "fireAccess", count: 1 }]);
    expect((await read("ola")).ratings.map((rating) => rating.aspect)).toEqual(["safety"]);

    await send("kari", { intent: "reveal", aspect: "all" });
    expect((await read("mari")).ratings.map((rating) => rating.aspect).sort()).toEqual(["fireAccess", "safety"]);
    await send("jonas", { intent: "hide", aspect: "all" });
    expect((await read("mari")).ratings).toEqual([]);
  });

  it("reveals an aspect on one site only: the other site's ratings stay hidden, in the JSON too, and hiding that site undoes it", async () => {
    await send("silje", { intent: "rate", siteId: siteA, score: "2", comment: "Mørk undergang." });
    await send("silje", { intent: "rate", siteId: siteB, score: "4", comment: "Godt opplyst gate." });
    expect((await send("jonas", { intent: "reveal", aspect: "safety", siteId: siteA })).status).toBe(200);
    // A second press (another planner at the same moment) changes nothing.
    expect((await send("kari", { intent: "reveal", aspect: "safety", siteId: siteA })).status).toBe(200);
    expect((await rowCounts()).reveals).toBe(1);

    for (const person of ["mari", "ahmed", "ola", "kari"] as const) {
      const response = (await loader({ request: new Request(url(), { headers: { Cookie: cookies.get(person) ?? "" } }), params: { projectId }, context: context() })) as Response;
      const text = await response.text();
      expect(text, person).not.toContain("Godt opplyst gate.");
      const snapshot = JSON.parse(text) as FeedbackSnapshot;
      expect(snapshot.revealed, person).toEqual([]);
      expect(snapshot.revealedOnSites, person).toEqual([{ siteId: siteA, aspect: "safety" }]);
      expect(snapshot.ratings, person).toEqual([expect.objectContaining({ siteId: siteA, aspect: "safety", comment: "Mørk undergang." })]);
      expect(snapshot.hidden, person).toEqual([{ siteId: siteB, aspect: "safety", count: 1 }]);
    }

    // Undo: hiding on that site hides it again there.
    expect((await send("jonas", { intent: "hide", aspect: "safety", siteId: siteA })).status).toBe(200);
    const resident = await read("mari");
    expect(resident.revealedOnSites).toEqual([]);
    expect(resident.ratings).toEqual([]);
    expect(resident.hidden).toEqual(expect.arrayContaining([{ siteId: siteA, aspect: "safety", count: 1 }, { siteId: siteB, aspect: "safety", count: 1 }]));
  });

  it("reveals an aspect on every site, reveals one site with all aspects, and hiding on every site undoes both", async () => {
    await send("silje", { intent: "rate", siteId: siteA, score: "2", comment: "Mørk undergang." });
    await send("silje", { intent: "rate", siteId: siteB, score: "4", comment: "Godt opplyst gate." });
    await send("ahmed", { intent: "rate", siteId: siteB, score: "3", comment: "Smal adkomst." });

    await send("kari", { intent: "reveal", aspect: "safety" });
    expect((await read("mari")).ratings.map((rating) => `${rating.siteId} ${rating.aspect}`).sort()).toEqual([`${siteA} safety`, `${siteB} safety`]);

    await send("kari", { intent: "reveal", aspect: "all", siteId: siteB });
    const resident = await read("mari");
    expect(resident.revealed).toEqual(["safety"]);
    expect(resident.ratings.map((rating) => `${rating.siteId} ${rating.aspect}`).sort()).toEqual([`${siteA} safety`, `${siteB} fireAccess`, `${siteB} safety`]);
    expect(resident.hidden).toEqual([]);

    // A site's own hide leaves the reveal on every site in place; hiding on every site ends both.
    await send("jonas", { intent: "hide", aspect: "safety", siteId: siteB });
    expect((await read("mari")).ratings.map((rating) => `${rating.siteId} ${rating.aspect}`).sort()).toEqual([`${siteA} safety`, `${siteB} fireAccess`, `${siteB} safety`]);
    await send("jonas", { intent: "hide", aspect: "all" });
    const after = await read("mari");
    expect(after.revealed).toEqual([]);
    expect(after.revealedOnSites).toEqual([]);
    expect(after.ratings).toEqual([]);
    expect((await rowCounts()).reveals).toBe(0);
  });

  it("refuses a per-site reveal by a role that may not reveal, or with a bad site id, and changes nothing", async () => {
    const before = await rowCounts();
    expect((await send("silje", { intent: "reveal", aspect: "safety", siteId: siteA })).status).toBe(403);
    const bad = await send("jonas", { intent: "reveal", aspect: "safety", siteId: "../../etc" });
    expect(bad.status).toBe(400);
    expect(Object.keys((await problemOf(bad)).fields ?? {})).toEqual(["siteId"]);
    expect(await rowCounts()).toEqual(before);
  });

  it("tells the project's open pages about each change, and only about changes", async () => {
    let notices = 0;
    const stop = feedbackEvents.subscribe(projectId, () => (notices += 1));
    try {
      await send("silje", { intent: "comment", siteId: siteA, body: "Ny" });
      await send("silje", { intent: "rate", siteId: siteA, score: "3" });
      await send("jonas", { intent: "reveal", aspect: "safety" });
      expect(notices).toBe(3);
      await send("ola", { intent: "comment", siteId: siteA, body: "Nei" });
      await send("silje", { intent: "rate", siteId: siteA, score: "9" });
      expect(notices).toBe(3);
    } finally {
      stop();
    }
  });

  it("refuses what a role may not do with 403 and changes nothing", async () => {
    const { id } = (await (await send("silje", { intent: "comment", siteId: siteA, body: "Første" })).json()) as { id: string };
    await send("silje", { intent: "rate", siteId: siteA, score: "2" });
    const before = await rowCounts();
    const refusals: Array<[Person, Record<string, string>]> = [
      ["ola", { intent: "comment", siteId: siteA, body: "Jeg er bare observatør." }],
      ["ola", { intent: "reply", parentId: id, body: "Svar" }],
      ["ola", { intent: "resolve", commentId: id }],
      ["ola", { intent: "rate", siteId: siteA, score: "3" }],
      ["silje", { intent: "reveal", aspect: "safety" }],
      ["mari", { intent: "reveal", aspect: "all" }],
    ];
    for (const [person, fields] of refusals) {
      const response = await send(person, fields);
      expect(response.status, `${person} ${fields.intent}`).toBe(403);
      expect((await problemOf(response)).code).toBe("forbidden");
    }
    expect(await rowCounts()).toEqual(before);
    expect((await read("mari")).comments[0].resolvedAt).toBeNull();
  });

  it("answers bad input with 400 naming each wrong field, and changes nothing", async () => {
    const before = await rowCounts();
    const cases: Array<[Record<string, string>, string[]]> = [
      [{ intent: "rate", siteId: siteA, score: "0" }, ["score"]],
      [{ intent: "rate", siteId: siteA, score: "6" }, ["score"]],
      [{ intent: "rate", siteId: siteA, score: "2.5" }, ["score"]],
      [{ intent: "rate", siteId: siteA, score: "fem" }, ["score"]],
      [{ intent: "rate", siteId: siteA, score: "3", comment: "x".repeat(2001) }, ["comment"]],
      [{ intent: "rate", siteId: "../../etc", score: "3" }, ["siteId"]],
      [{ intent: "comment", siteId: siteA, body: "   " }, ["body"]],
      [{ intent: "comment", siteId: siteA, body: "x".repeat(2001) }, ["body"]],
      [{ intent: "comment", body: "Hvor?" }, ["position"]],
      [{ intent: "comment", body: "Halv", latitude: "63.4" }, ["position"]],
      [{ intent: "comment", body: "Utenfor", latitude: "91", longitude: "10" }, ["latitude"]],
      [{ intent: "comment", body: "Utenfor", latitude: "63", longitude: "-181" }, ["longitude"]],
      [{ intent: "comment", body: "Ikke tall", latitude: "nord", longitude: "10" }, ["latitude"]],
      [{ intent: "reply", parentId: "", body: "Svar" }, ["parentId"]],
      [{ intent: "reveal", aspect: "everything" }, ["aspect"]],
    ];
    for (const [fields, wrong] of cases) {
      const response = await send(fields.intent === "reveal" ? "jonas" : "silje", fields);
      expect(response.status, JSON.stringify(fields).slice(0, 80)).toBe(400);
      const problem = await problemOf(response);
      expect(problem.code).toBe("invalidInput");
      expect(Object.keys(problem.fields ?? {})).toEqual(wrong);
      expect(problem.message).not.toBe("");
      expect(problem.messageEn).not.toBe("");
    }
    const unknown = await send("silje", { intent: "delete", commentId: "x" });
    expect(unknown.status).toBe(400);
    expect((await problemOf(unknown)).code).toBe("unknownIntent");
    expect(await rowCounts()).toEqual(before);
  });

  it("answers 404 for a reply or resolve of a comment that is not in this project", async () => {
    await database.db.insert(memberships).values({ projectId: otherProjectId, userId: (await read("silje")).self.id, role: "police" });
    const elsewhere = (await (await send("silje", { intent: "comment", siteId: siteA, body: "I et annet prosjekt" }, otherProjectId)).json()) as { id: string };
    const before = await rowCounts();
    const attempts: Array<Record<string, string>> = [
      { intent: "reply", parentId: elsewhere.id, body: "Svar" },
      { intent: "reply", parentId: "does-not-exist", body: "Svar" },
      { intent: "resolve", commentId: elsewhere.id },
    ];
    for (const fields of attempts) {
      const response = await send("silje", fields);
      expect(response.status).toBe(404);
      expect((await problemOf(response)).code).toBe("notFound");
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("hides the project from non-members (404) and its feedback from their requests", async () => {
    const response = await send("stranger", { intent: "comment", siteId: siteA, body: "Hei" });
    expect(response.status).toBe(404);
    await expect(loader({ request: new Request(url(), { headers: { Cookie: cookies.get("stranger") ?? "" } }), params: { projectId }, context: context() })).rejects.toMatchObject({ status: 404 });
  });

  it("tells what the member may do", async () => {
    expect((await read("ola")).self).toMatchObject({ role: "observer", aspect: null, may: { comment: false, rate: false, reveal: false } });
    expect((await read("silje")).self).toMatchObject({ aspect: "safety", may: { comment: true, rate: true, reveal: false } });
    expect((await read("jonas")).self).toMatchObject({ aspect: "buildability", may: { comment: true, rate: true, reveal: true } });
  });
});

describe("the feedback event stream", () => {
  async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, text: string): Promise<string> {
    const decoder = new TextDecoder();
    let received = "";
    while (!received.includes(text)) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`stream ended before "${text}": ${received}`);
      received += decoder.decode(value);
    }
    return received;
  }

  it("sends a changed notice for its project only, keeps alive, and stops listening on disconnect", async () => {
    const events = createFeedbackEvents();
    const browser = new AbortController();
    const response = feedbackEventStream("p1", browser.signal, { events, keepAliveMs: 20 });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect(await readUntil(reader, ": connected")).toContain("retry: 3000");
    expect(events.listenerCount("p1")).toBe(1);

    events.publish("p2");
    events.publish("p1");
    const received = await readUntil(reader, "data: changed\n\n");
    expect(received.match(/data: changed/g)).toHaveLength(1);
    await readUntil(reader, ": keep-alive");

    browser.abort();
    expect(events.listenerCount("p1")).toBe(0);
    expect((await reader.read()).done).toBe(true);
  });
});
