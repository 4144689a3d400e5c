/**
 * "Mitt hjem": a resident's own home and its choices of colours and materials, in the database
 * (decision 012). Every function takes the member as the server knows them (id and role from
 * the session and membership), never from the form, and checks every rule itself, for every
 * path: a resident with a home in this project, that home only (a `homeId` the form carries must
 * be it), a category of this project open for this home, an option of that category that does not
 * fail robustness. A refusal is a `ProblemError` (app/http/problem.ts) and changes nothing.
 * Times come from the database clock; each write appends a `choice_events` row with the actor's
 * id and role: the choices' history and what the participation log counts.
 */
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { choiceCategories, choiceEvents, choiceFavourites, choiceOptions, choiceReopenings, homeChoices, homes, users } from "../../db/schema";
import { homeOfResident, type Home } from "../homes/homes.server";
import { ProblemError, type ProblemCode } from "../http/problem";
import { can, type Role } from "../permissions";
import { formatDate, todayInOslo } from "../ui/format-time";
import { choiceWindowState, type WindowState } from "./choice-window";
import type { AppliedOption, ChoiceAuthor, MyHome, MyHomeCategory, MyHomeChoice, MyHomeOption } from "./my-home-types";
import { isPreviewPart } from "./preview-parts";

export type { AppliedOption, ChoiceAuthor, MyHome, MyHomeCategory, MyHomeChoice, MyHomeOption };

/** Who acts, as the server established it. */
export interface Member {
  projectId: string;
  userId: string;
  role: Role;
}

/** How a help request's message is kept: `choice_events` has no text column of its own, so a help request keeps it in `meeting`. */
const helpMessageColumn = choiceEvents.meeting;

/** The most a help request's message may hold. */
export const helpMessageMaxLength = 500;

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
type Reader = Database | Transaction;

function refuse(code: ProblemCode, message: string, messageEn: string, details?: Record<string, unknown>): ProblemError {
  return new ProblemError({ code, message, messageEn, ...(details ? { details } : {}) });
}

/**
 * The member's home and, for each category of the project in order, its window, the options
 * the member may see, the current choice (who made it, confirmed or not) or the standard that
 * applies, and the member's favourites. Null when no home is allocated to them yet.
 *
 * @example
 * const mine = await readMyHome(db, { projectId, userId, role: "resident" });
 * mine?.categories[0].applied; // { name: "Lys grå", source: "standard", … }
 */
export async function readMyHome(db: Database, member: Member): Promise<MyHome | null> {
  requireResident(member);
  const home = await homeOfResident(db, member.projectId, member.userId);
  if (!home) return null;
  const today = todayInOslo();
  const [categories, options, choices, reopenings, favourites] = await Promise.all([
    db
      .select()
      .from(choiceCategories)
      .where(eq(choiceCategories.projectId, member.projectId))
      .orderBy(asc(choiceCategories.position), asc(choiceCategories.createdAt), asc(choiceCategories.id)),
    db
      .select()
      .from(choiceOptions)
      .where(eq(choiceOptions.projectId, member.projectId))
      .orderBy(asc(choiceOptions.position), asc(choiceOptions.createdAt), asc(choiceOptions.id)),
    db.select().from(homeChoices).where(eq(homeChoices.homeId, home.id)),
    db.select().from(choiceReopenings).where(eq(choiceReopenings.homeId, home.id)),
    db.select({ optionId: choiceFavourites.optionId }).from(choiceFavourites).where(eq(choiceFavourites.homeId, home.id)),
  ]);
  const favourite = new Set(favourites.map((row) => row.optionId));
  const optionById = new Map(options.map((option) => [option.id, option]));
  return {
    home: { id: home.id, number: home.number, name: home.name },
    today,
    categories: categories.map((category) => {
      const reopenedUntil = reopenings.find((row) => row.categoryId === category.id)?.opensUntil ?? null;
      const offered = options
        .filter((option) => option.categoryId === category.id && isOffered(option.robustness))
        .map((option) => ({
          id: option.id,
          name: option.name,
          color: option.color,
          colorCode: option.colorCode,
          material: option.material,
          robustness: option.robustness === "warning" ? ("warning" as const) : ("ok" as const),
          robustnessNote: option.robustnessNote,
          isStandard: option.isStandard,
          photoFileId: option.photoFileId,
          favourite: favourite.has(option.id),
        }));
      const standard = offered.find((option) => option.isStandard) ?? null;
      const row = choices.find((choice) => choice.categoryId === category.id);
      const chosen = row ? optionById.get(row.optionId) : undefined;
      const choice: MyHomeChoice | null =
        row && chosen
          ? {
              optionId: chosen.id,
              name: chosen.name,
              color: chosen.color,
              colorCode: chosen.colorCode,
              offered: isOffered(chosen.robustness),
              chosenAt: row.updatedAt.toISOString(),
              confirmedAt: row.confirmedAt ? row.confirmedAt.toISOString() : null,
              by: row.withResidentMeeting !== null ? "withResident" : row.chosenBy === member.userId ? "self" : "other",
              meeting: row.withResidentMeeting,
              meetingDate: row.withResidentDate,
            }
          : null;
      const applied: AppliedOption | null = choice
        ? { optionId: choice.optionId, name: choice.name, color: choice.color, colorCode: choice.colorCode, source: "choice" }
        : standard
          ? { optionId: standard.id, name: standard.name, color: standard.color, colorCode: standard.colorCode, source: "standard" }
          : null;
      return {
        id: category.id,
        name: category.name,
        description: category.description,
        previewPart: isPreviewPart(category.previewPart) ? category.previewPart : null,
        opensOn: category.opensOn,
        closesOn: category.closesOn,
        reopenedUntil,
        state: choiceWindowState(category, reopenedUntil, today),
        lastDay: reopenedUntil !== null && reopenedUntil > category.closesOn ? reopenedUntil : category.closesOn,
        options: offered,
        standardOptionId: standard?.id ?? null,
        choice,
        applied,
      };
    }),
  };
}

