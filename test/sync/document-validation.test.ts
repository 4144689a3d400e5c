/**
 * The validation mechanism of the sync server (server/sync/document-validation.ts),
 * with a small schema of the test's own so the rules are plain to see; the real
 * documents' schemas are exercised in test/security/invalid-document.test.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { SharedDocumentSchema } from "../../app/documents/shared-document-schema";
import { decisionLogStampsExtension } from "../../server/decision-log-stamps";
import { documentValidationExtension } from "../../server/sync/document-validation";
import { encodeUpdate } from "../../server/sync/protocol";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/database";
import {
  addMember,
  closeOfSocket,
  connectClient,
  createProject,
  createUser,
  nextClose,
  openRawSocket,
  sleep,
  startServer,
  storedDocument,
  waitFor,
  waitForSync,
  type RunningServer,
  type TestClient,
  type TestUser,
} from "./helpers";

/**
 * `items`: id → { label: string of at most 20 characters, count?: number }.
 * `decisions`: anything, but `edited: true` only once the server has stamped `recordedBy`
 * (a rule that holds only if the mirror follows the server's own writes).
 */
const testSchema: SharedDocumentSchema = {
  maps: ["items", "decisions"],
  checkEntry({ map, key }, value) {
    const record = value as Record<string, unknown> | null;
    if (typeof record !== "object" || record === null) return `${map}[${key}]: not a record`;
    if (map === "items") {
      if (typeof record.label !== "string" || record.label.length > 20) return `${map}[${key}].label: a text of at most 20 characters`;
      if (record.count !== undefined && typeof record.count !== "number") return `${map}[${key}].count: a number`;
      return null;
    }
    if (record.edited === true && record.recordedBy === undefined) return `${map}[${key}]: edited before it was recorded`;
    return null;
  },
};

const itemOf = (label: string, count?: number): Y.Map<unknown> => {
  const entry = new Y.Map<unknown>();
  entry.set("label", label);
  if (count !== undefined) entry.set("count", count);
  return entry;
};

