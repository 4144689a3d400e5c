/**
 * Inquiries (henvendelser) in the database (decision 013): entered by planners or received
 * through the public page's form, answered, shown on the public page without the sender, their
 * sender's personal data deleted on request. Every function checks the record's own rule (so a
 * route, a seed script and a test are held to the same), appends a row to `people_events`, and
 * returns `{ ok: true }` or a problem, having changed nothing.
 *
 * @example
 * const added = await addInquiry(db, planner, { receivedDate: "2026-12-01", channel: "email", fromName: null, fromContact: null, topic: "Parkering", body: "Hvor skal de ansatte parkere?" });
 * if (added.ok) console.log(added.receipt, added.dueDate);
 */
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { inquiries, peopleEvents, projects, users } from "../../db/schema";
import { forbiddenProblem as generalForbidden } from "../http/problem";
import { can } from "../permissions";
import { todayInOslo } from "../ui/format-time";
import { inquiryDueDate, inquiryState } from "./inquiry-dates";
import type { InquiryChannel, PointRaiser } from "./inquiry-limits";
import { isInquiryChannel } from "./inquiry-limits";
import type { InquiriesSnapshot, InquiryJson, InquirySummaryData, Member, PublicAnswer } from "./inquiry-types";
import type { Transaction } from "./people-events.server";
import { appendPeopleEvent } from "./people-events.server";
import type { WriteProblem, WriteResult } from "./write-result";
import { invalidFields, refused } from "./write-result";

export interface SenderInput {
  fromName: string | null;
  fromContact: string | null;
  topic: string;
  body: string;
}

const forbiddenProblem: WriteProblem = { code: "forbidden", message: generalForbidden.message, messageEn: generalForbidden.messageEn };

const mayWrite = (who: Member) => can(who.role, "inquiries:write");

const noSuchInquiry: WriteProblem = { code: "notFound", message: "Fant ikke henvendelsen i dette prosjektet.", messageEn: "This project has no such inquiry." };

/** Receipt numbers: no 0/O, 1/I/L, so a sender can read one out on the phone. */
const receiptAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

function newReceipt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `H-${[...bytes].map((byte) => receiptAlphabet[byte % receiptAlphabet.length]).join("")}`;
}

async function answerDaysOf(db: Database | Transaction, projectId: string): Promise<number | null> {
  const [row] = await db.select({ days: projects.inquiryAnswerDays }).from(projects).where(eq(projects.id, projectId));
  return row?.days ?? null;
}

/** Inserts an inquiry with a fresh receipt number (drawn again in the unlikely case it is taken). */
async function insertInquiry(
  db: Database,
  values: { projectId: string; receivedDate: string; channel: InquiryChannel; sender: SenderInput; createdBy: string | null; actorRole: string },
): Promise<WriteResult<{ id: string; receipt: string; dueDate: string }>> {
  return db.transaction(async (transaction: Transaction) => {
    const days = await answerDaysOf(transaction, values.projectId);
    if (days === null) return refused({ code: "notFound", message: "Fant ikke prosjektet.", messageEn: "No such project." });
    const dueDate = inquiryDueDate(values.receivedDate, days);
    const id = crypto.randomUUID();
    for (let attempt = 0; attempt < 8; attempt++) {
      const receipt = newReceipt();
      const inserted = await transaction
        .insert(inquiries)
        .values({
          id,
          projectId: values.projectId,
          receivedDate: values.receivedDate,
          channel: values.channel,
          fromName: values.sender.fromName,
          fromContact: values.sender.fromContact,
          topic: values.sender.topic,
          body: values.sender.body,
          dueDate,
          receipt,
          createdBy: values.createdBy,
        })
        .onConflictDoNothing({ target: inquiries.receipt })
        .returning({ id: inquiries.id });
      if (inserted.length === 0) continue;
      const fields = ["receivedDate", "channel", "topic", "body", ...(values.sender.fromName ? ["fromName"] : []), ...(values.sender.fromContact ? ["fromContact"] : [])];
      await appendPeopleEvent(transaction, {
        projectId: values.projectId,
        subjectKind: "inquiry",
        subjectId: id,
        kind: "created",
        detail: { fields, channel: values.channel, dueDate },
        actorId: values.createdBy,
        actorRole: values.actorRole,
      });
      return { ok: true as const, id, receipt, dueDate };
    }
    throw new Error("no free receipt number after 8 attempts");
  });
}

