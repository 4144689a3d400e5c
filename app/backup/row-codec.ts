/**
 * Rows between the database and the archive, column by column from db/schema.ts (decision 014):
 * what the export selects (timestamps formatted by the database, in UTC with their microseconds,
 * so nothing is rounded away), how a row is written as JSON (SQL column names, bytea as base64,
 * the `files` table's bytes as entries of their own), the zod schema each archived row must meet,
 * and the values the import inserts. A column type this module does not know throws, and
 * backup-tables.test.ts runs every exported table through it.
 */
import type { SQL } from "drizzle-orm";
import { getTableColumns, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig } from "drizzle-orm/pg-core";
import { z } from "zod";
import { fileEntryPath, isFileEntryPath } from "./archive-format";

export type ColumnKind = "text" | "integer" | "boolean" | "double" | "jsonb" | "timestamp" | "bytea";

export interface ColumnCodec {
  /** The SQL name: the key in the archive. */
  name: string;
  /** The property name in db/schema.ts: the key drizzle reads and writes. */
  key: string;
  column: PgColumn;
  kind: ColumnKind;
  notNull: boolean;
}

/** Columns whose bytes are entries of their own (files/…), not base64 inside the row. */
const entryColumns: Readonly<Record<string, Readonly<Record<string, "data" | "thumbnail">>>> = {
  files: { data: "data", thumbnail: "thumbnail" },
};

function kindOf(table: string, column: PgColumn): ColumnKind {
  switch (column.columnType) {
    case "PgText":
      return "text";
    case "PgInteger":
      return "integer";
    case "PgBoolean":
      return "boolean";
    case "PgDoublePrecision":
      return "double";
    case "PgJsonb":
      return "jsonb";
    case "PgTimestamp":
      if (!(column as PgColumn & { withTimezone?: boolean }).withTimezone) break;
      return "timestamp";
    case "PgCustomColumn":
      if (column.getSQLType() === "bytea") return "bytea";
      break;
  }
  throw new Error(`the backup cannot write ${table}.${column.name} (${column.columnType} ${column.getSQLType()}): teach app/backup/row-codec.ts this type`);
}

const codecCache = new Map<PgTable, ColumnCodec[]>();

/**
 * The columns of a table with how the backup writes each, in the schema's order.
 *
 * @example
 * columnCodecs(homes).map((codec) => codec.name); // ["id", "project_id", "number", …]
 */
export function columnCodecs(table: PgTable): ColumnCodec[] {
  const cached = codecCache.get(table);
  if (cached) return cached;
  const name = getTableConfig(table).name;
  const codecs = Object.entries(getTableColumns(table)).map(([key, column]) => ({
    name: column.name,
    key,
    column,
    kind: kindOf(name, column),
    notNull: column.notNull,
  }));
  codecCache.set(table, codecs);
  return codecs;
}

/** The primary key's SQL column names (the table's first unique index's when it has none, else every column). */
export function primaryKeyColumns(table: PgTable): string[] {
  const config = getTableConfig(table);
  const single = config.columns.filter((column) => column.primary).map((column) => column.name);
  if (single.length > 0) return single;
  const composite = config.primaryKeys[0]?.columns.map((column) => column.name);
  if (composite && composite.length > 0) return composite;
  return config.columns.map((column) => column.name);
}

/**
 * What the export selects: every column, timestamps as ISO text and bytes as base64 from the
 * database itself.
 *
 * @example
 * await db.select(exportSelection(homes)).from(homes);
 */
