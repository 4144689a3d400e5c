/**
 * The areas-of-concern document (`project/<id>/concerns`) with real y-websocket
 * clients against the real sync server: fire, residents and observers are
 * refused before the upgrade and never receive a byte of it; the police write
 * and the planner sees it live; a planner's (reader's) edit is neither relayed
 * nor stored.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import * as Y from "yjs";
import { addArea, listAreas, updateArea } from "../../app/concerns/concern-document";
import type { Role } from "../../app/permissions";
import { documentUpdates } from "../../db/schema";
import { sessionCookieName } from "../../server/sync/authorize";
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

const square = {
  type: "Polygon" as const,
  coordinates: [[[10.968, 59.951], [10.969, 59.951], [10.969, 59.952], [10.968, 59.952], [10.968, 59.951]]],
};

describe.each(testDatabaseKinds)("the concerns document on %s", (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let projectId: string;
  const members = {} as Record<Role, TestUser>;
  const clients: TestClient[] = [];
  const concerns = (): string => `project/${projectId}/concerns`;
  const client = (user: TestUser): TestClient => {
    const created = connectClient(server.url, concerns(), user);
    clients.push(created);
    return created;
  };
  const storedDoc = async (): Promise<Y.Doc> => {
    const doc = new Y.Doc();
    const rows = await database.db.select().from(documentUpdates).where(eq(documentUpdates.document, concerns()));
    for (const row of rows) Y.applyUpdate(doc, row.data);
    return doc;
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    members.owner = await createUser(database.db, "Olga Owner");
    projectId = await createProject(database.db, members.owner);
    for (const role of ["planner", "police", "fire", "resident", "observer"] as const) {
      members[role] = await createUser(database.db, `A ${role}`);
      await addMember(database.db, projectId, members[role], role);
    }
    server = await startServer(database.db);
  }, 60_000);

  afterEach(() => {
    for (const created of clients.splice(0)) created.destroy();
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("refuses fire, residents and observers with 403 before the upgrade, and lets owner, planner and police in", async () => {
    const cookie = (user: TestUser) => ({ cookie: `${sessionCookieName}=${user.token}` });
    for (const role of ["fire", "resident", "observer"] as const) {
      expect(await tryUpgrade(`${server.url}/${concerns()}`, cookie(members[role])), role).toBe(403);
    }
    for (const role of ["owner", "planner", "police"] as const) {
      expect(await tryUpgrade(`${server.url}/${concerns()}`, cookie(members[role])), role).toBe("open");
    }
  });

  it("never gives a refused role's provider the areas, even while the police draw", async () => {
    const police = client(members.police);
    await waitForSync(police);
    addArea(police.doc, { name: "Området ved stasjonen", note: "", geometry: square });
    const refused = (["fire", "resident", "observer"] as const).map((role) => client(members[role]));
    await sleep(500);
    for (const denied of refused) {
      expect(denied.provider.wsconnected).toBe(false);
      expect(denied.provider.synced).toBe(false);
      expect(listAreas(denied.doc)).toEqual([]);
      denied.provider.disconnect();
    }
  });

  it("relays the police's areas live to the planner and stores them", async () => {
    const police = client(members.police);
    const planner = client(members.planner);
    await Promise.all([waitForSync(police), waitForSync(planner)]);
    const id = addArea(police.doc, { name: "Ballplassen", note: "Kveldstid", geometry: square });
    await waitFor(() => listAreas(planner.doc).some((area) => area.id === id), 5000, "the area at the planner");
    updateArea(police.doc, id, { note: "Helger" });
    await waitFor(() => listAreas(planner.doc).find((area) => area.id === id)?.note === "Helger", 5000, "the change at the planner");
    await server.sync.flush();
    expect(listAreas(await storedDoc()).find((area) => area.id === id)?.note).toBe("Helger");
  });

  it("tells the planner it is read-only and neither relays nor stores a planner's edit", async () => {
    const police = client(members.police);
    const planner = client(members.planner);
    await Promise.all([waitForSync(police), waitForSync(planner)]);
    await waitFor(() => planner.authReasons.length > 0, 5000, "the read-only notice");
    expect(planner.authReasons).toEqual(["read-only"]);
    expect(police.authReasons).toEqual([]);

    const forged = addArea(planner.doc, { name: "Lagt inn av en planlegger", note: "", geometry: square });
    const marker = addArea(police.doc, { name: "Etter planleggerens forsøk", note: "", geometry: square });
    await waitFor(() => listAreas(planner.doc).some((area) => area.id === marker), 5000, "the police's later area");
    await sleep(100);
    await server.sync.flush();
    expect(listAreas(police.doc).some((area) => area.id === forged)).toBe(false);
    expect(listAreas(await storedDoc()).some((area) => area.id === forged)).toBe(false);

    const late = client(members.owner);
    await waitForSync(late);
    expect(listAreas(late.doc).some((area) => area.id === marker)).toBe(true);
    expect(listAreas(late.doc).some((area) => area.id === forged)).toBe(false);
  });
});
