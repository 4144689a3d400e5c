/**
 * The cooperation agreement on a real database (decision 013): planners record partners,
 * the responsibility matrix, goals and the meeting plan; everyone else is refused and nothing
 * changes; ids from another project are not found; every write leaves a history row; the
 * snapshot and the meetings ahead read back what was written.
 */
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cooperationTargets, partners, peopleEvents, plannedMeetings, responsibilities } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { parseCooperationForm } from "./cooperation-input";
import { addGoal, addPartner, addResponsibility, readCooperation, removePartner, removeResponsibility, updateGoal, updatePartner } from "./cooperation-store.server";
import type { CooperationResult } from "./cooperation-types";
import { addMeeting, removeMeeting, upcomingMeetings } from "./meetings-store.server";
import { makeTestProject, testPeople, type TestProject } from "./testing/test-project";

function idOf(result: CooperationResult): string {
  if (!result.ok) throw new Error(`refused: ${result.problem.messageEn}`);
  return result.id;
}

function problemOf(result: CooperationResult) {
  if (result.ok) throw new Error("expected a refusal");
  return result.problem;
}

const police = { name: "Politiet (forebyggende seksjon)", kind: "police" as const, contactRole: "Leder forebyggende seksjon", workContact: "Sentralbord 02800" };

describe.each(testDatabaseKinds)("cooperation store on %s", (kind) => {
  let database: TestDatabase;
  let project: TestProject;

  async function rowCounts() {
    const counts = await Promise.all(
      [partners, responsibilities, cooperationTargets, plannedMeetings, peopleEvents].map(async (table) => (await database.db.select({ n: count() }).from(table))[0].n),
    );
    return counts.join(",");
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    project = await makeTestProject(database.db);
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    for (const table of [plannedMeetings, responsibilities, partners, cooperationTargets, peopleEvents]) await database.db.delete(table);
  });

  it("lets a planner record partners, the matrix, goals and meetings, and every member who may read sees them", async () => {
    const jonas = project.member("jonas");
    const policeId = idOf(await addPartner(database.db, jonas, police));
    const husbankenId = idOf(await addPartner(database.db, project.member("kari"), { name: "Husbanken", kind: "husbanken", contactRole: "Rådgiver", workContact: "" }));
    idOf(await addResponsibility(database.db, jonas, { partnerId: policeId, phase: "localisation", text: "Gir råd om plassering ut fra kjente rusmiljøer" }));
    idOf(await addResponsibility(database.db, jonas, { partnerId: husbankenId, phase: "needs", text: "Tilskudd og lån" }));
    const goalId = idOf(await addGoal(database.db, jonas, { title: "Boliger tilbudt i år", target: 4, achieved: 2, unit: "boliger" }));
    idOf(await addMeeting(database.db, jonas, { title: "Vårmøte", date: "2027-03-10", purpose: "Status", partnerIds: [policeId, policeId] }));

    const snapshot = await readCooperation(database.db, project.member("silje"), { now: new Date("2027-01-15T12:00:00Z") });
    expect(snapshot.partners.map((partner) => partner.name)).toEqual(["Husbanken", "Politiet (forebyggende seksjon)"]);
    expect(snapshot.partners[1]).toMatchObject({ kind: "police", contactRole: "Leder forebyggende seksjon", workContact: "Sentralbord 02800" });
    expect(snapshot.responsibilities.map((entry) => [entry.phase, entry.text])).toEqual([
      ["localisation", "Gir råd om plassering ut fra kjente rusmiljøer"],
      ["needs", "Tilskudd og lån"],
    ]);
    expect(snapshot.goals).toEqual([{ id: goalId, title: "Boliger tilbudt i år", target: 4, achieved: 2, unit: "boliger", dueDate: null, percent: 50 }]);
    expect(snapshot.meetings).toMatchObject([{ title: "Vårmøte", date: "2027-03-10", partnerIds: [policeId], activityId: null, overdue: false }]);
    expect(snapshot.may).toEqual({ write: false, flag: false });
    expect((await readCooperation(database.db, jonas)).may).toEqual({ write: true, flag: true });
    // One history row per write, with who did it and in which role.
    const history = await database.db.select().from(peopleEvents).where(eq(peopleEvents.projectId, project.projectId));
    expect(history).toHaveLength(6);
    expect(history.find((row) => row.subjectId === husbankenId)).toMatchObject({ kind: "created", actorId: project.userIds.kari, actorRole: "owner" });
  });

  it("refuses every write from police, fire, residents and observers with 403, changing nothing", async () => {
    const partnerId = idOf(await addPartner(database.db, project.member("jonas"), police));
    const before = await rowCounts();
    for (const person of testPeople.filter((name) => !["kari", "jonas"].includes(name))) {
      const member = project.member(person);
      const attempts = [
        await addPartner(database.db, member, police),
        await updatePartner(database.db, member, { partnerId, ...police, name: "Endret" }),
        await removePartner(database.db, member, { partnerId }),
        await addResponsibility(database.db, member, { partnerId, phase: "needs", text: "Noe" }),
        await addGoal(database.db, member, { title: "Mål", target: 1, achieved: 0, unit: "" }),
        await addMeeting(database.db, member, { title: "Møte", date: "2027-01-01", purpose: "", partnerIds: [] }),
      ];
      expect(attempts.map((attempt) => problemOf(attempt).code)).toEqual(Array(6).fill("forbidden"));
    }
    expect(await rowCounts()).toBe(before);
  });

  it("does not find another project's partner, responsibility or goal (404) and refuses a meeting with a stranger partner (400)", async () => {
    const jonas = project.member("jonas");
    const elsewhere = { ...project.member("kari"), projectId: project.otherProjectId };
    const foreignPartner = idOf(await addPartner(database.db, elsewhere, police));
    const foreignGoal = idOf(await addGoal(database.db, elsewhere, { title: "Mål", target: 2, achieved: 0, unit: "" }));
    const foreignLine = idOf(await addResponsibility(database.db, elsewhere, { partnerId: foreignPartner, phase: "needs", text: "Noe" }));
    const before = await rowCounts();
    expect(problemOf(await addResponsibility(database.db, jonas, { partnerId: foreignPartner, phase: "needs", text: "Noe" })).code).toBe("notFound");
    expect(problemOf(await updatePartner(database.db, jonas, { partnerId: foreignPartner, ...police })).code).toBe("notFound");
    expect(problemOf(await removeResponsibility(database.db, jonas, { responsibilityId: foreignLine })).code).toBe("notFound");
    expect(problemOf(await updateGoal(database.db, jonas, { goalId: foreignGoal, title: "Mål", target: 2, achieved: 2, unit: "" })).code).toBe("notFound");
    const stranger = problemOf(await addMeeting(database.db, jonas, { title: "Møte", date: "2027-01-01", purpose: "", partnerIds: [foreignPartner] }));
    expect(stranger.code).toBe("invalidInput");
    expect(Object.keys(stranger.fields ?? {})).toEqual(["partnerIds"]);
    expect(await rowCounts()).toBe(before);
  });

  it("updates how much of a goal is reached, and shows more than reached as a full bar with its numbers", async () => {
    const jonas = project.member("jonas");
    const goalId = idOf(await addGoal(database.db, jonas, { title: "Felles møter i året", target: 6, achieved: 0, unit: "møter", dueDate: "2027-12-31" }));
    idOf(await updateGoal(database.db, jonas, { goalId, title: "Felles møter i året", target: 6, achieved: 7, unit: "møter", dueDate: "2027-12-31" }));
    const [goal] = (await readCooperation(database.db, jonas)).goals;
    expect(goal).toMatchObject({ achieved: 7, target: 6, percent: 100, dueDate: "2027-12-31" });
  });

  it("removes a partner with its responsibilities and takes it off planned meetings", async () => {
    const jonas = project.member("jonas");
    const partnerId = idOf(await addPartner(database.db, jonas, police));
    const otherId = idOf(await addPartner(database.db, jonas, { name: "Tildelingskontoret", kind: "municipality", contactRole: "Leder", workContact: "" }));
    idOf(await addResponsibility(database.db, jonas, { partnerId, phase: "needs", text: "Noe" }));
    idOf(await addMeeting(database.db, jonas, { title: "Møte", date: "2027-01-01", purpose: "", partnerIds: [partnerId, otherId] }));
    idOf(await removePartner(database.db, jonas, { partnerId }));
    const snapshot = await readCooperation(database.db, jonas);
    expect(snapshot.partners.map((partner) => partner.id)).toEqual([otherId]);
    expect(snapshot.responsibilities).toEqual([]);
    expect(snapshot.meetings[0].partnerIds).toEqual([otherId]);
  });

  it("lists the meetings ahead from a day on, not held ones, with the partners' names", async () => {
    const jonas = project.member("jonas");
    const partnerId = idOf(await addPartner(database.db, jonas, police));
    idOf(await addMeeting(database.db, jonas, { title: "Før", date: "2027-01-09", purpose: "", partnerIds: [] }));
    idOf(await addMeeting(database.db, jonas, { title: "I dag", date: "2027-01-10", purpose: "Status", partnerIds: [partnerId] }));
    idOf(await addMeeting(database.db, jonas, { title: "Senere", date: "2027-06-10", purpose: "", partnerIds: [] }));
    idOf(await addMeeting(database.db, jonas, { title: "Mye senere", date: "2027-09-10", purpose: "", partnerIds: [] }));
    const ahead = await upcomingMeetings(database.db, project.projectId, { from: "2027-01-10", limit: 2 });
    expect(ahead.map((meeting) => [meeting.title, meeting.partnerNames])).toEqual([
      ["I dag", ["Politiet (forebyggende seksjon)"]],
      ["Senere", []],
    ]);
    expect(await upcomingMeetings(database.db, project.otherProjectId, { from: "2000-01-01" })).toEqual([]);
    const snapshot = await readCooperation(database.db, jonas, { now: new Date("2027-01-10T12:00:00Z") });
    expect(snapshot.meetings.filter((meeting) => meeting.overdue).map((meeting) => meeting.title)).toEqual(["Før"]);
  });

  it("removes a planned meeting", async () => {
    const jonas = project.member("jonas");
    const meetingId = idOf(await addMeeting(database.db, jonas, { title: "Møte", date: "2027-01-01", purpose: "", partnerIds: [] }));
    idOf(await removeMeeting(database.db, jonas, { meetingId }));
    expect(await database.db.select().from(plannedMeetings).where(and(eq(plannedMeetings.id, meetingId)))).toEqual([]);
    expect(problemOf(await removeMeeting(database.db, jonas, { meetingId })).code).toBe("notFound");
  });
});

