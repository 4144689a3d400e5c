import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { listDecisions, readPhase } from "../app/decision-log/plan-document";
import { authenticate } from "../app/auth/users.server";
import { listMembers } from "../app/members/members.server";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../test/support/database";
import { documentUpdates } from "./schema";
import { demoAccounts, demoPassword, seedDemo } from "./seed-demo";

describe.each(testDatabaseKinds)("demo data on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.drop());

  it("creates one account per role in a demo project with a phase and stamped decisions", async () => {
    const created = await seedDemo(database.db);
    expect(created).not.toBeNull();
    const members = await listMembers(database.db, created!.projectId);
    expect(members.map((member) => member.role).sort()).toEqual(
      ["fire", "observer", "owner", "planner", "police", "resident"].sort(),
    );
    expect(await authenticate(database.db, demoAccounts[2].username, demoPassword)).not.toBeNull();

    const rows = await database.db.select().from(documentUpdates);
    const doc = new Y.Doc();
    for (const row of rows) Y.applyUpdate(doc, row.data);
    expect(readPhase(doc)).toBe("localisation");
    const decisions = listDecisions(doc);
    expect(decisions).toHaveLength(2);
    expect(decisions.every((decision) => decision.recordedBy?.name === "Kari (kommunen)")).toBe(true);
  });

  it("does nothing on a database that already has users", async () => {
    expect(await seedDemo(database.db)).toBeNull();
  });
});
