/**
 * The inquiries store on a real database (decision 013): due dates from the project's answer
 * days in Oslo calendar days (across summer time), overdue and due-soon counts for the overview,
 * answers, showing on the public page without the sender, deleting the sender's personal data on
 * request (the content stays, the history keeps no copy), and refusals that change nothing.
 */
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inquiries, memberships, participationPoints, peopleEvents } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createUser } from "../auth/users.server";
import type { Role } from "../permissions";
import { createProject } from "../projects/projects.server";
import {
  addInquiry,
  answerInquiry,
  deleteSenderData,
  inquirySummary,
  listInquiries,
  publicAnswers,
  readInquiries,
  receivePublicInquiry,
  setAnswerDays,
  setShownOnPublicPage,
} from "./inquiries-store.server";
import { turnIntoPoint } from "./inquiry-point.server";
import type { Member } from "./inquiry-types";
import type { WriteResult } from "./write-result";

function problemOf(result: WriteResult) {
  if (result.ok) throw new Error("expected a refusal");
  return result.problem;
}

function done<T extends object>(result: WriteResult<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.problem.messageEn}`);
  return result;
}

const sender = (topic: string) => ({ fromName: "Berit Nabo", fromContact: "berit@example.no", topic, body: `Spørsmål om ${topic}` });

describe.each(testDatabaseKinds)("inquiries store on %s", (kind) => {
  let database: TestDatabase;
  let projectId: string;
  let otherProjectId: string;
  const members = new Map<Role, Member>();
  const who = (role: Role) => members.get(role) as Member;

  async function counts() {
    const [[rows], [events]] = await Promise.all([
      database.db.select({ n: count() }).from(inquiries),
      database.db.select({ n: count() }).from(peopleEvents),
    ]);
    return { rows: rows.n, events: events.n };
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const roles: Role[] = ["owner", "planner", "police", "resident", "observer"];
    const users = new Map<Role, string>();
    for (const role of roles) users.set(role, (await createUser(database.db, { name: role, username: `u-${role}`, email: null, password: "passord-123" })).id);
    const details = { municipality: "Demo", housingForm: "smahus" as const, homeCount: 3, description: "" };
    projectId = (await createProject(database.db, users.get("owner") as string, { name: "Eikelund", ...details })).id;
    otherProjectId = (await createProject(database.db, users.get("owner") as string, { name: "Bakken", ...details })).id;
    for (const role of roles) {
      if (role !== "owner") await database.db.insert(memberships).values({ projectId, userId: users.get(role) as string, role });
      members.set(role, { projectId, userId: users.get(role) as string, role });
    }
  });
  afterAll(() => database.drop());

  it("gives an inquiry its due date 14 calendar days on, across the change to summer time", async () => {
    const now = new Date("2027-04-01T10:00:00Z");
    const added = done(await addInquiry(database.db, who("planner"), { receivedDate: "2027-03-20", channel: "letter", ...sender("trafikk") }, now));
    expect(added.dueDate).toBe("2027-04-03");
    expect(added.receipt).toMatch(/^H-[2-9A-Z]{6}$/);
    const [row] = await database.db.select().from(inquiries).where(eq(inquiries.id, added.id));
    expect(row).toMatchObject({ receivedDate: "2027-03-20", dueDate: "2027-04-03", channel: "letter", fromName: "Berit Nabo", createdBy: who("planner").userId });
  });

  it("dates a public form's inquiry by the Oslo calendar: 23:30 UTC on 27 March 2027 is already the 28th", async () => {
    const received = done(await receivePublicInquiry(database.db, projectId, { fromName: null, fromContact: null, topic: "Møtet", body: "Når er møtet?" }, new Date("2027-03-27T23:30:00Z")));
    expect(received.dueDate).toBe("2027-04-11");
    const [row] = await database.db.select().from(inquiries).where(eq(inquiries.id, received.id));
    expect(row).toMatchObject({ receivedDate: "2027-03-28", channel: "publicForm", createdBy: null });
    const [event] = await database.db.select().from(peopleEvents).where(eq(peopleEvents.subjectId, received.id));
    expect(event).toMatchObject({ kind: "created", actorRole: "public", actorId: null });
  });

  it("uses the project's own answer days for new inquiries, and keeps the due dates already given", async () => {
    const before = done(await addInquiry(database.db, who("owner"), { receivedDate: "2026-10-20", channel: "email", ...sender("støy") }, new Date("2026-11-01T12:00:00Z")));
    expect(before.dueDate).toBe("2026-11-03");
    done(await setAnswerDays(database.db, who("planner"), { days: 7 }));
    const after = done(await addInquiry(database.db, who("owner"), { receivedDate: "2026-10-20", channel: "email", ...sender("lys") }, new Date("2026-11-01T12:00:00Z")));
    expect(after.dueDate).toBe("2026-10-27");
    const [kept] = await database.db.select({ dueDate: inquiries.dueDate }).from(inquiries).where(eq(inquiries.id, before.id));
    expect(kept.dueDate).toBe("2026-11-03");
    done(await setAnswerDays(database.db, who("planner"), { days: 14 }));
  });

  it("counts the unanswered, the overdue and the due soon for the overview, and lists the overdue first", async () => {
    const now = new Date("2027-04-05T09:00:00Z");
    const summary = await inquirySummary(database.db, projectId, now);
    // trafikk (due 3 Apr), støy (3 Nov), lys (27 Oct): overdue; møtet (due 11 Apr): open.
    expect(summary).toEqual({ open: 4, overdue: 3, dueSoon: 0 });
    expect(await inquirySummary(database.db, projectId, new Date("2027-04-09T09:00:00Z"))).toEqual({ open: 4, overdue: 3, dueSoon: 1 });
    expect(await inquirySummary(database.db, otherProjectId, now)).toEqual({ open: 0, overdue: 0, dueSoon: 0 });
    const list = await listInquiries(database.db, projectId, now);
    expect(list.map((inquiry) => inquiry.state)).toEqual(["overdue", "overdue", "overdue", "open"]);
    expect(list[3].topic).toBe("Møtet");
  });

  it("answers an inquiry, which is then neither open nor overdue", async () => {
    const now = new Date("2027-04-05T09:00:00Z");
    const [trafikk] = (await listInquiries(database.db, projectId, now)).filter((inquiry) => inquiry.topic === "trafikk");
    done(await answerInquiry(database.db, who("planner"), { inquiryId: trafikk.id, answer: "Det blir fartshumper.", answeredDate: "2027-04-04" }, now));
    expect(await inquirySummary(database.db, projectId, now)).toEqual({ open: 3, overdue: 2, dueSoon: 0 });
    const answered = (await listInquiries(database.db, projectId, now)).find((inquiry) => inquiry.id === trafikk.id);
    expect(answered).toMatchObject({ state: "answered", answer: "Det blir fartshumper.", answeredDate: "2027-04-04", answeredByName: "planner" });
    const kinds = await database.db.select({ kind: peopleEvents.kind }).from(peopleEvents).where(eq(peopleEvents.subjectId, trafikk.id));
    expect(kinds.map((event) => event.kind)).toEqual(["created", "answered"]);
  });

  it("refuses an answer dated before the inquiry came in or in the future, a non-planner, another project's inquiry: nothing changes", async () => {
    const now = new Date("2027-04-05T09:00:00Z");
    const [møtet] = (await listInquiries(database.db, projectId, now)).filter((inquiry) => inquiry.topic === "Møtet");
    const before = await counts();
    expect(problemOf(await answerInquiry(database.db, who("planner"), { inquiryId: møtet.id, answer: "Svar", answeredDate: "2027-03-27" }, now))).toMatchObject({ code: "invalidInput", fields: { answeredDate: {} } });
    expect(problemOf(await answerInquiry(database.db, who("planner"), { inquiryId: møtet.id, answer: "Svar", answeredDate: "2027-04-06" }, now)).code).toBe("invalidInput");
    for (const role of ["police", "resident", "observer"] as const) {
      expect(problemOf(await answerInquiry(database.db, who(role), { inquiryId: møtet.id, answer: "Svar", answeredDate: "2027-04-04" }, now)).code).toBe("forbidden");
      expect(problemOf(await addInquiry(database.db, who(role), { receivedDate: "2027-04-01", channel: "phone", ...sender("x") }, now)).code).toBe("forbidden");
      expect(problemOf(await deleteSenderData(database.db, who(role), { inquiryId: møtet.id })).code).toBe("forbidden");
    }
    const stranger: Member = { ...who("planner"), projectId: otherProjectId };
    expect(problemOf(await answerInquiry(database.db, stranger, { inquiryId: møtet.id, answer: "Svar", answeredDate: "2027-04-04" }, now)).code).toBe("notFound");
    expect(problemOf(await addInquiry(database.db, who("planner"), { receivedDate: "2027-04-06", channel: "phone", ...sender("fram i tid") }, now)).fields).toHaveProperty("receivedDate");
    expect(await counts()).toEqual(before);
    const [row] = await database.db.select().from(inquiries).where(eq(inquiries.id, møtet.id));
    expect(row.answeredDate).toBeNull();
  });

  it("shows only answered inquiries on the public page, with the question and answer and never the sender", async () => {
    const now = new Date("2027-04-05T09:00:00Z");
    const list = await listInquiries(database.db, projectId, now);
    const answered = list.find((inquiry) => inquiry.state === "answered")!;
    const open = list.find((inquiry) => inquiry.state !== "answered")!;
    expect(problemOf(await setShownOnPublicPage(database.db, who("planner"), { inquiryId: open.id, show: true })).code).toBe("conflict");
    done(await setShownOnPublicPage(database.db, who("planner"), { inquiryId: answered.id, show: true }));
    const shown = await publicAnswers(database.db, projectId);
    expect(shown).toEqual([{ id: answered.id, topic: "trafikk", body: "Spørsmål om trafikk", answer: "Det blir fartshumper.", answeredDate: "2027-04-04" }]);
    expect(JSON.stringify(shown)).not.toMatch(/Berit|example\.no|H-/);
    expect(await publicAnswers(database.db, otherProjectId)).toEqual([]);
  });

  it("deletes the sender's name and contact on request, keeps the content, and keeps no copy in the history", async () => {
    const [trafikk] = (await listInquiries(database.db, projectId)).filter((inquiry) => inquiry.topic === "trafikk");
    done(await deleteSenderData(database.db, who("owner"), { inquiryId: trafikk.id }));
    const [row] = await database.db.select().from(inquiries).where(eq(inquiries.id, trafikk.id));
    expect(row).toMatchObject({ fromName: null, fromContact: null, topic: "trafikk", body: "Spørsmål om trafikk", answer: "Det blir fartshumper." });
    expect(row.personalDataDeletedAt).toBeInstanceOf(Date);
    const events = await database.db.select().from(peopleEvents).where(and(eq(peopleEvents.projectId, projectId), eq(peopleEvents.subjectId, trafikk.id)));
    expect(events.map((event) => event.kind)).toContain("personalDataDeleted");
    expect(events.find((event) => event.kind === "personalDataDeleted")).toMatchObject({ actorRole: "owner", detail: { fields: ["fromName", "fromContact"] } });
    expect(JSON.stringify(events)).not.toMatch(/Berit|berit@example/);
    // Once is enough; a second request says so and changes nothing.
    const before = await counts();
    expect(problemOf(await deleteSenderData(database.db, who("owner"), { inquiryId: trafikk.id })).code).toBe("conflict");
    expect(await counts()).toEqual(before);
    const snapshot = await readInquiries(database.db, who("planner"));
    expect(snapshot.inquiries.find((inquiry) => inquiry.id === trafikk.id)).toMatchObject({ fromName: null, fromContact: null, personalDataDeletedAt: expect.any(String) });
  });

  it("turns an inquiry into one participation point, raised by a neighbour, without the sender", async () => {
    const [støy] = (await listInquiries(database.db, projectId)).filter((inquiry) => inquiry.topic === "støy");
    for (const role of ["police", "resident", "observer"] as const) {
      expect(problemOf(await turnIntoPoint(database.db, who(role), { inquiryId: støy.id, raisedByRole: "neighbour" })).code).toBe("forbidden");
    }
    const made = done(await turnIntoPoint(database.db, who("planner"), { inquiryId: støy.id, raisedByRole: "neighbour" }));
    const [point] = await database.db.select().from(participationPoints).where(eq(participationPoints.id, made.pointId));
    expect(point).toMatchObject({ inquiryId: støy.id, raisedByRole: "neighbour", body: "støy: Spørsmål om støy", projectId });
    expect(JSON.stringify(point)).not.toMatch(/Berit|example\.no/);
    expect((await listInquiries(database.db, projectId)).find((inquiry) => inquiry.id === støy.id)?.pointId).toBe(made.pointId);
    expect(problemOf(await turnIntoPoint(database.db, who("owner"), { inquiryId: støy.id, raisedByRole: "other" })).code).toBe("conflict");
    const points = await database.db.select().from(participationPoints).where(eq(participationPoints.inquiryId, støy.id));
    expect(points).toHaveLength(1);
  });
});
