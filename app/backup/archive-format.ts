/**
 * The backup archive's format (decision 014, "Backup"): one zip holding
 *
 * - `manifest.json`: the format and its version, the app, the project's id and name, when it was
 *   exported, and every other entry (part) with its size, SHA-256 and, for a table, its row count;
 * - `tables/<table>.json`: the project's rows of one table (SQL column names, sorted by primary
 *   key; timestamps as ISO strings in UTC with microseconds, bytea as base64, jsonb as JSON);
 * - `documents/<domain>.bin`: each shared document (`project/<id>/<domain>`) as one Yjs update;
 * - `files/<id>.<ext>` and `files/<id>.thumbnail.<ext>`: the bytes of uploaded files, as they
 *   were stored; the `files` table's rows name their entry in `data` and `thumbnail`.
 *
 * Pure: no database, no Node-only imports, shared by the export, the import and the tests.
 */
import { z } from "zod";

export const archiveFormat = "boplan-backup";
export const archiveFormatVersion = 1;
export const archiveAppName = "Boplan";
export const manifestPath = "manifest.json";

/** The largest archive taken (the upload's cap in server/body-limits.ts says the same). */
export const maxArchiveBytes = 200 * 1024 * 1024;
/** All entries unpacked together: a zip bomb is refused before it is inflated. */
export const maxUnpackedBytes = 600 * 1024 * 1024;
/** Entries in one archive: the tables, a few documents and two entries per file. */
export const maxEntries = 50_000;

const sha256Pattern = /^[0-9a-f]{64}$/;
const tableNamePattern = /^[a-z][a-z0-9_]{0,62}$/;
const documentNamePattern = /^[A-Za-z0-9_-]{1,64}$/;
const fileEntryPattern = /^files\/[A-Za-z0-9_-]{1,100}(?:\.thumbnail)?\.[a-z0-9]{1,5}$/;

/** The entry of a table's rows. @example tablePath("homes"); // "tables/homes.json" */
export function tablePath(table: string): string {
  return `tables/${table}.json`;
}

/** The entry of a shared document, by what follows `project/<id>/` in its name. @example documentPath("plan"); // "documents/plan.bin" */
export function documentPath(documentName: string): string {
  return `documents/${documentName}.bin`;
}

/** The document name (`plan`) of a `documents/<name>.bin` entry, or null. */
export function documentNameOfPath(path: string): string | null {
  const match = /^documents\/(.+)\.bin$/.exec(path);
  return match && documentNamePattern.test(match[1]) ? match[1] : null;
}

/** The table (`homes`) of a `tables/<table>.json` entry, or null. */
export function tableOfPath(path: string): string | null {
  const match = /^tables\/(.+)\.json$/.exec(path);
  return match && tableNamePattern.test(match[1]) ? match[1] : null;
}

export function isDocumentName(name: string): boolean {
  return documentNamePattern.test(name);
}

export function isFileEntryPath(path: string): boolean {
  return fileEntryPattern.test(path);
}

const extensionOfType: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

/**
 * The entry of a stored file's bytes (or its thumbnail's), named by the file's id so no user text
 * becomes a path; the extension lets a person open it from the unpacked archive.
 *
 * @example
 * fileEntryPath("f1", "image/webp", "thumbnail"); // "files/f1.thumbnail.webp"
 */
export function fileEntryPath(fileId: string, contentType: string, part: "data" | "thumbnail"): string {
  const extension = extensionOfType[contentType] ?? "bin";
  return `files/${fileId}${part === "thumbnail" ? ".thumbnail" : ""}.${extension}`;
}

export const manifestPartSchema = z
  .object({
    path: z.string().min(1).max(200),
    sha256: z.string().regex(sha256Pattern, "sha256 must be 64 lower-case hex digits"),
    bytes: z.number().int().nonnegative(),
    /** Tables only: how many rows the entry holds. */
    rows: z.number().int().nonnegative().optional(),
  })
  .strict();

export const manifestSchema = z
  .object({
    format: z.literal(archiveFormat),
    formatVersion: z.literal(archiveFormatVersion),
    app: z.literal(archiveAppName),
    projectId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    projectName: z.string().min(1).max(200),
    exportedAt: z.string().datetime({ offset: true }),
    parts: z.array(manifestPartSchema).max(maxEntries),
  })
  .strict();

export type ManifestPart = z.infer<typeof manifestPartSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
