/**
 * Live polls (decision 014). A planner writes a poll, opens it, closes, reopens, resets it (a new
 * round; earlier rounds are kept), reveals or hides its results and chooses which poll the
 * screen shows. Participants answer: one row per poll × round × person (the primary key), checked
 * against the poll by zod in the transaction that reads the poll's status under a row lock, so an
 * answer racing a close either lands before it or is refused. An answer publishes only the new
 * count (`answered`), never the answer, and does not bump the state version.
 *
 * @example
 * const poll = await addPoll(db, planner, workshopId, { kind: "dots", question: "Hvilke tomter?", options: [{ label: "A" }, { label: "B" }], budget: 3 });
 * if (poll.ok) await openPoll(db, planner, workshopId, poll.id);
 * await answerPoll(db, resident, workshopId, poll.id, { dots: { [optionA]: 2 } });
 */
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { pollAnswers, polls, workshopItems, workshops } from "../../db/schema";
import { can } from "../permissions";
import type { WorkshopEvents } from "./workshop-events.server";
import { workshopEvents } from "./workshop-events.server";
import { answerSchemaFor, checkInput, pollInputSchema, workshopLimits } from "./workshop-input";
import type { WorkshopProblem, WorkshopResult } from "./workshop-problem";
import { forbidden, invalidFields, notFound, pollClosed, refused, workshopNotRunning } from "./workshop-problem";
import type { Transaction, WorkshopMember } from "./workshop-rows.server";
import { changeWorkshop, WorkshopRefusal } from "./workshop-rows.server";
import type { PollKind, PollOption } from "./workshop-types";

const noSuchPoll = notFound({ nb: "avstemningen", en: "poll" });
const pollNotDraft = { code: "conflict" as const, message: "Avstemningen er åpnet. Nullstill den for å endre spørsmålet.", messageEn: "The poll has been opened. Reset it to change the question." };

export type PollRow = typeof polls.$inferSelect;

/** A poll's stored options, as written by `pollInputSchema`. */
export function optionsOf(row: Pick<PollRow, "options">): PollOption[] {
  return Array.isArray(row.options) ? (row.options as PollOption[]) : [];
}

async function pollOf(transaction: Transaction, workshopId: string, pollId: unknown): Promise<PollRow> {
  if (typeof pollId !== "string") throw new WorkshopRefusal(noSuchPoll);
  const [poll] = await transaction.select().from(polls).where(and(eq(polls.workshopId, workshopId), eq(polls.id, pollId)));
  if (!poll) throw new WorkshopRefusal(noSuchPoll);
  return poll;
}

async function checkItem(transaction: Transaction, workshopId: string, itemId: string | null) {
  if (itemId === null) return;
  const [item] = await transaction.select({ id: workshopItems.id }).from(workshopItems).where(and(eq(workshopItems.workshopId, workshopId), eq(workshopItems.id, itemId)));
  if (!item) throw new WorkshopRefusal(notFound({ nb: "punktet på dagsordenen", en: "agenda item" }));
}

/** Adds a poll (a draft) at the end. */
export async function addPoll(db: Database, who: WorkshopMember, workshopId: string, input: unknown, events?: WorkshopEvents) {
  const checked = checkInput(pollInputSchema, input);
  if (!checked.ok) return checked;
  const poll = checked.value;
  return changeWorkshop(db, who, workshopId, async (transaction, row) => {
    await checkItem(transaction, row.id, poll.itemId);
    const existing = await transaction.select({ position: polls.position }).from(polls).where(eq(polls.workshopId, row.id));
    if (existing.length >= workshopLimits.polls) throw new WorkshopRefusal(invalidFields({ kind: { message: `Et verksted kan ha høyst ${workshopLimits.polls} avstemninger.`, messageEn: `A workshop can have at most ${workshopLimits.polls} polls.` } }));
    const id = crypto.randomUUID();
    const position = existing.reduce((last, entry) => Math.max(last, entry.position), -1) + 1;
    await transaction.insert(polls).values({ id, workshopId: row.id, position, kind: poll.kind, question: poll.question, options: poll.options, budget: poll.budget, itemId: poll.itemId });
    return { id };
  }, { events });
}

