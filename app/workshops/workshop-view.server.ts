/**
 * What a page loads for one workshop (decision 014), built for one viewer: the agenda, the polls
 * with the count of answers, the viewer's own answers and, only for planners (`workshops:run`) or
 * once a poll is revealed, its results; the parking lot without names; the room counted by role.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { parkingLotItems, pollAnswers, users, workshopAttendance, workshopItems } from "../../db/schema";
import type { Role } from "../permissions";
import { can, isRole } from "../permissions";
import type { CountedAnswer } from "./poll-results";
import { pollResults } from "./poll-results";
import { optionsOf, pollsOf, type PollRow } from "./polls-store.server";
import type { WorkshopRow } from "./workshop-rows.server";
import type { AgendaKind, AgendaItem, PollAnswer, PollKind, PollStatus, PollView, WorkshopView } from "./workshop-types";
import { agendaKinds, pollKinds, pollStatuses, workshopStatuses } from "./workshop-types";

const iso = (value: Date | null) => (value ? value.toISOString() : null);
const oneOf = <Value extends string>(values: readonly Value[], value: string, fallback: Value): Value => ((values as readonly string[]).includes(value) ? (value as Value) : fallback);

/**
 * The results of a poll's round as stored.
 *
 * @example
 * const results = await readPollResults(db, pollRow); // { answered: 4, totals: { a: 6, b: 2 }, byRole: [...] }
 */
export async function readPollResults(db: Database, poll: PollRow, round: number = poll.round) {
  const rows = await db
    .select({ role: pollAnswers.role, answer: pollAnswers.answer })
    .from(pollAnswers)
    .where(and(eq(pollAnswers.pollId, poll.id), eq(pollAnswers.round, round)));
  const answers: CountedAnswer[] = rows.flatMap((row) => (isRole(row.role) ? [{ role: row.role, answer: row.answer as PollAnswer }] : []));
  return pollResults({ kind: oneOf(pollKinds, poll.kind, "single"), options: optionsOf(poll) }, answers);
}

async function pollViews(db: Database, workshopId: string, viewer: { userId: string; role: Role }, unrevealed: boolean): Promise<PollView[]> {
  const rows = await pollsOf(db, workshopId);
  if (rows.length === 0) return [];
  const mayRun = unrevealed && can(viewer.role, "workshops:run");
  const [counts, own] = await Promise.all([
    db
      .select({ pollId: pollAnswers.pollId, round: pollAnswers.round, n: sql<number>`count(*)::integer` })
      .from(pollAnswers)
      .where(inArray(pollAnswers.pollId, rows.map((row) => row.id)))
      .groupBy(pollAnswers.pollId, pollAnswers.round),
    db
      .select({ pollId: pollAnswers.pollId, round: pollAnswers.round, answer: pollAnswers.answer })
      .from(pollAnswers)
      .where(and(inArray(pollAnswers.pollId, rows.map((row) => row.id)), eq(pollAnswers.userId, viewer.userId))),
  ]);
  return Promise.all(
    rows.map(async (row): Promise<PollView> => {
      const revealed = row.revealedAt !== null;
      return {
        id: row.id,
        itemId: row.itemId,
        kind: oneOf(pollKinds, row.kind, "single") as PollKind,
        question: row.question,
        options: optionsOf(row),
        budget: row.budget,
        status: oneOf(pollStatuses, row.status, "draft") as PollStatus,
        round: row.round,
        answered: Number(counts.find((entry) => entry.pollId === row.id && entry.round === row.round)?.n ?? 0),
        revealed,
        results: mayRun || revealed ? await readPollResults(db, row) : null,
        ownAnswer: (own.find((entry) => entry.pollId === row.id && entry.round === row.round)?.answer as PollAnswer | undefined) ?? null,
      };
    }),
  );
}

/**
 * The workshop as `viewer` may see it. `unrevealed: false` leaves out results not yet revealed
 * also for planners: the shared screen is seen by the whole room.
 *
 * @example
 * const view = await readWorkshopView(db, row, { userId: mari, role: "resident" }); // view.polls[0].results === null until revealed
 */
export async function readWorkshopView(db: Database, row: WorkshopRow, viewer: { userId: string; role: Role }, options: { unrevealed?: boolean } = {}): Promise<WorkshopView> {
  const [agendaRows, polls, parking, attendance, facilitatorRows] = await Promise.all([
    db.select().from(workshopItems).where(eq(workshopItems.workshopId, row.id)).orderBy(asc(workshopItems.position), asc(workshopItems.id)),
    pollViews(db, row.id, viewer, options.unrevealed ?? true),
    db.select().from(parkingLotItems).where(eq(parkingLotItems.workshopId, row.id)).orderBy(asc(parkingLotItems.createdAt), asc(parkingLotItems.id)),
    db.select({ role: workshopAttendance.role, n: sql<number>`count(*)::integer` }).from(workshopAttendance).where(eq(workshopAttendance.workshopId, row.id)).groupBy(workshopAttendance.role),
    row.facilitatorId ? db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, row.facilitatorId)) : Promise.resolve([]),
  ]);
  const agenda: AgendaItem[] = agendaRows.map((item) => ({
    id: item.id,
    position: item.position,
    kind: oneOf(agendaKinds, item.kind, "free") as AgendaKind,
    title: item.title,
    subjectId: item.subjectId,
    plannedMinutes: item.plannedMinutes,
    startedAt: iso(item.startedAt),
    endedAt: iso(item.endedAt),
  }));
  return {
    id: row.id,
    projectId: row.projectId,
    title: row.title,
    date: row.date,
    status: oneOf(workshopStatuses, row.status, "planned"),
    activityId: row.activityId,
    facilitator: facilitatorRows[0] ?? null,
    currentItemId: row.currentItemId,
    currentPollId: row.currentPollId,
    allowAttention: row.allowAttention,
    stateVersion: row.stateVersion,
    startedAt: iso(row.startedAt),
    endedAt: iso(row.endedAt),
    agenda,
    polls,
    parkingLot: parking.map((item) => ({ id: item.id, body: item.body, raisedByRole: isRole(item.raisedByRole) ? item.raisedByRole : "observer", createdAt: item.createdAt.toISOString() })),
    attendanceByRole: Object.fromEntries(attendance.flatMap((entry) => (isRole(entry.role) ? [[entry.role, Number(entry.n)]] : []))),
  };
}

/**
 * Marks a member as in the room (once per workshop; later visits update when they were last seen).
 *
 * @example
 * await markPresent(db, workshopId, { userId, role: "resident" }, true);
 */
export async function markPresent(db: Database, workshopId: string, who: { userId: string; role: Role }, guest: boolean): Promise<boolean> {
  const inserted = await db
    .insert(workshopAttendance)
    .values({ workshopId, userId: who.userId, role: who.role, guest })
    .onConflictDoUpdate({ target: [workshopAttendance.workshopId, workshopAttendance.userId], set: { lastSeenAt: sql`now()`, role: who.role } })
    .returning({ joinedAt: workshopAttendance.joinedAt, lastSeenAt: workshopAttendance.lastSeenAt });
  const row = inserted[0];
  return row !== undefined && row.joinedAt.getTime() === row.lastSeenAt.getTime();
}
