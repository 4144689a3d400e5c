/**
 * Reads and checks an uploaded archive before anything is written (decision 014): the size, that
 * it is a zip, its entries against the manifest (none missing, none extra, none twice, none
 * unknown), each entry's size and SHA-256, each table's rows against their zod schema from
 * db/schema.ts, that every reference points at a record inside the archive (so an archive cannot
 * reach into another project of this installation), and each shared document against the
 * documents' own schemas. Any failure is a BackupArchiveError naming what is wrong.
 */
import { unzipSync, type UnzipFileInfo } from "fflate";
import * as Y from "yjs";
import type { z } from "zod";
import { z as zod } from "zod";
import { findInvalidEntries } from "../documents/document-problems";
import { sharedDocumentSchemas } from "../documents/index";
import { isSyncDomain } from "../permissions";
import type { Manifest } from "./archive-format";
import { documentNameOfPath, isFileEntryPath, manifestPath, manifestSchema, maxArchiveBytes, maxEntries, maxUnpackedBytes, tableOfPath } from "./archive-format";
import { BackupArchiveError, invalidArchive, tooLargeArchive } from "./backup-problems";
import { backupPlan, exportedTables, isExported, schemaTable, type TableName } from "./backup-tables";
import type { ArchiveUser } from "./export-project.server";
import { sha256Hex } from "./export-project.server";
import type { ArchiveRow } from "./row-codec";
import { entriesOfRow, rowSchema } from "./row-codec";
import { referencesOf } from "./table-order";

/** A checked archive, ready to be written. */
export interface CheckedArchive {
  manifest: Manifest;
  users: ArchiveUser[];
  /** Every exported table's rows (an empty list for a table the archive leaves out). */
  tables: Map<string, ArchiveRow[]>;
  documents: Array<{ name: string; update: Uint8Array }>;
  /** The files/… entries' bytes. */
  files: Map<string, Uint8Array>;
}

const noNul = (text: string) => !text.includes("\u0000");
const archiveUserSchema: z.ZodType<ArchiveUser> = zod
  .object({
    id: zod.string().min(1).max(100).refine(noNul),
    username: zod.string().min(1).max(100).refine(noNul),
    name: zod.string().min(1).max(200).refine(noNul),
  })
  .strict();

/** Tables every project has: an archive without them is not a project. */
const requiredTables = ["projects", "memberships"];

