import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import * as Y from "yjs";
import { documentUpdates } from "../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../test/support/database";
import {
  addMember,
  connectClient,
  createProject,
  createUser,
  startServer,
  waitFor,
  waitForSync,
  type RunningServer,
  type TestClient,
  type TestUser,
} from "../test/sync/helpers";
import { decisionLogStampsExtension } from "./decision-log-stamps";

describe.each(testDatabaseKinds)("decision log stamps on %s", (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let owner: TestUser;
  let planner: TestUser;
  let projectId: string;
  let clock = Date.parse("2025-03-01T10:00:00.000Z");
  const clients: TestClient[] = [];
  const client = (user: TestUser): TestClient => {
    const created = connectClient(server.url, `project/${projectId}/plan`, user);
    clients.push(created);
    return created;
  };
  const entryOf = (doc: Y.Doc, id: string): Record<string, unknown> | undefined =>
    (doc.getMap("decisions").get(id) as Y.Map<unknown> | undefined)?.toJSON();
  const startStampingServer = (): Promise<RunningServer> =>
    startServer(database.db, {
      idleUnloadMs: 50,
      extensions: [decisionLogStampsExtension({ now: () => new Date(clock) })],
    });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    owner = await createUser(database.db, "Olga Owner");
    planner = await createUser(database.db, "Per Planner");
    projectId = await createProject(database.db, owner);
    await addMember(database.db, projectId, planner, "planner");
    server = await startStampingServer();
  }, 60_000);

  afterEach(() => {
    for (const created of clients.splice(0)) created.destroy();
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("stamps new entries with the server's user and time, whatever the client wrote", async () => {
    const forger = client(planner);
    const other = client(owner);
    await Promise.all([waitForSync(forger), waitForSync(other)]);
    const entry = new Y.Map<unknown>();
    entry.set("date", "2025-02-28");
    entry.set("phase", "planning");
    entry.set("decision", "Four homes, shared garden");
    entry.set("decidedBy", "Board");
    entry.set("basis", "Workshop 2");
    entry.set("recordedBy", { id: owner.id, name: "Someone else" });
    entry.set("recordedAt", "1999-01-01T00:00:00.000Z");
    forger.doc.getMap("decisions").set("d1", entry);

    const expected = {
      recordedBy: { id: planner.id, name: planner.name },
      recordedAt: "2025-03-01T10:00:00.000Z",
      updatedBy: { id: planner.id, name: planner.name },
      updatedAt: "2025-03-01T10:00:00.000Z",
    };
    for (const doc of [forger.doc, other.doc]) {
      await waitFor(() => (entryOf(doc, "d1")?.recordedAt as string | undefined) === expected.recordedAt, 5000, "stamps");
      expect(entryOf(doc, "d1")).toMatchObject({ decision: "Four homes, shared garden", ...expected });
    }

    // In the database after reload, too.
    forger.destroy();
    other.destroy();
    await waitFor(() => server.sync.stats().documents === 0, 5000, "unload");
    const stored = new Y.Doc();
    const rows = await database.db
      .select()
      .from(documentUpdates)
      .where(eq(documentUpdates.document, `project/${projectId}/plan`));
    for (const row of rows) Y.applyUpdate(stored, row.data);
    expect(entryOf(stored, "d1")).toMatchObject(expected);
    const reloaded = client(owner);
    await waitForSync(reloaded);
    expect(entryOf(reloaded.doc, "d1")).toMatchObject(expected);
  });

  it("updates updatedBy/updatedAt on edits and reverts forged stamps on existing entries", async () => {
    const editor = client(owner);
    const watcher = client(planner);
    await Promise.all([waitForSync(editor), waitForSync(watcher)]);
    clock = Date.parse("2025-03-02T12:00:00.000Z");
    const entry = editor.doc.getMap("decisions").get("d1") as Y.Map<unknown>;
    entry.set("decision", "Five homes, shared garden");
    await waitFor(() => entryOf(watcher.doc, "d1")?.updatedAt === "2025-03-02T12:00:00.000Z", 5000, "update stamp");
    expect(entryOf(watcher.doc, "d1")).toMatchObject({
      decision: "Five homes, shared garden",
      recordedBy: { id: planner.id, name: planner.name },
      updatedBy: { id: owner.id, name: owner.name },
    });

    editor.doc.transact(() => {
      entry.set("recordedBy", { id: owner.id, name: owner.name });
      entry.set("recordedAt", "2000-01-01T00:00:00.000Z");
    });
    for (const doc of [editor.doc, watcher.doc]) {
      await waitFor(() => entryOf(doc, "d1")?.recordedAt === "2025-03-01T10:00:00.000Z", 5000, "revert");
      expect(entryOf(doc, "d1")?.recordedBy).toEqual({ id: planner.id, name: planner.name });
    }
  });
});
