/**
 * Durable storage of Yjs updates in `document_updates`: an append-only log per
 * document, compacted now and then into one merged update.
 */
import { and, asc, eq, lte } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { documentUpdates } from "../../db/schema";

export interface StoredDocument {
  updates: Uint8Array[];
  /** Highest row id of the document, 0 when it has no rows. */
  lastId: number;
}

export interface AppendedRow {
  id: number;
  document: string;
}

/** The persistence plug-in of the sync server; tests can pass a failing one. */
export interface UpdateStorage {
  load(document: string): Promise<StoredDocument>;
  /** Inserts all rows in one statement; returns their ids. */
  append(rows: ReadonlyArray<{ document: string; data: Uint8Array }>): Promise<AppendedRow[]>;
  /**
   * Stores `snapshot` as one row and deletes the document's rows with id ≤ `upToId`
   * (the rows the snapshot replaces; never rows written after), in one transaction.
   */
  compact(document: string, snapshot: Uint8Array, upToId: number): Promise<{ id: number; deleted: number }>;
}

/** The `postgres` driver wants a Buffer for bytea; PGlite accepts either. */
const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

type AppendRows = (rows: ReadonlyArray<{ document: string; data: Uint8Array }>) => Promise<AppendedRow[]>;

/** The drivers' own query functions, as far as the append fast path needs them. */
interface PostgresJsClient {
  unsafe(
    query: string,
    parameters: unknown[],
    options?: { prepare?: boolean },
  ): Promise<Array<{ id: string | number; document: string }>>;
}
interface PgliteClient {
  query<Row>(query: string, parameters: unknown[]): Promise<{ rows: Row[] }>;
  exec(query: string): Promise<unknown>;
}

function appendStatement(count: number): string {
  const values: string[] = [];
  for (let index = 0; index < count; index++) values.push(`($${index * 2 + 1}, $${index * 2 + 2})`);
  return `insert into document_updates (document, data) values ${values.join(", ")} returning id, document`;
}

/**
 * The hot path (one INSERT per group-commit batch) skips Drizzle's query builder,
 * which cost more CPU than the driver; null when the driver is not recognised.
 */
function directAppend(db: Database): AppendRows | null {
  const client: unknown = (db as unknown as { $client?: unknown }).$client;
  if (typeof client !== "function" && (typeof client !== "object" || client === null)) return null;
  const parameters = (rows: ReadonlyArray<{ document: string; data: Uint8Array }>): unknown[] =>
    rows.flatMap((row) => [row.document, asBuffer(row.data)]);
  if (typeof (client as Partial<PostgresJsClient>).unsafe === "function") {
    const postgres = client as PostgresJsClient;
    return async (rows) => {
      // Prepared: one statement per batch size, parsed and planned once by the server.
      const result = await postgres.unsafe(appendStatement(rows.length), parameters(rows), { prepare: true });
      return result.map((row) => ({ id: Number(row.id), document: row.document }));
    };
  }
  if (typeof (client as Partial<PgliteClient>).query === "function" && typeof (client as Partial<PgliteClient>).exec === "function") {
    const pglite = client as PgliteClient;
    return async (rows) => {
      const result = await pglite.query<{ id: string | number; document: string }>(appendStatement(rows.length), parameters(rows));
      return result.rows.map((row) => ({ id: Number(row.id), document: row.document }));
    };
  }
  return null;
}

/**
 * @example
 * const storage = createDatabaseStorage(db);
 * const { updates } = await storage.load("project/p1/plan");
 */
export function createDatabaseStorage(db: Database): UpdateStorage {
  const fastAppend = directAppend(db);
  return {
    async load(document) {
      const rows = await db
        .select({ id: documentUpdates.id, data: documentUpdates.data })
        .from(documentUpdates)
        .where(eq(documentUpdates.document, document))
        .orderBy(asc(documentUpdates.id));
      return {
        updates: rows.map((row) => row.data),
        lastId: rows.length === 0 ? 0 : Number(rows[rows.length - 1].id),
      };
    },

    async append(rows) {
      if (rows.length === 0) return [];
      if (fastAppend) return fastAppend(rows);
      const inserted = await db
        .insert(documentUpdates)
        .values(rows.map((row) => ({ document: row.document, data: asBuffer(row.data) })))
        .returning({ id: documentUpdates.id, document: documentUpdates.document });
      return inserted.map((row) => ({ id: Number(row.id), document: row.document }));
    },

    async compact(document, snapshot, upToId) {
      return db.transaction(async (transaction) => {
        const deleted = await transaction
          .delete(documentUpdates)
          .where(and(eq(documentUpdates.document, document), lte(documentUpdates.id, upToId)))
          .returning({ id: documentUpdates.id });
        const [row] = await transaction
          .insert(documentUpdates)
          .values({ document, data: asBuffer(snapshot) })
          .returning({ id: documentUpdates.id });
        return { id: Number(row.id), deleted: deleted.length };
      });
    },
  };
}
