/**
 * Foreign keys as the backup needs them (decision 014): the order the import writes tables in
 * (every table after the tables it refers to), each table's references, and the order of rows
 * within a table that refers to itself (a reply after the comment it answers).
 */
import type { PgTable } from "drizzle-orm/pg-core";
import { getTableConfig } from "drizzle-orm/pg-core";
import type { ArchiveRow } from "./row-codec";

export interface Reference {
  /** The referring column's SQL name. */
  column: string;
  /** The referred table's SQL name and column. */
  table: string;
  targetColumn: string;
}

/**
 * The single-column foreign keys of a table.
 *
 * @example
 * referencesOf(homes); // [{ column: "project_id", table: "projects", targetColumn: "id" }, …]
 */
export function referencesOf(table: PgTable): Reference[] {
  return getTableConfig(table).foreignKeys.map((foreignKey) => {
    const reference = foreignKey.reference();
    if (reference.columns.length !== 1) {
      throw new Error(`${getTableConfig(table).name} has a foreign key of ${reference.columns.length} columns: teach app/backup/table-order.ts`);
    }
    return {
      column: reference.columns[0].name,
      table: getTableConfig(reference.foreignTable).name,
      targetColumn: reference.foreignColumns[0].name,
    };
  });
}

/**
 * `names` ordered so each table comes after every other table of `names` it refers to; throws
 * when two tables refer to each other (the import could not write them).
 *
 * @example
 * writeOrder(["homes", "projects"], tables); // ["projects", "homes"]
 */
export function writeOrder(names: readonly string[], tableOf: (name: string) => PgTable): string[] {
  const included = new Set(names);
  const ordered: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") throw new Error(`tables refer to each other: ${[...path, name].join(" → ")}`);
    state.set(name, "visiting");
    for (const reference of referencesOf(tableOf(name))) {
      if (reference.table !== name && included.has(reference.table)) visit(reference.table, [...path, name]);
    }
    state.set(name, "done");
    ordered.push(name);
  };
  for (const name of names) visit(name, []);
  return ordered;
}

/**
 * Rows of a table that refers to itself, each after the row it refers to (the rest keep their
 * order); a row whose parent is not among them comes where it is.
 *
 * @example
 * parentsFirst([{ id: "b", parent_id: "a" }, { id: "a", parent_id: null }], "id", ["parent_id"]); // a, b
 */
export function parentsFirst(rows: readonly ArchiveRow[], keyColumn: string, selfColumns: readonly string[]): ArchiveRow[] {
  if (selfColumns.length === 0) return [...rows];
  const byKey = new Map(rows.map((row) => [row[keyColumn], row]));
  const placed = new Set<unknown>();
  const ordered: ArchiveRow[] = [];
  const place = (row: ArchiveRow, depth: number) => {
    const key = row[keyColumn];
    if (placed.has(key) || depth > rows.length) return;
    for (const column of selfColumns) {
      const parent = byKey.get(row[column]);
      if (parent && parent !== row) place(parent, depth + 1);
    }
    placed.add(key);
    ordered.push(row);
  };
  for (const row of rows) place(row, 0);
  return ordered;
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const left = typeof a === "string" ? a : JSON.stringify(a);
  const right = typeof b === "string" ? b : JSON.stringify(b);
  // By UTF-16 code units: the same order whatever the database's collation.
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Rows sorted by the given key columns (nulls first, numbers as numbers, text by code unit), so
 * two exports of the same records write the same file on PGlite and on PostgreSQL alike.
 *
 * @example
 * sortedByKey([{ id: "b" }, { id: "a" }], ["id"]); // [{ id: "a" }, { id: "b" }]
 */
export function sortedByKey(rows: readonly ArchiveRow[], keyColumns: readonly string[]): ArchiveRow[] {
  return [...rows].sort((left, right) => {
    for (const column of keyColumns) {
      const order = compareValues(left[column], right[column]);
      if (order !== 0) return order;
    }
    return 0;
  });
}