function listEntries(bytes: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push(file);
        return false;
      },
    });
  } catch (error) {
    throw invalidArchive("Filen er ikke en zip-fil. Velg sikkerhetskopien slik den ble lastet ned fra Boplan.", "The file is not a zip file. Choose the backup as it was downloaded from Boplan.", {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  return entries;
}

function checkEntries(entries: readonly UnzipFileInfo[]): void {
  if (entries.length > maxEntries) {
    throw invalidArchive(`Arkivet har for mange filer: høyst ${maxEntries}.`, `The archive has too many entries: at most ${maxEntries}.`);
  }
  const names = new Set<string>();
  let unpacked = 0;
  for (const entry of entries) {
    if (names.has(entry.name)) throw invalidArchive(`Arkivet har «${entry.name}» to ganger.`, `The archive holds "${entry.name}" twice.`, { entry: entry.name });
    names.add(entry.name);
    if (entry.compression !== 0 && entry.compression !== 8) {
      throw invalidArchive(`«${entry.name}» er pakket på en måte Boplan ikke leser.`, `"${entry.name}" is compressed in a way Boplan does not read.`, { entry: entry.name });
    }
    unpacked += entry.originalSize;
  }
  if (unpacked > maxUnpackedBytes) throw tooLargeArchive(maxUnpackedBytes);
}

function unpack(bytes: Uint8Array, names: ReadonlySet<string>): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter: (file) => names.has(file.name) });
  } catch (error) {
    throw invalidArchive("Arkivet er skadet: en fil i det kan ikke pakkes ut.", "The archive is damaged: an entry in it cannot be unpacked.", {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

function readManifest(bytes: Uint8Array | undefined): Manifest {
  if (!bytes) throw invalidArchive("Arkivet mangler manifest.json, så det er ikke en sikkerhetskopi fra Boplan.", "The archive has no manifest.json, so it is not a Boplan backup.");
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw invalidArchive("manifest.json er ikke gyldig JSON.", "manifest.json is not valid JSON.");
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join(".") || "manifest";
    throw invalidArchive(
      `manifest.json er ikke slik Boplan skriver den (feltet «${field}»). Arkivet kan være fra en annen versjon av Boplan.`,
      `manifest.json is not as Boplan writes it (field "${field}": ${issue.message}). The archive may come from another version of Boplan.`,
      { field },
    );
  }
  return parsed.data;
}

const knownTables = new Set<string>(["users", ...exportedTables().map((table) => table.name)]);

function checkPartPaths(manifest: Manifest, entryNames: ReadonlySet<string>): void {
  const seen = new Set<string>();
  for (const part of manifest.parts) {
    if (seen.has(part.path)) throw invalidArchive(`manifest.json nevner «${part.path}» to ganger.`, `manifest.json names "${part.path}" twice.`, { entry: part.path });
    seen.add(part.path);
    const table = tableOfPath(part.path);
    if (part.path.startsWith("tables/")) {
      if (!table || !knownTables.has(table)) {
        const excluded = table && table in backupPlan && !isExported(backupPlan[table as TableName]);
        throw invalidArchive(
          excluded ? `Arkivet har tabellen «${table}», som en sikkerhetskopi aldri tar med.` : `Arkivet har en ukjent tabell: «${part.path}».`,
          excluded ? `The archive holds the table "${table}", which a backup never includes.` : `The archive holds an unknown table: "${part.path}".`,
          { entry: part.path },
        );
      }
      if (part.rows === undefined) throw invalidArchive(`manifest.json sier ikke hvor mange rader «${part.path}» har.`, `manifest.json does not say how many rows "${part.path}" has.`, { entry: part.path });
    } else if (part.path.startsWith("documents/")) {
      const name = documentNameOfPath(part.path);
      if (!name || !isSyncDomain(name)) throw invalidArchive(`Arkivet har et ukjent delt dokument: «${part.path}».`, `The archive holds an unknown shared document: "${part.path}".`, { entry: part.path });
    } else if (!isFileEntryPath(part.path)) {
      throw invalidArchive(`Arkivet har en ukjent fil: «${part.path}».`, `The archive holds an unknown entry: "${part.path}".`, { entry: part.path });
    }
    if (!entryNames.has(part.path)) throw invalidArchive(`Arkivet mangler «${part.path}», som manifest.json nevner.`, `The archive lacks "${part.path}", which manifest.json names.`, { entry: part.path });
  }
  for (const name of entryNames) {
    if (name !== manifestPath && !seen.has(name)) {
      throw invalidArchive(`Arkivet har «${name}», som manifest.json ikke nevner.`, `The archive holds "${name}", which manifest.json does not name.`, { entry: name });
    }
  }
  for (const table of requiredTables) {
    if (!seen.has(`tables/${table}.json`)) throw invalidArchive(`Arkivet mangler tabellen «${table}».`, `The archive lacks the table "${table}".`, { entry: `tables/${table}.json` });
  }
}

function checkHashes(manifest: Manifest, unpacked: Record<string, Uint8Array>): void {
  for (const part of manifest.parts) {
    const bytes = unpacked[part.path];
    if (bytes.byteLength !== part.bytes || sha256Hex(bytes) !== part.sha256) {
      throw invalidArchive(
        `«${part.path}» er ikke slik den var da sikkerhetskopien ble laget (kontrollsummen stemmer ikke). Arkivet kan være endret eller skadet.`,
        `"${part.path}" is not as it was when the backup was made (its checksum does not match). The archive may have been changed or damaged.`,
        { entry: part.path },
      );
    }
  }
}

function parseRows(path: string, bytes: Uint8Array, expectedRows: number, schema: z.ZodType<unknown>): unknown[] {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw invalidArchive(`«${path}» er ikke gyldig JSON.`, `"${path}" is not valid JSON.`, { entry: path });
  }
  if (!Array.isArray(json) || json.length !== expectedRows) {
    throw invalidArchive(`«${path}» har ikke de ${expectedRows} radene manifest.json nevner.`, `"${path}" does not hold the ${expectedRows} rows manifest.json names.`, { entry: path });
  }
  return json.map((row, index) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const column = issue.path.join(".") || (issue.code === "unrecognized_keys" ? issue.keys.join(", ") : "");
    throw invalidArchive(
      `Rad ${index + 1} i «${path}» passer ikke med databasen: kolonnen «${column}» har en verdi Boplan ikke kan lagre.`,
      `Row ${index + 1} of "${path}" does not fit the database: column "${column}" ${issue.message}.`,
      { entry: path, row: index + 1, column },
    );
  });
}

function readTables(manifest: Manifest, unpacked: Record<string, Uint8Array>): { users: ArchiveUser[]; tables: Map<string, ArchiveRow[]> } {
  const rowsOf = new Map(manifest.parts.filter((part) => part.rows !== undefined).map((part) => [tableOfPath(part.path)!, part]));
  const usersPart = rowsOf.get("users");
  const users = usersPart ? (parseRows(usersPart.path, unpacked[usersPart.path], usersPart.rows!, archiveUserSchema) as ArchiveUser[]) : [];
  const tables = new Map<string, ArchiveRow[]>();
  for (const { name } of exportedTables()) {
    const part = rowsOf.get(name);
    tables.set(name, part ? (parseRows(part.path, unpacked[part.path], part.rows!, rowSchema(name, schemaTable(name))) as ArchiveRow[]) : []);
  }
  return { users, tables };
}

