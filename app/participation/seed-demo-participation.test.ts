/**
 * The demo's participation on a fresh demo database (issue 9): two activities with residents, a
 * site visit and a choice session; points with answers, one not adopted with its reason, one
 * still open and past the project's days for an answer; Mari sees her own points as hers and no
 * other resident's name.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { seedDemo } from "../../db/seed-demo";
import { seedDemoParticipation } from "../../db/seed-demo-participation";
import { listMembers } from "../members/members.server";
import * as Y from "yjs";
import { documentUpdates } from "../../db/schema";
import { eq } from "drizzle-orm";
import { listDecisions } from "../decision-log/plan-document";
import { listSites } from "../sites/site-document";
import type { Role } from "../permissions";
import { readParticipationLog } from "./participation-log.server";
import { participationSummary } from "./participation-summary.server";
import { readSaidDone } from "./said-done.server";

describe.each(testDatabaseKinds)("the demo's participation on %s", (kind) => {
  let database: TestDatabase;
  let projectId: string;
  const ids = new Map<string, string>();
  const member = (name: string, role: Role) => ({ projectId, userId: ids.get(name) as string, role });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const created = await seedDemo(database.db);
    projectId = created!.projectId;
    for (const entry of await listMembers(database.db, projectId)) ids.set(entry.name, entry.userId);
    // Once db/seed-demo.ts calls it, the demo already holds it.
    const before = await readParticipationLog(database.db, member("Jonas", "planner"));
    if (before.activities.some((activity) => activity.kind === "siteVisit")) return;
    const doc = new Y.Doc();
    for (const update of await database.db.select().from(documentUpdates).where(eq(documentUpdates.document, `project/${projectId}/plan`))) Y.applyUpdate(doc, update.data);
    const sites = listSites(doc);
    const siteIds = ["Tomt A – Eikelund senter", "Tomt B – Bjørkeveien", "Tomt C – Vollveien", "Tomt D – Skolebakken"].map((name) => sites.find((site) => site.name === name)!.id);
    const bedroomDecisionId = listDecisions(doc).find((decision) => decision.decision.includes("sovealkove"))!.id;
    doc.destroy();
    await seedDemoParticipation(
      database.db,
      { owner: member("Kari", "owner"), planner: member("Jonas", "planner"), police: member("Silje", "police"), fire: member("Ahmed", "fire"), residents: [member("Mari", "resident"), member("Emil", "resident")] },
      { siteIds, bedroomDecisionId },
    );
  });
  afterAll(() => database.drop());

  it("holds a site visit and a choice session with residents, points with answers, one not adopted with a reason and one open past the limit", async () => {
    const log = await readParticipationLog(database.db, member("Jonas", "planner"));
    expect(log.activities.map((activity) => activity.kind)).toEqual(expect.arrayContaining(["siteVisit", "choiceSession"]));
    const visit = log.activities.find((activity) => activity.kind === "siteVisit")!;
    expect(visit.residents.map((resident) => resident.alias)).toEqual(["Mari", "Emil", "Sara"]);
    expect(visit.counts).toMatchObject({ resident: 3, planner: 2, police: 1, fire: 1 });
    const session = log.activities.find((activity) => activity.kind === "choiceSession")!;
    const points = [...visit.points, ...session.points, ...log.otherPoints];
    expect(points).toHaveLength(7);
    const door = points.find((point) => point.answerStatus === "notAdopted")!;
    expect(door.reason).not.toBe("");
    const overdue = points.filter((point) => point.overdue);
    expect(overdue.map((point) => point.raisedBy?.alias)).toEqual(["Emil"]);
    expect(points.find((point) => point.link?.kind === "site")?.link?.label).toBe("Tomt A – Eikelund senter");
    expect(points.find((point) => point.link?.kind === "decision")?.link?.label).toMatchObject({ nb: expect.stringMatching(/sovealkove/) });
    expect(points.find((point) => point.link?.kind === "checklistItem")?.link?.label).toMatchObject({ nb: expect.any(String) });
    expect(points.filter((point) => point.onBehalf).map((point) => point.raisedBy?.alias).sort()).toEqual(["Emil", "Emil", "Mari"]);

    const summary = await participationSummary(database.db, member("Kari", "owner"));
    // Mari, Emil, Sara, and no one else: the demo's comments and ratings are by members already counted.
    expect(summary?.figures.distinctResidents).toBeGreaterThanOrEqual(3);
    // 7 here and the 2 questions of the demo workshop's parking lot (db/seed-demo-workshop.ts), still open.
    expect(summary?.figures).toMatchObject({ pointCount: 9, answeredCount: 5, overduePointIds: [overdue[0].id] });
    expect(summary?.figures.medianDaysToAnswer).toBe(3);
  });

  it("shows Mari her own points as hers, others by role, and no resident's name", async () => {
    const page = await readSaidDone(database.db, member("Mari", "resident"));
    expect(page.points.filter((point) => point.own)).toHaveLength(3);
    expect(JSON.stringify(page)).not.toMatch(/Emil|Sara/);
    expect(page.points[0].body).toMatch(/benk/);
    // The site visit, the choice session and the demo workshop.
    expect(page.ownActivities).toHaveLength(3);
    const police = await participationSummary(database.db, member("Silje", "police"));
    expect(police?.figures.overduePointIds).toEqual([]);
  });
});
