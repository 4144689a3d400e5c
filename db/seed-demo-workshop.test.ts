/**
 * The demo's finished workshop (decision 014): "Verksted om tomtene" on a past day with its
 * agenda as run, two revealed polls answered by the demo members, two parking-lot questions that
 * became points, and its minutes approved in the participation log.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activities, participationPoints, workshops } from "./schema";
import { seedDemo } from "./seed-demo";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../test/support/database";
import { listMembers } from "../app/members/members.server";
import { todayInOslo } from "../app/ui/format-time";
import { findWorkshop } from "../app/workshops/workshop-rows.server";
import { readWorkshopView } from "../app/workshops/workshop-view.server";

describe.each(testDatabaseKinds)("the demo's workshop on %s", (kind) => {
  let database: TestDatabase;
  let projectId: string;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    projectId = (await seedDemo(database.db))!.projectId;
    for (const entry of await listMembers(database.db, projectId)) ids.set(entry.name, entry.userId);
  }, 180_000);
  afterAll(() => database?.drop());

  it("is ended on a past day with revealed results a resident sees, and approved minutes with its parking lot as points", async () => {
    const [row] = await database.db.select().from(workshops).where(eq(workshops.projectId, projectId));
    expect(row).toMatchObject({ title: "Verksted om tomtene", status: "ended" });
    expect(row.date < todayInOslo()).toBe(true);
    const stored = await findWorkshop(database.db, projectId, row.id);
    const view = await readWorkshopView(database.db, stored!, { userId: ids.get("Mari")!, role: "resident" });
    expect(view.agenda.map((item) => item.kind)).toEqual(["site", "checklistSection", "questions"]);
    expect(view.polls.map((poll) => [poll.kind, poll.revealed, poll.answered])).toEqual([
      ["dots", true, 5],
      ["scale", true, 5],
    ]);
    const dots = view.polls[0];
    expect(dots.options.every((option) => option.subjectKind === "site")).toBe(true);
    const tomtA = dots.options.find((option) => option.label.startsWith("Tomt A"))!;
    expect(Object.entries(dots.results!.totals).sort(([, a], [, b]) => b - a)[0][0]).toBe(tomtA.id);
    expect(dots.ownAnswer).not.toBeNull();
    expect(view.parkingLot).toHaveLength(2);
    expect(view.attendanceByRole).toMatchObject({ resident: 2, planner: 1, owner: 1, police: 1, fire: 1, observer: 1 });

    const [minutes] = await database.db.select().from(activities).where(eq(activities.id, row.activityId!));
    expect(minutes).toMatchObject({ kind: "workshop", workshopId: row.id, date: row.date, approvedBy: ids.get("Kari") });
    expect(minutes.approvedAt).not.toBeNull();
    expect(minutes.minutes).toContain("22 min brukt");
    expect(minutes.minutes).toContain("Hvilke tomter bør vi gå videre med?");
    const points = await database.db.select().from(participationPoints).where(eq(participationPoints.activityId, minutes.id));
    expect(points.map((point) => point.raisedByRole).sort()).toEqual(["police", "resident"]);
  });
});