export interface ChooseInput {
  categoryId: string;
  optionId: string;
  /** The home the form says it is for: refused unless it is the member's own. */
  homeId?: string;
}

/**
 * The member's home takes `optionId` in its category. A changed mind clears an earlier
 * confirmation; the same option again changes nothing. Appends a "pick" event.
 *
 * @example
 * await chooseOption(db, member, { categoryId, optionId }); // { changed: true }
 */
export async function chooseOption(db: Database, member: Member, input: ChooseInput): Promise<{ changed: boolean }> {
  return db.transaction(async (transaction) => {
    const home = await ownHome(transaction, member, input.homeId);
    await openCategory(transaction, member, home, input.categoryId);
    await offeredOption(transaction, member, input.categoryId, input.optionId);
    return { changed: await pick(transaction, member, home, input.categoryId, input.optionId) };
  });
}

export interface ConfirmInput {
  categoryId: string;
  /** The option shown as chosen when the member confirmed: taken first if it is not the current choice. */
  optionId?: string;
  homeId?: string;
}

/**
 * Confirms the home's choice in a category: the current one, `optionId` if given (chosen first
 * when it differs), or the standard when nothing was chosen. Appends "confirm" (and "pick" when
 * it chose) events; an already confirmed choice changes nothing.
 *
 * @example
 * await confirmChoice(db, member, { categoryId }); // { changed: true }
 */
export async function confirmChoice(db: Database, member: Member, input: ConfirmInput): Promise<{ changed: boolean }> {
  return db.transaction(async (transaction) => {
    const home = await ownHome(transaction, member, input.homeId);
    await openCategory(transaction, member, home, input.categoryId);
    const [current] = await transaction
      .select({ optionId: homeChoices.optionId, confirmedAt: homeChoices.confirmedAt })
      .from(homeChoices)
      .where(and(eq(homeChoices.homeId, home.id), eq(homeChoices.categoryId, input.categoryId)));
    let optionId = input.optionId ?? current?.optionId;
    if (optionId === undefined) {
      const [standard] = await transaction
        .select({ id: choiceOptions.id })
        .from(choiceOptions)
        .where(and(eq(choiceOptions.categoryId, input.categoryId), eq(choiceOptions.projectId, member.projectId), eq(choiceOptions.isStandard, true), inArray(choiceOptions.robustness, ["ok", "warning"])));
      if (!standard) throw refuse("nothingToConfirm", "Velg et alternativ før du bekrefter.", "Pick an option before you confirm.");
      optionId = standard.id;
    }
    if (optionId !== current?.optionId) {
      await offeredOption(transaction, member, input.categoryId, optionId);
      await pick(transaction, member, home, input.categoryId, optionId);
    } else if (current?.confirmedAt) {
      return { changed: false };
    }
    await transaction
      .update(homeChoices)
      .set({ confirmedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(homeChoices.homeId, home.id), eq(homeChoices.categoryId, input.categoryId)));
    await appendEvent(transaction, member, home, { kind: "confirm", categoryId: input.categoryId, optionId });
    return { changed: true };
  });
}

export interface FavouriteInput {
  optionId: string;
  /** The state wanted (a favourite or not); toggles when left out. */
  favourite?: boolean;
  homeId?: string;
}

/**
 * Marks an option as one of the home's favourites, or unmarks it: while its category is open, or
 * not open yet (to look ahead), not after it closed. Favourites are wishes, not choices, and
 * leave no event.
 *
 * @example
 * await toggleFavourite(db, member, { optionId }); // { favourite: true }
 */
