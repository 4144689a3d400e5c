import { eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { setPhase } from "../app/decision-log/plan-document";
import { createUser } from "../app/auth/users.server";
import { createProject } from "../app/projects/projects.server";
import { projects } from "../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../test/support/database";
import { attachPhaseMirror } from "./project-phase-mirror";

describe.each(testDatabaseKinds)("project phase on the dashboard on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.drop());

  it("follows the phase set in the plan document", async () => {
    const owner = await createUser(database.db, { name: "Kari", username: "kari", email: null, password: "passord-123" });
    const project = await createProject(database.db, owner.id, {
      name: "P",
      municipality: "M",
      housingForm: "ordinary",
      homeCount: 2,
      description: "",
    });
    const phaseInDatabase = async () =>
      (await database.db.select({ phase: projects.phase }).from(projects).where(eq(projects.id, project.id)))[0].phase;
    expect(await phaseInDatabase()).toBe("needs");

    const doc = new Y.Doc();
    setPhase(doc, "design");
    const stop = attachPhaseMirror({ db: database.db, doc, projectId: project.id, logger: pino({ level: "silent" }) });
    await expect.poll(phaseInDatabase).toBe("design");
    setPhase(doc, "evaluation");
    await expect.poll(phaseInDatabase).toBe("evaluation");
    stop();
    setPhase(doc, "needs");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await phaseInDatabase()).toBe("evaluation");
  });
});
