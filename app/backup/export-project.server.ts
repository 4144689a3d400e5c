/**
 * The export (decision 014, "Backup"): every record of one project, read in one read-only
 * snapshot of the database so the archive is consistent, written as the zip of
 * archive-format.ts.
 */
import { createHash } from "node:crypto";
import type { SQL } from "drizzle-orm";
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { zipSync, type Zippable } from "fflate";
import * as Y from "yjs";
import type { Database } from "../../db/connection";
import { documentUpdates, memberships, users } from "../../db/schema";
import type { Manifest, ManifestPart } from "./archive-format";
import { archiveAppName, archiveFormat, archiveFormatVersion, documentPath, isDocumentName, manifestPath, tablePath } from "./archive-format";
import type { ExportedTable, TableScope } from "./backup-tables";
import { exportedTables, schemaTable } from "./backup-tables";
import type { ArchiveRow } from "./row-codec";
import { columnCodecs, encodeRow, exportSelection, primaryKeyColumns } from "./row-codec";
import { parentsFirst, referencesOf, sortedByKey } from "./table-order";

type Reader = Pick<Database, "select">;

/** The archive's bytes and what its manifest says. */
export interface ProjectArchive {
  bytes: Uint8Array<ArrayBuffer>;
  manifest: Manifest;
}

/** An archived account: who a project's rows name, nothing to sign in with. */
export interface ArchiveUser {
  id: string;
  username: string;
  name: string;
}

export class ProjectNotFoundError extends Error {
  constructor(readonly projectId: string) {
    super(`no project ${projectId} to export`);
    this.name = "ProjectNotFoundError";
  }
}

/**
 * A part's SHA-256 as the manifest writes it.
 *
 * @example
 * sha256Hex(new TextEncoder().encode("")); // "e3b0c442…b855"
 */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function columnOf(table: PgTable, name: string): PgColumn {
  const codec = columnCodecs(table).find((candidate) => candidate.name === name);
  if (!codec) throw new Error(`the backup plan names a column ${name} the table does not have`);
  return codec.column;
}

/** The condition that picks the project's rows of a table (recursively through its parents). */
function scopeCondition(reader: Reader, name: string, scope: TableScope, projectId: string): SQL {
  const table = schemaTable(name);
  switch (scope.by) {
    case "project":
      return eq(columnOf(table, "id"), projectId);
    case "projectColumn":
      return eq(columnOf(table, scope.column), projectId);
    case "member":
      return inArray(
        columnOf(table, scope.column),
        reader.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.projectId, projectId)),
      );
    case "parent": {
      const reference = referencesOf(table).find((candidate) => candidate.column === scope.column && candidate.table === scope.parent);
      if (!reference) throw new Error(`${name}.${scope.column} does not refer to ${scope.parent}`);
      const parent = schemaTable(scope.parent);
      const parentPlan = exportedTables().find((candidate) => candidate.name === scope.parent)?.plan;
      if (!parentPlan) throw new Error(`${name}'s parent ${scope.parent} is not exported`);
      return inArray(
        columnOf(table, scope.column),
        reader
          .select({ key: columnOf(parent, reference.targetColumn) })
          .from(parent)
          .where(scopeCondition(reader, scope.parent, parentPlan.scope, projectId)),
      );
    }
  }
}

interface TableRows {
  name: string;
  rows: ArchiveRow[];
  entries: Array<{ path: string; bytes: Uint8Array }>;
}

async function readTable(reader: Reader, name: string, plan: ExportedTable, projectId: string): Promise<TableRows> {
  const table = schemaTable(name);
  const selected = (await reader
    .select(exportSelection(table))
    .from(table)
    .where(scopeCondition(reader, name, plan.scope, projectId))) as Array<Record<string, unknown>>;
  const rows: ArchiveRow[] = [];
  const entries: TableRows["entries"] = [];
  for (const row of selected) {
    const encoded = encodeRow(name, table, row);
    for (const column of Object.keys(plan.cleared ?? {})) encoded.row[column] = null;
    rows.push(encoded.row);
    entries.push(...encoded.entries);
  }
  const keys = primaryKeyColumns(table);
  const selfColumns = referencesOf(table)
    .filter((reference) => reference.table === name)
    .map((reference) => reference.column);
  return { name, rows: parentsFirst(sortedByKey(rows, keys), keys[0], selfColumns), entries };
}

