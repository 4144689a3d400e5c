/**
 * Points added by hand through the real resource routes (loader and action of
 * /projects/:id/reference-points, and the map's /projects/:id/reference-data) on
 * a real database with real sessions: validation, roles (nothing changes on a
 * refused request), and the engine reading a supported-housing unit's homes.
 */
import type { AppLoadContext } from "@remix-run/node";
import type { FeatureCollection } from "geojson";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { memberships, referenceLayers } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createSession } from "../auth/session.server";
import { createUser } from "../auth/users.server";
import { assessSite, prepareArea } from "../geo";
import type { Role } from "../permissions";
import { createProject } from "../projects/projects.server";
import { loader as referenceLoader } from "../routes/projects.$projectId.reference-data";
import { action, loader } from "../routes/projects.$projectId.reference-points";
import type { ManualPoint, PointProblem } from "./manual-points";
import { testAppConfig } from "../../test/support/app-config";

type Person = "kari" | "jonas" | "silje" | "mari" | "ola" | "stranger";
const people: ReadonlyArray<{ username: Person; role: Role }> = [
  { username: "kari", role: "owner" },
  { username: "jonas", role: "planner" },
  { username: "silje", role: "police" },
  { username: "mari", role: "resident" },
  { username: "ola", role: "observer" },
  { username: "stranger", role: "planner" },
];

const unit = { intent: "add", category: "supportedHousing", name: "Eksisterende bofellesskap", lat: "59.9505", lon: "10.9650", homes: "6" };