export function exportSelection(table: PgTable): Record<string, PgColumn | SQL<string | null>> {
  const selection: Record<string, PgColumn | SQL<string | null>> = {};
  for (const codec of columnCodecs(table)) {
    if (codec.kind === "timestamp") selection[codec.key] = sql<string | null>`to_char(${codec.column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
    // Bytes as base64 text from the database: PGlite's own bytea decoding is some 17 times slower.
    else if (codec.kind === "bytea") selection[codec.key] = sql<string | null>`encode(${codec.column}, 'base64')`;
    else selection[codec.key] = codec.column;
  }
  return selection;
}

export type ArchiveRow = Record<string, unknown>;

/** A row as the archive holds it, and the entries its bytes go to. */
export interface EncodedRow {
  row: ArchiveRow;
  entries: Array<{ path: string; bytes: Uint8Array }>;
}

/** The base64 the export selected, without the line breaks PostgreSQL puts in every 76 characters. */
const base64Of = (value: unknown): string => {
  if (typeof value !== "string") throw new Error(`expected base64 text from the database, got ${typeof value}`);
  return value.replace(/\s+/g, "");
};

/**
 * A selected row as the archive writes it: SQL names, in the schema's column order.
 *
 * @example
 * encodeRow("homes", homes, selected).row; // { id: "h1", project_id: "p1", number: 1, … }
 */
export function encodeRow(tableName: string, table: PgTable, selected: Record<string, unknown>): EncodedRow {
  const row: ArchiveRow = {};
  const entries: EncodedRow["entries"] = [];
  const asEntries = entryColumns[tableName];
  for (const codec of columnCodecs(table)) {
    const value = selected[codec.key] ?? null;
    if (value === null) {
      row[codec.name] = null;
    } else if (codec.kind === "bytea" && asEntries?.[codec.name]) {
      const path = fileEntryPath(String(selected.id), String(selected.contentType ?? ""), asEntries[codec.name]);
      entries.push({ path, bytes: Buffer.from(base64Of(value), "base64") });
      row[codec.name] = path;
    } else if (codec.kind === "bytea") {
      row[codec.name] = base64Of(value);
    } else {
      row[codec.name] = value;
    }
  }
  return { row, entries };
}

const holdsNoNul = (text: string) => !text.includes("\u0000");
const nulMessage = "holds a NUL character, which the database cannot store";
const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})$/;
const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

function valueSchema(tableName: string, codec: ColumnCodec): z.ZodTypeAny {
  switch (codec.kind) {
    case "text":
      return z.string().refine(holdsNoNul, nulMessage);
    case "integer":
      return z.number().int().min(-2_147_483_648).max(2_147_483_647);
    case "boolean":
      return z.boolean();
    case "double":
      return z.number().finite();
    case "jsonb":
      // Any JSON the archive's parser gave; a JSON null is the column's null.
      return z
        .unknown()
        .refine((value) => value !== undefined, "is missing")
        .refine((value) => value === null || !JSON.stringify(value).includes("\\u0000"), nulMessage);
    case "timestamp":
      return z
        .string()
        .regex(isoTimestamp, "is not an ISO time such as 2026-12-03T10:15:00.123456Z")
        .refine((text) => !Number.isNaN(Date.parse(text)), "is not a real time");
    case "bytea":
      return entryColumns[tableName]?.[codec.name]
        ? z.string().refine(isFileEntryPath, "does not name a files/… entry")
        : z.string().regex(base64, "is not base64");
  }
}

const schemaCache = new Map<PgTable, z.ZodType<ArchiveRow>>();

/**
 * The zod schema of one archived row of `table`: every column of the schema, no other, each of
 * its type; null only where the column allows it.
 *
 * @example
 * rowSchema("homes", homes).safeParse({ id: "h1" }).success; // false: the other columns are missing
 */
export function rowSchema(tableName: string, table: PgTable): z.ZodType<ArchiveRow> {
  const cached = schemaCache.get(table);
  if (cached) return cached;
  const shape: Record<string, z.ZodTypeAny> = {};
  for (const codec of columnCodecs(table)) {
    const value = valueSchema(tableName, codec);
    shape[codec.name] = codec.notNull ? value.refine((item) => item !== null, "is required") : value.nullable();
  }
  const schema = z.object(shape).strict() as unknown as z.ZodType<ArchiveRow>;
  schemaCache.set(table, schema);
  return schema;
}

/**
 * The values the import inserts for an archived (checked) row, by drizzle's property names;
 * `entry` gives the bytes of a files/… entry.
 *
 * @example
 * await tx.insert(homes).values(insertValues("homes", homes, row, (path) => entries.get(path)!));
 */
export function insertValues(tableName: string, table: PgTable, row: ArchiveRow, entry: (path: string) => Uint8Array): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const asEntries = entryColumns[tableName];
  for (const codec of columnCodecs(table)) {
    const value = row[codec.name];
    if (value === null || value === undefined) values[codec.key] = null;
    else if (codec.kind === "timestamp") values[codec.key] = sql`${String(value)}::timestamptz`;
    else if (codec.kind === "bytea" && asEntries?.[codec.name]) values[codec.key] = sql`decode(${Buffer.from(entry(String(value))).toString("base64")}, 'base64')`;
    else if (codec.kind === "bytea") values[codec.key] = sql`decode(${String(value)}, 'base64')`;
    else values[codec.key] = value;
  }
  return values;
}

/** The files/… entries an archived row names (the `files` table's bytes). */
export function entriesOfRow(tableName: string, row: ArchiveRow): string[] {
  const asEntries = entryColumns[tableName];
  if (!asEntries) return [];
  return Object.keys(asEntries)
    .map((name) => row[name])
    .filter((value): value is string => typeof value === "string");
}
