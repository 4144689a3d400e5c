import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createUser } from "../auth/users.server";
import { createProject } from "../projects/projects.server";
import { todayInOslo } from "../ui/format-time";
import { catalogueDefaultsIn } from "./catalogue-defaults";
import { addDays, importDefaults } from "./catalogue-import.server";
import { deleteCategory, readCatalogue } from "./catalogue-store.server";
import { ChangeRefused } from "./change-refused";

describe("addDays", () => {
  it("counts calendar days across months, years and the change to summer time", () => {
    expect(addDays("2026-12-20", 30)).toBe("2027-01-19");
    expect(addDays("2027-03-15", 30)).toBe("2027-04-14");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });
});

describe.each(testDatabaseKinds)("starting from the default catalogue on %s", (kind) => {
  let database: TestDatabase;
  let projectId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const ownerId = (await createUser(database.db, { name: "Kari", username: "kari", email: null, password: "passord-123" })).id;
    projectId = (await createProject(database.db, ownerId, { name: "Eikelund", municipality: "Demo", housingForm: "smahus", homeCount: 2, description: "" })).id;
  });
  afterAll(() => database.drop());

  it("copies every category and option in the language asked for, open from today for 30 days, with one standard that does not fail", async () => {
    const defaults = catalogueDefaultsIn("en");
    expect(await importDefaults(database.db, projectId, "en")).toBe(defaults.length);
    const catalogue = await readCatalogue(database.db, projectId);
    expect(catalogue.map((category) => category.name)).toEqual(defaults.map((category) => category.name));
    const today = todayInOslo();
    for (const [index, category] of catalogue.entries()) {
      expect(category).toMatchObject({ opensOn: today, closesOn: addDays(today, 30), position: index, previewPart: defaults[index].previewPart });
      expect(category.options.map((option) => [option.name, option.color, option.robustness])).toEqual(
        defaults[index].options.map((option) => [option.name, option.color, option.robustness]),
      );
      const standards = category.options.filter((option) => option.isStandard);
      expect(standards).toHaveLength(1);
      expect(standards[0].robustness).not.toBe("fails");
    }
  });

  it("refuses a second import with 409 and changes nothing", async () => {
    const before = await readCatalogue(database.db, projectId);
    const error = await importDefaults(database.db, projectId, "nb").catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ChangeRefused);
    expect(error).toMatchObject({ code: "catalogueNotEmpty", status: 409 });
    expect(await readCatalogue(database.db, projectId)).toEqual(before);
  });

  it("imports again once the catalogue is empty, in bokmål, with the dates a seed asks for", async () => {
    for (const category of await readCatalogue(database.db, projectId)) await deleteCategory(database.db, projectId, category.id);
    await importDefaults(database.db, projectId, "nb", { opensOn: "2026-10-01", closesOn: "2026-10-31" });
    const catalogue = await readCatalogue(database.db, projectId);
    expect(catalogue[0]).toMatchObject({ name: catalogueDefaultsIn("nb")[0].name, opensOn: "2026-10-01", closesOn: "2026-10-31" });
  });
});
