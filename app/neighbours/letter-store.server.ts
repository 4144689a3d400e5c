/**
 * Letters in the database (decision 013): made from a template with its blanks filled in from
 * the project where it can (the sender is the municipality, the site is the chosen site), edited
 * by planners, printed once per address, and marked as sent, which writes the communication log
 * (and, for the formal notice, records the notice with its 14 days).
 *
 * @example
 * const created = await createLetter(db, planner, { templateKey: "information", title: "" });
 */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { communications, letters, neighbourAddresses, neighbourNotices, projects } from "../../db/schema";
import { can } from "../permissions";
import type { HousingForm } from "../projects/vocabulary";
import { housingForms } from "../projects/vocabulary";
import { todayInOslo } from "../ui/format-time";
import { insertCommunication } from "./communication-store.server";
import type { LetterRecipients } from "./letter-input";
import { checkLetterFields } from "./letter-input";
import type { LetterFields, LetterProject } from "./letter-templates";
import { letterTemplates } from "./letter-templates";
import { recordNeighbourEvent, type Transaction } from "./neighbour-history.server";
import { forbidden, invalidInput } from "./neighbour-input";
import type { NeighbourMember, NeighbourProblem, NeighbourResult } from "./neighbour-types";
import { letterTemplateKeys, type LetterTemplateKey } from "./neighbour-vocabulary";
import { defaultSite, readPlanSites } from "./plan-sites.server";

export interface LetterSent {
  date: string;
  summary: string;
}

export interface LetterJson {
  id: string;
  templateKey: LetterTemplateKey;
  title: string;
  fields: LetterFields;
  updatedAt: string;
  sent: LetterSent[];
}

const refused = (problem: NeighbourProblem): NeighbourResult => ({ ok: false, problem });
const noSuchLetter: NeighbourProblem = { code: "notFound", message: "Prosjektet har ikke det brevet.", messageEn: "This project has no such letter." };
const mayWrite = (member: NeighbourMember) => can(member.role, "neighbours:write");
const isTemplateKey = (value: string): value is LetterTemplateKey => (letterTemplateKeys as readonly string[]).includes(value);

/**
 * The project's facts every letter takes: its name, municipality, housing form and number of homes.
 *
 * @example
 * const project = await letterProject(db, projectId);
 */
export async function letterProject(db: Database, projectId: string): Promise<LetterProject> {
  const [row] = await db.select().from(projects).where(eq(projects.id, projectId));
  const housingForm: HousingForm = (housingForms as readonly string[]).includes(row.housingForm) ? (row.housingForm as HousingForm) : "ordinary";
  return { name: row.name, municipality: row.municipality, housingForm, homeCount: row.homeCount };
}

/** Stored blanks as the template reads them today: unknown keys dropped, missing ones empty. */
function storedFields(key: LetterTemplateKey, value: unknown): LetterFields {
  const stored = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  const fields: Record<string, string> = { language: stored.language === "en" ? "en" : "nb" };
  for (const blank of letterTemplates[key].blanks) fields[blank.name] = typeof stored[blank.name] === "string" ? (stored[blank.name] as string) : "";
  return fields as LetterFields;
}

async function sentOf(db: Database, projectId: string, letterIds: string[]): Promise<Map<string, LetterSent[]>> {
  const sent = new Map<string, LetterSent[]>();
  if (letterIds.length === 0) return sent;
  const rows = await db
    .select({ letterId: communications.letterId, date: communications.date, summary: communications.summary })
    .from(communications)
    .where(and(eq(communications.projectId, projectId), inArray(communications.letterId, letterIds)))
    .orderBy(asc(communications.date), asc(communications.createdAt));
  for (const row of rows) if (row.letterId) sent.set(row.letterId, [...(sent.get(row.letterId) ?? []), { date: row.date, summary: row.summary }]);
  return sent;
}

function toJson(row: typeof letters.$inferSelect, sent: Map<string, LetterSent[]>): LetterJson | null {
  if (!isTemplateKey(row.templateKey)) return null;
  return { id: row.id, templateKey: row.templateKey, title: row.title, fields: storedFields(row.templateKey, row.fields), updatedAt: row.updatedAt.toISOString(), sent: sent.get(row.id) ?? [] };
}

/**
 * The project's letters, newest first.
 *
 * @example
 * const all = await listLetters(db, projectId);
 */
export async function listLetters(db: Database, projectId: string): Promise<LetterJson[]> {
  const rows = await db.select().from(letters).where(eq(letters.projectId, projectId)).orderBy(desc(letters.updatedAt));
  const sent = await sentOf(db, projectId, rows.map((row) => row.id));
  return rows.map((row) => toJson(row, sent)).filter((letter): letter is LetterJson => letter !== null);
}

/**
 * One letter of the project, or null.
 *
 * @example
 * const letter = await readLetter(db, projectId, letterId);
 */
export async function readLetter(db: Database, projectId: string, letterId: string): Promise<LetterJson | null> {
  const [row] = await db.select().from(letters).where(and(eq(letters.projectId, projectId), eq(letters.id, letterId)));
  if (!row) return null;
  return toJson(row, await sentOf(db, projectId, [row.id]));
}

/**
 * A new letter from a template, its blanks filled in from the project where they can be. The
 * title is the template's subject unless one is given. Planners only (403).
 *
 * @example
 * const result = await createLetter(db, planner, { templateKey: "formalNotice", title: "Nabovarsel Eikelundveien" });
 */
