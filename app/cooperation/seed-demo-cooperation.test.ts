/**
 * The demo's cooperation agreement (db/seed-demo-cooperation.ts) on a real database: the six
 * partners with a work contact, the matrix across the phases, the two goals, the police's
 * yearly meetings (one held and in the participation log, three ahead), and the police's flag
 * on the checklist item about locks, which the police see under "new since your last visit"
 * and fire do not.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoCooperation } from "../../db/seed-demo-cooperation";
import { activities } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { changesSince } from "../changes/changes-store.server";
import { readCooperation } from "./cooperation-store.server";
import { upcomingMeetings } from "./meetings-store.server";
import { makeTestProject, type TestProject } from "./testing/test-project";

describe.each(testDatabaseKinds)("the demo cooperation on %s", (kind) => {
  let database: TestDatabase;
  let project: TestProject;
  let seeded: Awaited<ReturnType<typeof seedDemoCooperation>>;
  const now = new Date("2026-12-03T10:00:00Z");

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    project = await makeTestProject(database.db);
    seeded = await seedDemoCooperation(database.db, { owner: project.member("kari"), planner: project.member("jonas"), police: project.member("silje"), fire: project.member("ahmed") }, { now });
  });
  afterAll(() => database.drop());

  it("records the six partners, each with a contact role and a work contact, and a matrix over the phases", async () => {
    const snapshot = await readCooperation(database.db, project.member("silje"), { now });
    expect(snapshot.partners.map((partner) => partner.name).sort()).toEqual(
      ["Brann og redning", "Eiendomsenheten", "Husbanken", "Kriminalomsorgen", "Politiet (forebyggende seksjon)", "Tildelingskontoret"].sort(),
    );
    expect(snapshot.partners.every((partner) => partner.contactRole !== "" && partner.workContact !== "")).toBe(true);
    expect(new Set(snapshot.responsibilities.map((entry) => entry.phase)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(snapshot.responsibilities.map((entry) => entry.partnerId)).size).toBe(6);
    expect(snapshot.goals.map((goal) => [goal.title, goal.target, goal.achieved])).toEqual([
      ["Boliger tilbudt i år", 4, 2],
      ["Felles møter i året", 6, 1],
    ]);
  });

  it("holds the first of the police's yearly meetings as an activity and keeps three ahead", async () => {
    const snapshot = await readCooperation(database.db, project.member("jonas"), { now });
    expect(snapshot.meetings).toHaveLength(4);
    expect(snapshot.meetings[0]).toMatchObject({ id: seeded.heldMeetingId, activityId: seeded.activityId, date: "2026-11-12" });
    const [activity] = await database.db.select().from(activities).where(eq(activities.id, seeded.activityId));
    expect(activity).toMatchObject({ kind: "partnerMeeting", plannedMeetingId: seeded.heldMeetingId, date: "2026-11-12" });
    const ahead = await upcomingMeetings(database.db, project.projectId, { from: "2026-12-03" });
    expect(ahead.map((meeting) => meeting.date)).toEqual(["2026-12-31", "2027-04-02", "2027-07-31"]);
    expect(ahead[0].partnerNames).toContain("Politiet (forebyggende seksjon)");
  });

  it("flags the item about locks for the police: they see it, fire do not", async () => {
    const police = await changesSince(database.db, project.member("silje"), { now });
    expect(police.flags).toMatchObject([{ id: seeded.flagId, subjectKind: "checklistItem", subjectId: "workingLocks", role: "police", createdByName: "Kari" }]);
    expect(police.meetingsAhead.length).toBeGreaterThan(0);
    expect((await changesSince(database.db, project.member("ahmed"))).flags).toEqual([]);
  });
});
