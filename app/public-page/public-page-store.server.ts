/**
 * The public project page in the database (decision 013): its short address, its texts, dated
 * updates, publishing and unpublishing, and what the public sees of it. Every write takes the
 * member as the server knows them, checks `publicPage:edit` and the record's own rule, appends a
 * row to `people_events` and returns `{ ok: true }` or a problem, having changed nothing.
 *
 * @example
 * await savePublicTexts(db, planner, "Småhus på Eikelund", content);
 * const published = await publishPage(db, planner, { confirmPublic: false, acceptWarnings: false });
 * if (!published.ok) console.log(published.problem.message); // e.g. no political decision yet
 */
import { and, desc, eq, ne, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { projects, publicPages, publicUpdates } from "../../db/schema";
import { forbiddenProblem as generalForbidden } from "../http/problem";
import { publicAnswers } from "../inquiries/inquiries-store.server";
import type { Member } from "../inquiries/inquiry-types";
import type { Transaction } from "../inquiries/people-events.server";
import { appendPeopleEvent } from "../inquiries/people-events.server";
import type { FieldMessage, WriteProblem, WriteResult } from "../inquiries/write-result";
import { invalidFields, refused } from "../inquiries/write-result";
import { can } from "../permissions";
import { isPhase } from "../projects/vocabulary";
import { todayInOslo } from "../ui/format-time";
import { publishingDecision, readPublicPlan } from "./plan-snapshot.server";
import type { PublicContent } from "./public-content";
import { emptyContent } from "./public-content";
import { contentSchema } from "./public-input";
import { slugify } from "./public-limits";
import { listPublicMeetings } from "./public-meetings.server";
import type { PublicPageEditorSnapshot, PublicUpdate, PublicView } from "./public-page-types";
import type { WordWarning } from "./public-word-check";
import { answerWarnings, contentWarnings, updateWarnings } from "./public-word-check";

const forbiddenProblem: WriteProblem = { code: "forbidden", message: generalForbidden.message, messageEn: generalForbidden.messageEn };
const mayEdit = (who: Member) => can(who.role, "publicPage:edit");

type PageRow = typeof publicPages.$inferSelect;

/** Stored texts through their schema; a broken record reads as empty rather than breaking the page. */
function contentOf(value: unknown): PublicContent {
  const parsed = contentSchema.safeParse(value);
  return parsed.success ? parsed.data : emptyContent();
}

async function pageOf(db: Database | Transaction, projectId: string): Promise<PageRow | null> {
  const [row] = await db.select().from(publicPages).where(eq(publicPages.projectId, projectId));
  return row ?? null;
}

async function slugTaken(db: Database | Transaction, slug: string, projectId: string): Promise<boolean> {
  const [row] = await db
    .select({ projectId: publicPages.projectId })
    .from(publicPages)
    .where(and(eq(publicPages.slug, slug), ne(publicPages.projectId, projectId)));
  return Boolean(row);
}

/** The project's name made into an address no other page has ("smahus-pa-eikelund", "…-2" …). */
async function freeSlug(db: Database | Transaction, projectName: string, projectId: string): Promise<string> {
  const base = slugify(projectName);
  for (let number = 1; number <= 50; number++) {
    const candidate = number === 1 ? base : `${base.slice(0, 56)}-${number}`;
    if (!(await slugTaken(db, candidate, projectId))) return candidate;
  }
  return `${base.slice(0, 50)}-${crypto.randomUUID().slice(0, 8)}`;
}

async function projectNameOf(db: Database | Transaction, projectId: string): Promise<string> {
  const [row] = await db.select({ name: projects.name }).from(projects).where(eq(projects.id, projectId));
  return row?.name ?? "prosjekt";
}

/** Whether an error is a unique-key violation (two planners choosing one address at once). */
function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

const slugTakenProblem: WriteProblem = invalidFields({
  slug: { message: "En annen prosjektside har allerede den adressen. Velg en annen.", messageEn: "Another project page already has that address. Choose another." },
});

/**
 * Saves the page's texts (the page row is made on the first save, with an address from the
 * project's name). Stigmatising words are returned as warnings; they never stop a save.
 *
 * @example
 * const saved = await savePublicTexts(db, planner, content);
 * if (saved.ok) saved.warnings; // [] when the words are fine
 */
export async function savePublicTexts(db: Database, who: Member, content: PublicContent): Promise<WriteResult<{ warnings: WordWarning[] }>> {
  if (!mayEdit(who)) return refused(forbiddenProblem);
  await db.transaction(async (transaction: Transaction) => {
    const existing = await pageOf(transaction, who.projectId);
    if (existing) {
      await transaction.update(publicPages).set({ content, updatedBy: who.userId, updatedAt: sql`now()` }).where(eq(publicPages.projectId, who.projectId));
    } else {
      const slug = await freeSlug(transaction, await projectNameOf(transaction, who.projectId), who.projectId);
      await transaction.insert(publicPages).values({ projectId: who.projectId, slug, content, updatedBy: who.userId });
    }
    const before = existing ? contentOf(existing.content) : emptyContent();
    const fields = (Object.keys(content) as Array<keyof PublicContent>).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(content[key]));
    await appendPeopleEvent(transaction, { projectId: who.projectId, subjectKind: "publicPage", subjectId: who.projectId, kind: "textsChanged", detail: { fields }, actorId: who.userId, actorRole: who.role });
  });
  return { ok: true, warnings: contentWarnings(content) };
}

