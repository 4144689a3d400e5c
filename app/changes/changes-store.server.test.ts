/**
 * "New since your last visit" and attention flags on a real database (decision 013): the visit
 * rule (a first visit shows nothing as new, a new sitting starts after 30 minutes away), what
 * each role sees (a resident never sees inquiries, police see their flags and not fire's), and
 * flags added and cleared by who may. Time passes by moving stored visit times back, as the
 * database's clock would have stamped them.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { activities, attentionFlags, checklistEvents, inquiries, memberVisits, participationPoints, peopleEvents, plannedMeetings, siteComments } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { addComment as addChecklistComment, setStatus } from "../checklist/checklist-store.server";
import { addMeeting } from "../cooperation/meetings-store.server";
import { makeTestProject, type TestPerson, type TestProject } from "../cooperation/testing/test-project";
import { addComment, addReply } from "../feedback/feedback-store.server";
import { addDays, todayInOslo } from "../ui/format-time";
import { addFlag, clearFlag, openFlags } from "./attention-store.server";
import { changesSince } from "./changes-store.server";
import { dashboardChanges, loadChangesSinceLastVisit } from "./changes-loader.server";
import type { ChangesResult } from "./changes-types";
import { recordVisit } from "./visits.server";

function idOf(result: ChangesResult): string {
  if (!result.ok) throw new Error(`refused: ${result.problem.messageEn}`);
  return result.id;
}

function problemOf(result: ChangesResult) {
  if (result.ok) throw new Error("expected a refusal");
  return result.problem;
}

describe.each(testDatabaseKinds)("new since your last visit on %s", (kind) => {
  let database: TestDatabase;
  let project: TestProject;
  const today = todayInOslo();

  const changes = (person: TestPerson) => changesSince(database.db, project.member(person));
  /** As if the person's last visit ended `hours` ago. */
  const awayFor = (person: TestPerson, hours: number) =>
    database.db
      .update(memberVisits)
      .set({ lastVisitAt: sql`now() - make_interval(hours => ${hours})` })
      .where(sql`${memberVisits.userId} = ${project.userIds[person]} and ${memberVisits.projectId} = ${project.projectId}`);
  /** Moves every record stamped so far back in time, as if made `hours` ago. */
  const madeAgo = async (hours: number) => {
    await database.db.update(siteComments).set({ createdAt: sql`now() - make_interval(hours => ${hours})` });
    await database.db.update(checklistEvents).set({ createdAt: sql`now() - make_interval(hours => ${hours})` });
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    project = await makeTestProject(database.db);
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    for (const table of [memberVisits, siteComments, checklistEvents, attentionFlags, participationPoints, inquiries, activities, plannedMeetings, peopleEvents]) await database.db.delete(table);
  });

  it("shows nothing as new on a first visit, then what others did since the previous sitting, and keeps it new through the sitting", async () => {
    await addComment(database.db, project.member("jonas"), { body: "Før første besøk", siteId: "site-a" });
    const first = await loadChangesSinceLastVisit(database.db, project.member("silje"));
    expect(first.since).toBeNull();
    expect(first.newCount).toBe(0);

    // Two hours away; meanwhile Jonas comments, and Silje's own comment does not count.
    await madeAgo(3);
    await awayFor("silje", 2);
    await addComment(database.db, project.member("jonas"), { body: "Ny kommentar", siteId: "site-a" });
    await addComment(database.db, project.member("silje"), { body: "Min egen", siteId: "site-a" });
    // The dashboard looks without visiting: the last visit is already what "new" counts from.
    expect((await changes("silje")).comments.count).toBe(1);
    expect((await dashboardChanges(database.db, project.userIds.silje, [{ id: project.projectId, role: "police" }])).get(project.projectId)).toEqual({ newCount: 1, flagCount: 0, dueInquiries: 0 });

    const second = await loadChangesSinceLastVisit(database.db, project.member("silje"));
    expect(second.since).not.toBeNull();
    expect(second.comments.count).toBe(1);
    // A reload within the sitting keeps what is new.
    expect((await loadChangesSinceLastVisit(database.db, project.member("silje"))).comments.count).toBe(1);

    // The sitting ends an hour ago, after the comments: at the next visit they are old news.
    await madeAgo(3);
    await awayFor("silje", 1);
    const third = await loadChangesSinceLastVisit(database.db, project.member("silje"));
    expect(third.comments.count).toBe(0);
    expect(third.newCount).toBe(0);
  });

  it("counts replies in the member's own threads, and answers to their own points", async () => {
    const threadId = await addComment(database.db, project.member("mari"), { body: "Er det lys på stien?", siteId: "site-a" });
    await recordVisit(database.db, project.member("mari"));
    await awayFor("mari", 2);
    await addReply(database.db, project.member("jonas"), { parentId: threadId, body: "Ja, vi setter opp lys." });
    await addComment(database.db, project.member("ahmed"), { body: "Brannbil kommer fram", siteId: "site-b" });
    const point = (body: string, raisedBy: TestPerson | null, enteredBy: TestPerson, answered: boolean) => ({
      id: crypto.randomUUID(),
      projectId: project.projectId,
      body,
      raisedByRole: raisedBy ? "resident" : "neighbour",
      raisedByUserId: raisedBy ? project.userIds[raisedBy] : null,
      enteredBy: project.userIds[enteredBy],
      enteredRole: enteredBy === "jonas" ? "planner" : "resident",
      onBehalf: enteredBy !== raisedBy,
      answerStatus: answered ? "adopted" : "open",
      answer: answered ? "Tatt inn" : "",
      answeredBy: answered ? project.userIds.jonas : null,
      answeredAt: answered ? new Date() : null,
    });
    await database.db.insert(participationPoints).values([
      point("Eget soverom", "mari", "mari", true),
      point("Sykkelbod", "mari", "jonas", true),
      point("Ikke besvart", "mari", "mari", false),
      point("Emils innspill", "emil", "emil", true),
    ]);
    const mari = await changes("mari");
    expect(mari.comments).toMatchObject({ count: 2, inOwnThreads: 1 });
    expect(mari.answeredPoints.map((entry) => entry.body).sort()).toEqual(["Eget soverom", "Sykkelbod"]);
    expect(mari.answeredPoints[0].url).toMatch(/\/participation#point-/);
    expect(mari.newCount).toBe(4);
  });

  it("shows the checklist items assigned to the member's role that others changed", async () => {
    await recordVisit(database.db, project.member("silje"));
    await recordVisit(database.db, project.member("ahmed"));
    await awayFor("silje", 2);
    await awayFor("ahmed", 2);
    // policeOnLocation: police are responsible; fireAlarmSuited: fire are.
    idOf((await addChecklistComment(database.db, project.member("jonas"), { itemKey: "policeOnLocation", body: "Kan dere se på Tomt B?" })) as ChangesResult);
    await setStatus(database.db, project.member("jonas"), { itemKey: "policeOnLocation", target: "project", status: "inProgress", reason: "" });
    await setStatus(database.db, project.member("ahmed"), { itemKey: "fireAlarmSuited", target: "project", status: "inProgress", reason: "" });
    const silje = await changes("silje");
    expect(silje.changedItems).toMatchObject([{ itemKey: "policeOnLocation", changes: 2, title: { nb: expect.any(String) }, url: expect.stringContaining("#item-policeOnLocation") }]);
    // Fire's own change is not news to fire.
    expect((await changes("ahmed")).changedItems).toEqual([]);
  });

  it("shows planners the inquiries due within three days or overdue, and never a resident or the police", async () => {
    const inquiry = (topic: string, dueDate: string, answered = false) => ({
      id: crypto.randomUUID(),
      projectId: project.projectId,
      receivedDate: addDays(dueDate, -14),
      channel: "email",
      topic,
      body: "Spørsmål",
      dueDate,
      answeredDate: answered ? today : null,
      receipt: crypto.randomUUID().slice(0, 8),
    });
    await database.db.insert(inquiries).values([
      inquiry("Forfalt", addDays(today, -1)),
      inquiry("Om tre dager", addDays(today, 3)),
      inquiry("Om fire dager", addDays(today, 4)),
      inquiry("Besvart", addDays(today, -2), true),
    ]);
    const jonas = await changes("jonas");
    expect(jonas.dueInquiries.map((entry) => [entry.topic, entry.overdue])).toEqual([
      ["Forfalt", true],
      ["Om tre dager", false],
    ]);
    expect((await changes("kari")).dueInquiries).toHaveLength(2);
    for (const person of ["mari", "silje", "ahmed", "ola"] as const) expect((await changes(person)).dueInquiries).toEqual([]);
  });

  it("shows the meetings ahead: the meeting plan to those who read the cooperation, public activities to everyone", async () => {
    await addMeeting(database.db, project.member("jonas"), { title: "Møte med politiet", date: addDays(today, 7), purpose: "", partnerIds: [] });
    await addMeeting(database.db, project.member("jonas"), { title: "Gammelt møte", date: addDays(today, -7), purpose: "", partnerIds: [] });
    const activity = (title: string, isPublic: boolean, date: string) => ({
      id: crypto.randomUUID(),
      projectId: project.projectId,
      kind: "openHouse",
      title,
      date,
      phase: "needs",
      attendance: { counts: {}, residents: [] },
      isPublic,
      createdRole: "planner",
    });
    await database.db.insert(activities).values([activity("Åpent hus", true, addDays(today, 3)), activity("Internt verksted", false, addDays(today, 2))]);
    expect((await changes("silje")).meetingsAhead.map((meeting) => [meeting.kind, meeting.title])).toEqual([
      ["activity", "Åpent hus"],
      ["meeting", "Møte med politiet"],
    ]);
    expect((await changes("mari")).meetingsAhead.map((meeting) => meeting.title)).toEqual(["Åpent hus"]);
  });

  it("lets a planner flag a checklist item for the police: police see it (even on a first visit), fire do not, until it is cleared", async () => {
    const flagId = idOf(
      await addFlag(database.db, project.member("kari"), { subjectKind: "checklistItem", subjectId: "workingLocks", role: "police", note: "Se på låsene før befaringen" }),
    );
    const silje = await changes("silje");
    expect(silje.since).toBeNull();
    expect(silje.flags).toMatchObject([{ id: flagId, subjectKind: "checklistItem", role: "police", note: "Se på låsene før befaringen", createdByName: "Kari", mayClear: true }]);
    expect(silje.flags[0].subjectTitle?.nb).toMatch(/lås/i);
    expect(silje.newCount).toBe(1);
    expect((await changes("ahmed")).flags).toEqual([]);
    // Planners see every role's open flags where they look for them.
    expect((await openFlags(database.db, project.member("jonas"), { everyRole: true })).map((flag) => flag.id)).toEqual([flagId]);
    expect((await changes("jonas")).flags).toEqual([]);

    // Fire may not clear the police's flag; the police may.
    expect(problemOf(await clearFlag(database.db, project.member("ahmed"), { flagId })).code).toBe("forbidden");
    idOf(await clearFlag(database.db, project.member("silje"), { flagId }));
    expect((await changes("silje")).flags).toEqual([]);
    expect(problemOf(await clearFlag(database.db, project.member("jonas"), { flagId })).code).toBe("conflict");
    const history = await database.db.select().from(peopleEvents).where(eq(peopleEvents.subjectId, flagId));
    expect(history.map((row) => [row.kind, row.actorRole]).sort()).toEqual([
      ["cleared", "police"],
      ["created", "owner"],
    ]);
  });

  it("refuses flags from non-planners (403), for a role that may not read the record (400), on records not in the project (404), and twice (409)", async () => {
    const note = { note: "" };
    expect(problemOf(await addFlag(database.db, project.member("silje"), { subjectKind: "checklistItem", subjectId: "workingLocks", role: "fire", ...note })).code).toBe("forbidden");
    const inquiryId = crypto.randomUUID();
    await database.db.insert(inquiries).values({ id: inquiryId, projectId: project.projectId, receivedDate: today, channel: "email", topic: "Parkering", body: "?", dueDate: addDays(today, 14), receipt: "R-1" });
    const unreadable = problemOf(await addFlag(database.db, project.member("jonas"), { subjectKind: "inquiry", subjectId: inquiryId, role: "police", ...note }));
    expect(unreadable.code).toBe("invalidInput");
    expect(Object.keys(unreadable.fields ?? {})).toEqual(["role"]);
    expect(problemOf(await addFlag(database.db, project.member("jonas"), { subjectKind: "checklistItem", subjectId: "noSuchItem", role: "police", ...note })).code).toBe("notFound");
    expect(problemOf(await addFlag(database.db, project.member("jonas"), { subjectKind: "inquiry", subjectId: crypto.randomUUID(), role: "planner", ...note })).code).toBe("notFound");
    idOf(await addFlag(database.db, project.member("jonas"), { subjectKind: "inquiry", subjectId: inquiryId, role: "owner", ...note }));
    expect(problemOf(await addFlag(database.db, project.member("jonas"), { subjectKind: "inquiry", subjectId: inquiryId, role: "owner", ...note })).code).toBe("conflict");
    expect(await database.db.select().from(attentionFlags)).toHaveLength(1);
    // The owner sees the inquiry's topic, since owners read inquiries.
    expect((await changes("kari")).flags[0].subjectTitle).toEqual({ nb: "Parkering", en: "Parkering" });
  });
});