/** Every reference inside the archive: to the project itself, to its accounts, to its own rows. */
function checkReferences(manifest: Manifest, users: readonly ArchiveUser[], tables: ReadonlyMap<string, ArchiveRow[]>): void {
  const projects = tables.get("projects") ?? [];
  if (projects.length !== 1 || projects[0].id !== manifest.projectId) {
    throw invalidArchive("Arkivet skal ha nøyaktig ett prosjekt, det manifest.json nevner.", "The archive must hold exactly one project, the one manifest.json names.", { entry: "tables/projects.json" });
  }
  const keys = new Map<string, Set<unknown>>();
  const keysOf = (table: string, column: string): Set<unknown> => {
    const id = `${table}.${column}`;
    let set = keys.get(id);
    if (!set) {
      set = new Set(table === "users" ? users.map((user) => user[column as keyof ArchiveUser]) : (tables.get(table) ?? []).map((row) => row[column]));
      keys.set(id, set);
    }
    return set;
  };
  for (const { name, plan } of exportedTables()) {
    const references = referencesOf(schemaTable(name));
    const rows = tables.get(name) ?? [];
    rows.forEach((row, index) => {
      for (const reference of references) {
        const value = row[reference.column];
        if (value === null) continue;
        const inArchive = knownTables.has(reference.table) && keysOf(reference.table, reference.targetColumn).has(value);
        if (!inArchive) {
          throw invalidArchive(
            `Rad ${index + 1} i «tables/${name}.json» viser til noe arkivet ikke har (kolonnen «${reference.column}»).`,
            `Row ${index + 1} of "tables/${name}.json" refers to something the archive does not hold (column "${reference.column}").`,
            { entry: `tables/${name}.json`, row: index + 1, column: reference.column },
          );
        }
      }
      if (plan.scope.by === "projectColumn" && row[plan.scope.column] !== manifest.projectId) {
        throw invalidArchive(
          `Rad ${index + 1} i «tables/${name}.json» hører til et annet prosjekt.`,
          `Row ${index + 1} of "tables/${name}.json" belongs to another project.`,
          { entry: `tables/${name}.json`, row: index + 1, column: plan.scope.column },
        );
      }
    });
  }
}

function readFiles(manifest: Manifest, tables: ReadonlyMap<string, ArchiveRow[]>, unpacked: Record<string, Uint8Array>): Map<string, Uint8Array> {
  const named = new Set<string>();
  for (const [name, rows] of tables) for (const row of rows) for (const path of entriesOfRow(name, row)) named.add(path);
  const files = new Map<string, Uint8Array>();
  for (const part of manifest.parts) {
    if (!isFileEntryPath(part.path)) continue;
    if (!named.has(part.path)) throw invalidArchive(`Ingen rad i arkivet bruker «${part.path}».`, `No row of the archive uses "${part.path}".`, { entry: part.path });
    files.set(part.path, unpacked[part.path]);
  }
  for (const path of named) {
    if (!files.has(path)) throw invalidArchive(`Arkivet mangler filen «${path}».`, `The archive lacks the file "${path}".`, { entry: path });
  }
  return files;
}

function readDocuments(manifest: Manifest, unpacked: Record<string, Uint8Array>): CheckedArchive["documents"] {
  return manifest.parts
    .filter((part) => part.path.startsWith("documents/"))
    .map((part) => {
      const name = documentNameOfPath(part.path)!;
      const update = unpacked[part.path];
      const doc = new Y.Doc();
      try {
        Y.applyUpdate(doc, update);
        const invalid = isSyncDomain(name) ? findInvalidEntries(doc, sharedDocumentSchemas[name]) : [];
        if (invalid.length > 0) {
          throw invalidArchive(
            `Det delte dokumentet «${part.path}» har ${invalid.length} oppføringer appen ikke godtar (i «${invalid[0].map}»).`,
            `The shared document "${part.path}" holds ${invalid.length} entries the app does not accept (in "${invalid[0].map}": ${invalid[0].reason}).`,
            { entry: part.path, map: invalid[0].map, key: invalid[0].key },
          );
        }
      } catch (error) {
        if (error instanceof BackupArchiveError) throw error;
        throw invalidArchive(`Det delte dokumentet «${part.path}» kan ikke leses.`, `The shared document "${part.path}" cannot be read.`, { entry: part.path });
      } finally {
        doc.destroy();
      }
      return { name, update };
    });
}

/**
 * The archive's contents once every check has passed; a BackupArchiveError naming the first thing
 * wrong otherwise.
 *
 * @example
 * const archive = readArchive(uploadedBytes);
 * archive.manifest.projectId; // "3f…"
 */
export function readArchive(bytes: Uint8Array): CheckedArchive {
  if (bytes.byteLength > maxArchiveBytes) throw tooLargeArchive(maxArchiveBytes);
  const entries = listEntries(bytes);
  checkEntries(entries);
  const entryNames = new Set(entries.map((entry) => entry.name));
  const manifest = readManifest(unpack(bytes, new Set([manifestPath]))[manifestPath]);
  checkPartPaths(manifest, entryNames);
  const unpacked = unpack(bytes, new Set(manifest.parts.map((part) => part.path)));
  checkHashes(manifest, unpacked);
  const { users, tables } = readTables(manifest, unpacked);
  checkReferences(manifest, users, tables);
  return { manifest, users, tables, documents: readDocuments(manifest, unpacked), files: readFiles(manifest, tables, unpacked) };
}
