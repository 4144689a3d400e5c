/**
 * The formal neighbour notice (nabovarsel) in the database (decision 013): when it was sent, to
 * whom, how and with what proof; when the application went in; and each objection (merknad) with
 * the applicant's required comment and what was done. The sender's name of an objection is
 * personal data: it can be deleted, leaving the objection's content. Planners only.
 *
 * @example
 * const result = await recordNotice(db, planner, { sentDate: "2026-11-20", recipients: "Eierne av 12 naboeiendommer", recipientCount: 12, channel: "registeredLetter", proof: "" });
 */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { neighbourNotices, noticeObjections } from "../../db/schema";
import { insertCommunication } from "./communication-store.server";
import { can } from "../permissions";
import { todayInOslo } from "../ui/format-time";
import { recordNeighbourEvent, type Transaction } from "./neighbour-history.server";
import { forbidden, invalidInput } from "./neighbour-input";
import type { NeighbourMember, NeighbourProblem, NeighbourResult } from "./neighbour-types";
import type { NoticeChannel } from "./neighbour-vocabulary";
import type { NoticeFields } from "./notice-input";
import type { CommentCountdown, ValidityState } from "./notice-dates";
import { commentCountdown, commentDeadline, noticeValidity } from "./notice-dates";

export interface ObjectionJson {
  id: string;
  receivedDate: string;
  /** Null once deleted (or never given). */
  fromName: string | null;
  body: string;
  applicantComment: string;
  actionTaken: string;
  /** Without the applicant's comment: the objection is still open. */
  open: boolean;
  /** Received after the 14 days had run out. */
  late: boolean;
}

export interface NoticeJson {
  id: string;
  sentDate: string;
  recipients: string;
  recipientCount: number;
  channel: NoticeChannel;
  proof: string;
  applicationSentDate: string | null;
  countdown: CommentCountdown;
  validity: ValidityState;
  objections: ObjectionJson[];
  openObjections: number;
}

const refused = (problem: NeighbourProblem): NeighbourResult => ({ ok: false, problem });
const noSuchNotice: NeighbourProblem = { code: "notFound", message: "Prosjektet har ikke det nabovarselet.", messageEn: "This project has no such notice." };
const noSuchObjection: NeighbourProblem = { code: "notFound", message: "Prosjektet har ikke den merknaden.", messageEn: "This project has no such objection." };
const mayWrite = (member: NeighbourMember) => can(member.role, "neighbours:write");

const notInFuture = (field: string, date: string, now: Date | undefined): NeighbourProblem | null =>
  date > todayInOslo(now)
    ? invalidInput({ [field]: { message: "Datoen kan ikke være etter i dag.", messageEn: "The date cannot be after today." } })
    : null;

/**
 * The project's notices, newest first, each with its countdown, its validity and its objections
 * (oldest first), on `now` (Oslo).
 *
 * @example
 * const [latest] = await listNotices(db, projectId);
 * latest.countdown; // { state: "open", deadline: "2026-12-04", daysLeft: 2 }
 */
export async function listNotices(db: Database, projectId: string, options: { now?: Date } = {}): Promise<NoticeJson[]> {
  const today = todayInOslo(options.now);
  const notices = await db.select().from(neighbourNotices).where(eq(neighbourNotices.projectId, projectId)).orderBy(desc(neighbourNotices.sentDate), desc(neighbourNotices.createdAt));
  if (notices.length === 0) return [];
  const objections = await db
    .select()
    .from(noticeObjections)
    .where(inArray(noticeObjections.noticeId, notices.map((notice) => notice.id)))
    .orderBy(asc(noticeObjections.receivedDate), asc(noticeObjections.createdAt));
  return notices.map((notice) => {
    const deadline = commentDeadline(notice.sentDate);
    const own = objections
      .filter((objection) => objection.noticeId === notice.id)
      .map(
        (objection): ObjectionJson => ({
          id: objection.id,
          receivedDate: objection.receivedDate,
          fromName: objection.fromName,
          body: objection.body,
          applicantComment: objection.applicantComment,
          actionTaken: objection.actionTaken,
          open: objection.applicantComment.trim() === "",
          late: objection.receivedDate > deadline,
        }),
      );
    return {
      id: notice.id,
      sentDate: notice.sentDate,
      recipients: notice.recipients,
      recipientCount: notice.recipientCount,
      channel: notice.channel as NoticeChannel,
      proof: notice.proof,
      applicationSentDate: notice.applicationSentDate,
      countdown: commentCountdown(notice.sentDate, today),
      validity: noticeValidity(notice, today),
      objections: own,
      openObjections: own.filter((objection) => objection.open).length,
    };
  });
}

