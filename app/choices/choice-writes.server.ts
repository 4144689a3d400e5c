/**
 * The planners' writes on the residents' choices (decision 012): a choice recorded together with
 * the resident, a category reopened for one home (and the reopening ended), requests for help
 * answered. Plain functions taking `db` and the member as the server knows them (from the session
 * and the membership, never from the form), so the demo seed and the tests call them as the page
 * does. Who, which role and when are stamped here and by the database clock; every write appends
 * its row to `choice_events`. A refusal throws `ChoicesRefused` and changes nothing.
 */
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "../../db/connection";
import { choiceCategories, choiceEvents, choiceOptions, choiceReopenings, homeChoices, homes } from "../../db/schema";
import { choiceWindowState } from "../my-home/choice-window";
import { can, type Role } from "../permissions";
import { todayInOslo } from "../ui/format-time";
import { readOpenHelpRequests } from "./choice-matrix.server";
import {
  closeReopeningSchema,
  fieldsProblem,
  helpAnsweredSchema,
  recordWithResidentSchema,
  reopenSchema,
  type CloseReopeningInput,
  type HelpAnsweredInput,
  type RecordWithResidentInput,
  type ReopenInput,
} from "./choice-input";
import { ChoicesRefused, conflict, forbiddenChoicesProblem, invalidFields, notFound } from "./choices-problem";
import type { ChoiceEventKind } from "./choices-types";

/** Who acts, as the server established it. */
export interface ChoiceActor {
  projectId: string;
  userId: string;
  role: Role;
}

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

function requirePlanner(actor: ChoiceActor): void {
  if (!can(actor.role, "choices:withResident")) throw new ChoicesRefused(forbiddenChoicesProblem);
}

function parse<Schema extends z.ZodTypeAny>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ChoicesRefused(fieldsProblem(parsed.error));
  return parsed.data as z.output<Schema>;
}

async function homeIn(transaction: Transaction, projectId: string, homeId: string) {
  const [home] = await transaction.select({ id: homes.id, residentId: homes.residentId }).from(homes).where(and(eq(homes.projectId, projectId), eq(homes.id, homeId)));
  if (!home) throw new ChoicesRefused(notFound("home"));
  return home;
}

async function categoryIn(transaction: Transaction, projectId: string, categoryId: string) {
  const [category] = await transaction
    .select({ id: choiceCategories.id, opensOn: choiceCategories.opensOn, closesOn: choiceCategories.closesOn })
    .from(choiceCategories)
    .where(and(eq(choiceCategories.projectId, projectId), eq(choiceCategories.id, categoryId)));
  if (!category) throw new ChoicesRefused(notFound("category"));
  return category;
}

async function appendEvent(
  transaction: Transaction,
  actor: ChoiceActor,
  event: { homeId: string; categoryId: string | null; optionId?: string; kind: ChoiceEventKind; meeting?: string; meetingDate?: string; notBefore?: Date },
): Promise<string> {
  const id = crypto.randomUUID();
  await transaction.insert(choiceEvents).values({
    id,
    projectId: actor.projectId,
    homeId: event.homeId,
    categoryId: event.categoryId,
    optionId: event.optionId ?? null,
    kind: event.kind,
    actorId: actor.userId,
    actorRole: actor.role,
    meeting: event.meeting ?? null,
    meetingDate: event.meetingDate ?? null,
    ...(event.notBefore ? { createdAt: sql`greatest(now(), ${event.notBefore.toISOString()}::timestamptz)` } : {}),
  });
  return id;
}

/**
 * Records a choice made together with the resident at a meeting: the home's current choice in
 * the category, confirmed, with the meeting and its date, and a `withResident` event. Allowed
 * whether the category is open or closed (planners are the ones who lock and unlock); the home
 * must be allocated, and the option be one of the category's that does not fail robustness.
 *
 * @example
 * await recordWithResident(db, { projectId, userId: jonasId, role: "planner" }, {
 *   homeId, categoryId, optionId, meeting: "Hjemmebesøk", meetingDate: "2026-12-01",
 * }); // { eventId }
 * @throws ChoicesRefused 400 (fields; option of another category; date in the future), 404 (home, category or option not in the project), 409 (not allocated; option fails robustness), 403 (not a planner)
 */
export async function recordWithResident(db: Database, actor: ChoiceActor, input: RecordWithResidentInput, today: string = todayInOslo()): Promise<{ eventId: string }> {
  requirePlanner(actor);
  const { homeId, categoryId, optionId, meeting, meetingDate } = parse(recordWithResidentSchema, input);
  if (meetingDate > today) throw new ChoicesRefused(invalidFields({ meetingDate: "dateInFuture" }));
  return db.transaction(async (transaction) => {
    const home = await homeIn(transaction, actor.projectId, homeId);
    await categoryIn(transaction, actor.projectId, categoryId);
    const [option] = await transaction
      .select({ categoryId: choiceOptions.categoryId, robustness: choiceOptions.robustness })
      .from(choiceOptions)
      .where(and(eq(choiceOptions.projectId, actor.projectId), eq(choiceOptions.id, optionId)));
    if (!option) throw new ChoicesRefused(notFound("option"));
    if (option.categoryId !== categoryId) throw new ChoicesRefused(invalidFields({ optionId: "optionOtherCategory" }));
    if (option.robustness === "fails") throw new ChoicesRefused(conflict("optionFails", { optionId }));
    if (home.residentId === null) throw new ChoicesRefused(conflict("notAllocated", { homeId }));
    const stamped = {
      optionId,
      confirmedAt: sql`now()`,
      chosenBy: actor.userId,
      chosenRole: actor.role,
      withResidentMeeting: meeting,
      withResidentDate: meetingDate,
      updatedAt: sql`now()`,
    };
    await transaction
      .insert(homeChoices)
      .values({ homeId, categoryId, projectId: actor.projectId, ...stamped })
      .onConflictDoUpdate({ target: [homeChoices.homeId, homeChoices.categoryId], set: stamped });
    const eventId = await appendEvent(transaction, actor, { homeId, categoryId, optionId, kind: "withResident", meeting, meetingDate });
    return { eventId };
  });
}

