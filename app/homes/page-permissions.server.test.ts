/**
 * The homes and catalogue pages through their real loaders and actions, with real sessions: who
 * may open them, and that a member whose role may not change them gets 403 for every intent and
 * changes nothing. The roles come from app/permissions.ts, not from a second list here.
 */
import type { AppLoadContext } from "@remix-run/node";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { choiceCategories, choiceOptions, homes, houseTypes, memberships } from "../../db/schema";
import { testAppConfig } from "../../test/support/app-config";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createSession } from "../auth/session.server";
import { createUser } from "../auth/users.server";
import { can, roles, type Role } from "../permissions";
import { createProject } from "../projects/projects.server";
import { action as catalogueAction, loader as catalogueLoader } from "../routes/projects.$projectId.catalogue";
import { action as homesAction, loader as homesLoader } from "../routes/projects.$projectId.homes";
import { catalogueIntents } from "./catalogue-input";
import { createCategory, createOption, readCatalogue } from "./catalogue-store.server";
import { ensureHomes } from "./homes.server";
import { homesIntents } from "./homes-input";
import { createHouseType } from "./homes-store.server";

describe.each(testDatabaseKinds)("who may change the homes and the catalogue, on %s", (kind) => {
  let database: TestDatabase;
  let projectId: string;
  const cookies = new Map<Role, string>();
  const userIds = new Map<Role, string>();
  let ids: { homeId: string; houseTypeId: string; categoryId: string; optionId: string; residentId: string };

  const context = (): AppLoadContext =>
    ({ db: database.db, logger: pino({ level: "silent" }), sync: { revokeMember() {}, revokeSession() {}, revokeUser() {} }, clientAddress: "test", config: testAppConfig }) as AppLoadContext;

  async function call(run: () => Promise<unknown>): Promise<Response> {
    try {
      const result = await run();
      if (result instanceof Response) return result;
      // Remix's data() wraps the value and its status.
      const wrapped = result as { type?: string; data?: unknown; init?: { status?: number } | null };
      if (wrapped?.type === "DataWithResponseInit") return Response.json(wrapped.data, { status: wrapped.init?.status ?? 200 });
      return Response.json(result);
    } catch (thrown) {
      if (thrown instanceof Response) return thrown;
      throw thrown;
    }
  }

  const request = (role: Role, page: "homes" | "catalogue", fields?: Record<string, string>) => {
    const url = `http://localhost/projects/${projectId}/${page}`;
    const headers = { Cookie: cookies.get(role) ?? "" };
    if (!fields) return new Request(url, { headers });
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) body.set(key, value);
    return new Request(url, { method: "POST", body, headers });
  };

  const post = (role: Role, page: "homes" | "catalogue", fields: Record<string, string>) =>
    call(() => (page === "homes" ? homesAction : catalogueAction)({ request: request(role, page, fields), params: { projectId }, context: context() }));

  const snapshot = async () => ({
    homes: await database.db.select().from(homes).orderBy(homes.number),
    houseTypes: await database.db.select().from(houseTypes).orderBy(houseTypes.id),
    categories: await database.db.select().from(choiceCategories).orderBy(choiceCategories.id),
    options: await database.db.select().from(choiceOptions).orderBy(choiceOptions.id),
  });

  /** A valid form for each intent, so only the role can be what refuses it. */
  function homesForm(intent: (typeof homesIntents)[number]): Record<string, string> {
    switch (intent) {
      case "saveHome":
        return { intent, homeId: ids.homeId, name: "Mitt hus", houseTypeId: ids.houseTypeId, residentId: ids.residentId };
      case "addHouseType":
        return { intent, name: "Ny hustype" };
      case "renameHouseType":
        return { intent, houseTypeId: ids.houseTypeId, name: "Omdøpt" };
      case "deleteHouseType":
        return { intent, houseTypeId: ids.houseTypeId };
    }
  }

  const category = { name: "Ny kategori", previewPart: "roof", description: "", opensOn: "2026-12-01", closesOn: "2026-12-31" };
  const option = { name: "Nytt alternativ", color: "#123456", colorCode: "", material: "", robustness: "ok", robustnessNote: "" };
  function catalogueForm(intent: (typeof catalogueIntents)[number]): Record<string, string> {
    switch (intent) {
      case "importDefaults":
        return { intent };
      case "addCategory":
        return { intent, ...category };
      case "editCategory":
        return { intent, categoryId: ids.categoryId, ...category };
      case "deleteCategory":
      case "moveCategory":
        return { intent, categoryId: ids.categoryId, direction: "down" };
      case "addOption":
        return { intent, categoryId: ids.categoryId, ...option };
      case "editOption":
        return { intent, optionId: ids.optionId, ...option };
      case "deleteOption":
      case "setStandard":
      case "usePhoto":
        return { intent, optionId: ids.optionId };
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    for (const role of roles) {
      const user = await createUser(database.db, { name: `Person ${role}`, username: `person-${role}`, email: null, password: "passord-123" });
      userIds.set(role, user.id);
      cookies.set(role, (await createSession(database.db, user.id, new Request("http://localhost/"))).split(";")[0]);
    }
    projectId = (await createProject(database.db, userIds.get("owner")!, { name: "Eikelund", municipality: "Demo", housingForm: "smahus", homeCount: 2, description: "" })).id;
    for (const role of roles) if (role !== "owner") await database.db.insert(memberships).values({ projectId, userId: userIds.get(role)!, role });
    const [home] = await ensureHomes(database.db, projectId);
    const houseType = await createHouseType(database.db, projectId, "Småhus");
    const first = await createCategory(database.db, projectId, { name: "Fasade", previewPart: "facade", opensOn: "2026-12-01", closesOn: "2026-12-31" });
    await createCategory(database.db, projectId, { name: "Dør", previewPart: "door", opensOn: "2026-12-01", closesOn: "2026-12-31" });
    const grey = await createOption(database.db, projectId, first.id, { name: "Grå", color: "#888888" });
    await createOption(database.db, projectId, first.id, { name: "Rød", color: "#aa0000" });
    ids = { homeId: home.id, houseTypeId: houseType.id, categoryId: first.id, optionId: grey.id, residentId: userIds.get("resident")! };
  });
  afterAll(() => database.drop());

  const mayNotManageHomes = roles.filter((role) => !can(role, "homes:manage"));
  const mayNotEditCatalogue = roles.filter((role) => !can(role, "catalogue:edit"));

  it("lists the roles that may not change them from the permission table: resident, police, fire and observer", () => {
    expect(mayNotManageHomes).toEqual(["police", "fire", "resident", "observer"]);
    expect(mayNotEditCatalogue).toEqual(["police", "fire", "resident", "observer"]);
  });

  it("refuses every homes intent with 403 to those roles, changing nothing", async () => {
    const before = await snapshot();
    for (const role of mayNotManageHomes) {
      for (const intent of homesIntents) {
        const response = await post(role, "homes", homesForm(intent));
        expect(response.status, `${role} ${intent}`).toBe(403);
      }
      // A made-up intent or a broken form is refused the same way: the role is checked first.
      expect((await post(role, "homes", { intent: "dropEverything" })).status).toBe(403);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses every catalogue intent with 403 to those roles, changing nothing", async () => {
    const before = await snapshot();
    for (const role of mayNotEditCatalogue) {
      for (const intent of catalogueIntents) {
        const response = await post(role, "catalogue", catalogueForm(intent));
        expect(response.status, `${role} ${intent}`).toBe(403);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("lets only those who manage homes open the homes page, and every member read the catalogue", async () => {
    for (const role of roles) {
      const homesPage = await call(() => homesLoader({ request: request(role, "homes"), params: { projectId }, context: context() }));
      expect(homesPage.status, role).toBe(can(role, "homes:manage") ? 200 : 403);
      const cataloguePage = await call(() => catalogueLoader({ request: request(role, "catalogue"), params: { projectId }, context: context() }));
      expect(cataloguePage.status, role).toBe(200);
      const read = (await cataloguePage.json()) as { mayEdit: boolean; categories: unknown[]; usage: { options: object } };
      expect(read.mayEdit).toBe(can(role, "catalogue:edit"));
      expect(read.categories).toHaveLength(2);
      expect(Object.keys(read.usage.options)).toEqual([]);
    }
  });

  it("never shows residents an option that fails robustness; planners and agencies see it with its reason", async () => {
    await createOption(database.db, projectId, ids.categoryId, { name: "Blank hvit", color: "#ffffff", robustness: "fails", robustnessNote: "Tåler ikke slag" });
    const names = async (role: Role) => {
      const response = await call(() => catalogueLoader({ request: request(role, "catalogue"), params: { projectId }, context: context() }));
      const read = (await response.json()) as { categories: Array<{ options: Array<{ name: string }> }> };
      return read.categories[0].options.map((option) => option.name);
    };
    expect(await names("resident")).not.toContain("Blank hvit");
    for (const role of ["owner", "planner", "police", "fire", "observer"] as const) expect(await names(role)).toContain("Blank hvit");
  });

  it("lets a planner and the owner make each change, answering what was done", async () => {
    const saved = await post("planner", "homes", homesForm("saveHome"));
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ ok: true, done: { key: "homes.homes.saved", values: { name: "Mitt hus" } } });
    const clash = await post("owner", "homes", { intent: "addHouseType", name: "småhus" });
    expect(clash.status).toBe(409);
    expect(await clash.json()).toMatchObject({ ok: false, error: { code: "houseTypeNameTaken", field: "name" } });
    const badColour = await post("planner", "catalogue", { ...catalogueForm("addOption"), color: "blå" });
    expect(badColour.status).toBe(400);
    expect(await badColour.json()).toMatchObject({ ok: false, error: { code: "colorInvalid", field: "color" } });
    expect((await post("owner", "catalogue", catalogueForm("setStandard"))).status).toBe(200);
    expect((await post("planner", "catalogue", catalogueForm("importDefaults"))).status).toBe(409);
    const unknown = await post("planner", "catalogue", { intent: "dropEverything" });
    expect(unknown.status).toBe(400);
    const catalogue = await readCatalogue(database.db, projectId);
    expect(catalogue[0].options.find((candidate) => candidate.isStandard)?.name).toBe("Grå");
  });
});