export async function toggleFavourite(db: Database, member: Member, input: FavouriteInput): Promise<{ favourite: boolean }> {
  return db.transaction(async (transaction) => {
    const home = await ownHome(transaction, member, input.homeId);
    const [option] = await transaction
      .select({ categoryId: choiceOptions.categoryId, robustness: choiceOptions.robustness })
      .from(choiceOptions)
      .where(and(eq(choiceOptions.id, input.optionId), eq(choiceOptions.projectId, member.projectId)));
    if (!option) throw refuse("notFound", "Fant ikke alternativet.", "No such option.");
    if (!isOffered(option.robustness)) throw notOffered();
    const state = await categoryState(transaction, member, home, option.categoryId);
    if (state.state === "closed") throw closed(state.lastDay);
    const where = and(eq(choiceFavourites.homeId, home.id), eq(choiceFavourites.optionId, input.optionId));
    const [existing] = await transaction.select({ optionId: choiceFavourites.optionId }).from(choiceFavourites).where(where);
    const wanted = input.favourite ?? !existing;
    if (wanted && !existing) await transaction.insert(choiceFavourites).values({ homeId: home.id, optionId: input.optionId }).onConflictDoNothing();
    if (!wanted && existing) await transaction.delete(choiceFavourites).where(where);
    return { favourite: wanted };
  });
}

export interface HelpInput {
  /** The category the member asks about, if any. */
  categoryId?: string;
  /** A short message, already checked as user text (at most `helpMessageMaxLength`). */
  message?: string;
  homeId?: string;
}

/**
 * "Jeg vil gjerne snakke med noen om dette": a "helpRequest" event the planners see on their
 * page. Allowed whatever the category's window (asking after it closed is how one asks for it
 * to be reopened).
 *
 * @example
 * await requestHelp(db, member, { categoryId, message: "Jeg lurer på gulvet." }); // { id }
 */
export async function requestHelp(db: Database, member: Member, input: HelpInput): Promise<{ id: string }> {
  return db.transaction(async (transaction) => {
    const home = await ownHome(transaction, member, input.homeId);
    if (input.categoryId !== undefined) await findCategory(transaction, member, input.categoryId);
    const message = input.message?.trim() ?? "";
    if (message.length > helpMessageMaxLength) {
      throw refuse("invalidInput", `Meldingen kan være høyst ${helpMessageMaxLength} tegn.`, `The message can be at most ${helpMessageMaxLength} characters.`, { max: helpMessageMaxLength });
    }
    const id = await appendEvent(transaction, member, home, { kind: "helpRequest", categoryId: input.categoryId ?? null, optionId: null, message: message || null });
    return { id };
  });
}

export interface HelpRequest {
  id: string;
  homeId: string;
  homeName: string;
  categoryId: string | null;
  message: string;
  askedBy: string | null;
  askedByName: string | null;
  /** ISO time stamp. */
  createdAt: string;
}

/**
 * The project's help requests from residents, newest first, for the planners' page (which
 * checks `choices:readAll` itself).
 *
 * @example
 * const requests = await listHelpRequests(db, projectId); // [{ homeName: "Hus 2", message: "…" }]
 */
export async function listHelpRequests(db: Database, projectId: string): Promise<HelpRequest[]> {
  const rows = await db
    .select({
      id: choiceEvents.id,
      homeId: choiceEvents.homeId,
      homeName: homes.name,
      categoryId: choiceEvents.categoryId,
      message: helpMessageColumn,
      askedBy: choiceEvents.actorId,
      askedByName: users.name,
      createdAt: choiceEvents.createdAt,
    })
    .from(choiceEvents)
    .innerJoin(homes, eq(homes.id, choiceEvents.homeId))
    .leftJoin(users, eq(users.id, choiceEvents.actorId))
    .where(and(eq(choiceEvents.projectId, projectId), eq(choiceEvents.kind, "helpRequest")))
    .orderBy(desc(choiceEvents.createdAt), desc(choiceEvents.id));
  return rows.map((row) => ({ ...row, message: row.message ?? "", createdAt: row.createdAt.toISOString() }));
}

function isOffered(robustness: string): boolean {
  return robustness === "ok" || robustness === "warning";
}

function requireResident(member: Member): void {
  if (!can(member.role, "choices:chooseOwn")) {
    throw refuse("forbidden", "Bare beboere velger farger og materialer til boligen sin her.", "Only residents choose the colours and materials of their home here.");
  }
}

/** The member's own home; refuses a member who is not a resident with a home, and any other home's id. */
async function ownHome(reader: Reader, member: Member, homeId: string | undefined): Promise<Home> {
  requireResident(member);
  const home = await homeOfResident(reader, member.projectId, member.userId);
  if (!home) throw refuse("forbidden", "Du har ikke fått tildelt en bolig i dette prosjektet ennå.", "No home in this project has been allocated to you yet.");
  if (homeId !== undefined && homeId !== home.id) throw refuse("forbidden", "Du kan bare velge for din egen bolig.", "You can only choose for your own home.");
  return home;
}