describe.each(testDatabaseKinds)("points added by hand on %s", (kind) => {
  let database: TestDatabase;
  let projectId: string;
  const cookies = new Map<Person, string>();

  const context = (): AppLoadContext =>
    ({ db: database.db, logger: pino({ level: "silent" }), sync: { revokeMember() {}, revokeSession() {}, revokeUser() {} }, clientAddress: "test", config: testAppConfig }) as AppLoadContext;
  const url = (path: string) => `http://localhost/projects/${projectId}/${path}`;

  async function call<T>(run: () => Promise<T>): Promise<Response> {
    try {
      return (await run()) as Response;
    } catch (thrown) {
      if (thrown instanceof Response) return thrown;
      throw thrown;
    }
  }

  function send(person: Person, fields: Record<string, string>): Promise<Response> {
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) body.set(key, value);
    const request = new Request(url("reference-points"), { method: "POST", body, headers: { Cookie: cookies.get(person) ?? "" } });
    return call(() => action({ request, params: { projectId }, context: context() }));
  }

  async function points(person: Person = "mari"): Promise<ManualPoint[]> {
    const request = new Request(url("reference-points"), { headers: { Cookie: cookies.get(person) ?? "" } });
    const response = await call(() => loader({ request, params: { projectId }, context: context() }));
    expect(response.status).toBe(200);
    return ((await response.json()) as { points: ManualPoint[] }).points;
  }

  async function referenceData(person: Person = "mari"): Promise<{ layers: Array<{ source: string }>; geojson: FeatureCollection }> {
    const request = new Request(url("reference-data"), { headers: { Cookie: cookies.get(person) ?? "" } });
    const response = await call(() => referenceLoader({ request, params: { projectId }, context: context() }));
    expect(response.status).toBe(200);
    return (await response.json()) as { layers: Array<{ source: string }>; geojson: FeatureCollection };
  }

  const problemOf = async (response: Response): Promise<PointProblem> => ((await response.json()) as { error: PointProblem }).error;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const ids = new Map<Person, string>();
    for (const person of people) {
      const user = await createUser(database.db, { name: person.username, username: person.username, email: null, password: "passord-123" });
      ids.set(person.username, user.id);
      cookies.set(person.username, (await createSession(database.db, user.id, new Request("http://localhost/"))).split(";")[0]);
    }
    const details = { municipality: "Demo", housingForm: "smahus" as const, homeCount: 3, description: "" };
    projectId = (await createProject(database.db, ids.get("kari") as string, { name: "Eikelund", ...details })).id;
    for (const person of people) {
      if (person.role === "owner" || person.username === "stranger") continue;
      await database.db.insert(memberships).values({ projectId, userId: ids.get(person.username) as string, role: person.role });
    }
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.db.delete(referenceLayers);
  });

  it("lets a planner add an existing supported-housing unit that every member reads, in the map's reference data with OSM-like tags", async () => {
    const response = await send("jonas", { ...unit, name: "  Eksisterende bofellesskap  " });
    expect(response.status).toBe(201);
    const { point } = (await response.json()) as { point: ManualPoint };
    expect(point).toMatchObject({ category: "supportedHousing", name: "Eksisterende bofellesskap", lat: 59.9505, lon: 10.965, homes: 6 });

    expect(await points("mari")).toEqual([point]);
    const reference = await referenceData("mari");
    expect(reference.layers).toMatchObject([{ source: "manual" }]);
    expect(reference.geojson.features).toHaveLength(1);
    expect(reference.geojson.features[0].properties).toMatchObject({
      social_facility: "supported_housing",
      supportedHomes: 6,
      name: "Eksisterende bofellesskap",
      "@source": "manual",
    });

    // The engine counts its homes for a site next to it.
    const area = prepareArea({ osm: reference.geojson });
    const site = { name: "Tomt", geometry: { type: "Point" as const, coordinates: [10.9655, 59.9506] } };
    expect(assessSite(area, site, { includeReachableNetwork: false }).neighbourhood.supportedHomesWithin).toBe(6);
  });

  it("changes and deletes a point, keeping the others, and the owner may too", async () => {
    const first = ((await (await send("jonas", { intent: "add", category: "busStop", name: "Torget", lat: "59,95", lon: "10,96" })).json()) as { point: ManualPoint }).point;
    const second = ((await (await send("kari", unit)).json()) as { point: ManualPoint }).point;
    expect(first).toMatchObject({ category: "busStop", lat: 59.95, lon: 10.96, homes: null });

    const changed = await send("kari", { intent: "update", pointId: second.id, category: "supportedHousing", name: "Bofellesskapet", lat: "59.951", lon: "10.965", homes: "8" });
    expect(changed.status).toBe(200);
    expect((await points()).map((point) => [point.name, point.homes])).toEqual([
      ["Bofellesskapet", 8],
      ["Torget", null],
    ]);

    const deleted = await send("jonas", { intent: "delete", pointId: first.id });
    expect(deleted.status).toBe(200);
    expect((await points()).map((point) => point.name)).toEqual(["Bofellesskapet"]);
    expect((await referenceData()).geojson.features).toHaveLength(1);
  });

  it("keeps every point when four planners' additions arrive at once (the project row is locked while the layer changes)", async () => {
    const responses = await Promise.all(
      ["Første", "Andre", "Tredje", "Fjerde"].map((name, index) => send(index % 2 ? "kari" : "jonas", { ...unit, name })),
    );
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201]);
    expect((await points()).map((point) => point.name).sort()).toEqual(["Andre", "Fjerde", "Første", "Tredje"]);
    expect((await referenceData()).layers).toHaveLength(1);
  });

  it("refuses bad input field by field with a 400, and changes nothing", async () => {
    await send("jonas", unit);
    const before = await points();
    const refusals: Array<[Record<string, string>, PointProblem["fields"]]> = [
      [{ intent: "add", category: "shop", name: "", lat: "north", lon: "200" }, { category: "unknown", name: "required", lat: "notANumber", lon: "outOfRange" }],
      [{ ...unit, homes: "" }, { homes: "required" }],
      [{ ...unit, homes: "2.5" }, { homes: "notANumber" }],
      [{ ...unit, homes: "0" }, { homes: "outOfRange" }],
      [{ ...unit, name: "x".repeat(121) }, { name: "tooLong" }],
      [{ ...unit, lat: "" }, { lat: "required" }],
      [{ intent: "delete" }, { pointId: "required" }],
    ];
    for (const [fields, expected] of refusals) {
      const response = await send("jonas", fields);
      expect(response.status, JSON.stringify(fields)).toBe(400);
      const problem = await problemOf(response);
      expect(problem.code).toBe("invalid");
      expect(problem.fields).toEqual(expected);
      expect(problem.message).toMatch(/rett opp/);
    }
    const unknownIntent = await send("jonas", { ...unit, intent: "import" });
    expect(unknownIntent.status).toBe(400);
    expect((await problemOf(unknownIntent)).code).toBe("badRequest");
    expect(await points()).toEqual(before);
  });

  it("answers 404 for a point the project does not have, and changes nothing", async () => {
    await send("jonas", unit);
    const before = await points();
    for (const intent of ["update", "delete"]) {
      const response = await send("jonas", { ...unit, intent, pointId: "no-such-point" });
      expect(response.status, intent).toBe(404);
      expect((await problemOf(response)).code).toBe("notFound");
    }
    expect(await points()).toEqual(before);
  });

  it("refuses police, residents and observers with a typed 403, non-members with 404, and changes nothing", async () => {
    await send("jonas", unit);
    const [point] = await points();
    for (const person of ["silje", "mari", "ola"] as const) {
      for (const fields of [unit, { intent: "delete", pointId: point.id }, { ...unit, intent: "update", pointId: point.id, homes: "60" }]) {
        const response = await send(person, fields);
        expect(response.status, `${person} ${fields.intent}`).toBe(403);
        expect((await problemOf(response)).code).toBe("forbidden");
      }
    }
    expect((await send("stranger", unit)).status).toBe(404);
    expect(await points()).toEqual([point]);
  });
});
