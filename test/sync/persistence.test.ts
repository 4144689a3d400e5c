import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import * as Y from "yjs";
import { openDatabase } from "../../db/connection";
import { documentUpdates } from "../../db/schema";
import { createDatabaseStorage, type UpdateStorage } from "../../server/sync/storage";
import {
  createTestDatabase,
  createTestDatabaseLocation,
  testDatabaseKinds,
  type TestDatabase,
} from "../support/database";
import { spawnSyncProcess } from "./fixtures/spawn-sync-process";
import {
  connectClient,
  createProject,
  createUser,
  sleep,
  startServer,
  waitFor,
  waitForSync,
  type RunningServer,
  type TestClient,
  type TestUser,
} from "./helpers";

describe.each(testDatabaseKinds)("sync persistence on %s", (kind) => {
  let database: TestDatabase;
  let owner: TestUser;
  let projectId: string;
  const servers: RunningServer[] = [];
  const clients: TestClient[] = [];
  const start = async (options: Parameters<typeof startServer>[1] = {}): Promise<RunningServer> => {
    const server = await startServer(database.db, options);
    servers.push(server);
    return server;
  };
  const client = (server: RunningServer, documentName: string): TestClient => {
    const created = connectClient(server.url, documentName, owner);
    clients.push(created);
    return created;
  };
  const rowsOf = (documentName: string) =>
    database.db.select().from(documentUpdates).where(eq(documentUpdates.document, documentName));
  const docFromRows = async (documentName: string): Promise<Y.Doc> => {
    const doc = new Y.Doc();
    for (const row of await rowsOf(documentName)) Y.applyUpdate(doc, row.data);
    return doc;
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    owner = await createUser(database.db, "Olga Owner");
  }, 60_000);

  /** Each test gets its own project, hence its own plan document. */
  const freshDocument = async (): Promise<string> => {
    projectId = await createProject(database.db, owner);
    return `project/${projectId}/plan`;
  };

  afterEach(async () => {
    for (const created of clients.splice(0)) created.destroy();
    for (const server of servers.splice(0)) await server.close();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it("unloads an idle document after storing and compacting it, and reloads it intact", async () => {
    const documentName = await freshDocument();
    const server = await start({ idleUnloadMs: 100 });
    const writer = client(server, documentName);
    await waitForSync(writer);
    for (let index = 0; index < 30; index++) writer.doc.getText("text").insert(index, String(index % 10));
    const expected = writer.doc.getText("text").toString();
    await server.sync.flush();
    writer.destroy();
    await waitFor(() => server.sync.stats().documents === 0, 5000, "unload");
    const rows = await rowsOf(documentName);
    expect(rows).toHaveLength(1); // compacted on unload
    const reader = client(server, documentName);
    await waitForSync(reader);
    expect(reader.doc.getText("text").toString()).toBe(expected);
  });

  it("compacts a document past the row limit without losing content", async () => {
    const documentName = await freshDocument();
    const server = await start({ compactAfterRows: 10, idleUnloadMs: 60_000 });
    const writer = client(server, documentName);
    const watcher = client(server, documentName);
    await Promise.all([waitForSync(writer), waitForSync(watcher)]);
    for (let index = 0; index < 60; index++) {
      writer.doc.getMap("map").set(`key${index}`, index);
      if (index % 3 === 0) await sleep(5); // spread over several batches
    }
    await waitFor(() => watcher.doc.getMap("map").size === 60);
    await server.sync.flush();
    // A compaction may still be running after the flush (it was a fixed 100 ms wait, too short on
    // two busy cores): give it up to 5 s, then hold the same bound.
    let rows = await rowsOf(documentName);
    for (let attempt = 0; attempt < 50 && rows.length > 11; attempt++) {
      await sleep(100);
      rows = await rowsOf(documentName);
    }
    expect(rows.length).toBeLessThanOrEqual(11);
    expect((await docFromRows(documentName)).getMap("map").toJSON()).toEqual(writer.doc.getMap("map").toJSON());
  });

  it("shares one load between concurrent first connections", async () => {
    const documentName = await freshDocument();
    const storage = createDatabaseStorage(database.db);
    let loads = 0;
    const counting: UpdateStorage = { ...storage, load: (name) => (loads++, storage.load(name)) };
    const server = await start({ storage: counting });
    const group = [client(server, documentName), client(server, documentName), client(server, documentName)];
    await Promise.all(group.map(waitForSync));
    expect(loads).toBe(1);
  });

  it("relays nothing before it is stored, answers new clients only with stored state, and retries failed writes", async () => {
    const documentName = await freshDocument();
    const storage = createDatabaseStorage(database.db);
    let failing = true;
    let attempts = 0;
    const flaky: UpdateStorage = {
      ...storage,
      append: async (rows) => {
        attempts++;
        if (failing) throw new Error("database unavailable (test)");
        return storage.append(rows);
      },
    };
    const server = await start({ storage: flaky, retryMs: 20, idleUnloadMs: 50 });
    const writer = client(server, documentName);
    const watcher = client(server, documentName);
    await Promise.all([waitForSync(writer), waitForSync(watcher)]);
    writer.doc.getText("text").insert(0, "durable");
    await waitFor(() => attempts >= 3, 5000, "retries");
    expect(watcher.doc.getText("text").toString()).toBe("");
    const late = client(server, documentName);
    await sleep(200);
    expect(late.provider.synced).toBe(false); // its sync step 1 waits for the write
    expect(late.doc.getText("text").toString()).toBe("");

    // Everyone leaves while the write keeps failing: the document stays in memory.
    writer.destroy();
    watcher.destroy();
    late.destroy();
    await sleep(200);
    expect(server.sync.stats().documents).toBe(1);
    expect(server.sync.stats().unstoredUpdates).toBe(1);

    failing = false;
    await waitFor(() => server.sync.stats().documents === 0, 5000, "unload after recovery");
    expect((await docFromRows(documentName)).getText("text").toString()).toBe("durable");
    expect(server.sync.stats().writeFailures).toBeGreaterThanOrEqual(3);
  });

  it("stores every pending update before a graceful close finishes", async () => {
    const documentName = await freshDocument();
    const storage = createDatabaseStorage(database.db);
    let appends = 0;
    const slow: UpdateStorage = {
      ...storage,
      append: async (rows) => {
        appends++;
        await sleep(150); // a slow database: the shutdown must wait for it
        return storage.append(rows);
      },
    };
    const server = await start({ storage: slow });
    const writer = client(server, documentName);
    await waitForSync(writer);
    for (let index = 0; index < 5; index++) writer.doc.getArray<number>("items").push([index]);
    await waitFor(() => appends >= 1, 5000, "first write under way");
    await server.close();
    expect((await docFromRows(documentName)).getArray("items").toJSON()).toEqual([0, 1, 2, 3, 4]);
  });

  it("keeps everything it relayed when the server process is killed", async () => {
    const documentName = await freshDocument();
    // The child process opens its own database; PGlite allows one opener, so seed first.
    const location = await createTestDatabaseLocation(kind);
    try {
      const seeding = await openDatabase({ url: location.url, dataDir: location.dataDir });
      const { users, sessions, projects, memberships } = await import("../../db/schema");
      const [user] = await database.db.select().from(users).where(eq(users.id, owner.id));
      const [session] = await database.db.select().from(sessions).where(eq(sessions.userId, owner.id));
      const [project] = await database.db.select().from(projects).where(eq(projects.id, projectId));
      await seeding.db.insert(users).values(user);
      await seeding.db.insert(sessions).values(session);
      await seeding.db.insert(projects).values(project);
      await seeding.db.insert(memberships).values({ projectId, userId: owner.id, role: "owner" });
      await seeding.close();

      const env = { SYNC_DATABASE_URL: location.url, SYNC_DATA_DIR: location.dataDir, SYNC_COMPACT_AFTER: "25" };
      const first = await spawnSyncProcess(env);
      const url = `ws://127.0.0.1:${first.port}/sync`;
      const writer = connectClient(url, documentName, owner);
      const watcher = connectClient(url, documentName, owner);
      clients.push(writer, watcher);
      await Promise.all([waitForSync(writer), waitForSync(watcher)]);
      for (let index = 0; index < 100; index++) {
        writer.doc.getArray<number>("items").push([index]);
        if (index % 10 === 0) await sleep(2);
      }
      await waitFor(() => watcher.doc.getArray("items").length === 100, 10_000, "relay");
      const relayed = watcher.doc.getArray("items").toJSON();
      await first.kill("SIGKILL");
      writer.provider.disconnect();
      watcher.provider.disconnect();

      const second = await spawnSyncProcess(env);
      try {
        const fresh = connectClient(`ws://127.0.0.1:${second.port}/sync`, documentName, owner);
        clients.push(fresh);
        await waitForSync(fresh);
        expect(fresh.doc.getArray("items").toJSON()).toEqual(relayed);
      } finally {
        await second.close();
      }
    } finally {
      await location.drop();
    }
  }, 90_000);
});
