/**
 * The formal neighbour notice on a real database (decision 013): planners record when it was sent
 * and to whom, the countdown of the 14 days and the one-year validity follow Oslo's calendar,
 * objections are held with the applicant's comment (open until commented), the sender's name is
 * deleted on request leaving the content, and every other role is refused without a change.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { communications, neighbourNotices, peopleEvents } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { addObjection, answerObjection, deleteObjectionSender, editNotice, listNotices, recordNotice, setApplicationSent } from "./notice-store.server";
import { idOf, neighbourFixture, people, problemOf } from "./testing/neighbour-fixture";

const notice = { sentDate: "2026-11-20", recipients: "Eierne av naboeiendommene i Eikelundveien", recipientCount: 9, channel: "registeredLetter" as const, proof: "" };
const now = new Date("2026-11-30T10:00:00Z");

describe.each(testDatabaseKinds)("formal neighbour notice on %s", (kind) => {
  let database: TestDatabase;
  let fixture: Awaited<ReturnType<typeof neighbourFixture>>;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixture = await neighbourFixture(database.db);
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.db.delete(neighbourNotices);
    await database.db.delete(communications);
  });

  it("records a notice with its countdown and validity, and logs it in the communication log", async () => {
    const db = database.db;
    const id = idOf(await recordNotice(db, fixture.member("jonas"), notice, { now }));
    const [listed] = await listNotices(db, fixture.projectId, { now });
    expect(listed).toMatchObject({
      id,
      sentDate: "2026-11-20",
      recipientCount: 9,
      countdown: { state: "open", deadline: "2026-12-04", daysLeft: 4 },
      validity: { state: "valid", validUntil: "2027-11-20" },
      objections: [],
      openObjections: 0,
    });
    expect((await listNotices(db, fixture.projectId, { now: new Date("2026-12-05T09:00:00Z") }))[0].countdown).toEqual({ state: "passed", deadline: "2026-12-04", daysSince: 1 });
    const logged = await db.select().from(communications).where(eq(communications.projectId, fixture.projectId));
    expect(logged).toMatchObject([{ kind: "notice", date: "2026-11-20", audience: "neighbours", channel: "registeredLetter" }]);
  });

  it("refuses a sent date after today in Oslo", async () => {
    const db = database.db;
    // 23:30 UTC on 30 November is already 1 December in Oslo.
    const late = new Date("2026-11-30T23:30:00Z");
    expect(idOf(await recordNotice(db, fixture.member("jonas"), { ...notice, sentDate: "2026-12-01" }, { now: late }))).toBeTruthy();
    expect(Object.keys(problemOf(await recordNotice(db, fixture.member("jonas"), { ...notice, sentDate: "2026-12-02" }, { now: late })).fields ?? {})).toEqual(["sentDate"]);
  });

  it("warns 30 days before the year runs out, unless the application was sent", async () => {
    const db = database.db;
    const id = idOf(await recordNotice(db, fixture.member("jonas"), notice, { now }));
    const later = new Date("2027-11-01T12:00:00Z");
    expect((await listNotices(db, fixture.projectId, { now: later }))[0].validity).toEqual({ state: "endingSoon", validUntil: "2027-11-20", daysLeft: 19 });
    expect(problemOf(await setApplicationSent(db, fixture.member("jonas"), { noticeId: id, applicationSentDate: "2026-11-19" }, { now: later })).code).toBe("invalidInput");
    idOf(await setApplicationSent(db, fixture.member("jonas"), { noticeId: id, applicationSentDate: "2026-12-10" }, { now: later }));
    expect((await listNotices(db, fixture.projectId, { now: later }))[0].validity.state).toBe("used");
    idOf(await setApplicationSent(db, fixture.member("jonas"), { noticeId: id, applicationSentDate: null }, { now: later }));
    expect((await listNotices(db, fixture.projectId, { now: later }))[0].validity.state).toBe("endingSoon");
  });

  it("holds objections, open until the applicant has commented, late when after the deadline", async () => {
    const db = database.db;
    const planner = fixture.member("jonas");
    const noticeId = idOf(await recordNotice(db, planner, notice, { now }));
    const later = new Date("2026-12-10T12:00:00Z");
    const first = idOf(await addObjection(db, planner, { noticeId, receivedDate: "2026-11-25", fromName: "Per Hansen", body: "Bekymret for trafikken i veien." }, { now: later }));
    const second = idOf(await addObjection(db, planner, { noticeId, receivedDate: "2026-12-06", fromName: "", body: "Ønsker mer vegetasjon mot veien." }, { now: later }));
    expect(problemOf(await addObjection(db, planner, { noticeId, receivedDate: "2026-11-19", fromName: "", body: "For tidlig" }, { now: later })).fields).toHaveProperty("receivedDate");
    let [listed] = await listNotices(db, fixture.projectId, { now: later });
    expect(listed.objections.map((objection) => [objection.id, objection.fromName, objection.open, objection.late])).toEqual([
      [first, "Per Hansen", true, false],
      [second, null, true, true],
    ]);
    expect(listed.openObjections).toBe(2);
    idOf(await answerObjection(db, planner, { objectionId: first, applicantComment: "Adkomsten legges fra Granveien.", actionTaken: "Situasjonsplanen er endret." }));
    [listed] = await listNotices(db, fixture.projectId, { now: later });
    expect(listed.objections[0]).toMatchObject({ open: false, applicantComment: "Adkomsten legges fra Granveien.", actionTaken: "Situasjonsplanen er endret." });
    expect(listed.openObjections).toBe(1);
  });

  it("deletes a sender's name on request, keeps the objection's text, and leaves the name out of the history", async () => {
    const db = database.db;
    const planner = fixture.member("jonas");
    const noticeId = idOf(await recordNotice(db, planner, notice, { now }));
    const objectionId = idOf(await addObjection(db, planner, { noticeId, receivedDate: "2026-11-25", fromName: "Per Hansen", body: "Bekymret for trafikken." }, { now }));
    idOf(await deleteObjectionSender(db, planner, { objectionId }));
    const [listed] = await listNotices(db, fixture.projectId, { now });
    expect(listed.objections[0]).toMatchObject({ fromName: null, body: "Bekymret for trafikken." });
    expect(problemOf(await deleteObjectionSender(db, planner, { objectionId })).code).toBe("conflict");
    const history = await db.select().from(peopleEvents).where(eq(peopleEvents.subjectId, objectionId));
    expect(history.map((entry) => entry.kind)).toEqual(["created", "personalDataDeleted"]);
    expect(JSON.stringify(history)).not.toContain("Per Hansen");
  });

  it("refuses every role but planners, changing nothing, and keeps projects apart", async () => {
    const db = database.db;
    const noticeId = idOf(await recordNotice(db, fixture.member("kari"), notice, { now }));
    const objectionId = idOf(await addObjection(db, fixture.member("kari"), { noticeId, receivedDate: "2026-11-25", fromName: "Per", body: "Tekst" }, { now }));
    const before = { notices: await listNotices(db, fixture.projectId, { now }), history: await fixture.historyCount() };
    for (const person of people.filter((name) => name !== "kari" && name !== "jonas")) {
      const member = fixture.member(person);
      expect(problemOf(await recordNotice(db, member, notice, { now })).code).toBe("forbidden");
      expect(problemOf(await editNotice(db, member, { ...notice, noticeId, recipientCount: 1 }, { now })).code).toBe("forbidden");
      expect(problemOf(await setApplicationSent(db, member, { noticeId, applicationSentDate: "2026-11-29" }, { now })).code).toBe("forbidden");
      expect(problemOf(await addObjection(db, member, { noticeId, receivedDate: "2026-11-25", fromName: "", body: "x" }, { now })).code).toBe("forbidden");
      expect(problemOf(await answerObjection(db, member, { objectionId, applicantComment: "x", actionTaken: "" })).code).toBe("forbidden");
      expect(problemOf(await deleteObjectionSender(db, member, { objectionId })).code).toBe("forbidden");
    }
    const elsewhere = fixture.member("kari", fixture.otherProjectId);
    expect(problemOf(await answerObjection(db, elsewhere, { objectionId, applicantComment: "x", actionTaken: "" })).code).toBe("notFound");
    expect(problemOf(await editNotice(db, elsewhere, { ...notice, noticeId }, { now })).code).toBe("notFound");
    expect(await listNotices(db, fixture.projectId, { now })).toEqual(before.notices);
    expect(await fixture.historyCount()).toBe(before.history);
  });
});
