/**
 * The import (decision 014, "Backup"): a checked archive (read-archive.server.ts) written into
 * this installation in ONE transaction, tables in foreign-key order, so a refusal at any step
 * leaves nothing behind. The people the archive names who have no account here get one without
 * a usable password (they cannot sign in until they are given a way to set one); the importer
 * becomes the project's owner unless they already are a member in the archive; the shared
 * documents go into document_updates, where the sync server loads them from.
 */
import { eq, inArray } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../../db/connection";
import { documentUpdates, memberships, projects, users } from "../../db/schema";
import { unusablePasswordHash } from "../auth/password.server";
import { BackupArchiveError, clashProblem, invalidArchive, projectExistsProblem } from "./backup-problems";
import { exportedTables, schemaTable } from "./backup-tables";
import type { CheckedArchive } from "./read-archive.server";
import type { ArchiveRow } from "./row-codec";
import { entriesOfRow, insertValues, primaryKeyColumns } from "./row-codec";
import { parentsFirst, referencesOf, writeOrder } from "./table-order";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface ImportResult {
  projectId: string;
  projectName: string;
  /** Accounts made for people the archive names who had none here (no usable password). */
  createdAccounts: number;
  /** Accounts made under another username, because theirs was taken here. */
  renamedAccounts: Array<{ from: string; to: string }>;
  /** Whether the importer was made the project's owner (they were not a member in the archive). */
  importerMadeOwner: boolean;
}

/** Rows a statement: far below PostgreSQL's 65,535 parameters for the widest table. */
const rowsPerStatement = 500;
/** File bytes a statement, so a project's photos are not sent as one huge query. */
const bytesPerStatement = 8 * 1024 * 1024;

/** A username free here: the archive's own, or it with -2, -3 … (at most 40 characters). */
function freeUsername(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${wanted.slice(0, 40 - String(suffix).length - 1)}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

async function createMissingAccounts(tx: Transaction, archive: CheckedArchive): Promise<Pick<ImportResult, "createdAccounts" | "renamedAccounts">> {
  const ids = archive.users.map((user) => user.id);
  const existing = new Set<string>();
  const taken = new Set<string>();
  for (let start = 0; start < ids.length; start += 1000) {
    const slice = archive.users.slice(start, start + 1000);
    for (const row of await tx.select({ id: users.id }).from(users).where(inArray(users.id, slice.map((user) => user.id)))) existing.add(row.id);
    const names = slice.map((user) => user.username.toLowerCase());
    for (const row of await tx.select({ username: users.username }).from(users).where(inArray(users.username, names))) taken.add(row.username);
  }
  const renamedAccounts: ImportResult["renamedAccounts"] = [];
  const created = archive.users
    .filter((user) => !existing.has(user.id))
    .map((user) => {
      const username = freeUsername(user.username.toLowerCase(), taken);
      taken.add(username);
      if (username !== user.username) renamedAccounts.push({ from: user.username, to: username });
      return { id: user.id, username, name: user.name, email: null, passwordHash: unusablePasswordHash };
    });
  for (let start = 0; start < created.length; start += rowsPerStatement) {
    await tx.insert(users).values(created.slice(start, start + rowsPerStatement));
  }
  return { createdAccounts: created.length, renamedAccounts };
}

async function writeTable(tx: Transaction, name: string, table: PgTable, rows: readonly ArchiveRow[], files: CheckedArchive["files"], keepExisting: boolean): Promise<void> {
  const keys = primaryKeyColumns(table);
  const selfColumns = referencesOf(table)
    .filter((reference) => reference.table === name)
    .map((reference) => reference.column);
  const ordered = parentsFirst(rows, keys[0], selfColumns);
  const entry = (path: string) => files.get(path)!;
  let batch: Array<Record<string, unknown>> = [];
  let batchBytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const statement = tx.insert(table).values(batch);
    await (keepExisting ? statement.onConflictDoNothing() : statement);
    batch = [];
    batchBytes = 0;
  };
  for (const row of ordered) {
    batch.push(insertValues(name, table, row, entry));
    batchBytes += entriesOfRow(name, row).reduce((sum, path) => sum + entry(path).byteLength, 0);
    if (batch.length >= rowsPerStatement || batchBytes >= bytesPerStatement) await flush();
  }
  await flush();
}

interface DatabaseError {
  code?: string;
  constraint?: string;
  constraint_name?: string;
  detail?: string;
  message?: string;
  cause?: unknown;
}

/** The driver's error inside drizzle's wrapping (postgres-js and PGlite name the constraint differently). */
function databaseErrorOf(error: unknown): DatabaseError | null {
  for (let current: unknown = error, depth = 0; current && depth < 5; current = (current as DatabaseError).cause, depth++) {
    const code = (current as DatabaseError).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return current as DatabaseError;
  }
  return null;
}

/** A refusal by the database, as the problem the importer is told; null for a failure that is ours. */
function problemOfDatabaseError(error: unknown, projectId: string): BackupArchiveError | null {
  const found = databaseErrorOf(error);
  if (!found?.code) return null;
  const constraint = found.constraint ?? found.constraint_name;
  if (found.code === "23505") {
    if (constraint === "projects_pkey") return new BackupArchiveError(projectExistsProblem(projectId));
    return new BackupArchiveError(clashProblem(constraint));
  }
  if (found.code.startsWith("23") || found.code.startsWith("22")) {
    return invalidArchive(
      "Databasen godtar ikke en av radene i sikkerhetskopien. Ingenting er importert.",
      `The database does not accept one of the backup's rows (${found.message ?? found.code}). Nothing was imported.`,
      { constraint: constraint ?? null, databaseCode: found.code },
    );
  }
  return null;
}

/**
 * Writes a checked archive as a new project of this installation, all or nothing; refuses with
 * a 409 BackupArchiveError when the project's id is here already.
 *
 * @example
 * const result = await importProject(db, readArchive(bytes), { userId: user.id });
 * redirect(`/projects/${result.projectId}`);
 */
export async function importProject(db: Database, archive: CheckedArchive, importer: { userId: string }): Promise<ImportResult> {
  const { projectId } = archive.manifest;
  try {
    return await db.transaction(async (tx) => {
      const [present] = await tx.select({ id: projects.id }).from(projects).where(eq(projects.id, projectId));
      if (present) throw new BackupArchiveError(projectExistsProblem(projectId));
      const accounts = await createMissingAccounts(tx, archive);
      const plans = new Map(exportedTables().map(({ name, plan }) => [name, plan]));
      for (const name of writeOrder([...plans.keys()], schemaTable)) {
        const keepExisting = plans.get(name)?.scope.by === "member";
        await writeTable(tx, name, schemaTable(name), archive.tables.get(name) ?? [], archive.files, keepExisting);
      }
      const importerIsMember = (archive.tables.get("memberships") ?? []).some((row) => row.user_id === importer.userId);
      if (!importerIsMember) await tx.insert(memberships).values({ projectId, userId: importer.userId, role: "owner" });
      for (const document of archive.documents) {
        await tx.insert(documentUpdates).values({ document: `project/${projectId}/${document.name}`, data: Buffer.from(document.update) });
      }
      const project = archive.tables.get("projects")![0];
      return { projectId, projectName: String(project.name), ...accounts, importerMadeOwner: !importerIsMember };
    });
  } catch (error) {
    if (error instanceof BackupArchiveError) throw error;
    const problem = problemOfDatabaseError(error, projectId);
    if (problem) throw problem;
    throw error;
  }
}
