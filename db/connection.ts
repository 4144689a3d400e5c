import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  /** "postgres" for a server reached through DATABASE_URL, "pglite" for the embedded one. */
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

/**
 * Opens the database: PostgreSQL through the `postgres` driver when `url` is given,
 * otherwise embedded PGlite with its data in `dataDir` (or in memory when omitted).
 * Runs the migrations on both.
 *
 * @example
 * const { db, close } = await openDatabase({ dataDir: ".data/db" });
 */
export async function openDatabase(options: {
  url?: string;
  dataDir?: string;
  /** A PGlite data dump to start from (fast test databases). */
  loadDataDir?: Blob;
  migrate?: boolean;
}): Promise<DatabaseHandle> {
  const migrate = options.migrate ?? true;
  if (options.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(options.url, { max: 10, onnotice: () => {} });
    const db = drizzle(client, { schema });
    if (migrate) {
      const { migrate: run } = await import("drizzle-orm/postgres-js/migrator");
      await run(db, { migrationsFolder });
    }
    return {
      db: db as unknown as Database,
      kind: "postgres",
      close: () => client.end({ timeout: 5 }),
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
  });
  const db = drizzle(client, { schema });
  if (migrate) {
    const { migrate: run } = await import("drizzle-orm/pglite/migrator");
    await run(db, { migrationsFolder });
  }
  return {
    db: db as unknown as Database,
    kind: "pglite",
    close: () => client.close(),
  };
}