/**
 * Records a notice that was sent (not after today, Oslo), and logs it in the communication log.
 * Planners only (403).
 *
 * @example
 * await recordNotice(db, planner, { sentDate: "2026-11-20", recipients: "…", recipientCount: 12, channel: "letter", proof: "Kvittering fra posten" });
 */
export async function recordNotice(db: Database, member: NeighbourMember, input: NoticeFields, options: { now?: Date } = {}): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const future = notInFuture("sentDate", input.sentDate, options.now);
  if (future) return refused(future);
  const id = crypto.randomUUID();
  await db.transaction(async (transaction: Transaction) => {
    await transaction.insert(neighbourNotices).values({ id, projectId: member.projectId, ...input, createdBy: member.userId });
    await recordNeighbourEvent(transaction, member, { subjectKind: "neighbourNotice", subjectId: id, kind: "created", detail: { sentDate: input.sentDate, recipientCount: input.recipientCount, channel: input.channel } });
    await insertCommunication(transaction, member, { kind: "notice", date: input.sentDate, audience: "neighbours", channel: input.channel, summary: input.recipients });
  });
  return { ok: true, id };
}

async function findNotice(db: Database, projectId: string, noticeId: string) {
  const [notice] = await db.select().from(neighbourNotices).where(and(eq(neighbourNotices.projectId, projectId), eq(neighbourNotices.id, noticeId)));
  return notice;
}

/**
 * Corrects a notice's date, recipients, channel or proof. Planners only (403); 404 for another
 * project's notice.
 *
 * @example
 * await editNotice(db, planner, { noticeId, ...fields, proof: "Rekommandert, kvittering nr. 123" });
 */
export async function editNotice(db: Database, member: NeighbourMember, input: NoticeFields & { noticeId: string }, options: { now?: Date } = {}): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const notice = await findNotice(db, member.projectId, input.noticeId);
  if (!notice) return refused(noSuchNotice);
  const future = notInFuture("sentDate", input.sentDate, options.now);
  if (future) return refused(future);
  const { noticeId: _noticeId, ...values } = input;
  await db.transaction(async (transaction: Transaction) => {
    await transaction.update(neighbourNotices).set(values).where(eq(neighbourNotices.id, notice.id));
    await recordNeighbourEvent(transaction, member, { subjectKind: "neighbourNotice", subjectId: notice.id, kind: "changed", detail: { sentDate: values.sentDate, recipientCount: values.recipientCount, channel: values.channel } });
  });
  return { ok: true, id: notice.id };
}

/**
 * Records the date the application was sent (or clears it with null): a notice that did its job
 * gives no validity warning. Not before the notice was sent, not after today (400).
 *
 * @example
 * await setApplicationSent(db, planner, { noticeId, applicationSentDate: "2026-12-10" });
 */
export async function setApplicationSent(db: Database, member: NeighbourMember, input: { noticeId: string; applicationSentDate: string | null }, options: { now?: Date } = {}): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const notice = await findNotice(db, member.projectId, input.noticeId);
  if (!notice) return refused(noSuchNotice);
  if (input.applicationSentDate !== null) {
    const future = notInFuture("applicationSentDate", input.applicationSentDate, options.now);
    if (future) return refused(future);
    if (input.applicationSentDate < notice.sentDate) {
      return refused(invalidInput({ applicationSentDate: { message: "Søknaden kan ikke være sendt før nabovarselet.", messageEn: "The application cannot have been sent before the notice." } }));
    }
  }
  await db.transaction(async (transaction: Transaction) => {
    await transaction.update(neighbourNotices).set({ applicationSentDate: input.applicationSentDate }).where(eq(neighbourNotices.id, notice.id));
    await recordNeighbourEvent(transaction, member, { subjectKind: "neighbourNotice", subjectId: notice.id, kind: "changed", detail: { applicationSentDate: input.applicationSentDate } });
  });
  return { ok: true, id: notice.id };
}

