/**
 * Hole 9, on the sync upgrade: `Origin: null` was let through, and only the host was compared,
 * not the scheme. The real sync authorization over a real upgrade, on PGlite.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { createProject, createUser, startServer, tryUpgrade, type RunningServer, type TestUser } from "../sync/helpers";
import { sessionCookieName } from "../../server/sync/authorize";

describe("hole 9: the sync upgrade's origin check", () => {
  let database: TestDatabase;
  let server: RunningServer;
  let owner: TestUser;
  let projectId: string;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    owner = await createUser(database.db, "Olga Owner");
    projectId = await createProject(database.db, owner);
    server = await startServer(database.db);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  const upgrade = (origin: string | undefined) =>
    tryUpgrade(`${server.url}/project/${projectId}/plan`, {
      cookie: `${sessionCookieName}=${owner.token}`,
      ...(origin === undefined ? {} : { origin }),
    });

  it("hole 9: Origin: null is refused with 403", async () => {
    expect(await upgrade("null")).toBe(403);
  });

  it("hole 9: the same host over another scheme is refused with 403", async () => {
    expect(await upgrade(`https://127.0.0.1:${server.port}`)).toBe(403);
  });

  it("hole 9: this site's own origin, and a client that sends none (not a browser), are let in", async () => {
    expect(await upgrade(`http://127.0.0.1:${server.port}`)).toBe("open");
    expect(await upgrade(undefined)).toBe("open");
  });
});