/**
 * Opens a category for one home until a date (inclusive, Oslo), whatever its closing date; a
 * second reopening replaces the first. A category that has not opened yet is refused: its
 * opening date is changed in the catalogue.
 *
 * @example
 * await reopenForHome(db, planner, { homeId, categoryId, until: "2026-12-20" }); // { eventId }
 * @throws ChoicesRefused 400 (fields; until before today), 404, 409 (not opened yet), 403
 */
export async function reopenForHome(db: Database, actor: ChoiceActor, input: ReopenInput, today: string = todayInOslo()): Promise<{ eventId: string }> {
  requirePlanner(actor);
  const { homeId, categoryId, until } = parse(reopenSchema, input);
  if (until < today) throw new ChoicesRefused(invalidFields({ until: "untilPast" }));
  return db.transaction(async (transaction) => {
    await homeIn(transaction, actor.projectId, homeId);
    const category = await categoryIn(transaction, actor.projectId, categoryId);
    if (choiceWindowState(category, null, today) === "notYet") throw new ChoicesRefused(conflict("notOpenedYet", { categoryId, opensOn: category.opensOn }));
    const values = { opensUntil: until, reopenedBy: actor.userId, createdAt: sql`now()` };
    await transaction
      .insert(choiceReopenings)
      .values({ homeId, categoryId, ...values })
      .onConflictDoUpdate({ target: [choiceReopenings.homeId, choiceReopenings.categoryId], set: values });
    // The reopening's last day goes in the event's date column, so the history can say it.
    const eventId = await appendEvent(transaction, actor, { homeId, categoryId, kind: "reopen", meetingDate: until });
    return { eventId };
  });
}

/**
 * Ends a home's reopening of a category now: the category's own dates apply again.
 *
 * @example
 * await closeReopening(db, planner, { homeId, categoryId }); // { eventId }
 * @throws ChoicesRefused 400, 404, 409 (not reopened), 403
 */
export async function closeReopening(db: Database, actor: ChoiceActor, input: CloseReopeningInput): Promise<{ eventId: string }> {
  requirePlanner(actor);
  const { homeId, categoryId } = parse(closeReopeningSchema, input);
  return db.transaction(async (transaction) => {
    await homeIn(transaction, actor.projectId, homeId);
    await categoryIn(transaction, actor.projectId, categoryId);
    const removed = await transaction
      .delete(choiceReopenings)
      .where(and(eq(choiceReopenings.homeId, homeId), eq(choiceReopenings.categoryId, categoryId)))
      .returning({ homeId: choiceReopenings.homeId });
    if (removed.length === 0) throw new ChoicesRefused(conflict("notReopened", { homeId, categoryId }));
    const eventId = await appendEvent(transaction, actor, { homeId, categoryId, kind: "reopenEnded" });
    return { eventId };
  });
}

/**
 * Marks a home's open requests for help as answered: those about one category, or, without a
 * category, all of the home's.
 *
 * @example
 * await markHelpAnswered(db, planner, { homeId, categoryId }); // { eventId, answered: 1 }
 * @throws ChoicesRefused 400, 404, 409 (nothing open to answer), 403
 */
export async function markHelpAnswered(db: Database, actor: ChoiceActor, input: HelpAnsweredInput): Promise<{ eventId: string; answered: number }> {
  requirePlanner(actor);
  const { homeId, categoryId } = parse(helpAnsweredSchema, input);
  return db.transaction(async (transaction) => {
    await homeIn(transaction, actor.projectId, homeId);
    if (categoryId !== undefined) await categoryIn(transaction, actor.projectId, categoryId);
    const open = (await readOpenHelpRequests(transaction, actor.projectId, homeId)).filter((request) => categoryId === undefined || request.categoryId === categoryId);
    if (open.length === 0) throw new ChoicesRefused(conflict("noHelpRequest", { homeId, categoryId: categoryId ?? null }));
    // Stamped after every request it answers, even one in this very millisecond (see readOpenHelpRequests).
    const lastAsked = Math.max(...open.map((request) => Date.parse(request.askedAt)));
    const eventId = await appendEvent(transaction, actor, { homeId, categoryId: categoryId ?? null, kind: "helpAnswered", notBefore: new Date(lastAsked + 1) });
    return { eventId, answered: open.length };
  });
}
