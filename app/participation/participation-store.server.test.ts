/**
 * The participation log's stores on a real database (decision 013): who may record activities,
 * raise points and answer them; a "not adopted" answer needs its reason; a resident raises only
 * their own points; every refusal changes nothing and every write leaves its history in
 * `people_events`.
 */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { activities, choiceCategories, inquiries, participationPoints, peopleEvents } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createFeedbackEvents } from "../feedback/feedback-events.server";
import { addActivity, updateActivity } from "./activities-store.server";
import type { ParticipationResult } from "./participation-problem";
import { answersToOwnPoints } from "./point-answers.server";
import { addPoint, answerPoint } from "./points-store.server";
import { makeTestProject, type TestPerson, type TestProject } from "./testing/test-project";

function idOf(result: ParticipationResult): string {
  if (!result.ok) throw new Error(`refused: ${result.problem.messageEn}`);
  return result.id;
}

function problemOf(result: ParticipationResult) {
  if (result.ok) throw new Error("expected a refusal");
  return result.problem;
}

describe.each(testDatabaseKinds)("participation stores on %s", (kind) => {
  let database: TestDatabase;
  let project: TestProject;
  const events = createFeedbackEvents();
  let notices = 0;

  const siteVisit = (extra: Record<string, unknown> = {}) => ({
    kind: "siteVisit",
    title: "Befaring på tomt A",
    date: "2026-10-14",
    phase: "localisation",
    place: "Eikelund",
    attendance: { counts: { planner: 2, police: 1 }, residents: [{ userId: project.userIds.mari }, { alias: "Tor" }, { alias: "tor" }] },
    ...extra,
  });
  const activity = (person: TestPerson = "jonas", extra: Record<string, unknown> = {}) => addActivity(database.db, project.member(person), siteVisit(extra), events);
  const point = (person: TestPerson, input: Record<string, unknown>) => addPoint(database.db, project.member(person), input, events);
  const answer = (person: TestPerson, input: Record<string, unknown>) => answerPoint(database.db, project.member(person), input, events);

  async function rowCounts() {
    const [[a], [p], [e]] = await Promise.all([
      database.db.select({ n: count() }).from(activities),
      database.db.select({ n: count() }).from(participationPoints),
      database.db.select({ n: count() }).from(peopleEvents),
    ]);
    return { activities: a.n, points: p.n, events: e.n };
  }
  const pointRow = async (id: string) => (await database.db.select().from(participationPoints).where(eq(participationPoints.id, id)))[0];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    project = await makeTestProject(database.db);
    events.subscribe(project.projectId, () => (notices += 1), undefined, "participation");
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    for (const table of [participationPoints, activities, peopleEvents, inquiries, choiceCategories]) await database.db.delete(table);
    notices = 0;
  });

  it("records an activity with attendance by role and each resident once, by the name they chose", async () => {
    const id = idOf(await activity());
    const [row] = await database.db.select().from(activities).where(eq(activities.id, id));
    expect(row).toMatchObject({ kind: "siteVisit", title: "Befaring på tomt A", date: "2026-10-14", phase: "localisation", place: "Eikelund", createdRole: "planner" });
    expect(row.attendance).toEqual({
      counts: { resident: 2, planner: 2, police: 1, fire: 0, neighbour: 0, partner: 0, other: 0 },
      residents: [{ userId: project.userIds.mari, alias: "Mari" }, { alias: "Tor" }],
    });
    const history = await database.db.select().from(peopleEvents).where(eq(peopleEvents.subjectId, id));
    expect(history).toMatchObject([{ subjectKind: "activity", kind: "created", actorId: project.userIds.jonas, actorRole: "planner" }]);
    expect(notices).toBe(1);
  });

  it("refuses activities from roles other than planners, with bad fields, or with someone who is not a resident here, and changes nothing", async () => {
    const before = await rowCounts();
    for (const person of ["silje", "ahmed", "mari", "ola"] as const) expect(problemOf(await activity(person)).code).toBe("forbidden");
    const bad = problemOf(await activity("jonas", { date: "2026-02-30", title: " ", attendance: { counts: { police: -1 } } }));
    expect(bad.code).toBe("invalidInput");
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(["attendance", "date", "title"]);
    const stranger = problemOf(await activity("jonas", { attendance: { residents: [{ userId: project.userIds.tor }] } }));
    expect(stranger.fields).toHaveProperty("attendance");
    const planner = problemOf(await activity("jonas", { attendance: { residents: [{ userId: project.userIds.jonas }] } }));
    expect(planner.code).toBe("invalidInput");
    expect(await rowCounts()).toEqual(before);
    expect(notices).toBe(0);
  });

  it("edits an activity and keeps the changed fields in its history", async () => {
    const id = idOf(await activity());
    idOf(await updateActivity(database.db, project.member("kari"), { activityId: id, ...siteVisit({ minutes: "Vi gikk ruten til bussen.", place: "Eikelund" }) }, events));
    const history = await database.db.select().from(peopleEvents).where(eq(peopleEvents.subjectId, id)).orderBy(peopleEvents.createdAt);
    expect(history.map((row) => row.kind)).toEqual(["created", "changed"]);
    expect(history[1].detail).toEqual({ minutes: "Vi gikk ruten til bussen." });
    // The same fields again change nothing and leave no history.
    idOf(await updateActivity(database.db, project.member("kari"), { activityId: id, ...siteVisit({ minutes: "Vi gikk ruten til bussen." }) }, events));
    expect(await database.db.select().from(peopleEvents).where(eq(peopleEvents.subjectId, id))).toHaveLength(2);
    expect(problemOf(await updateActivity(database.db, project.member("silje"), { activityId: id, ...siteVisit() }, events)).code).toBe("forbidden");
    expect(problemOf(await updateActivity(database.db, project.member("jonas"), { activityId: "nope", ...siteVisit() }, events)).code).toBe("notFound");
  });

  it("marks a resident's point entered by staff as entered on their behalf, and the resident's own as their own", async () => {
    const activityId = idOf(await activity());
    const byJonas = idOf(await point("jonas", { activityId, body: "En benk ved inngangen", raisedByRole: "resident", raisedByUserId: project.userIds.mari }));
    expect(await pointRow(byJonas)).toMatchObject({ raisedByRole: "resident", raisedByUserId: project.userIds.mari, onBehalf: true, enteredBy: project.userIds.jonas, enteredRole: "planner", answerStatus: "open" });
    const byMari = idOf(await point("mari", { activityId, body: "Lys på stien til bussen" }));
    expect(await pointRow(byMari)).toMatchObject({ raisedByRole: "resident", raisedByUserId: project.userIds.mari, onBehalf: false, enteredBy: project.userIds.mari });
    const withoutActivity = idOf(await point("mari", { body: "Kan vi få velge dørfarge selv?" }));
    expect(await pointRow(withoutActivity)).toMatchObject({ activityId: null, raisedByUserId: project.userIds.mari });
    const police = idOf(await point("kari", { activityId, body: "Snarveien over jernbanen må stenges", raisedByRole: "police" }));
    expect(await pointRow(police)).toMatchObject({ raisedByRole: "police", raisedByUserId: null, onBehalf: false });
  });

  it("refuses a resident's point for someone else, in an activity they were not at, from an inquiry, and any point from agencies and observers", async () => {
    const withMari = idOf(await activity());
    const withoutMari = idOf(await activity("jonas", { attendance: { residents: [{ alias: "Tor" }] } }));
    const before = await rowCounts();
    expect(problemOf(await point("mari", { body: "For Emil", raisedByUserId: project.userIds.emil })).code).toBe("forbidden");
    expect(problemOf(await point("mari", { body: "Som politiet", raisedByRole: "police" })).code).toBe("forbidden");
    expect(problemOf(await point("emil", { activityId: withMari, body: "Jeg var ikke der" })).code).toBe("forbidden");
    expect(problemOf(await point("mari", { activityId: withoutMari, body: "Jeg var ikke der" })).code).toBe("forbidden");
    for (const person of ["silje", "ahmed", "ola"] as const) expect(problemOf(await point(person, { body: "Noe", raisedByRole: "police" })).code).toBe("forbidden");
    expect(problemOf(await point("jonas", { body: "For Tor", raisedByRole: "resident", raisedByUserId: project.userIds.tor })).fields).toHaveProperty("raisedByUserId");
    expect(problemOf(await point("jonas", { body: "Planlegger", raisedByRole: "planner", raisedByUserId: project.userIds.mari })).fields).toHaveProperty("raisedByRole");
    expect(problemOf(await point("jonas", { activityId: "nope", body: "Hvor?", raisedByRole: "other" })).code).toBe("notFound");
    expect(problemOf(await point("jonas", { body: "", raisedByRole: "other" })).fields).toHaveProperty("body");
    expect(await rowCounts()).toEqual(before);
  });

  it("makes an inquiry a point once", async () => {
    const inquiryId = crypto.randomUUID();
    await database.db.insert(inquiries).values({ id: inquiryId, projectId: project.projectId, receivedDate: "2026-11-01", channel: "email", topic: "Trafikk", body: "Blir det mer trafikk?", dueDate: "2026-11-15", receipt: "R-TEST1" });
    idOf(await point("jonas", { inquiryId, body: "Blir det mer trafikk?", raisedByRole: "neighbour" }));
    expect(problemOf(await point("jonas", { inquiryId, body: "Blir det mer trafikk?", raisedByRole: "neighbour" })).code).toBe("conflict");
    expect(problemOf(await point("mari", { inquiryId, body: "Fra meg" })).code).toBe("forbidden");
  });

  it("refuses a 'not adopted' answer without a reason and changes nothing, then takes it with one", async () => {
    const pointId = idOf(await point("jonas", { body: "To innganger", raisedByRole: "fire" }));
    const before = await rowCounts();
    const refusal = problemOf(await answer("jonas", { pointId, status: "notAdopted", answer: "Vi så på det.", reason: "  " }));
    expect(refusal.code).toBe("invalidInput");
    expect(refusal.fields).toHaveProperty("reason");
    expect(refusal.message).toMatch(/begrunnelse/);
    expect(await rowCounts()).toEqual(before);
    expect(await pointRow(pointId)).toMatchObject({ answerStatus: "open", answeredAt: null });

    idOf(await answer("jonas", { pointId, status: "notAdopted", reason: "Tomta er for smal til to innganger." }));
    const row = await pointRow(pointId);
    expect(row).toMatchObject({ answerStatus: "notAdopted", reason: "Tomta er for smal til to innganger.", answeredBy: project.userIds.jonas });
    expect(row.answeredAt).toBeInstanceOf(Date);
    const history = await database.db.select().from(peopleEvents).where(eq(peopleEvents.subjectId, pointId));
    expect(history.map((entry) => entry.kind).sort()).toEqual(["answered", "created"]);
  });

  it("lets only planners answer, and links answers only to what exists in the project", async () => {
    const pointId = idOf(await point("mari", { body: "Grønn dør" }));
    for (const person of ["mari", "emil", "silje", "ahmed", "ola"] as const) expect(problemOf(await answer(person, { pointId, status: "adopted" })).code).toBe("forbidden");
    expect(problemOf(await answer("jonas", { pointId, status: "adopted", linkKind: "choiceCategory", linkId: "nope" })).fields).toHaveProperty("linkId");
    expect(problemOf(await answer("jonas", { pointId, status: "adopted", linkKind: "site", linkId: "no-such-site" })).fields).toHaveProperty("linkId");
    expect(problemOf(await answer("jonas", { pointId, status: "adopted", linkKind: "site" })).fields).toHaveProperty("linkId");
    const categoryId = crypto.randomUUID();
    await database.db.insert(choiceCategories).values({ id: categoryId, projectId: project.projectId, name: "Ytterdør", previewPart: "door", opensOn: "2026-01-01", closesOn: "2027-01-01" });
    idOf(await answer("kari", { pointId, status: "adopted", answer: "Grønn er med blant dørfargene.", linkKind: "choiceCategory", linkId: categoryId }));
    expect(await pointRow(pointId)).toMatchObject({ answerStatus: "adopted", linkKind: "choiceCategory", linkId: categoryId });
    idOf(await answer("kari", { pointId, status: "open" }));
    expect(await pointRow(pointId)).toMatchObject({ answerStatus: "open", answeredAt: null, linkKind: null });
    expect(problemOf(await answer("jonas", { pointId: "nope", status: "adopted" })).code).toBe("notFound");
  });

  it("tells a resident of the answers to their own points since a moment, not their own answers or others' points", async () => {
    const since = new Date(Date.now() - 60_000);
    const mine = idOf(await point("mari", { body: "Benk ved inngangen" }));
    const emils = idOf(await point("jonas", { body: "Terrasse", raisedByRole: "resident", raisedByUserId: project.userIds.emil }));
    idOf(await answer("jonas", { pointId: mine, status: "adopted", answer: "Benken er tegnet inn." }));
    idOf(await answer("jonas", { pointId: emils, status: "partly" }));
    const answers = await answersToOwnPoints(database.db, project.member("mari"), since);
    expect(answers.map((entry) => [entry.id, entry.answerStatus])).toEqual([[mine, "adopted"]]);
    // Jonas entered Emil's point and answered both himself: nothing new for him.
    expect(await answersToOwnPoints(database.db, project.member("jonas"), since)).toEqual([]);
    expect(await answersToOwnPoints(database.db, project.member("mari"), new Date(Date.now() + 60_000))).toEqual([]);
  });
});