describe("the cooperation forms", () => {
  const form = (fields: Record<string, string | string[]>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) for (const entry of [value].flat()) data.append(name, entry);
    return data;
  };

  it("reads a meeting's partners from repeated fields and names each wrong field", () => {
    const parsed = parseCooperationForm(form({ intent: "addMeeting", title: " Vårmøte ", date: "2027-03-10", partnerIds: ["a1", "b2"] }));
    expect(parsed).toEqual({ ok: true, input: { intent: "addMeeting", title: "Vårmøte", date: "2027-03-10", purpose: "", partnerIds: ["a1", "b2"] } });
    const wrong = parseCooperationForm(form({ intent: "addGoal", title: "", target: "0", achieved: "-1", dueDate: "2027-02-30" }));
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(Object.keys(wrong.problem.fields ?? {}).sort()).toEqual(["achieved", "dueDate", "target", "title"]);
    const unknown = parseCooperationForm(form({ intent: "dropTables" }));
    expect(unknown.ok ? null : unknown.problem.code).toBe("unknownIntent");
  });

  it("refuses control characters in a partner's name", () => {
    const parsed = parseCooperationForm(form({ intent: "addPartner", name: "Politi\u0000", kind: "police" }));
    expect(parsed.ok ? null : parsed.problem.fields?.name?.messageEn).toMatch(/characters that cannot be stored/);
  });
});