/**
 * Records an objection to a notice: received on a date between the notice's sent date and today,
 * from a sender (optional, personal data), with its text. Planners only (403).
 *
 * @example
 * await addObjection(db, planner, { noticeId, receivedDate: "2026-11-25", fromName: "Ola Nordmann", body: "Bekymret for trafikken." });
 */
export async function addObjection(
  db: Database,
  member: NeighbourMember,
  input: { noticeId: string; receivedDate: string; fromName: string; body: string },
  options: { now?: Date } = {},
): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const notice = await findNotice(db, member.projectId, input.noticeId);
  if (!notice) return refused(noSuchNotice);
  const future = notInFuture("receivedDate", input.receivedDate, options.now);
  if (future) return refused(future);
  if (input.receivedDate < notice.sentDate) {
    return refused(invalidInput({ receivedDate: { message: "En merknad kan ikke ha kommet inn før nabovarselet ble sendt.", messageEn: "An objection cannot have come in before the notice was sent." } }));
  }
  const id = crypto.randomUUID();
  await db.transaction(async (transaction: Transaction) => {
    await transaction.insert(noticeObjections).values({
      id,
      projectId: member.projectId,
      noticeId: notice.id,
      receivedDate: input.receivedDate,
      fromName: input.fromName === "" ? null : input.fromName,
      body: input.body,
      createdBy: member.userId,
    });
    // The history keeps what happened, not who wrote in: no name here.
    await recordNeighbourEvent(transaction, member, { subjectKind: "noticeObjection", subjectId: id, kind: "created", detail: { noticeId: notice.id, receivedDate: input.receivedDate } });
  });
  return { ok: true, id };
}

async function findObjection(db: Database, projectId: string, objectionId: string) {
  const [objection] = await db.select().from(noticeObjections).where(and(eq(noticeObjections.projectId, projectId), eq(noticeObjections.id, objectionId)));
  return objection;
}

/**
 * Records the applicant's comment on an objection (the application must answer each one) and
 * what was done about it. An objection without a comment stays open. Planners only (403).
 *
 * @example
 * await answerObjection(db, planner, { objectionId, applicantComment: "Innkjøringen flyttes.", actionTaken: "Ny tegning av adkomsten." });
 */
export async function answerObjection(db: Database, member: NeighbourMember, input: { objectionId: string; applicantComment: string; actionTaken: string }): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const objection = await findObjection(db, member.projectId, input.objectionId);
  if (!objection) return refused(noSuchObjection);
  await db.transaction(async (transaction: Transaction) => {
    await transaction
      .update(noticeObjections)
      .set({ applicantComment: input.applicantComment, actionTaken: input.actionTaken, updatedAt: sql`now()` })
      .where(eq(noticeObjections.id, objection.id));
    await recordNeighbourEvent(transaction, member, {
      subjectKind: "noticeObjection",
      subjectId: objection.id,
      kind: "answered",
      detail: { applicantComment: input.applicantComment, actionTaken: input.actionTaken },
    });
  });
  return { ok: true, id: objection.id };
}

/**
 * Deletes the sender's name of an objection on request; the objection's content stays. 409 when
 * there is no name to delete. Planners only (403).
 *
 * @example
 * await deleteObjectionSender(db, planner, { objectionId });
 */
export async function deleteObjectionSender(db: Database, member: NeighbourMember, input: { objectionId: string }): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const objection = await findObjection(db, member.projectId, input.objectionId);
  if (!objection) return refused(noSuchObjection);
  if (objection.fromName === null) return refused({ code: "conflict", message: "Merknaden har ikke noe navn å slette.", messageEn: "The objection has no name to delete." });
  await db.transaction(async (transaction: Transaction) => {
    await transaction.update(noticeObjections).set({ fromName: null, updatedAt: sql`now()` }).where(eq(noticeObjections.id, objection.id));
    await recordNeighbourEvent(transaction, member, { subjectKind: "noticeObjection", subjectId: objection.id, kind: "personalDataDeleted", detail: { field: "fromName" } });
  });
  return { ok: true, id: objection.id };
}