describe.each(testDatabaseKinds)("document validation on %s", (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let owner: TestUser;
  let planner: TestUser;
  let projectId: string;
  const clients: TestClient[] = [];
  const client = (user: TestUser): TestClient => {
    const created = connectClient(server.url, plan(), user);
    clients.push(created);
    return created;
  };
  const plan = (): string => `project/${projectId}/plan`;
  const items = (doc: Y.Doc): Y.Map<unknown> => doc.getMap("items");
  const label = (doc: Y.Doc, id: string): unknown => (items(doc).get(id) as Y.Map<unknown> | undefined)?.get("label");

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    owner = await createUser(database.db, "Olga Owner");
    planner = await createUser(database.db, "Per Planner");
    server = await startServer(database.db, {
      extensions: [documentValidationExtension({ schemas: { plan: testSchema } }), decisionLogStampsExtension()],
      maxDocumentBytes: 256 * 1024,
    });
    projectId = await createProject(database.db, owner);
    await addMember(database.db, projectId, planner, "planner");
  }, 60_000);

  // Each test its own project, so a refused update's leftovers never leak into the next.
  afterEach(async () => {
    for (const created of clients.splice(0)) created.destroy();
    projectId = await createProject(database.db, owner);
    await addMember(database.db, projectId, planner, "planner");
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("refuses an entry that fails the schema: 4422 with the reason, not relayed, not stored, while valid edits go on", async () => {
    const writer = client(owner);
    const breaker = client(planner);
    await Promise.all([waitForSync(writer), waitForSync(breaker)]);
    items(writer.doc).set("good", itemOf("Tomt A"));
    await waitFor(() => label(breaker.doc, "good") === "Tomt A");

    const closed = nextClose(breaker);
    items(breaker.doc).set("bad", itemOf("x".repeat(21)));
    const { code, reason } = await closed;
    expect(code).toBe(4422);
    expect(reason).toBe("update refused: items[bad].label: a text of at most 20 characters");
    await sleep(500); // past the provider's reconnect backoff: 44xx is not retried
    expect(breaker.provider.wsconnected).toBe(false);

    items(writer.doc).set("after", itemOf("Tomt B"));
    const observer = client(owner);
    await waitForSync(observer);
    await waitFor(() => label(observer.doc, "after") === "Tomt B");
    expect(items(observer.doc).has("bad")).toBe(false);
    expect(items(writer.doc).has("bad")).toBe(false);
    await server.sync.flush();
    const stored = await storedDocument(database.db, plan());
    expect(label(stored, "good")).toBe("Tomt A");
    expect(items(stored).has("bad")).toBe(false);
    expect(server.sync.stats().refusedUpdates).toBeGreaterThanOrEqual(1);
  });

  it("checks the whole entry when a field deep inside it changes", async () => {
    const writer = client(owner);
    await waitForSync(writer);
    items(writer.doc).set("nested", itemOf("Tomt C", 1));
    await server.sync.flush();
    const closed = nextClose(writer);
    (items(writer.doc).get("nested") as Y.Map<unknown>).set("count", "many");
    expect(await closed).toEqual({ code: 4422, reason: "update refused: items[nested].count: a number" });
    const fresh = client(planner);
    await waitForSync(fresh);
    expect((items(fresh.doc).get("nested") as Y.Map<unknown>).get("count")).toBe(1);
  });

  it("refuses top-level names the schema does not list, and text content in a map", async () => {
    const first = client(owner);
    await waitForSync(first);
    const firstClosed = nextClose(first);
    first.doc.getMap("smuggled").set("x", 1);
    expect(await firstClosed).toEqual({ code: 4422, reason: 'update refused: no top-level map "smuggled" in the plan document' });

    const second = client(owner);
    await waitForSync(second);
    const secondClosed = nextClose(second);
    second.doc.getText("notes").insert(0, "free text");
    expect((await secondClosed).reason).toBe('update refused: no top-level map "notes" in the plan document');

    const third = client(owner);
    await waitForSync(third);
    const thirdClosed = nextClose(third);
    third.doc.getArray("items").push(["not an entry"]);
    expect(await thirdClosed).toEqual({ code: 4422, reason: 'update refused: "items" is a map; list or text content is not allowed' });

    const fresh = client(planner);
    await waitForSync(fresh);
    expect([...fresh.doc.share.keys()].filter((name) => name !== "items")).toEqual([]);
    await server.sync.flush();
    expect([...(await storedDocument(database.db, plan())).share.keys()]).toEqual([]);
  });

  it("lets the server's own writes through and keeps the mirror in step with them", async () => {
    const writer = client(owner);
    await waitForSync(writer);
    const entry = new Y.Map<unknown>();
    entry.set("decision", "Tomt A is chosen");
    writer.doc.getMap("decisions").set("d1", entry);
    // The stamps extension writes recordedBy after the client's update (not checked against client rules).
    await waitFor(() => entry.get("recordedBy") !== undefined, 5000, "stamp");
    // Valid only if the mirror has the server's stamp: the mirror followed the room.
    const watcher = client(planner);
    await waitForSync(watcher);
    entry.set("edited", true);
    await waitFor(() => (watcher.doc.getMap("decisions").get("d1") as Y.Map<unknown>).get("edited") === true);
    expect(writer.provider.wsconnected).toBe(true);
    const stored = await storedDocument(database.db, plan());
    expect((stored.getMap("decisions").get("d1") as Y.Map<unknown>).get("edited")).toBe(true);
  });

  it("checks an update whose dependencies arrive later once they arrive, and applies both when valid", async () => {
    const author = new Y.Doc();
    const updates: Uint8Array[] = [];
    author.on("update", (update: Uint8Array) => updates.push(update));
    items(author).set("late", itemOf("Tomt D"));
    (items(author).get("late") as Y.Map<unknown>).set("count", 2);
    const observer = client(planner);
    await waitForSync(observer);
    const socket = await openRawSocket(server.url, plan(), owner);
    socket.send(encodeUpdate(updates[1])); // depends on updates[0]: waits as pending structs
    await sleep(100);
    expect(items(observer.doc).has("late")).toBe(false);
    socket.send(encodeUpdate(updates[0]));
    await waitFor(() => (items(observer.doc).get("late") as Y.Map<unknown> | undefined)?.get("count") === 2);
    expect(socket.readyState).toBe(socket.OPEN);
    socket.close();
    author.destroy();
  });

  it("refuses a pending invalid change once its dependencies arrive", async () => {
    const author = new Y.Doc();
    const updates: Uint8Array[] = [];
    author.on("update", (update: Uint8Array) => updates.push(update));
    items(author).set("trap", itemOf("Tomt E"));
    (items(author).get("trap") as Y.Map<unknown>).set("count", "not a number");
    const observer = client(planner);
    await waitForSync(observer);
    const socket = await openRawSocket(server.url, plan(), owner);
    const closed = closeOfSocket(socket);
    socket.send(encodeUpdate(updates[1]));
    await sleep(50);
    socket.send(encodeUpdate(updates[0]));
    expect(await closed).toEqual({ code: 4422, reason: "update refused: items[trap].count: a number" });
    const watcher = client(planner);
    await waitForSync(watcher);
    items(observer.doc).set("still", itemOf("works"));
    await waitFor(() => label(watcher.doc, "still") === "works"); // relayed, so stored
    const stored = await storedDocument(database.db, plan());
    expect(items(stored).has("trap")).toBe(false);
    expect(label(stored, "still")).toBe("works");
    author.destroy();
  });

  it("hole 8: refuses an update that takes the document past its quota, with the sizes in the reason", async () => {
    const writer = client(owner);
    const other = client(planner);
    await Promise.all([waitForSync(writer), waitForSync(other)]);
    const closed = nextClose(writer);
    const big = new Y.Map<unknown>();
    big.set("label", "big");
    big.set("padding", "x".repeat(300 * 1024));
    items(writer.doc).set("big", big);
    const { code, reason } = await closed;
    expect(code).toBe(4422);
    expect(reason).toMatch(/^update refused: document quota: .* would exceed 256\.0 KiB$/);
    const watcher = client(owner);
    await waitForSync(watcher);
    items(other.doc).set("small", itemOf("fits"));
    await waitFor(() => label(watcher.doc, "small") === "fits"); // relayed, so stored
    const stored = await storedDocument(database.db, plan());
    expect(items(stored).has("big")).toBe(false);
    expect(label(stored, "small")).toBe("fits");
  });
});