export async function createLetter(db: Database, member: NeighbourMember, input: { templateKey: LetterTemplateKey; title: string }, options: { now?: Date } = {}): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const template = letterTemplates[input.templateKey];
  const project = await letterProject(db, member.projectId);
  const site = defaultSite(await readPlanSites(db, member.projectId));
  const today = todayInOslo(options.now);
  const fields = storedFields(input.templateKey, {
    language: "nb",
    letterDate: today,
    site: site?.name ?? "",
    sender: project.municipality,
    ...(input.templateKey === "formalNotice" ? { sentDate: today, applicant: project.municipality, authority: project.municipality } : {}),
  });
  const id = crypto.randomUUID();
  const title = input.title || template.text.nb.subject;
  await db.transaction(async (transaction: Transaction) => {
    await transaction.insert(letters).values({ id, projectId: member.projectId, templateKey: input.templateKey, title, fields, createdBy: member.userId });
    await recordNeighbourEvent(transaction, member, { subjectKind: "letter", subjectId: id, kind: "created", detail: { templateKey: input.templateKey, title } });
  });
  return { ok: true, id };
}

/**
 * Saves a letter's title and blanks, checked by its template's schema (400 naming each wrong
 * blank; a blank the template does not have is refused). Planners only (403).
 *
 * @example
 * await saveLetter(db, planner, { letterId, title: "Informasjon til naboene", fields: { language: "nb", about: "…", … } });
 */
export async function saveLetter(db: Database, member: NeighbourMember, input: { letterId: string; title: string; fields: Record<string, unknown> }): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const [row] = await db.select().from(letters).where(and(eq(letters.projectId, member.projectId), eq(letters.id, input.letterId)));
  if (!row || !isTemplateKey(row.templateKey)) return refused(noSuchLetter);
  const checked = checkLetterFields(row.templateKey, input.fields);
  if (!checked.ok) return refused(checked.problem);
  await db.transaction(async (transaction: Transaction) => {
    await transaction.update(letters).set({ title: input.title, fields: checked.input, updatedAt: sql`now()` }).where(eq(letters.id, row.id));
    await recordNeighbourEvent(transaction, member, { subjectKind: "letter", subjectId: row.id, kind: "changed", detail: { title: input.title } });
  });
  return { ok: true, id: row.id };
}

/**
 * Deletes a letter (its entries in the communication log stay). Planners only (403).
 *
 * @example
 * await deleteLetter(db, planner, { letterId });
 */
export async function deleteLetter(db: Database, member: NeighbourMember, input: { letterId: string }): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const deleted = await db.transaction(async (transaction: Transaction) => {
    const rows = await transaction.delete(letters).where(and(eq(letters.projectId, member.projectId), eq(letters.id, input.letterId))).returning({ id: letters.id, title: letters.title });
    for (const row of rows) await recordNeighbourEvent(transaction, member, { subjectKind: "letter", subjectId: row.id, kind: "deleted", detail: { title: row.title } });
    return rows.length;
  });
  return deleted > 0 ? { ok: true, id: input.letterId } : refused(noSuchLetter);
}

/** How many addresses a print run to the address list has. */
export async function addressCount(db: Database, projectId: string): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(neighbourAddresses).where(eq(neighbourAddresses.projectId, projectId));
  return row?.count ?? 0;
}

/**
 * Marks a letter as sent on a date (not after today, Oslo) to the address list or unaddressed to
 * the neighbourhood: one entry in the communication log. A formal notice also records the notice
 * (sent on that date), so its 14 days are counted. The letter's blanks must be
 * complete (400 naming the missing ones). Planners only (403).
 *
 * @example
 * await markLetterSent(db, planner, { letterId, date: "2026-11-20", recipients: "list", channel: "Postkassene" });
 */
export async function markLetterSent(
  db: Database,
  member: NeighbourMember,
  input: { letterId: string; date: string; recipients: LetterRecipients; channel: string },
  options: { now?: Date } = {},
): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const letter = await readLetter(db, member.projectId, input.letterId);
  if (!letter) return refused(noSuchLetter);
  if (input.date > todayInOslo(options.now)) return refused(invalidInput({ date: { message: "Datoen kan ikke være etter i dag.", messageEn: "The date cannot be after today." } }));
  const checked = checkLetterFields(letter.templateKey, letter.fields);
  if (!checked.ok) return refused(checked.problem);
  const count = input.recipients === "list" ? await addressCount(db, member.projectId) : 0;
  if (input.recipients === "list" && count === 0) {
    return refused({ code: "conflict", message: "Adresselisten er tom. Legg inn adresser, eller merk brevet som sendt til nabolaget uten adresse.", messageEn: "The address list is empty. Add addresses, or mark the letter as sent to the neighbourhood without an address." });
  }
  const english = letter.fields.language === "en";
  const to = input.recipients === "list" ? (english ? `${count} addresses in the address list` : `${count} adresser i adresselisten`) : english ? "the neighbourhood, without addresses" : "nabolaget, uten adresse";
  const summary = `${letter.title}: ${english ? "sent to" : "sendt til"} ${to}.`;
  const notice = letter.templateKey === "formalNotice";
  const id = await db.transaction(async (transaction: Transaction) => {
    if (notice) {
      const noticeId = crypto.randomUUID();
      // The notice counts from the day it really went out.
      const sentDate = input.date;
      await transaction.insert(neighbourNotices).values({
        id: noticeId,
        projectId: member.projectId,
        sentDate,
        recipients: to,
        recipientCount: count,
        channel: "letter",
        proof: input.channel,
        createdBy: member.userId,
      });
      await recordNeighbourEvent(transaction, member, { subjectKind: "neighbourNotice", subjectId: noticeId, kind: "created", detail: { sentDate, recipientCount: count, letterId: letter.id } });
    }
    return insertCommunication(transaction, member, { kind: notice ? "notice" : "letter", date: input.date, audience: "neighbours", channel: input.channel, summary, letterId: letter.id });
  });
  return { ok: true, id, details: { count } };
}