/**
 * A planner enters an inquiry that came by letter, e-mail, phone, at a meeting …; its answer is
 * due the project's answer days after the day it was received. Refused: not a planner (403), a
 * received date in the future (400, field `receivedDate`).
 *
 * @example
 * await addInquiry(db, planner, { receivedDate: "2027-03-20", channel: "letter", fromName: "Borettslaget Eikelund", fromContact: null, topic: "Trafikk", body: "…" });
 * // due 2027-04-03 with the default 14 days
 */
export async function addInquiry(
  db: Database,
  who: Member,
  input: SenderInput & { receivedDate: string; channel: InquiryChannel },
  now: Date = new Date(),
): Promise<WriteResult<{ id: string; receipt: string; dueDate: string }>> {
  if (!mayWrite(who)) return refused(forbiddenProblem);
  if (input.receivedDate > todayInOslo(now)) {
    return refused(invalidFields({ receivedDate: { message: "Datoen henvendelsen kom inn, kan ikke være fram i tid.", messageEn: "The date the inquiry came in cannot be in the future." } }));
  }
  return insertInquiry(db, { projectId: who.projectId, receivedDate: input.receivedDate, channel: input.channel, sender: input, createdBy: who.userId, actorRole: who.role });
}

/**
 * An inquiry from the public page's form, received today (Oslo). The caller has checked that the
 * page is published, the honeypot and the limit per address.
 *
 * @example
 * const { receipt, dueDate } = await receivePublicInquiry(db, projectId, { fromName: null, fromContact: "nabo@example.no", topic: "Møtet", body: "Når er møtet?" });
 */
export async function receivePublicInquiry(db: Database, projectId: string, input: SenderInput, now: Date = new Date()) {
  return insertInquiry(db, { projectId, receivedDate: todayInOslo(now), channel: "publicForm", sender: input, createdBy: null, actorRole: "public" });
}

async function findInquiry(db: Database | Transaction, projectId: string, inquiryId: string) {
  const [row] = await db
    .select()
    .from(inquiries)
    .where(and(eq(inquiries.projectId, projectId), eq(inquiries.id, inquiryId)));
  return row ?? null;
}

/**
 * Records (or changes) the answer and the date it was given. Refused: not a planner (403), an
 * unknown inquiry (404), a date before the inquiry came in or in the future (400, `answeredDate`).
 *
 * @example
 * await answerInquiry(db, planner, { inquiryId, answer: "Ansatte parkerer ved senteret.", answeredDate: "2026-12-03" });
 */
export async function answerInquiry(db: Database, who: Member, input: { inquiryId: string; answer: string; answeredDate: string }, now: Date = new Date()): Promise<WriteResult> {
  if (!mayWrite(who)) return refused(forbiddenProblem);
  const inquiry = await findInquiry(db, who.projectId, input.inquiryId);
  if (!inquiry) return refused(noSuchInquiry);
  if (input.answeredDate < inquiry.receivedDate || input.answeredDate > todayInOslo(now)) {
    return refused(
      invalidFields({
        answeredDate: { message: "Svardatoen må være fra datoen henvendelsen kom inn, til i dag.", messageEn: "The answer's date must lie between the day the inquiry came in and today." },
      }),
    );
  }
  const first = inquiry.answeredDate === null;
  await db.transaction(async (transaction: Transaction) => {
    await transaction
      .update(inquiries)
      .set({ answer: input.answer, answeredDate: input.answeredDate, answeredBy: who.userId })
      .where(eq(inquiries.id, inquiry.id));
    await appendPeopleEvent(transaction, {
      projectId: who.projectId,
      subjectKind: "inquiry",
      subjectId: inquiry.id,
      kind: first ? "answered" : "answerChanged",
      detail: { fields: ["answer", "answeredDate"], answeredDate: input.answeredDate },
      actorId: who.userId,
      actorRole: who.role,
    });
  });
  return { ok: true };
}

/**
 * Shows the question and its answer on the public page (never the sender), or stops showing
 * them. Only an answered inquiry can be shown (409).
 *
 * @example
 * await setShownOnPublicPage(db, planner, { inquiryId, show: true });
 */
export async function setShownOnPublicPage(db: Database, who: Member, input: { inquiryId: string; show: boolean }): Promise<WriteResult> {
  if (!mayWrite(who)) return refused(forbiddenProblem);
  const inquiry = await findInquiry(db, who.projectId, input.inquiryId);
  if (!inquiry) return refused(noSuchInquiry);
  if (input.show && inquiry.answeredDate === null) {
    return refused({ code: "conflict", message: "Svar på henvendelsen før den vises på prosjektsiden.", messageEn: "Answer the inquiry before it is shown on the project page." });
  }
  if (inquiry.showOnPublicPage === input.show) return { ok: true };
  await db.transaction(async (transaction: Transaction) => {
    await transaction.update(inquiries).set({ showOnPublicPage: input.show }).where(eq(inquiries.id, inquiry.id));
    await appendPeopleEvent(transaction, {
      projectId: who.projectId,
      subjectKind: "inquiry",
      subjectId: inquiry.id,
      kind: input.show ? "shownOnPublicPage" : "hiddenFromPublicPage",
      detail: { fields: ["showOnPublicPage"] },
      actorId: who.userId,
      actorRole: who.role,
    });
  });
  return { ok: true };
}

