import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { hashSessionToken } from "../../server/sync/authorize";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/database";
import {
  addMember,
  connectClient,
  createProject,
  createSession,
  createUser,
  sleep,
  startServer,
  waitFor,
  waitForSync,
  type RunningServer,
  type TestClient,
  type TestUser,
} from "./helpers";

const closeCodeOf = (client: TestClient): Promise<number> =>
  new Promise((resolve) => client.provider.on("connection-close", (event) => resolve(event?.code ?? 0)));

describe.each(testDatabaseKinds)("sync sessions on %s", (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let owner: TestUser;
  let planner: TestUser;
  let projectId: string;
  let otherProjectId: string;
  const clients: TestClient[] = [];
  const client = (documentName: string, user: TestUser): TestClient => {
    const created = connectClient(server.url, documentName, user);
    clients.push(created);
    return created;
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    owner = await createUser(database.db, "Olga Owner");
    planner = await createUser(database.db, "Per Planner");
    projectId = await createProject(database.db, owner);
    otherProjectId = await createProject(database.db, owner);
    await addMember(database.db, projectId, planner, "planner");
    await addMember(database.db, otherProjectId, planner, "planner");
    server = await startServer(database.db);
  }, 60_000);

  afterEach(() => {
    for (const created of clients.splice(0)) created.destroy();
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("hole 5: signing out closes that session's sockets with 4401 and they stay closed; the user's other session keeps syncing", async () => {
    const laptop = planner;
    const phone = await createSession(database.db, planner);
    const signedOut = client(`project/${projectId}/plan`, laptop);
    const stillSignedIn = client(`project/${projectId}/plan`, phone);
    const ownerClient = client(`project/${projectId}/plan`, owner);
    await Promise.all([waitForSync(signedOut), waitForSync(stillSignedIn), waitForSync(ownerClient)]);
    const closed = closeCodeOf(signedOut);

    server.sync.revokeSession(hashSessionToken(laptop.token));
    expect(await closed).toBe(4401);
    await sleep(600); // well past the client's reconnect backoff (300 ms in tests)
    expect(signedOut.provider.wsconnected).toBe(false);
    expect(stillSignedIn.provider.wsconnected).toBe(true);

    // A write from the dead session after the close never arrives; the other session's does.
    signedOut.doc.getMap("settings").set("late", "after sign-out");
    stillSignedIn.doc.getMap("settings").set("phone", "still here");
    await waitFor(() => ownerClient.doc.getMap("settings").get("phone") === "still here");
    expect(ownerClient.doc.getMap("settings").get("late")).toBeUndefined();
  });

  it("hole 5: signing out everywhere closes the user's sockets in every project with 4401 and no one else's", async () => {
    const phone = await createSession(database.db, planner);
    const first = client(`project/${projectId}/plan`, planner);
    const second = client(`project/${otherProjectId}/plan`, phone);
    const ownerClient = client(`project/${projectId}/plan`, owner);
    await Promise.all([waitForSync(first), waitForSync(second), waitForSync(ownerClient)]);
    const closes = Promise.all([closeCodeOf(first), closeCodeOf(second)]);

    server.sync.revokeUser(planner.id);
    expect(await closes).toEqual([4401, 4401]);
    await sleep(600);
    expect(first.provider.wsconnected).toBe(false);
    expect(second.provider.wsconnected).toBe(false);
    expect(ownerClient.provider.wsconnected).toBe(true);
  });

  it("revoking an unknown or empty session id closes nothing", async () => {
    const connected = client(`project/${projectId}/plan`, owner);
    await waitForSync(connected);
    server.sync.revokeSession("");
    server.sync.revokeSession("no-such-session");
    await sleep(200);
    expect(connected.provider.wsconnected).toBe(true);
  });
});
