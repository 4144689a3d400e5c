import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { homes, memberships } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createUser } from "../auth/users.server";
import { createProject } from "../projects/projects.server";
import { ChangeRefused } from "./change-refused";
import { ensureHomes, homeOfResident, listHomes, listHouseTypes } from "./homes.server";
import {
  allocateHome,
  createHouseType,
  deleteHouseType,
  listHomesWithResidents,
  listResidents,
  renameHome,
  renameHouseType,
  setHomeHouseType,
  unallocateHome,
  unallocateMember,
  updateHome,
} from "./homes-store.server";

async function refusal(promise: Promise<unknown>): Promise<ChangeRefused> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ChangeRefused) return error;
    throw error;
  }
  throw new Error("expected the change to be refused");
}

describe.each(testDatabaseKinds)("homes and house types on %s", (kind) => {
  let database: TestDatabase;
  let projectId: string;
  let otherProjectId: string;
  const ids: Record<"kari" | "mari" | "per" | "silje" | "elsewhere", string> = { kari: "", mari: "", per: "", silje: "", elsewhere: "" };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    for (const username of Object.keys(ids) as Array<keyof typeof ids>) {
      ids[username] = (await createUser(database.db, { name: username === "mari" ? "Mari" : username === "per" ? "Per" : username, username, email: null, password: "passord-123" })).id;
    }
    const details = { municipality: "Demo", housingForm: "smahus" as const, homeCount: 3, description: "" };
    projectId = (await createProject(database.db, ids.kari, { name: "Eikelund", ...details })).id;
    otherProjectId = (await createProject(database.db, ids.kari, { name: "Et annet prosjekt", ...details })).id;
    await database.db.insert(memberships).values([
      { projectId, userId: ids.mari, role: "resident" },
      { projectId, userId: ids.per, role: "resident" },
      { projectId, userId: ids.silje, role: "police" },
      { projectId: otherProjectId, userId: ids.elsewhere, role: "resident" },
    ]);
  });
  afterAll(() => database.drop());

  it("makes the homes Hus 1 … Hus N on first use and renames them, trimming the name", async () => {
    const made = await ensureHomes(database.db, projectId);
    expect(made.map((home) => home.name)).toEqual(["Hus 1", "Hus 2", "Hus 3"]);
    const renamed = await renameHome(database.db, projectId, made[0].id, "  Hus ved bekken ");
    expect(renamed.name).toBe("Hus ved bekken");
    expect((await listHomes(database.db, projectId))[0].name).toBe("Hus ved bekken");
  });

  it("refuses a name another home of the project has (ignoring case) with 409, and empty or long names with 400", async () => {
    const [first, second] = await listHomes(database.db, projectId);
    const taken = await refusal(renameHome(database.db, projectId, second.id, "hus VED bekken"));
    expect(taken).toMatchObject({ code: "homeNameTaken", status: 409, field: "name", values: { name: "hus VED bekken" } });
    expect(await refusal(renameHome(database.db, projectId, second.id, "   "))).toMatchObject({ code: "nameRequired", status: 400 });
    expect(await refusal(renameHome(database.db, projectId, second.id, "x".repeat(61)))).toMatchObject({ code: "nameTooLong", status: 400 });
    expect(await refusal(renameHome(database.db, projectId, second.id, "Hus\u0000"))).toMatchObject({ code: "errors.textCharacters" });
    // Keeping one's own name (another case) is not a clash; another project's names do not count.
    expect((await renameHome(database.db, projectId, first.id, "Hus ved Bekken")).name).toBe("Hus ved Bekken");
    const [elsewhere] = await ensureHomes(database.db, otherProjectId);
    expect((await renameHome(database.db, otherProjectId, elsewhere.id, "Hus ved Bekken")).name).toBe("Hus ved Bekken");
    expect((await listHomes(database.db, projectId)).map((home) => home.name)).toEqual(["Hus ved Bekken", "Hus 2", "Hus 3"]);
  });

  it("refuses to change a home of another project as not found", async () => {
    const [elsewhere] = await listHomes(database.db, otherProjectId);
    expect(await refusal(renameHome(database.db, projectId, elsewhere.id, "Mitt"))).toMatchObject({ code: "homeNotFound", status: 404 });
    expect((await listHomes(database.db, otherProjectId))[0].name).toBe("Hus ved Bekken");
  });

  it("allocates a home only to a resident member of this project", async () => {
    const [first] = await listHomes(database.db, projectId);
    for (const userId of [ids.silje, ids.kari, ids.elsewhere, "no-such-user"]) {
      expect(await refusal(allocateHome(database.db, projectId, first.id, userId))).toMatchObject({ code: "notResident", status: 400 });
    }
    expect((await listHomes(database.db, projectId)).every((home) => home.residentId === null)).toBe(true);
    const { home, movedFrom } = await allocateHome(database.db, projectId, first.id, ids.mari);
    expect(home.residentId).toBe(ids.mari);
    expect(movedFrom).toBeNull();
    expect((await homeOfResident(database.db, projectId, ids.mari))?.id).toBe(first.id);
    const [row] = await database.db.select({ allocatedAt: homes.allocatedAt }).from(homes).where(eq(homes.id, first.id));
    expect(row.allocatedAt).toBeInstanceOf(Date);
  });

  it("gives a resident one home: allocating them to another moves them and frees the first", async () => {
    const [first, second] = await listHomes(database.db, projectId);
    const { movedFrom } = await allocateHome(database.db, projectId, second.id, ids.mari);
    expect(movedFrom).toEqual({ id: first.id, name: first.name });
    const after = await listHomes(database.db, projectId);
    expect(after.map((home) => home.residentId)).toEqual([null, ids.mari, null]);
    // Another resident on the same home replaces the first, who then has none.
    await allocateHome(database.db, projectId, second.id, ids.per);
    expect(await homeOfResident(database.db, projectId, ids.mari)).toBeNull();
    expect((await homeOfResident(database.db, projectId, ids.per))?.id).toBe(second.id);
    await unallocateHome(database.db, projectId, second.id);
    expect(await homeOfResident(database.db, projectId, ids.per)).toBeNull();
  });

  it("lists the residents by the name they chose, and the homes with their residents' names", async () => {
    expect(await listResidents(database.db, projectId)).toEqual([
      { userId: ids.mari, name: "Mari" },
      { userId: ids.per, name: "Per" },
    ]);
    const [, , third] = await listHomes(database.db, projectId);
    await allocateHome(database.db, projectId, third.id, ids.per);
    // Per is then made an observer: the home still shows his name, marked as no longer a resident, until freed.
    await database.db.update(memberships).set({ role: "observer" }).where(eq(memberships.userId, ids.per));
    const listed = await listHomesWithResidents(database.db, projectId);
    expect(listed[2]).toMatchObject({ residentName: "Per", residentIsMember: false });
    expect(await unallocateMember(database.db, projectId, ids.per)).toBe(1);
    expect((await listHomesWithResidents(database.db, projectId))[2]).toMatchObject({ residentId: null, residentName: null });
    await database.db.update(memberships).set({ role: "resident" }).where(eq(memberships.userId, ids.per));
  });

  it("makes, renames and deletes house types with unique names, and puts homes in them", async () => {
    const typeA = await createHouseType(database.db, projectId, "Småhus type A");
    expect(await refusal(createHouseType(database.db, projectId, "småhus TYPE a"))).toMatchObject({ code: "houseTypeNameTaken", status: 409 });
    const typeB = await createHouseType(database.db, projectId, "Småhus type B");
    expect(await refusal(renameHouseType(database.db, projectId, typeB.id, "Småhus type A"))).toMatchObject({ code: "houseTypeNameTaken" });
    expect((await renameHouseType(database.db, projectId, typeB.id, "Småhus med bod")).name).toBe("Småhus med bod");
    expect((await listHouseTypes(database.db, projectId)).map((type) => type.name)).toEqual(["Småhus med bod", "Småhus type A"]);

    const [first, second] = await listHomes(database.db, projectId);
    await setHomeHouseType(database.db, projectId, first.id, typeA.id);
    await updateHome(database.db, projectId, second.id, { houseTypeId: typeA.id });
    const elsewhereType = await createHouseType(database.db, otherProjectId, "Annen type");
    expect(await refusal(setHomeHouseType(database.db, projectId, first.id, elsewhereType.id))).toMatchObject({ code: "houseTypeNotFound", status: 404 });
    expect(await refusal(deleteHouseType(database.db, projectId, elsewhereType.id))).toMatchObject({ code: "houseTypeNotFound" });

    expect(await deleteHouseType(database.db, projectId, typeA.id)).toBe(2);
    expect((await listHomes(database.db, projectId)).map((home) => home.houseTypeId)).toEqual([null, null, null]);
    expect((await listHouseTypes(database.db, projectId)).map((type) => type.name)).toEqual(["Småhus med bod"]);
  });

  it("changes nothing when one part of a change is refused", async () => {
    const [first, second] = await listHomes(database.db, projectId);
    const before = await listHomes(database.db, projectId);
    expect(await refusal(updateHome(database.db, projectId, second.id, { name: "Nytt navn", residentId: ids.silje }))).toMatchObject({ code: "notResident" });
    expect(await refusal(updateHome(database.db, projectId, second.id, { residentId: ids.mari, name: first.name }))).toMatchObject({ code: "homeNameTaken" });
    expect(await listHomes(database.db, projectId)).toEqual(before);
  });
});