/** Changes a draft poll: every field anew. */
export async function updatePoll(db: Database, who: WorkshopMember, workshopId: string, input: { pollId?: unknown } & Record<string, unknown>, events?: WorkshopEvents) {
  const checked = checkInput(pollInputSchema, input);
  if (!checked.ok) return checked;
  const poll = checked.value;
  return changeWorkshop(db, who, workshopId, async (transaction, row) => {
    const stored = await pollOf(transaction, row.id, input.pollId);
    if (stored.status !== "draft") throw new WorkshopRefusal(pollNotDraft);
    await checkItem(transaction, row.id, poll.itemId);
    await transaction.update(polls).set({ kind: poll.kind, question: poll.question, options: poll.options, budget: poll.budget, itemId: poll.itemId }).where(eq(polls.id, stored.id));
    return { id: stored.id };
  }, { events });
}

/** Removes a poll and its answers. */
export async function removePoll(db: Database, who: WorkshopMember, workshopId: string, pollId: unknown, events?: WorkshopEvents) {
  return changeWorkshop(db, who, workshopId, async (transaction, row) => {
    const poll = await pollOf(transaction, row.id, pollId);
    if (row.currentPollId === poll.id) await transaction.update(workshops).set({ currentPollId: null }).where(eq(workshops.id, row.id));
    await transaction.delete(polls).where(eq(polls.id, poll.id));
    return { id: poll.id };
  }, { events });
}

export const pollSteps = ["open", "close", "reopen", "reset", "reveal", "hide"] as const;
export type PollStep = (typeof pollSteps)[number];

/**
 * One step of a poll's life. open: a draft (or closed) poll takes answers and goes on the screen
 * (the workshop must be running); close: no more answers; reopen: answers again in the same
 * round; reset: a new round, open, hidden; reveal / hide: the results for everyone, or for
 * planners only again.
 *
 * @example
 * await stepPoll(db, planner, workshopId, pollId, "reveal");
 */
export async function stepPoll(db: Database, who: WorkshopMember, workshopId: string, pollId: unknown, step: PollStep, events?: WorkshopEvents) {
  return changeWorkshop(db, who, workshopId, async (transaction, row) => {
    const poll = await pollOf(transaction, row.id, pollId);
    const opening = step === "open" || step === "reopen" || step === "reset";
    if (opening && row.status !== "running") throw new WorkshopRefusal(workshopNotRunning);
    const set: Partial<typeof polls.$inferInsert> & Record<string, unknown> = {};
    if (step === "open" || step === "reopen") Object.assign(set, { status: "open", openedAt: sql`coalesce(${polls.openedAt}, now())`, closedAt: null });
    if (step === "close") {
      if (poll.status !== "open") throw new WorkshopRefusal({ code: "conflict", message: "Avstemningen er ikke åpen.", messageEn: "The poll is not open." });
      Object.assign(set, { status: "closed", closedAt: sql`now()` });
    }
    if (step === "reset") Object.assign(set, { status: "open", round: poll.round + 1, openedAt: sql`now()`, closedAt: null, revealedAt: null });
    if (step === "reveal") Object.assign(set, { revealedAt: sql`coalesce(${polls.revealedAt}, now())` });
    if (step === "hide") Object.assign(set, { revealedAt: null });
    await transaction.update(polls).set(set).where(eq(polls.id, poll.id));
    if (opening) await transaction.update(workshops).set({ currentPollId: poll.id }).where(eq(workshops.id, row.id));
    return { id: poll.id };
  }, { events });
}

/** Chooses the poll the screen and the phones show (or none, with an empty id). */
export async function showPoll(db: Database, who: WorkshopMember, workshopId: string, pollId: unknown, events?: WorkshopEvents) {
  return changeWorkshop(db, who, workshopId, async (transaction, row) => {
    const poll = pollId === undefined || pollId === null || pollId === "" ? null : await pollOf(transaction, row.id, pollId);
    await transaction.update(workshops).set({ currentPollId: poll?.id ?? null }).where(eq(workshops.id, row.id));
    return { id: poll?.id ?? null };
  }, { events });
}

/** How many have answered a poll's round. */
export async function answeredCount(db: Database | Transaction, pollId: string, round: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(pollAnswers).where(and(eq(pollAnswers.pollId, pollId), eq(pollAnswers.round, round)));
  return row?.n ?? 0;
}

/** The highest count told of each poll's round, so streams never see a count go down. */
const highestCount = new Map<string, number>();

/**
 * A participant's answer (`workshops:takePart`), changed while the poll is open. Refused: a
 * poll that is not open (409 `pollClosed`), a workshop that is not running (409), an answer that
 * does not fit the poll (400, field `answer`: dots over the budget, an option it does not have).
 */
