/**
 * Bad archives are refused with a problem that names what is wrong, and change nothing: not a
 * zip, a changed entry (its hash), an unknown table, a table a backup never holds, a row that
 * fails its schema, a row that reaches into another project, a row the database itself refuses
 * halfway through the import (the one transaction leaves no account behind), and a project this
 * installation already holds (409).
 */
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentUpdates, houseTypes, memberships, projects, users } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createUser } from "../auth/users.server";
import { createProject } from "../projects/projects.server";
import { BackupArchiveError } from "./backup-problems";
import { exportProject } from "./export-project.server";
import { importProject } from "./import-project.server";
import { readArchive } from "./read-archive.server";
import { archiveParts, rewriteArchive, rowsEntry, seedBackupProject } from "./testing/backup-fixtures";

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const rowsOf = (entries: Map<string, Uint8Array>, path: string) => JSON.parse(text(entries.get(path))) as Array<Record<string, unknown>>;

describe.each(testDatabaseKinds)("refused backups on %s", (kind) => {
  let source: TestDatabase;
  let target: TestDatabase;
  let archive: Uint8Array;
  let importerId: string;
  let otherHouseTypeId: string;

  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(kind), createTestDatabase(kind)]);
    const { projectId } = await seedBackupProject(source.db);
    archive = (await exportProject(source.db, projectId)).bytes;
    const importer = await createUser(target.db, { name: "Ida", username: "ida", email: null, password: "et-godt-passord" });
    importerId = importer.id;
    const other = await createProject(target.db, importer.id, { name: "Et annet prosjekt", municipality: "Bergen", housingForm: "smahus", homeCount: 2, description: "" });
    // A house type of another project here: the database would take a reference to it.
    otherHouseTypeId = crypto.randomUUID();
    await target.db.insert(houseTypes).values({ id: otherHouseTypeId, projectId: other.id, name: "Type B" });
  });
  afterAll(async () => {
    await Promise.all([source?.drop(), target?.drop()]);
  });

  async function counts() {
    const [[userCount], [projectCount], [memberCount], [documentCount]] = await Promise.all([
      target.db.select({ n: count() }).from(users),
      target.db.select({ n: count() }).from(projects),
      target.db.select({ n: count() }).from(memberships),
      target.db.select({ n: count() }).from(documentUpdates),
    ]);
    return [userCount.n, projectCount.n, memberCount.n, documentCount.n];
  }

  /** The problem an import of `bytes` is refused with, after checking nothing changed. */
  async function refusal(bytes: Uint8Array) {
    const before = await counts();
    let caught: unknown = null;
    try {
      await importProject(target.db, readArchive(bytes), { userId: importerId });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BackupArchiveError);
    expect(await counts()).toEqual(before);
    return (caught as BackupArchiveError).problem;
  }

  it("refuses a file that is not a zip", async () => {
    const problem = await refusal(new TextEncoder().encode("PK? no, a text file"));
    expect(problem.code).toBe("invalid");
    expect(problem.message).toContain("ikke en zip-fil");
  });

  it("refuses an entry changed after the export (its hash no longer matches)", async () => {
    const changed = rewriteArchive(
      archive,
      ({ entries }) => {
        const homes = rowsOf(entries, "tables/homes.json");
        homes[0].name = "Endret";
        entries.set("tables/homes.json", rowsEntry(homes));
      },
      { rehash: false },
    );
    const problem = await refusal(changed);
    expect(problem.details).toMatchObject({ entry: "tables/homes.json" });
    expect(problem.messageEn).toContain("checksum");
  });

  it("refuses an unknown table, and a table a backup never holds", async () => {
    const unknown = await refusal(rewriteArchive(archive, ({ entries }) => entries.set("tables/secrets.json", rowsEntry([])), { rehash: true }));
    expect(unknown.messageEn).toContain('unknown table: "tables/secrets.json"');
    const sessions = await refusal(rewriteArchive(archive, ({ entries }) => entries.set("tables/sessions.json", rowsEntry([])), { rehash: true }));
    expect(sessions.messageEn).toContain('"sessions", which a backup never includes');
  });

  it("refuses a row that fails its table's schema, naming the row and the column", async () => {
    const changed = rewriteArchive(
      archive,
      ({ entries }) => {
        const homes = rowsOf(entries, "tables/homes.json");
        homes[1].number = "to";
        entries.set("tables/homes.json", rowsEntry(homes));
      },
      { rehash: true },
    );
    const problem = await refusal(changed);
    expect(problem.code).toBe("invalid");
    expect(problem.details).toMatchObject({ entry: "tables/homes.json", row: 2, column: "number" });
  });

  it("refuses a row that points at a record outside the archive (another project here)", async () => {
    const changed = rewriteArchive(
      archive,
      ({ entries }) => {
        const types = rowsOf(entries, "tables/homes.json");
        types[0].house_type_id = otherHouseTypeId;
        entries.set("tables/homes.json", rowsEntry(types));
      },
      { rehash: true },
    );
    const problem = await refusal(changed);
    expect(problem.details).toMatchObject({ entry: "tables/homes.json", column: "house_type_id" });
  });

  it("writes nothing when the database refuses a row halfway through (one transaction)", async () => {
    const changed = rewriteArchive(
      archive,
      ({ entries }) => {
        const ratings = rowsOf(entries, "tables/site_ratings.json");
        ratings[0].score = 9;
        entries.set("tables/site_ratings.json", rowsEntry(ratings));
      },
      { rehash: true },
    );
    expect(rowsOf(archiveParts(changed), "tables/site_ratings.json")[0].score).toBe(9);
    const problem = await refusal(changed);
    expect(problem.code).toBe("invalid");
    expect(problem.details).toMatchObject({ constraint: "site_ratings_score_range" });
  });

  it("refuses a project this installation already holds, with 409", async () => {
    await importProject(target.db, readArchive(archive), { userId: importerId });
    const problem = await refusal(archive);
    expect(problem.code).toBe("conflict");
    expect(problem.message).toContain("har allerede prosjektet");
  });
});
