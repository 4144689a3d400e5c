/**
 * The workshop's minutes on a real database (decision 014): ending writes one participation
 * activity with the attendance by role, the agenda as run, the polls' results and the parking
 * lot, not yet approved; each parking-lot question becomes a point of it; ending again, or twice
 * at once, writes nothing more.
 */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activities, parkingLotItems, participationPoints, workshops } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createFeedbackEvents } from "../feedback/feedback-events.server";
import { approveActivity } from "../participation/activities-store.server";
import { makeTestProject, type TestProject } from "../participation/testing/test-project";
import { addPoll, answerPoll, stepPoll } from "./polls-store.server";
import { createWorkshopEvents } from "./workshop-events.server";
import { endWorkshop } from "./workshop-minutes.server";
import { parkQuestion } from "./workshop-room.server";
import type { WorkshopMember } from "./workshop-rows.server";
import { markPresent } from "./workshop-view.server";
import { addItem, createWorkshop, goToItem, startWorkshop } from "./workshops-store.server";

function valueOf<Value>(result: ({ ok: true } & Value) | { ok: false; problem: { messageEn: string } }): Value {
  if (!result.ok) throw new Error(`refused: ${result.problem.messageEn}`);
  return result;
}

describe.each(testDatabaseKinds)("workshop minutes on %s", (kind) => {
  let database: TestDatabase;
  let project: TestProject;
  let planner: WorkshopMember;
  const events = createWorkshopEvents();

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    project = await makeTestProject(database.db);
    planner = project.member("jonas");
  }, 120_000);
  afterAll(() => database?.drop());

  async function runWorkshop(title: string) {
    const workshopId = valueOf(await createWorkshop(database.db, planner, { title, date: "2026-11-12" })).id;
    const site = valueOf(await addItem(database.db, planner, workshopId, { kind: "site", title: "Tomt A – Eikelund", subjectId: "site-a", plannedMinutes: 20 }, events)).id;
    valueOf(await addItem(database.db, planner, workshopId, { kind: "questions", title: "Spørsmål og svar", plannedMinutes: 15 }, events));
    valueOf(await startWorkshop(database.db, planner, workshopId, events));
    for (const person of ["mari", "emil", "silje", "jonas"] as const) await markPresent(database.db, workshopId, project.member(person), false);
    const poll = valueOf(await addPoll(database.db, planner, workshopId, { kind: "dots", question: "Hvilke tomter passer best?", options: [{ id: "a", label: "Tomt A" }, { id: "b", label: "Tomt B" }], budget: 3, itemId: site }, events));
    valueOf(await stepPoll(database.db, planner, workshopId, poll.id, "open", events));
    valueOf(await answerPoll(database.db, project.member("mari"), workshopId, poll.id, { dots: { a: 3 } }, events));
    valueOf(await answerPoll(database.db, project.member("emil"), workshopId, poll.id, { dots: { a: 1, b: 2 } }, events));
    valueOf(await parkQuestion(database.db, project.member("mari"), workshopId, { body: "Hvor skal bussen stoppe?" }, events));
    valueOf(await parkQuestion(database.db, project.member("silje"), workshopId, { body: "Belysning langs stien om kvelden" }, events));
    const observer = await parkQuestion(database.db, project.member("ola"), workshopId, { body: "Fra observatøren" }, events);
    expect(observer.ok).toBe(false);
    return workshopId;
  }

  it("writes one unapproved activity with attendance, agenda, results and parking lot, and a point per question", async () => {
    const workshopId = await runWorkshop("Verksted om tomtene");
    const ended = valueOf(await endWorkshop(database.db, planner, workshopId, events));
    const [activity] = await database.db.select().from(activities).where(eq(activities.workshopId, workshopId));
    expect(activity.id).toBe(ended.activityId);
    expect(activity).toMatchObject({ kind: "workshop", title: "Verksted om tomtene", date: "2026-11-12", approvedAt: null, facilitator: "Jonas" });
    expect(activity.attendance).toMatchObject({ counts: { resident: 2, planner: 1, police: 1 } });
    expect((activity.attendance as { residents: Array<{ alias: string }> }).residents.map((resident) => resident.alias).sort()).toEqual(["Emil", "Mari"]);
    for (const text of ["Tomt A – Eikelund: 20 min planlagt", "Spørsmål og svar: 15 min planlagt, ikke tatt opp", "Hvilke tomter passer best?", "Tomt A: 4 prikker", "Tomt B: 2 prikker", "færre enn 3", "Hvor skal bussen stoppe?", "Belysning langs stien om kvelden"]) {
      expect(activity.minutes).toContain(text);
    }
    const points = await database.db.select().from(participationPoints).where(eq(participationPoints.activityId, activity.id));
    expect(points.map((point) => [point.body, point.raisedByRole]).sort()).toEqual([
      ["Belysning langs stien om kvelden", "police"],
      ["Hvor skal bussen stoppe?", "resident"],
    ]);
    expect(points.find((point) => point.raisedByRole === "resident")?.raisedByUserId).toBe(project.userIds.mari);
    const parked = await database.db.select().from(parkingLotItems).where(eq(parkingLotItems.workshopId, workshopId));
    expect(parked.every((item) => points.some((point) => point.id === item.pointId))).toBe(true);
    const [row] = await database.db.select().from(workshops).where(eq(workshops.id, workshopId));
    expect(row).toMatchObject({ status: "ended", activityId: activity.id, currentItemId: null });

    const again = valueOf(await endWorkshop(database.db, planner, workshopId, events));
    expect(again.activityId).toBe(activity.id);
    const [{ n }] = await database.db.select({ n: count() }).from(activities).where(eq(activities.workshopId, workshopId));
    expect(n).toBe(1);
    const [{ n: pointCount }] = await database.db.select({ n: count() }).from(participationPoints).where(eq(participationPoints.activityId, activity.id));
    expect(pointCount).toBe(2);
    const late = await goToItem(database.db, planner, workshopId, "anything", events);
    expect(late.ok).toBe(false);

    // A planner approves the minutes, once; a resident cannot.
    const quiet = createFeedbackEvents();
    expect((await approveActivity(database.db, project.member("mari"), { activityId: activity.id }, quiet)).ok).toBe(false);
    expect((await approveActivity(database.db, planner, { activityId: activity.id }, quiet)).ok).toBe(true);
    const [approved] = await database.db.select().from(activities).where(eq(activities.id, activity.id));
    expect(approved.approvedBy).toBe(project.userIds.jonas);
    expect(approved.approvedAt).not.toBeNull();
    const twice = await approveActivity(database.db, planner, { activityId: activity.id }, quiet);
    expect(twice.ok ? null : twice.problem.code).toBe("conflict");
  });

  it("writes one activity when two planners end at once", async () => {
    const workshopId = await runWorkshop("Verksted to ganger");
    const [first, second] = await Promise.all([endWorkshop(database.db, planner, workshopId, events), endWorkshop(database.db, project.member("kari"), workshopId, events)]);
    expect(valueOf(first).activityId).toBe(valueOf(second).activityId);
    const [{ n }] = await database.db.select({ n: count() }).from(activities).where(eq(activities.workshopId, workshopId));
    expect(n).toBe(1);
  });
});
