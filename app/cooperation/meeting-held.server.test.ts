/**
 * A planned meeting marked as held (decision 013), on a real database: it becomes one activity
 * of kind "partnerMeeting" in the participation log with one attendee per partner taking part,
 * and the meeting links to it; a second "held" is refused with 409, also when two come at once;
 * a meeting ahead cannot be held yet; a held meeting and its partners stay in the plan.
 */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { activities, partners, peopleEvents, plannedMeetings } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { addPartner, readCooperation, removePartner } from "./cooperation-store.server";
import type { CooperationResult } from "./cooperation-types";
import { markMeetingHeld } from "./meeting-held.server";
import { addMeeting, removeMeeting, upcomingMeetings } from "./meetings-store.server";
import { makeTestProject, type TestProject } from "./testing/test-project";

function idOf(result: CooperationResult): string {
  if (!result.ok) throw new Error(`refused: ${result.problem.messageEn}`);
  return result.id;
}

function problemOf(result: CooperationResult) {
  if (result.ok) throw new Error("expected a refusal");
  return result.problem;
}

describe.each(testDatabaseKinds)("a held meeting on %s", (kind) => {
  let database: TestDatabase;
  let project: TestProject;
  let meetingId: string;
  let policeId: string;
  const activityCount = async () => (await database.db.select({ n: count() }).from(activities).where(eq(activities.projectId, project.projectId)))[0].n;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    project = await makeTestProject(database.db);
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    for (const table of [activities, plannedMeetings, partners, peopleEvents]) await database.db.delete(table);
    const jonas = project.member("jonas");
    policeId = idOf(await addPartner(database.db, jonas, { name: "Politiet (forebyggende seksjon)", kind: "police", contactRole: "Leder", workContact: "" }));
    const fireId = idOf(await addPartner(database.db, jonas, { name: "Brann og redning", kind: "fire", contactRole: "Forebyggende", workContact: "" }));
    const allocationId = idOf(await addPartner(database.db, jonas, { name: "Tildelingskontoret", kind: "municipality", contactRole: "Leder", workContact: "" }));
    const prisonId = idOf(await addPartner(database.db, jonas, { name: "Kriminalomsorgen", kind: "prisonService", contactRole: "Koordinator", workContact: "" }));
    meetingId = idOf(await addMeeting(database.db, jonas, { title: "Samarbeidsmøte høst", date: "2026-10-01", purpose: "Status", partnerIds: [policeId, fireId, allocationId, prisonId] }));
  });

  it("makes one partner meeting in the participation log, counted by role, and links the meeting to it", async () => {
    const activityId = idOf(await markMeetingHeld(database.db, project.member("jonas"), { meetingId, place: "Politihuset", facilitator: "Planlegger" }));
    const [activity] = await database.db.select().from(activities).where(eq(activities.id, activityId));
    expect(activity).toMatchObject({ kind: "partnerMeeting", title: "Samarbeidsmøte høst", date: "2026-10-01", place: "Politihuset", facilitator: "Planlegger", plannedMeetingId: meetingId, createdRole: "planner" });
    expect(activity.attendance).toMatchObject({ counts: { police: 1, fire: 1, planner: 1, partner: 1 }, residents: [] });
    const snapshot = await readCooperation(database.db, project.member("silje"));
    expect(snapshot.meetings).toMatchObject([{ id: meetingId, activityId, overdue: false }]);
    expect(await upcomingMeetings(database.db, project.projectId, { from: "2000-01-01" })).toEqual([]);
    expect((await database.db.select().from(peopleEvents).where(eq(peopleEvents.subjectId, meetingId))).map((row) => row.kind).sort()).toEqual(["created", "held"]);
  });

  it("refuses a second 'held' with 409, also two at once, leaving one activity", async () => {
    const jonas = project.member("jonas");
    const [first, second] = await Promise.all([
      markMeetingHeld(database.db, jonas, { meetingId, place: "", facilitator: "" }),
      markMeetingHeld(database.db, project.member("kari"), { meetingId, place: "", facilitator: "" }),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect(problemOf(first.ok ? second : first).code).toBe("conflict");
    expect(problemOf(await markMeetingHeld(database.db, jonas, { meetingId, place: "", facilitator: "" })).code).toBe("conflict");
    expect(await activityCount()).toBe(1);
  });

  it("keeps a held meeting and the partners that took part in the plan (409)", async () => {
    const jonas = project.member("jonas");
    idOf(await markMeetingHeld(database.db, jonas, { meetingId, place: "", facilitator: "" }));
    expect(problemOf(await removeMeeting(database.db, jonas, { meetingId })).code).toBe("conflict");
    const partner = problemOf(await removePartner(database.db, jonas, { partnerId: policeId }));
    expect(partner).toMatchObject({ code: "conflict", details: { heldMeetings: 1 } });
    expect((await readCooperation(database.db, jonas)).partners).toHaveLength(4);
  });

  it("refuses a meeting ahead (400, heldDate), other roles (403) and another project's meeting (404), making no activity", async () => {
    const ahead = idOf(await addMeeting(database.db, project.member("jonas"), { title: "Vårmøte", date: "2099-03-01", purpose: "", partnerIds: [] }));
    const early = problemOf(await markMeetingHeld(database.db, project.member("jonas"), { meetingId: ahead, place: "", facilitator: "" }));
    expect(early.code).toBe("invalidInput");
    expect(Object.keys(early.fields ?? {})).toEqual(["heldDate"]);
    expect(problemOf(await markMeetingHeld(database.db, project.member("silje"), { meetingId, place: "", facilitator: "" })).code).toBe("forbidden");
    const elsewhere = { ...project.member("kari"), projectId: project.otherProjectId };
    expect(problemOf(await markMeetingHeld(database.db, elsewhere, { meetingId, place: "", facilitator: "" })).code).toBe("notFound");
    expect(await activityCount()).toBe(0);
  });

  it("records the day it was held when that differs from the plan", async () => {
    const activityId = idOf(await markMeetingHeld(database.db, project.member("jonas"), { meetingId, heldDate: "2026-10-03", place: "", facilitator: "" }));
    const [activity] = await database.db.select({ date: activities.date }).from(activities).where(eq(activities.id, activityId));
    expect(activity.date).toBe("2026-10-03");
  });
});
