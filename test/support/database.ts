/**
 * Fresh migrated databases for tests.
 *
 * API
 * - `testDatabaseKinds`: ["pglite"], plus "postgres" when env TEST_DATABASE_URL is set
 *   (an admin URL such as postgres://postgres@127.0.0.1:5432/postgres). Use it with
 *   `describe.each(testDatabaseKinds)` so every DB test runs on both.
 * - `createTestDatabase(kind)` → `TestDatabase` (a `DatabaseHandle` from db/connection.ts
 *   plus `drop()`): an empty, migrated database of its own.
 *     pglite:   an in-memory PGlite loaded from a migrated template dump (~0.5 s instead
 *               of ~3 s; the template is built once and cached in the OS temp folder,
 *               keyed by the migrations' content).
 *     postgres: `CREATE DATABASE test_<random>` through TEST_DATABASE_URL, migrated;
 *               `drop()` closes and drops it.
 *   Open one per test file (each PGlite costs hundreds of MB) and `await drop()` in afterAll.
 * - `createTestDatabaseLocation(kind)` → `{ url?, dataDir?, drop() }`: the same, but not
 *   opened, for a child process to open with `openDatabase({ url, dataDir })`
 *   (pglite: a migrated data folder on disk; postgres: a created database's URL).
 *
 * @example
 * describe.each(testDatabaseKinds)("members on %s", (kind) => {
 *   let database: TestDatabase;
 *   beforeAll(async () => { database = await createTestDatabase(kind); });
 *   afterAll(() => database.drop());
 * });
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrationsFolder, openDatabase, type DatabaseHandle } from "../../db/connection";

export type TestDatabaseKind = "pglite" | "postgres";

export const testDatabaseKinds: TestDatabaseKind[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export interface TestDatabase extends DatabaseHandle {
  /** Closes the connection and removes the database. */
  drop(): Promise<void>;
}

export interface TestDatabaseLocation {
  url?: string;
  dataDir?: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const handle = await openDatabase({ loadDataDir: await pgliteTemplate(), migrate: false });
    return { ...handle, drop: () => handle.close() };
  }
  const location = await createPostgresDatabase();
  const handle = await openDatabase({ url: location.url });
  return {
    ...handle,
    drop: async () => {
      await handle.close();
      await location.drop();
    },
  };
}

export async function createTestDatabaseLocation(kind: TestDatabaseKind): Promise<TestDatabaseLocation> {
  if (kind === "postgres") {
    const location = await createPostgresDatabase();
    const handle = await openDatabase({ url: location.url });
    await handle.close();
    return location;
  }
  const dataDir = mkdtempSync(join(tmpdir(), "test-pglite-"));
  const handle = await openDatabase({ dataDir, loadDataDir: await pgliteTemplate(), migrate: false });
  await handle.close();
  return { dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set; PostgreSQL tests need an admin connection URL");
  const { default: postgres } = await import("postgres");
  const name = `test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}

let templatePromise: Promise<Blob> | null = null;

/** A dump of a freshly migrated PGlite, built once per migrations version. */
function pgliteTemplate(): Promise<Blob> {
  templatePromise ??= buildPgliteTemplate();
  return templatePromise;
}

async function buildPgliteTemplate(): Promise<Blob> {
  const hash = createHash("sha256");
  for (const file of readdirSync(migrationsFolder, { recursive: true }).map(String).sort()) {
    const path = join(migrationsFolder, file);
    if (file.endsWith(".sql") || file.endsWith(".json")) hash.update(file).update(readFileSync(path));
  }
  const cachePath = join(tmpdir(), `pglite-template-${hash.digest("hex").slice(0, 16)}.tar.gz`);
  if (existsSync(cachePath)) return new Blob([readFileSync(cachePath)]);
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const client = await PGlite.create();
  await migrate(drizzle(client), { migrationsFolder });
  const dump = await client.dumpDataDir("gzip");
  await client.close();
  const bytes = Buffer.from(await dump.arrayBuffer());
  // Written under a unique name and renamed, so parallel test workers never read half a file.
  const partial = `${cachePath}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(partial, bytes);
  renameSync(partial, cachePath);
  return new Blob([bytes]);
}