/**
 * Deletes the sender's name and contact on their request; the question and the answer stay. The
 * history records that it was done, not what was deleted. 409 when it was already done.
 *
 * @example
 * await deleteSenderData(db, planner, { inquiryId });
 */
export async function deleteSenderData(db: Database, who: Member, input: { inquiryId: string }): Promise<WriteResult> {
  if (!mayWrite(who)) return refused(forbiddenProblem);
  const inquiry = await findInquiry(db, who.projectId, input.inquiryId);
  if (!inquiry) return refused(noSuchInquiry);
  if (inquiry.personalDataDeletedAt) {
    return refused({ code: "conflict", message: "Avsenderens personopplysninger er allerede slettet.", messageEn: "The sender's personal data has already been deleted." });
  }
  await db.transaction(async (transaction: Transaction) => {
    await transaction
      .update(inquiries)
      .set({ fromName: null, fromContact: null, personalDataDeletedAt: sql`now()` })
      .where(eq(inquiries.id, inquiry.id));
    await appendPeopleEvent(transaction, {
      projectId: who.projectId,
      subjectKind: "inquiry",
      subjectId: inquiry.id,
      kind: "personalDataDeleted",
      detail: { fields: ["fromName", "fromContact"] },
      actorId: who.userId,
      actorRole: who.role,
    });
  });
  return { ok: true };
}

/**
 * Sets how many days the project's inquiries may wait for an answer. New inquiries get the new
 * due date; those already received keep theirs (the sender's receipt named it).
 *
 * @example
 * await setAnswerDays(db, planner, { days: 10 });
 */
export async function setAnswerDays(db: Database, who: Member, input: { days: number }): Promise<WriteResult> {
  if (!mayWrite(who)) return refused(forbiddenProblem);
  await db.transaction(async (transaction: Transaction) => {
    await transaction.update(projects).set({ inquiryAnswerDays: input.days }).where(eq(projects.id, who.projectId));
    await appendPeopleEvent(transaction, {
      projectId: who.projectId,
      subjectKind: "project",
      subjectId: who.projectId,
      kind: "changed",
      detail: { fields: ["inquiryAnswerDays"], inquiryAnswerDays: input.days },
      actorId: who.userId,
      actorRole: who.role,
    });
  });
  return { ok: true };
}

/** Each inquiry's participation point, from its own history (the points are participation's table). */
async function pointsOf(db: Database, projectId: string, inquiryIds: string[]): Promise<Map<string, string>> {
  if (inquiryIds.length === 0) return new Map();
  const rows = await db
    .select({ subjectId: peopleEvents.subjectId, detail: peopleEvents.detail })
    .from(peopleEvents)
    .where(and(eq(peopleEvents.projectId, projectId), eq(peopleEvents.subjectKind, "inquiry"), eq(peopleEvents.kind, "turnedIntoPoint"), inArray(peopleEvents.subjectId, inquiryIds)));
  const points = new Map<string, string>();
  for (const row of rows) {
    const pointId = (row.detail as { pointId?: unknown }).pointId;
    if (typeof pointId === "string") points.set(row.subjectId, pointId);
  }
  return points;
}

/**
 * Records in the inquiry's history that it became a participation point (made by `addPoint` of
 * app/participation), so its page links to the point and offers no second one.
 */
export async function recordPoint(db: Database, who: Member, input: { inquiryId: string; pointId: string; raisedByRole: PointRaiser }): Promise<WriteResult> {
  await appendPeopleEvent(db, {
    projectId: who.projectId,
    subjectKind: "inquiry",
    subjectId: input.inquiryId,
    kind: "turnedIntoPoint",
    detail: { fields: [], pointId: input.pointId, raisedByRole: input.raisedByRole },
    actorId: who.userId,
    actorRole: who.role,
  });
  return { ok: true };
}