/** The accounts the rows name (every column that refers to users), by id. */
async function readUsers(reader: Reader, tables: readonly TableRows[]): Promise<ArchiveUser[]> {
  const ids = new Set<string>();
  for (const { name, rows } of tables) {
    const columns = referencesOf(schemaTable(name))
      .filter((reference) => reference.table === "users")
      .map((reference) => reference.column);
    for (const row of rows) for (const column of columns) if (typeof row[column] === "string") ids.add(row[column]);
  }
  const found: ArchiveUser[] = [];
  const all = [...ids];
  for (let start = 0; start < all.length; start += 1000) {
    found.push(
      ...(await reader
        .select({ id: users.id, username: users.username, name: users.name })
        .from(users)
        .where(inArray(users.id, all.slice(start, start + 1000)))),
    );
  }
  return found.sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
}

/** Each of the project's shared documents as one update (Y.mergeUpdates), by its name after `project/<id>/`. */
async function readDocuments(reader: Reader, projectId: string): Promise<Array<{ name: string; update: Uint8Array }>> {
  const prefix = `project/${projectId}/`;
  const rows = await reader
    .select({ document: documentUpdates.document, data: sql<string>`encode(${documentUpdates.data}, 'base64')` })
    .from(documentUpdates)
    .where(sql`left(${documentUpdates.document}, ${prefix.length}) = ${prefix}`)
    .orderBy(asc(documentUpdates.document), asc(documentUpdates.id));
  const byName = new Map<string, Uint8Array[]>();
  for (const row of rows) {
    const name = row.document.slice(prefix.length);
    if (!isDocumentName(name)) throw new Error(`the document ${row.document} has a name the archive cannot hold`);
    byName.set(name, [...(byName.get(name) ?? []), Buffer.from(row.data.replace(/\s+/g, ""), "base64")]);
  }
  return [...byName].map(([name, updates]) => ({ name, update: Y.mergeUpdates(updates) }));
}

/** One row a line: readable, and the same bytes for the same rows. */
export function rowsJson(rows: readonly unknown[]): Uint8Array {
  const text = rows.length === 0 ? "[]\n" : `[\n${rows.map((row) => JSON.stringify(row)).join(",\n")}\n]\n`;
  return new TextEncoder().encode(text);
}

/** Already compressed: stored as they are. */
const storedAsIs = /\.(?:jpg|png|webp)$/;

/**
 * The project's archive: its rows, the accounts they name (id, username, name), its shared
 * documents and its files, with a manifest of every part's size and SHA-256.
 *
 * @example
 * const { bytes, manifest } = await exportProject(db, projectId);
 * manifest.parts.find((part) => part.path === "tables/homes.json")?.rows; // 4
 */
export async function exportProject(db: Database, projectId: string, options: { now?: Date } = {}): Promise<ProjectArchive> {
  const exportedAt = (options.now ?? new Date()).toISOString();
  const read = await db.transaction(
    async (transaction) => {
      const reader = transaction as unknown as Reader;
      const tables: TableRows[] = [];
      for (const { name, plan } of exportedTables()) tables.push(await readTable(reader, name, plan, projectId));
      const project = tables.find((table) => table.name === "projects")?.rows[0];
      if (!project) throw new ProjectNotFoundError(projectId);
      return { project, tables, users: await readUsers(reader, tables), documents: await readDocuments(reader, projectId) };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );

  const contents = new Map<string, { bytes: Uint8Array; rows?: number }>();
  contents.set(tablePath("users"), { bytes: rowsJson(read.users), rows: read.users.length });
  for (const table of read.tables) {
    contents.set(tablePath(table.name), { bytes: rowsJson(table.rows), rows: table.rows.length });
    for (const entry of table.entries) contents.set(entry.path, { bytes: entry.bytes });
  }
  for (const document of read.documents) contents.set(documentPath(document.name), { bytes: document.update });

  const parts: ManifestPart[] = [...contents]
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
    .map(([path, { bytes, rows }]) => ({ path, sha256: sha256Hex(bytes), bytes: bytes.byteLength, ...(rows === undefined ? {} : { rows }) }));
  const manifest: Manifest = {
    format: archiveFormat,
    formatVersion: archiveFormatVersion,
    app: archiveAppName,
    projectId,
    projectName: String(read.project.name),
    exportedAt,
    parts,
  };
  const mtime = new Date(exportedAt);
  const zippable: Zippable = { [manifestPath]: [new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`), { level: 6, mtime }] };
  for (const part of parts) zippable[part.path] = [contents.get(part.path)!.bytes, { level: storedAsIs.test(part.path) ? 0 : 6, mtime }];
  return { bytes: zipSync(zippable), manifest };
}
