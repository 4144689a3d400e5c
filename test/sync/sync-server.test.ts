import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { WebSocket } from "ws";
import * as Y from "yjs";
import { documentUpdates } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/database";
import {
  addMember,
  connectClient,
  createProject,
  createUser,
  sleep,
  startServer,
  tryUpgrade,
  waitFor,
  waitForSync,
  type RunningServer,
  type TestClient,
  type TestUser,
} from "./helpers";
import { sessionCookieName } from "../../server/sync/authorize";

describe.each(testDatabaseKinds)("sync server on %s", (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let owner: TestUser;
  let planner: TestUser;
  let resident: TestUser;
  let outsider: TestUser;
  let projectId: string;
  const clients: TestClient[] = [];
  const client = (documentName: string, user: TestUser | null): TestClient => {
    const created = connectClient(server.url, documentName, user);
    clients.push(created);
    return created;
  };
  const plan = (): string => `project/${projectId}/plan`;
  const storedRows = async (documentName: string): Promise<Uint8Array[]> =>
    (await database.db.select().from(documentUpdates).where(eq(documentUpdates.document, documentName))).map((row) => row.data);
  const storedDoc = async (documentName: string): Promise<Y.Doc> => {
    const doc = new Y.Doc();
    for (const update of await storedRows(documentName)) Y.applyUpdate(doc, update);
    return doc;
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    owner = await createUser(database.db, "Olga Owner");
    planner = await createUser(database.db, "Per Planner");
    resident = await createUser(database.db, "Rita Resident");
    outsider = await createUser(database.db, "Otto Outsider");
    projectId = await createProject(database.db, owner);
    await addMember(database.db, projectId, planner, "planner");
    await addMember(database.db, projectId, resident, "resident");
    server = await startServer(database.db);
  }, 60_000);

  afterEach(() => {
    for (const created of clients.splice(0)) created.destroy();
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("refuses logged-out, expired, non-member, cross-site and unknown-document upgrades", async () => {
    const expired = await createUser(database.db, "Ex Pired", { expired: true });
    await addMember(database.db, projectId, expired, "planner");
    const cookie = (user: TestUser): Record<string, string> => ({ cookie: `${sessionCookieName}=${user.token}` });
    expect(await tryUpgrade(`${server.url}/${plan()}`, {})).toBe(401);
    expect(await tryUpgrade(`${server.url}/${plan()}`, { cookie: `${sessionCookieName}=forgedforgedforgedforged` })).toBe(401);
    expect(await tryUpgrade(`${server.url}/${plan()}`, cookie(expired))).toBe(401);
    expect(await tryUpgrade(`${server.url}/${plan()}`, cookie(outsider))).toBe(403);
    expect(await tryUpgrade(`${server.url}/${plan()}`, { ...cookie(owner), origin: "https://evil.example" })).toBe(403);
    expect(await tryUpgrade(`${server.url}/project/${projectId}/secrets`, cookie(owner))).toBe(404);
    expect(await tryUpgrade(`${server.url}/nonsense`, cookie(owner))).toBe(404);
    expect(await tryUpgrade(`${server.url}/${plan()}`, { ...cookie(owner), origin: `http://127.0.0.1:${server.port}` })).toBe("open");

    // A refused provider never connects.
    const refused = client(plan(), outsider);
    await sleep(300);
    expect(refused.provider.wsconnected).toBe(false);
    refused.provider.disconnect();
  });

  it("relays two writers' concurrent edits so both converge, and stores them", async () => {
    const documentName = `project/${projectId}/plan`;
    const first = client(documentName, owner);
    const second = client(documentName, planner);
    await Promise.all([waitForSync(first), waitForSync(second)]);
    for (let index = 0; index < 20; index++) {
      first.doc.getText("notes").insert(0, "a");
      second.doc.getText("notes").insert(0, "b");
      first.doc.getMap("settings").set("who", `first-${index}`);
      second.doc.getMap("settings").set("who", `second-${index}`);
    }
    await waitFor(() => first.doc.getText("notes").length === 40 && second.doc.getText("notes").length === 40);
    await waitFor(() => first.doc.getMap("settings").get("who") === second.doc.getMap("settings").get("who"));
    expect(first.doc.getText("notes").toString()).toBe(second.doc.getText("notes").toString());
    await server.sync.flush();
    const stored = await storedDoc(documentName);
    expect(stored.getText("notes").toString()).toBe(first.doc.getText("notes").toString());
  });

  it("never relays or stores a reader's edits, and tells the reader it is read-only", async () => {
    const writer = client(plan(), owner);
    const reader = client(plan(), resident);
    await Promise.all([waitForSync(writer), waitForSync(reader)]);
    await waitFor(() => reader.authReasons.length > 0);
    expect(reader.authReasons).toEqual(["read-only"]);
    expect(writer.authReasons).toEqual([]);

    reader.doc.getMap("reader").set("forged", "by a resident");
    writer.doc.getMap("writer").set("marker", "after the reader's edit");
    await waitFor(() => reader.doc.getMap("writer").get("marker") !== undefined);
    await sleep(100);
    await server.sync.flush();
    expect(writer.doc.getMap("reader").get("forged")).toBeUndefined();
    expect((await storedDoc(plan())).getMap("reader").get("forged")).toBeUndefined();

    // A new client does not get it either.
    const late = client(plan(), planner);
    await waitForSync(late);
    expect(late.doc.getMap("writer").get("marker")).toBe("after the reader's edit");
    expect(late.doc.getMap("reader").get("forged")).toBeUndefined();
  });

  it("catches up both ways after a client was offline", async () => {
    const documentName = plan();
    const stay = client(documentName, owner);
    const away = client(documentName, planner);
    await Promise.all([waitForSync(stay), waitForSync(away)]);
    away.provider.disconnect();
    stay.doc.getArray("offline").push(["while away, online side"]);
    away.doc.getArray("offline").push(["while away, offline side"]);
    await sleep(100);
    away.provider.connect();
    await waitFor(() => stay.doc.getArray("offline").length === 2 && away.doc.getArray("offline").length === 2);
    expect(stay.doc.getArray("offline").toJSON()).toEqual(away.doc.getArray("offline").toJSON());
  });

  it("closes only the connection that sends garbage, truncated or oversized frames", async () => {
    const healthy = client(plan(), owner);
    const peer = client(plan(), planner);
    await Promise.all([waitForSync(healthy), waitForSync(peer)]);
    const cookie = { cookie: `${sessionCookieName}=${owner.token}` };
    const badFrames: Array<{ frame: Buffer; code: number }> = [
      { frame: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), code: 4400 }, // bad varint
      { frame: Buffer.from([9]), code: 4400 }, // unknown message type
      { frame: Buffer.from([0, 2, 50, 1, 2]), code: 4400 }, // truncated update
      { frame: Buffer.from([1, 30, 1]), code: 4400 }, // truncated awareness
      { frame: Buffer.from([0, 2, 3, 1, 2, 3]), code: 4400 }, // an update that is not Yjs
      { frame: Buffer.alloc(3 * 1024 * 1024, 1), code: 1009 }, // oversized
    ];
    for (const { frame, code } of badFrames) {
      const socket = new WebSocket(`${server.url}/${plan()}`, { headers: cookie });
      await new Promise((resolve) => socket.once("open", resolve));
      const closed = new Promise<number>((resolve) => socket.once("close", (closeCode) => resolve(closeCode)));
      socket.on("error", () => {});
      socket.send(frame);
      expect(await closed).toBe(code);
    }
    healthy.doc.getText("robust").insert(0, "still syncing");
    await waitFor(() => peer.doc.getText("robust").toString() === "still syncing");
    expect(server.sync.stats().protocolErrors).toBeGreaterThanOrEqual(5);
  });

  it("rewrites presence to the authenticated user and drops states for other connections' client IDs", async () => {
    const documentName = plan();
    const alice = client(documentName, owner);
    const bob = client(documentName, resident);
    alice.provider.awareness.setLocalStateField("user", { id: "forged", name: "Mallory", role: "owner" });
    alice.provider.awareness.setLocalStateField("cursor", 7);
    bob.provider.awareness.setLocalStateField("user", { name: "Bob" });
    await Promise.all([waitForSync(alice), waitForSync(bob)]);
    const aliceId = alice.doc.clientID;
    await waitFor(() => (bob.provider.awareness.getStates().get(aliceId) as { cursor?: number } | undefined)?.cursor === 7);
    expect(bob.provider.awareness.getStates().get(aliceId)).toEqual({
      cursor: 7,
      user: { id: owner.id, name: owner.name, role: "owner" },
    });
    await waitFor(() => alice.provider.awareness.getStates().has(bob.doc.clientID));
    expect((alice.provider.awareness.getStates().get(bob.doc.clientID) as { user: unknown }).user).toEqual({
      id: resident.id,
      name: resident.name,
      role: "resident",
    });

    // A raw connection announcing Alice's client ID is ignored.
    const { encodeAwarenessUpdate, Awareness } = await import("y-protocols/awareness");
    const fakeDoc = new Y.Doc();
    fakeDoc.clientID = aliceId;
    const fake = new Awareness(fakeDoc);
    fake.setLocalState({ cursor: 999 });
    fake.setLocalState({ cursor: 1000 });
    fake.setLocalState({ cursor: 1001 }); // a clock ahead of Alice's
    const socket = new WebSocket(`${server.url}/${documentName}`, { headers: { cookie: `${sessionCookieName}=${planner.token}` } });
    await new Promise((resolve) => socket.once("open", resolve));
    const { encodeAwareness } = await import("../../server/sync/protocol");
    socket.send(encodeAwareness(encodeAwarenessUpdate(fake, [aliceId])));
    await sleep(200);
    expect((bob.provider.awareness.getStates().get(aliceId) as { cursor: number }).cursor).toBe(7);
    socket.close();
    fake.destroy();

    // When Alice leaves, Bob sees her go, and echoes do not bring her back.
    alice.provider.disconnect();
    await waitFor(() => !bob.provider.awareness.getStates().has(aliceId));
    await sleep(200);
    expect(bob.provider.awareness.getStates().has(aliceId)).toBe(false);

    // When she comes back, she is present again.
    alice.provider.connect();
    await waitFor(() => bob.provider.awareness.getStates().has(aliceId), 5000, "Alice present again");
  });

  it("closes a revoked member's connections with 4403", async () => {
    const revoked = client(plan(), planner);
    const other = client(plan(), owner);
    await Promise.all([waitForSync(revoked), waitForSync(other)]);
    const closed = new Promise<number>((resolve) =>
      revoked.provider.on("connection-close", (event) => resolve(event?.code ?? 0)),
    );
    server.sync.revokeMember(projectId, planner.id);
    expect(await closed).toBe(4403);
    await sleep(100);
    expect(other.provider.wsconnected).toBe(true);
  });

  it("terminates connections that miss a heartbeat pong and keeps the others", async () => {
    const fast = await startServer(database.db, { heartbeatMs: 100 });
    try {
      const healthy = connectClient(fast.url, plan(), owner);
      clients.push(healthy);
      await waitForSync(healthy);
      const silent = new WebSocket(`${fast.url}/${plan()}`, {
        headers: { cookie: `${sessionCookieName}=${planner.token}` },
        autoPong: false,
      });
      const closed = new Promise<number>((resolve) => silent.once("close", (code) => resolve(code)));
      await new Promise((resolve) => silent.once("open", resolve));
      expect(await closed).toBe(1006); // terminated, no close frame
      await sleep(250);
      expect(healthy.provider.wsconnected).toBe(true);
    } finally {
      await fast.close();
    }
  });
});