async function findCategory(reader: Reader, member: Member, categoryId: string) {
  const [category] = await reader
    .select({ id: choiceCategories.id, opensOn: choiceCategories.opensOn, closesOn: choiceCategories.closesOn })
    .from(choiceCategories)
    .where(and(eq(choiceCategories.id, categoryId), eq(choiceCategories.projectId, member.projectId)));
  if (!category) throw refuse("notFound", "Fant ikke kategorien.", "No such category.");
  return category;
}

async function categoryState(reader: Reader, member: Member, home: Home, categoryId: string): Promise<{ state: WindowState; opensOn: string; lastDay: string }> {
  const category = await findCategory(reader, member, categoryId);
  const [reopening] = await reader
    .select({ opensUntil: choiceReopenings.opensUntil })
    .from(choiceReopenings)
    .where(and(eq(choiceReopenings.homeId, home.id), eq(choiceReopenings.categoryId, categoryId)));
  const reopenedUntil = reopening?.opensUntil ?? null;
  return {
    state: choiceWindowState(category, reopenedUntil, todayInOslo()),
    opensOn: category.opensOn,
    lastDay: reopenedUntil !== null && reopenedUntil > category.closesOn ? reopenedUntil : category.closesOn,
  };
}

function closed(lastDay: string): ProblemError {
  return refuse("choiceClosed", `Valget er stengt. Det var åpent til og med ${formatDate(lastDay, "nb")}.`, `Choosing is closed. It was open until ${formatDate(lastDay, "en")}.`, { lastDay });
}

function notOffered(): ProblemError {
  return refuse("optionNotOffered", "Dette alternativet kan ikke velges.", "This option cannot be chosen.");
}

/** Refuses unless the category is open for this home today. */
async function openCategory(reader: Reader, member: Member, home: Home, categoryId: string): Promise<void> {
  const { state, opensOn, lastDay } = await categoryState(reader, member, home, categoryId);
  if (state === "notYet") {
    throw refuse("choiceNotYet", `Valget er ikke åpnet ennå. Du kan velge fra ${formatDate(opensOn, "nb")}.`, `Choosing has not opened yet. You can choose from ${formatDate(opensOn, "en")}.`, { opensOn });
  }
  if (state === "closed") throw closed(lastDay);
}

/** Refuses an option that is not in this category of this project, or that fails robustness. */
async function offeredOption(reader: Reader, member: Member, categoryId: string, optionId: string): Promise<void> {
  const [option] = await reader
    .select({ robustness: choiceOptions.robustness })
    .from(choiceOptions)
    .where(and(eq(choiceOptions.id, optionId), eq(choiceOptions.categoryId, categoryId), eq(choiceOptions.projectId, member.projectId)));
  if (!option) throw refuse("notFound", "Fant ikke alternativet i denne kategorien.", "No such option in this category.");
  if (!isOffered(option.robustness)) throw notOffered();
}

/** Makes `optionId` the home's choice (unconfirmed, by the member); false when it already was. */
async function pick(transaction: Transaction, member: Member, home: Home, categoryId: string, optionId: string): Promise<boolean> {
  const [current] = await transaction
    .select({ optionId: homeChoices.optionId })
    .from(homeChoices)
    .where(and(eq(homeChoices.homeId, home.id), eq(homeChoices.categoryId, categoryId)));
  if (current?.optionId === optionId) return false;
  const values = {
    optionId,
    confirmedAt: null,
    chosenBy: member.userId,
    chosenRole: member.role,
    withResidentMeeting: null,
    withResidentDate: null,
  };
  await transaction
    .insert(homeChoices)
    .values({ homeId: home.id, categoryId, projectId: member.projectId, ...values })
    .onConflictDoUpdate({ target: [homeChoices.homeId, homeChoices.categoryId], set: { ...values, updatedAt: sql`now()` } });
  await appendEvent(transaction, member, home, { kind: "pick", categoryId, optionId });
  return true;
}

async function appendEvent(
  transaction: Transaction,
  member: Member,
  home: Home,
  event: { kind: "pick" | "confirm" | "helpRequest"; categoryId: string | null; optionId: string | null; message?: string | null },
): Promise<string> {
  const id = randomUUID();
  await transaction.insert(choiceEvents).values({
    id,
    projectId: member.projectId,
    homeId: home.id,
    categoryId: event.categoryId,
    optionId: event.optionId,
    kind: event.kind,
    actorId: member.userId,
    actorRole: member.role,
    meeting: event.message ?? null,
  });
  return id;
}