/** The inquiry and whether it already became a point: for turning it into one. */
export async function inquiryForPoint(db: Database, who: Member, inquiryId: string): Promise<WriteResult<{ topic: string; body: string }>> {
  if (!mayWrite(who)) return refused(forbiddenProblem);
  const inquiry = await findInquiry(db, who.projectId, inquiryId);
  if (!inquiry) return refused(noSuchInquiry);
  if ((await pointsOf(db, who.projectId, [inquiry.id])).has(inquiry.id)) {
    return refused({ code: "conflict", message: "Henvendelsen er allerede gjort til et innspill.", messageEn: "The inquiry has already been turned into a point." });
  }
  return { ok: true, topic: inquiry.topic, body: inquiry.body };
}

const stateOrder = { overdue: 0, dueSoon: 1, open: 2, answered: 3 } as const;

/**
 * Every inquiry of the project as planners see it, the overdue first, then by due date; the
 * answered last, newest answer first.
 */
export async function listInquiries(db: Database, projectId: string, now: Date = new Date()): Promise<InquiryJson[]> {
  const today = todayInOslo(now);
  const rows = await db
    .select({ inquiry: inquiries, answeredByName: users.name })
    .from(inquiries)
    .leftJoin(users, eq(users.id, inquiries.answeredBy))
    .where(eq(inquiries.projectId, projectId))
    .orderBy(asc(inquiries.dueDate), asc(inquiries.createdAt));
  const points = await pointsOf(db, projectId, rows.map((row) => row.inquiry.id));
  const list = rows.map(({ inquiry, answeredByName }): InquiryJson => ({
    id: inquiry.id,
    receipt: inquiry.receipt,
    receivedDate: inquiry.receivedDate,
    channel: isInquiryChannel(inquiry.channel) ? inquiry.channel : "other",
    fromName: inquiry.fromName,
    fromContact: inquiry.fromContact,
    personalDataDeletedAt: inquiry.personalDataDeletedAt?.toISOString() ?? null,
    topic: inquiry.topic,
    body: inquiry.body,
    dueDate: inquiry.dueDate,
    answer: inquiry.answer,
    answeredDate: inquiry.answeredDate,
    answeredByName,
    showOnPublicPage: inquiry.showOnPublicPage,
    state: inquiryState(inquiry, today),
    pointId: points.get(inquiry.id) ?? null,
  }));
  return list.sort((a, b) => stateOrder[a.state] - stateOrder[b.state] || (a.state === "answered" ? (b.answeredDate ?? "").localeCompare(a.answeredDate ?? "") : 0));
}

/**
 * The figures for the project overview: unanswered inquiries, and of those the overdue (due date
 * passed) and the due within a few days.
 *
 * @example
 * const { open, overdue, dueSoon } = await inquirySummary(db, projectId);
 */
export async function inquirySummary(db: Database, projectId: string, now: Date = new Date()): Promise<InquirySummaryData> {
  const rows = await db
    .select({ dueDate: inquiries.dueDate, answeredDate: inquiries.answeredDate })
    .from(inquiries)
    .where(and(eq(inquiries.projectId, projectId), isNull(inquiries.answeredDate)));
  return summarise(rows, todayInOslo(now));
}

function summarise(rows: ReadonlyArray<{ dueDate: string; answeredDate: string | null }>, today: string): InquirySummaryData {
  const summary = { open: 0, overdue: 0, dueSoon: 0 };
  for (const row of rows) {
    const state = inquiryState(row, today);
    if (state === "answered") continue;
    summary.open += 1;
    if (state === "overdue") summary.overdue += 1;
    if (state === "dueSoon") summary.dueSoon += 1;
  }
  return summary;
}

/** The planners' page: every inquiry, the figures and the project's answer days. */
export async function readInquiries(db: Database, who: Member, now: Date = new Date()): Promise<InquiriesSnapshot> {
  const [list, days] = await Promise.all([listInquiries(db, who.projectId, now), answerDaysOf(db, who.projectId)]);
  const today = todayInOslo(now);
  return { projectId: who.projectId, today, answerDays: days ?? 14, inquiries: list, summary: summarise(list, today), may: { write: mayWrite(who) } };
}

/**
 * The answered inquiries a planner chose to show on the public page: the question and the
 * answer, never who asked.
 */
export async function publicAnswers(db: Database, projectId: string): Promise<PublicAnswer[]> {
  const rows = await db
    .select({ id: inquiries.id, topic: inquiries.topic, body: inquiries.body, answer: inquiries.answer, answeredDate: inquiries.answeredDate })
    .from(inquiries)
    .where(and(eq(inquiries.projectId, projectId), eq(inquiries.showOnPublicPage, true)));
  return rows
    .filter((row): row is PublicAnswer => row.answeredDate !== null && row.answer !== "")
    .sort((a, b) => b.answeredDate.localeCompare(a.answeredDate));
}