export async function answerPoll(
  db: Database,
  who: WorkshopMember,
  workshopId: string,
  pollId: unknown,
  answer: unknown,
  events: WorkshopEvents = workshopEvents,
): Promise<WorkshopResult<{ pollId: string; round: number; answered: number }>> {
  if (!can(who.role, "workshops:takePart")) return refused(forbidden);
  if (typeof pollId !== "string") return refused(noSuchPoll);
  const definition = await answerableDefinition(db, who.projectId, workshopId, pollId);
  if (!definition.ok) return definition;
  const checked = checkInput(answerSchemaFor(definition.poll), answer, "answer");
  if (!checked.ok) return checked;
  // One statement: the poll's row is read with a shared lock and the answer written only if the
  // poll is open and its workshop running at that moment. Answers go on side by side; a close
  // (an update of the row) waits for them, and an answer arriving after it sees it closed.
  const written = await db
    .insert(pollAnswers)
    .select(
      sql`select ${polls.id}, ${polls.round}, ${who.userId}, ${who.role}, ${JSON.stringify(checked.value)}::jsonb, now(), now()
        from ${polls} inner join ${workshops} on ${workshops.id} = ${polls.workshopId}
        where ${polls.id} = ${pollId} and ${polls.workshopId} = ${workshopId} and ${workshops.projectId} = ${who.projectId}
          and ${polls.status} = 'open' and ${workshops.status} = 'running'
        for share of ${polls}`,
    )
    .onConflictDoUpdate({ target: [pollAnswers.pollId, pollAnswers.round, pollAnswers.userId], set: { answer: sql`excluded.answer`, updatedAt: sql`now()` } })
    .returning({ round: pollAnswers.round });
  if (written.length === 0) {
    // Closed, or the workshop ended, between the check and the write: say which, nothing stored.
    const now = await answerableDefinition(db, who.projectId, workshopId, pollId, { fresh: true });
    return now.ok ? refused(pollClosed) : now;
  }
  const done = { pollId, round: written[0].round };
  // Counted after the commit, so the last answer's count includes every answer committed
  // before it; answers counted at once may finish out of order, so a count never goes down.
  const key = `${done.pollId}:${done.round}`;
  const answered = Math.max(await answeredCount(db, done.pollId, done.round), highestCount.get(key) ?? 0);
  highestCount.set(key, answered);
  if (highestCount.size > 10_000) highestCount.delete(highestCount.keys().next().value ?? key);
  events.publish(workshopId, { type: "answered", ...done, answered });
  return { ok: true, ...done, answered };
}

interface AnswerableDefinition {
  workshopId: string;
  projectId: string;
  kind: PollKind;
  options: PollOption[];
  budget: number | null;
}

// A poll's question, options and budget cannot change once it has been opened (only drafts are
// edited), so an answer checks against a kept copy; whether it is open is read under the lock.
const openedDefinitions = new Map<string, AnswerableDefinition>();

/** The poll's definition when it takes answers now, or why not (404, 409 pollClosed, 409 not running). */
async function answerableDefinition(
  db: Database,
  projectId: string,
  workshopId: string,
  pollId: string,
  options: { fresh?: boolean } = {},
): Promise<{ ok: true; poll: AnswerableDefinition } | { ok: false; problem: WorkshopProblem }> {
  const kept = options.fresh ? undefined : openedDefinitions.get(pollId);
  if (kept && kept.workshopId === workshopId && kept.projectId === projectId) return { ok: true, poll: kept };
  const [poll] = await db
    .select({ kind: polls.kind, options: polls.options, budget: polls.budget, status: polls.status, workshopStatus: workshops.status })
    .from(polls)
    .innerJoin(workshops, eq(workshops.id, polls.workshopId))
    .where(and(eq(polls.id, pollId), eq(polls.workshopId, workshopId), eq(workshops.projectId, projectId)));
  if (!poll) return refused(noSuchPoll);
  if (poll.workshopStatus !== "running") return refused(workshopNotRunning);
  if (poll.status !== "open") return refused(pollClosed);
  const definition: AnswerableDefinition = { workshopId, projectId, kind: poll.kind as PollKind, options: optionsOf(poll), budget: poll.budget };
  openedDefinitions.set(pollId, definition);
  if (openedDefinitions.size > 10_000) openedDefinitions.delete(openedDefinitions.keys().next().value ?? pollId);
  return { ok: true, poll: definition };
}

/** A workshop's polls in their order. */
export async function pollsOf(db: Database | Transaction, workshopId: string): Promise<PollRow[]> {
  return db.select().from(polls).where(eq(polls.workshopId, workshopId)).orderBy(asc(polls.position), asc(polls.createdAt));
}
