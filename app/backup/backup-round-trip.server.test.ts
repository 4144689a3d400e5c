/**
 * Issue 10's backup test: the demo project (with a workshop, a poll and its answer, a guest and a
 * memo) exported from database A, imported into a fresh database B, exported again: the two
 * archives hold the same records, table by table, document by document, file by file (only the
 * export's time differs), and the copy reads the same through the app's own functions. Imported
 * by a new account in a fresh database C, the copy is the same plus that account as its owner,
 * and the people the archive names cannot sign in there.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { documentUpdates, users } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { authenticate, createUser } from "../auth/users.server";
import { readChecklist } from "../checklist/checklist-store.server";
import { readChoiceMatrix } from "../choices/choice-matrix.server";
import { listMembers } from "../members/members.server";
import { findMembership } from "../projects/projects.server";
import { readPublicPlan } from "../public-page/plan-snapshot.server";
import { listSites } from "../sites/site-document";
import { exportProject, type ProjectArchive } from "./export-project.server";
import { importProject } from "./import-project.server";
import { readArchive } from "./read-archive.server";
import { archiveParts, archiveRows, seedBackupProject, type SeededProject } from "./testing/backup-fixtures";

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

async function planSites(database: TestDatabase, projectId: string) {
  const rows = await database.db.select({ data: documentUpdates.data }).from(documentUpdates).where(eq(documentUpdates.document, `project/${projectId}/plan`));
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, row.data);
  return listSites(doc)
    .map((site) => ({ name: site.name, status: site.status, geometry: site.geometry }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe.each(testDatabaseKinds)("a project's backup on %s", (kind) => {
  let source: TestDatabase;
  let copy: TestDatabase;
  let fresh: TestDatabase;
  let seeded: SeededProject;
  let first: ProjectArchive;

  beforeAll(async () => {
    [source, copy, fresh] = await Promise.all([createTestDatabase(kind), createTestDatabase(kind), createTestDatabase(kind)]);
    seeded = await seedBackupProject(source.db);
    first = await exportProject(source.db, seeded.projectId);
  });
  afterAll(async () => {
    await Promise.all([source?.drop(), copy?.drop(), fresh?.drop()]);
  });

  it("holds the project's records, documents and files, and leaves out credentials", () => {
    const parts = archiveParts(first.bytes);
    expect(first.manifest.projectId).toBe(seeded.projectId);
    for (const table of ["projects", "memberships", "homes", "checklist_states", "files", "workshops", "workshop_items", "polls", "poll_answers", "parking_lot_items", "workshop_attendance", "guest_accounts", "memos"]) {
      expect(archiveRows(first.bytes, table).length, table).toBeGreaterThan(0);
    }
    expect(parts.has("tables/invites.json")).toBe(false);
    expect(parts.has("tables/workshop_codes.json")).toBe(false);
    expect(parts.has("tables/sessions.json")).toBe(false);
    expect(archiveRows(first.bytes, "guest_accounts")[0].workshop_code_id).toBeNull();
    expect(parts.has("documents/plan.bin")).toBe(true);
    const fileRows = archiveRows(first.bytes, "files");
    for (const row of fileRows) expect(parts.get(String(row.data))?.byteLength).toBe(row.byte_size);
    const accounts = archiveRows(first.bytes, "users");
    expect(Object.keys(accounts[0]).sort()).toEqual(["id", "name", "username"]);
    expect(decode(parts.get("tables/users.json"))).not.toContain("argon2");
    expect(accounts.map((account) => account.username)).toContain("kari");
  });

  it("imported into a fresh database and exported again, holds the same records", async () => {
    // Kari's account exists in the new installation too (the same account), so she imports it.
    const [kari] = await source.db.select().from(users).where(eq(users.username, "kari"));
    await copy.db.insert(users).values(kari);
    const result = await importProject(copy.db, readArchive(first.bytes), { userId: kari.id });
    expect(result).toMatchObject({ projectId: seeded.projectId, importerMadeOwner: false });

    const second = await exportProject(copy.db, seeded.projectId);
    const before = archiveParts(first.bytes);
    const after = archiveParts(second.bytes);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [path, bytes] of before) {
      if (path === "manifest.json") continue;
      if (path.endsWith(".json")) expect(decode(after.get(path)), path).toBe(decode(bytes));
      else expect(Buffer.from(after.get(path)!).equals(Buffer.from(bytes)), path).toBe(true);
    }
    const { exportedAt: _first, ...firstManifest } = first.manifest;
    const { exportedAt: _second, ...secondManifest } = second.manifest;
    expect(secondManifest).toEqual(firstManifest);
  });

  it("reads the same in the copy through the app's own functions", async () => {
    const { projectId, userIds } = seeded;
    const jonas = { projectId, userId: userIds.jonas, role: "planner" as const };
    expect(await readChecklist(copy.db, jonas)).toEqual(await readChecklist(source.db, jonas));
    expect(await readChoiceMatrix(copy.db, projectId, "2026-12-03")).toEqual(await readChoiceMatrix(source.db, projectId, "2026-12-03"));
    expect(await listMembers(copy.db, projectId)).toEqual(await listMembers(source.db, projectId));
    expect(await readPublicPlan(copy.db, projectId)).toEqual(await readPublicPlan(source.db, projectId));
    const sites = await planSites(copy, projectId);
    expect(sites.length).toBeGreaterThan(1);
    expect(sites).toEqual(await planSites(source, projectId));
  });

  it("imported by a new account elsewhere: the same records plus that account as owner, and the others cannot sign in", async () => {
    const importer = await createUser(fresh.db, { name: "Kari Nordmann", username: "kari.ny", email: null, password: "et-godt-passord" });
    const result = await importProject(fresh.db, readArchive(first.bytes), { userId: importer.id });
    expect(result).toMatchObject({ importerMadeOwner: true, renamedAccounts: [] });
    expect(result.createdAccounts).toBe(archiveRows(first.bytes, "users").length);
    expect((await findMembership(fresh.db, seeded.projectId, importer.id))?.role).toBe("owner");
    expect(await authenticate(fresh.db, "kari", "demo-passord")).toBeNull();
    expect(await authenticate(fresh.db, "kari.ny", "et-godt-passord")).not.toBeNull();

    const again = await exportProject(fresh.db, seeded.projectId);
    const before = archiveParts(first.bytes);
    const after = archiveParts(again.bytes);
    for (const [path, bytes] of before) {
      if (path === "manifest.json" || path === "tables/users.json" || path === "tables/memberships.json") continue;
      expect(Buffer.from(after.get(path)!).equals(Buffer.from(bytes)), path).toBe(true);
    }
    const withoutImporter = (rows: Array<Record<string, unknown>>) => rows.filter((row) => row.id !== importer.id && row.user_id !== importer.id);
    expect(withoutImporter(archiveRows(again.bytes, "users"))).toEqual(archiveRows(first.bytes, "users"));
    expect(withoutImporter(archiveRows(again.bytes, "memberships"))).toEqual(archiveRows(first.bytes, "memberships"));
    expect(archiveRows(again.bytes, "memberships").find((row) => row.user_id === importer.id)?.role).toBe("owner");
  });
});
