import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { choiceFavourites, choiceOptions, files, homeChoices } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createUser } from "../auth/users.server";
import { createProject } from "../projects/projects.server";
import {
  catalogueUsage,
  createCategory,
  createOption,
  deleteCategory,
  deleteOption,
  moveCategory,
  readCatalogue,
  setOptionPhoto,
  setStandard,
  updateCategory,
  updateOption,
  selectLatestOptionPhoto,
} from "./catalogue-store.server";
import { ChangeRefused } from "./change-refused";
import { ensureHomes } from "./homes.server";

async function refusal(promise: Promise<unknown>): Promise<ChangeRefused> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ChangeRefused) return error;
    throw error;
  }
  throw new Error("expected the change to be refused");
}

const dates = { opensOn: "2026-12-01", closesOn: "2027-01-15" };
const grey = { name: "Lys grå", color: "#C8C8C3", colorCode: "S 1502-Y", material: "Malt trepanel" };
const fragile = { name: "Blank hvit", color: "#ffffff", robustness: "fails" as const, robustnessNote: "Tåler ikke slag og riper" };

describe.each(testDatabaseKinds)("the catalogue on %s", (kind) => {
  let database: TestDatabase;
  let projectId: string;
  let otherProjectId: string;
  let userId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    userId = (await createUser(database.db, { name: "Kari", username: "kari", email: null, password: "passord-123" })).id;
    const details = { municipality: "Demo", housingForm: "smahus" as const, homeCount: 2, description: "" };
    projectId = (await createProject(database.db, userId, { name: "Eikelund", ...details })).id;
    otherProjectId = (await createProject(database.db, userId, { name: "Annet", ...details })).id;
  });
  afterAll(() => database.drop());

  const standardOf = async (categoryId: string) =>
    (await readCatalogue(database.db, projectId)).find((category) => category.id === categoryId)?.options.filter((option) => option.isStandard).map((option) => option.name);

  it("keeps categories in position order with their options, and moves them up and down", async () => {
    const facade = await createCategory(database.db, projectId, { name: "Fasadefarge", previewPart: "facade", ...dates });
    await createCategory(database.db, projectId, { name: "Gulv", previewPart: "floor", description: "Gulvet i stua", ...dates });
    const door = await createCategory(database.db, projectId, { name: "Inngangsdør", previewPart: "door", ...dates });
    expect((await readCatalogue(database.db, projectId)).map((category) => category.name)).toEqual(["Fasadefarge", "Gulv", "Inngangsdør"]);
    await moveCategory(database.db, projectId, door.id, "up");
    await moveCategory(database.db, projectId, facade.id, "up"); // already first: nothing happens
    expect((await readCatalogue(database.db, projectId)).map((category) => category.name)).toEqual(["Fasadefarge", "Inngangsdør", "Gulv"]);
    await moveCategory(database.db, projectId, facade.id, "down");
    const catalogue = await readCatalogue(database.db, projectId);
    expect(catalogue.map((category) => [category.name, category.position])).toEqual([
      ["Inngangsdør", 0],
      ["Fasadefarge", 1],
      ["Gulv", 2],
    ]);
    expect(catalogue[2]).toMatchObject({ previewPart: "floor", description: "Gulvet i stua", opensOn: "2026-12-01", closesOn: "2027-01-15", options: [] });
    expect(await readCatalogue(database.db, otherProjectId)).toEqual([]);
  });

  it("refuses a closing date before the opening date, a date that does not exist and an unknown preview part", async () => {
    const [first] = await readCatalogue(database.db, projectId);
    const fields = { name: first.name, previewPart: first.previewPart, opensOn: "2027-01-02", closesOn: "2027-01-01" };
    expect(await refusal(updateCategory(database.db, projectId, first.id, fields))).toMatchObject({ code: "datesOrder", status: 400, field: "closesOn" });
    expect(await refusal(updateCategory(database.db, projectId, first.id, { ...fields, opensOn: "2027-02-30" }))).toMatchObject({ code: "dateInvalid", field: "opensOn" });
    expect(await refusal(createCategory(database.db, projectId, { ...fields, previewPart: "chimney" as "roof", ...dates }))).toMatchObject({ code: "previewPartInvalid" });
    // One day is a valid window.
    await updateCategory(database.db, projectId, first.id, { ...fields, opensOn: "2027-01-01", closesOn: "2027-01-01", description: "Velg dørfarge" });
    expect((await readCatalogue(database.db, projectId))[0]).toMatchObject({ opensOn: "2027-01-01", closesOn: "2027-01-01", description: "Velg dørfarge" });
    expect(await refusal(updateCategory(database.db, otherProjectId, first.id, { ...fields, ...dates }))).toMatchObject({ code: "categoryNotFound", status: 404 });
  });

  it("makes the first option that does not fail the standard, keeps exactly one, and lowercases the colour", async () => {
    const facade = (await readCatalogue(database.db, projectId)).find((category) => category.name === "Fasadefarge")!;
    const white = await createOption(database.db, projectId, facade.id, fragile);
    expect(white.isStandard).toBe(false);
    const first = await createOption(database.db, projectId, facade.id, grey);
    expect(first).toMatchObject({ isStandard: true, color: "#c8c8c3", robustness: "ok" });
    const red = await createOption(database.db, projectId, facade.id, { name: "Falu rød", color: "#8b2e1f", robustness: "warning", robustnessNote: "Falmer raskere i sol" });
    expect(red.isStandard).toBe(false);
    await setStandard(database.db, projectId, red.id);
    expect(await standardOf(facade.id)).toEqual(["Falu rød"]);
    await setStandard(database.db, projectId, first.id);
    expect(await standardOf(facade.id)).toEqual(["Lys grå"]);
  });

  it("never makes an option that fails robustness the standard, nor lets the standard fail", async () => {
    const facade = (await readCatalogue(database.db, projectId)).find((category) => category.name === "Fasadefarge")!;
    const [white, grey] = facade.options;
    expect(await refusal(setStandard(database.db, projectId, white.id))).toMatchObject({
      code: "failsCannotBeStandard",
      status: 409,
      values: { name: "Blank hvit", reason: "Tåler ikke slag og riper" },
    });
    expect(await refusal(updateOption(database.db, projectId, grey.id, { ...grey, robustness: "fails", robustnessNote: "Flasser" }))).toMatchObject({
      code: "standardCannotFail",
      status: 409,
    });
    expect(await standardOf(facade.id)).toEqual(["Lys grå"]);
    expect((await readCatalogue(database.db, projectId)).find((category) => category.id === facade.id)?.options[1].robustness).toBe("ok");
    // A warning or a refusal needs its reason.
    expect(await refusal(updateOption(database.db, projectId, white.id, { ...white, robustness: "warning", robustnessNote: " " }))).toMatchObject({
      code: "robustnessNoteRequired",
      field: "robustnessNote",
    });
    expect(await refusal(createOption(database.db, projectId, facade.id, { name: "Rar", color: "red" }))).toMatchObject({ code: "colorInvalid", field: "color" });
  });

  it("hands the standard on when it is deleted, and sets none where every option fails", async () => {
    const roof = await createCategory(database.db, projectId, { name: "Tak", previewPart: "roof", ...dates });
    const black = await createOption(database.db, projectId, roof.id, { name: "Svart", color: "#111111" });
    await createOption(database.db, projectId, roof.id, fragile);
    await createOption(database.db, projectId, roof.id, { name: "Antrasitt", color: "#3a3d40" });
    await deleteOption(database.db, projectId, black.id);
    expect(await standardOf(roof.id)).toEqual(["Antrasitt"]);
    const antrasitt = (await readCatalogue(database.db, projectId)).find((category) => category.id === roof.id)!.options[1];
    await deleteOption(database.db, projectId, antrasitt.id);
    expect(await standardOf(roof.id)).toEqual([]);
    // An option that stops failing becomes the standard of a category that has none.
    const white = (await readCatalogue(database.db, projectId)).find((category) => category.id === roof.id)!.options[0];
    await updateOption(database.db, projectId, white.id, { ...white, robustness: "warning", robustnessNote: "Blir fort skitten" });
    expect(await standardOf(roof.id)).toEqual(["Blank hvit"]);
    await deleteCategory(database.db, projectId, roof.id);
  });

  it("refuses to delete an option or a category homes chose in, saying how many, and deletes nothing", async () => {
    const [first, second] = await ensureHomes(database.db, projectId);
    const facade = (await readCatalogue(database.db, projectId)).find((category) => category.name === "Fasadefarge")!;
    const red = facade.options.find((option) => option.name === "Falu rød")!;
    const grey = facade.options.find((option) => option.name === "Lys grå")!;
    await database.db.insert(homeChoices).values({ homeId: first.id, categoryId: facade.id, projectId, optionId: red.id, chosenBy: userId, chosenRole: "resident" });
    await database.db.insert(choiceFavourites).values({ homeId: second.id, optionId: red.id });
    await database.db.insert(choiceFavourites).values({ homeId: first.id, optionId: grey.id });

    expect(await refusal(deleteOption(database.db, projectId, red.id))).toMatchObject({ code: "optionChosen", status: 409, values: { count: 2 } });
    expect(await refusal(deleteOption(database.db, projectId, grey.id))).toMatchObject({ code: "optionChosen", values: { count: 1 } });
    expect(await refusal(deleteCategory(database.db, projectId, facade.id))).toMatchObject({ code: "categoryChosen", status: 409, values: { count: 2 } });
    expect((await readCatalogue(database.db, projectId)).find((category) => category.id === facade.id)?.options).toHaveLength(3);
    expect(await catalogueUsage(database.db, projectId)).toEqual({ categories: { [facade.id]: 2 }, options: { [red.id]: 2, [grey.id]: 1 } });

    // An option nobody chose goes, the others stay.
    const white = facade.options.find((option) => option.name === "Blank hvit")!;
    await deleteOption(database.db, projectId, white.id);
    expect((await readCatalogue(database.db, projectId)).find((category) => category.id === facade.id)?.options.map((option) => option.name)).toEqual(["Lys grå", "Falu rød"]);
    await database.db.delete(homeChoices);
    await database.db.delete(choiceFavourites);
  });

  it("points an option at its latest photo of this option only, and deletes its photos with it", async () => {
    const facade = (await readCatalogue(database.db, projectId)).find((category) => category.name === "Fasadefarge")!;
    const [grey, red] = facade.options;
    const photo = (id: string, subjectKey: string, createdAt: Date) => ({
      id,
      projectId,
      purpose: "catalogue",
      subjectKey,
      kind: "image",
      contentType: "image/jpeg",
      fileName: `${id}.jpg`,
      byteSize: 3,
      data: new Uint8Array([1, 2, 3]),
      uploadedRole: "planner",
      createdAt,
    });
    await database.db.insert(files).values([
      photo("old", grey.id, new Date("2026-12-01T10:00:00Z")),
      photo("new", grey.id, new Date("2026-12-02T10:00:00Z")),
      photo("red", red.id, new Date("2026-12-03T10:00:00Z")),
    ]);
    expect(await selectLatestOptionPhoto(database.db, projectId, grey.id)).toBe("new");
    expect((await readCatalogue(database.db, projectId))[1].options[0].photoFileId).toBe("new");
    expect(await refusal(setOptionPhoto(database.db, projectId, grey.id, "red"))).toMatchObject({ code: "photoNotFound", status: 404 });
    await setOptionPhoto(database.db, projectId, grey.id, "old");
    expect((await readCatalogue(database.db, projectId))[1].options[0].photoFileId).toBe("old");

    await deleteOption(database.db, projectId, red.id);
    expect((await database.db.select({ id: files.id }).from(files)).map((file) => file.id).sort()).toEqual(["new", "old"]);
    await database.db.update(choiceOptions).set({ photoFileId: null }).where(eq(choiceOptions.id, grey.id));
  });

  it("deletes a category nobody chose in, with its options and their photos", async () => {
    const facade = (await readCatalogue(database.db, projectId)).find((category) => category.name === "Fasadefarge")!;
    await deleteCategory(database.db, projectId, facade.id);
    expect((await readCatalogue(database.db, projectId)).map((category) => category.name)).toEqual(["Inngangsdør", "Gulv"]);
    expect(await database.db.select({ id: files.id }).from(files)).toEqual([]);
    expect(await database.db.select({ id: choiceOptions.id }).from(choiceOptions)).toEqual([]);
  });
});