/**
 * Sets the page's short address (/p/<slug>). Refused: an address another page has (400, field
 * `slug`, also when two planners race for it). A published page moves at once: the old address
 * gives 404.
 *
 * @example
 * await setSlug(db, planner, { slug: "smahus-eikelund" });
 */
export async function setSlug(db: Database, who: Member, input: { slug: string }): Promise<WriteResult> {
  if (!mayEdit(who)) return refused(forbiddenProblem);
  if (await slugTaken(db, input.slug, who.projectId)) return refused(slugTakenProblem);
  try {
    await db.transaction(async (transaction: Transaction) => {
      await transaction
        .insert(publicPages)
        .values({ projectId: who.projectId, slug: input.slug, content: emptyContent(), updatedBy: who.userId })
        .onConflictDoUpdate({ target: publicPages.projectId, set: { slug: input.slug, updatedBy: who.userId, updatedAt: sql`now()` } });
      await appendPeopleEvent(transaction, { projectId: who.projectId, subjectKind: "publicPage", subjectId: who.projectId, kind: "slugChanged", detail: { fields: ["slug"], slug: input.slug }, actorId: who.userId, actorRole: who.role });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused(slugTakenProblem);
    throw error;
  }
  return { ok: true };
}

/**
 * Adds a dated update (dated today or earlier). Its stigmatising words come back as warnings.
 *
 * @example
 * await addPublicUpdate(db, planner, { date: "2026-12-01", title: "Tomta er valgt", body: "…" });
 */
export async function addPublicUpdate(
  db: Database,
  who: Member,
  input: { date: string; title: string; body: string },
  now: Date = new Date(),
): Promise<WriteResult<{ id: string; warnings: WordWarning[] }>> {
  if (!mayEdit(who)) return refused(forbiddenProblem);
  if (input.date > todayInOslo(now)) return refused(invalidFields({ date: { message: "En oppdatering kan ikke dateres fram i tid.", messageEn: "An update cannot be dated in the future." } }));
  const id = crypto.randomUUID();
  await db.transaction(async (transaction: Transaction) => {
    await transaction.insert(publicUpdates).values({ id, projectId: who.projectId, date: input.date, title: input.title, body: input.body, createdBy: who.userId });
    await appendPeopleEvent(transaction, { projectId: who.projectId, subjectKind: "publicUpdate", subjectId: id, kind: "created", detail: { fields: ["date", "title", "body"], date: input.date }, actorId: who.userId, actorRole: who.role });
  });
  return { ok: true, id, warnings: updateWarnings({ id, ...input }) };
}

/** Removes a dated update (404 when the project has no such update). */
export async function removePublicUpdate(db: Database, who: Member, input: { updateId: string }): Promise<WriteResult> {
  if (!mayEdit(who)) return refused(forbiddenProblem);
  const removed = await db.transaction(async (transaction: Transaction) => {
    const rows = await transaction
      .delete(publicUpdates)
      .where(and(eq(publicUpdates.projectId, who.projectId), eq(publicUpdates.id, input.updateId)))
      .returning({ title: publicUpdates.title });
    if (rows.length === 0) return false;
    await appendPeopleEvent(transaction, { projectId: who.projectId, subjectKind: "publicUpdate", subjectId: input.updateId, kind: "deleted", detail: { fields: ["date", "title", "body"], title: rows[0].title }, actorId: who.userId, actorRole: who.role });
    return true;
  });
  return removed ? { ok: true } : refused({ code: "notFound", message: "Fant ikke oppdateringen.", messageEn: "No such update." });
}

async function listUpdates(db: Database, projectId: string): Promise<PublicUpdate[]> {
  return db
    .select({ id: publicUpdates.id, date: publicUpdates.date, title: publicUpdates.title, body: publicUpdates.body })
    .from(publicUpdates)
    .where(eq(publicUpdates.projectId, projectId))
    .orderBy(desc(publicUpdates.date), desc(publicUpdates.createdAt));
}

/** What publishing still needs of the texts: what is built and why, and a named contact with an e-mail or a phone. */
export function missingForPublishing(content: PublicContent): string[] {
  const missing: string[] = [];
  if (content.whatAndWhy.nb.trim() === "") missing.push("whatAndWhy.nb");
  if (content.contact.name.trim() === "") missing.push("contact.name");
  if (content.contact.email.trim() === "" && content.contact.phone.trim() === "") missing.push("contact.email");
  return missing;
}

const missingMessages: Record<string, FieldMessage> = {
  "whatAndWhy.nb": { message: "Skriv hva som bygges og hvorfor.", messageEn: "Write what is being built and why." },
  "contact.name": { message: "Skriv navnet på en kontaktperson.", messageEn: "Write the name of a contact person." },
  "contact.email": { message: "Skriv kontaktpersonens e-post eller telefon på jobb.", messageEn: "Write the contact person's work e-mail or phone." },
};

/** Every stigmatising word on the page as it would be published: its texts, its updates and the answers shown. */
async function allWarnings(db: Database, projectId: string, content: PublicContent): Promise<WordWarning[]> {
  const [updates, answers] = await Promise.all([listUpdates(db, projectId), publicAnswers(db, projectId)]);
  return [...contentWarnings(content), ...updates.flatMap(updateWarnings), ...answers.flatMap(answerWarnings)];
}

/**
 * Publishes the page. Allowed when the decision log has a decision in the political handling or
 * the political decision phase, or when the planner confirms the project is public; the texts
 * must say what is built and why and name a contact; while a stigmatising word remains, the
 * planner must tick that they have read the warning. Refused otherwise with 409 notPublishable
 * and the reason (`details.reason`: "notSaved", "incomplete", "noDecision", "wordWarnings").
 *
 * @example
 * await publishPage(db, planner, { confirmPublic: false, acceptWarnings: false });
 */
export async function publishPage(db: Database, who: Member, input: { confirmPublic: boolean; acceptWarnings: boolean }): Promise<WriteResult<{ basis: string }>> {
  if (!mayEdit(who)) return refused(forbiddenProblem);
  const page = await pageOf(db, who.projectId);
  if (!page) {
    return refused({ code: "notPublishable", message: "Skriv og lagre sidens tekster før den publiseres.", messageEn: "Write and save the page's texts before publishing it.", details: { reason: "notSaved" } });
  }
  const content = contentOf(page.content);
  const missing = missingForPublishing(content);
  if (missing.length > 0) {
    const fields = Object.fromEntries(missing.map((field) => [field, missingMessages[field]]));
    const listed = invalidFields(fields);
    return refused({ code: "notPublishable", message: `Siden kan ikke publiseres ennå: ${listed.message}`, messageEn: `The page cannot be published yet: ${listed.messageEn}`, fields, details: { reason: "incomplete" } });
  }
  const decision = publishingDecision(await readPublicPlan(db, who.projectId));
  if (!decision && !input.confirmPublic) {
    return refused({
      code: "notPublishable",
      message: "Beslutningsloggen har ingen beslutning fra politisk behandling eller politisk vedtak ennå. Siden kan publiseres når den har det, eller når du bekrefter at prosjektet er offentlig kjent.",
      messageEn: "The decision log has no decision from the political handling or the political decision yet. The page can be published once it has, or when you confirm that the project is publicly known.",
      fields: { confirmPublic: { message: "Bekreft at prosjektet er offentlig kjent.", messageEn: "Confirm that the project is publicly known." } },
      details: { reason: "noDecision" },
    });
  }
  const warnings = await allWarnings(db, who.projectId, content);
  if (warnings.length > 0 && !input.acceptWarnings) {
    return refused({
      code: "notPublishable",
      message: `Sidens tekster har ${warnings.length === 1 ? "ett ord" : `${warnings.length} ord`} som kan virke stigmatiserende. Les advarselen og kryss av før du publiserer, eller endre teksten.`,
      messageEn: `The page's texts have ${warnings.length === 1 ? "one word" : `${warnings.length} words`} that may stigmatise. Read the warning and tick the box before publishing, or change the text.`,
      fields: { acceptWarnings: { message: "Kryss av for at du har lest advarselen.", messageEn: "Tick that you have read the warning." } },
      details: { reason: "wordWarnings", warnings: warnings.length },
    });
  }
  const basis = decision ? `decision:${decision.id}` : "confirmed";
  await db.transaction(async (transaction: Transaction) => {
    await transaction
      .update(publicPages)
      .set({ published: true, publishedAt: sql`now()`, publishedBy: who.userId, publishBasis: basis })
      .where(eq(publicPages.projectId, who.projectId));
    await appendPeopleEvent(transaction, {
      projectId: who.projectId,
      subjectKind: "publicPage",
      subjectId: who.projectId,
      kind: "published",
      detail: { fields: ["published"], basis, acceptedWarnings: warnings.length },
      actorId: who.userId,
      actorRole: who.role,
    });
  });
  return { ok: true, basis };
}

/** Hides the page at once: the next request for its address is 404. */
export async function unpublishPage(db: Database, who: Member): Promise<WriteResult> {
  if (!mayEdit(who)) return refused(forbiddenProblem);
  const page = await pageOf(db, who.projectId);
  if (!page?.published) return { ok: true };
  await db.transaction(async (transaction: Transaction) => {
    await transaction.update(publicPages).set({ published: false }).where(eq(publicPages.projectId, who.projectId));
    await appendPeopleEvent(transaction, { projectId: who.projectId, subjectKind: "publicPage", subjectId: who.projectId, kind: "unpublished", detail: { fields: ["published"] }, actorId: who.userId, actorRole: who.role });
  });
  return { ok: true };
}

/** The editor's view: the saved page (or a draft address from the project's name), its warnings and what publishing needs. */
export async function readPublicPageEditor(db: Database, who: Member, now: Date = new Date()): Promise<PublicPageEditorSnapshot> {
  const [page, updates, answers, plan, meetings] = await Promise.all([
    pageOf(db, who.projectId),
    listUpdates(db, who.projectId),
    publicAnswers(db, who.projectId),
    readPublicPlan(db, who.projectId),
    listPublicMeetings(db, who.projectId, now),
  ]);
  const content = page ? contentOf(page.content) : emptyContent();
  const decision = publishingDecision(plan);
  return {
    projectId: who.projectId,
    saved: Boolean(page),
    slug: page?.slug ?? (await freeSlug(db, await projectNameOf(db, who.projectId), who.projectId)),
    published: page?.published ?? false,
    publishedAt: page?.publishedAt?.toISOString() ?? null,
    publishBasis: page?.publishBasis ?? null,
    content,
    updates,
    warnings: [...contentWarnings(content), ...updates.flatMap(updateWarnings), ...answers.flatMap(answerWarnings)],
    publishingDecision: decision ? { phase: decision.phase, date: decision.date } : null,
    chosenSiteNames: plan.chosenSites.map((site) => site.name),
    shownAnswers: answers.length,
    meetingsAhead: meetings.length,
    missing: missingForPublishing(content),
    today: todayInOslo(now),
  };
}

async function viewOf(db: Database, page: PageRow, now: Date): Promise<PublicView | null> {
  const [project] = await db
    .select({ name: projects.name, municipality: projects.municipality, housingForm: projects.housingForm, homeCount: projects.homeCount, phase: projects.phase, answerDays: projects.inquiryAnswerDays })
    .from(projects)
    .where(eq(projects.id, page.projectId));
  if (!project) return null;
  const [plan, updates, meetings, answers] = await Promise.all([
    readPublicPlan(db, page.projectId),
    listUpdates(db, page.projectId),
    listPublicMeetings(db, page.projectId, now),
    publicAnswers(db, page.projectId),
  ]);
  return {
    slug: page.slug,
    projectName: project.name,
    municipality: project.municipality,
    housingForm: project.housingForm,
    homeCount: project.homeCount,
    content: contentOf(page.content),
    phase: plan.phase ?? (isPhase(project.phase) ? project.phase : "needs"),
    decisions: plan.decisions.map((decision) => ({ phase: decision.phase, date: decision.date })),
    chosenSites: plan.chosenSites,
    updates,
    meetings,
    answers,
    today: todayInOslo(now),
    answerDays: project.answerDays,
  };
}

/** The project behind a published address, or null (unknown or unpublished: the page is 404). */
export async function findPublishedProject(db: Database, slug: string): Promise<string | null> {
  const [row] = await db
    .select({ projectId: publicPages.projectId })
    .from(publicPages)
    .where(and(eq(publicPages.slug, slug), eq(publicPages.published, true)));
  return row?.projectId ?? null;
}

/**
 * What the public sees at /p/<slug>, or null when no page is published there. Read on every
 * request: unpublishing takes effect on the next one.
 */
export async function readPublishedView(db: Database, slug: string, now: Date = new Date()): Promise<PublicView | null> {
  const [page] = await db
    .select()
    .from(publicPages)
    .where(and(eq(publicPages.slug, slug), eq(publicPages.published, true)));
  return page ? viewOf(db, page, now) : null;
}

/** The page as it would look, published or not, for the planners' preview (null before its first save). */
export async function readPreview(db: Database, who: Member, now: Date = new Date()): Promise<PublicView | null> {
  if (!mayEdit(who)) return null;
  const page = await pageOf(db, who.projectId);
  return page ? viewOf(db, page, now) : null;
}
