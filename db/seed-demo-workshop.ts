/**
 * The demo project's finished workshop (issue 10, decision 014), made with the workshop's own
 * stores so every rule applies: "Verksted om tomtene" five days ago, with an agenda (Tomt A, the
 * checklist's entrance section, a question round), a dot vote over the sites and a 1–5 scale
 * answered by the demo members and revealed, two questions on the parking lot, ended, and its
 * minutes an approved activity in the participation log. The workshop happened on its day, so
 * its clocks are moved back to then, as the database's clock would have stamped them.
 */
import { eq, inArray, sql } from "drizzle-orm";
import type { Database } from "./connection";
import { activities, parkingLotItems, participationPoints, peopleEvents, pollAnswers, polls, workshopAttendance, workshopItems, workshops } from "./schema";
import { approveActivity } from "../app/participation/activities-store.server";
import { readPlanNames } from "../app/participation/plan-names.server";
import { addDays, todayInOslo } from "../app/ui/format-time";
import { addPoll, answerPoll, stepPoll } from "../app/workshops/polls-store.server";
import { createWorkshopEvents } from "../app/workshops/workshop-events.server";
import { endWorkshop } from "../app/workshops/workshop-minutes.server";
import { parkQuestion } from "../app/workshops/workshop-room.server";
import { markPresent } from "../app/workshops/workshop-view.server";
import { addItem, createWorkshop, goToItem, startWorkshop } from "../app/workshops/workshops-store.server";
import type { DemoMember } from "./seed-demo-homes";

function must<Result extends { ok: boolean }>(result: Result, what: string): Extract<Result, { ok: true }> {
  if (!result.ok) throw new Error(`demo workshop: ${what} was refused: ${JSON.stringify(result)}`);
  return result as Extract<Result, { ok: true }>;
}

/** A moment of the workshop's day: `minutes` after 18:00 in Oslo (17:00 UTC in winter). */
const at = (day: string, minutes: number) => sql`${`${day}T17:00:00Z`}::timestamptz + ${minutes}::integer * interval '1 minute'`;

/**
 * @example
 * await seedDemoWorkshop(db, { owner, planner, police, fire, observer, residents: [mari, emil] }, { siteIds: [tomtA, tomtB, tomtC, tomtD] });
 */
export async function seedDemoWorkshop(
  db: Database,
  members: { owner: DemoMember; planner: DemoMember; police: DemoMember; fire: DemoMember; observer: DemoMember; residents: [DemoMember, DemoMember] },
  refs: { siteIds: string[] },
): Promise<{ workshopId: string; activityId: string }> {
  // The streams of a seed have no listeners: a bus of its own keeps the server's quiet.
  const events = createWorkshopEvents();
  const { owner, planner, police, fire, observer } = members;
  const [mari, emil] = members.residents;
  const day = addDays(todayInOslo(), -5);
  const names = new Map((await readPlanNames(db, planner.projectId)).sites.map((site) => [site.id, site.name]));
  const [siteA] = refs.siteIds;

  const workshopId = must(await createWorkshop(db, planner, { title: "Verksted om tomtene", date: day }), "the workshop").id;
  const items = [
    must(await addItem(db, planner, workshopId, { kind: "site", title: names.get(siteA) ?? "Tomt A", subjectId: siteA, plannedMinutes: 20 }, events), "the site item").id,
    must(await addItem(db, planner, workshopId, { kind: "checklistSection", title: "Inngang og uteareal", subjectId: "entrance", plannedMinutes: 15 }, events), "the checklist item").id,
    must(await addItem(db, planner, workshopId, { kind: "questions", title: "Spørsmål og svar", plannedMinutes: 20 }, events), "the question round").id,
  ];
  must(await startWorkshop(db, planner, workshopId, events), "the start");
  for (const person of [owner, planner, police, fire, observer, mari, emil]) await markPresent(db, workshopId, person, false);

  const dots = must(
    await addPoll(db, planner, workshopId, {
      kind: "dots",
      question: "Hvilke tomter bør vi gå videre med?",
      options: refs.siteIds.map((id, index) => ({ id: `site-${index + 1}`, label: names.get(id) ?? `Tomt ${index + 1}`, subjectKind: "site" as const, subjectId: id })),
      budget: 3,
      itemId: items[0],
    }, events),
    "the dot vote",
  ).id;
  must(await stepPoll(db, planner, workshopId, dots, "open", events), "opening the dot vote");
  const dotAnswers: Array<[DemoMember, Record<string, number>]> = [
    [mari, { "site-1": 2, "site-4": 1 }],
    [emil, { "site-1": 3 }],
    [police, { "site-1": 1, "site-3": 2 }],
    [fire, { "site-1": 2, "site-2": 1 }],
    [owner, { "site-1": 1, "site-3": 1, "site-4": 1 }],
  ];
  for (const [who, answer] of dotAnswers) must(await answerPoll(db, who, workshopId, dots, { dots: answer }, events), "a dot answer");
  must(await stepPoll(db, planner, workshopId, dots, "close", events), "closing the dot vote");
  must(await stepPoll(db, planner, workshopId, dots, "reveal", events), "revealing the dot vote");

  must(await goToItem(db, planner, workshopId, items[1], events), "going to the checklist");
  const scale = must(await addPoll(db, planner, workshopId, { kind: "scale", question: "Hvor trygg blir inngangen på tomt A, slik den er tegnet?", itemId: items[1] }, events), "the scale").id;
  must(await stepPoll(db, planner, workshopId, scale, "open", events), "opening the scale");
  for (const [who, value] of [[mari, 4], [emil, 5], [police, 3], [fire, 4], [owner, 4]] as const) must(await answerPoll(db, who, workshopId, scale, { value }, events), "a scale answer");
  must(await stepPoll(db, planner, workshopId, scale, "close", events), "closing the scale");
  must(await stepPoll(db, planner, workshopId, scale, "reveal", events), "revealing the scale");

  must(await goToItem(db, planner, workshopId, items[2], events), "going to the question round");
  must(await parkQuestion(db, emil, workshopId, { body: "Kan vi se tegningene av inngangen før neste møte?" }, events), "Emil's question");
  must(await parkQuestion(db, police, workshopId, { body: "Belysning langs gangveien fra bussholdeplassen til tomt A" }, events), "the police's question");

  // The day as it went: each item's clock from 18:00, the polls and answers in their items.
  const clocks: Array<[number, number]> = [[0, 22], [22, 36], [36, 58]];
  for (const [index, id] of items.entries()) await db.update(workshopItems).set({ startedAt: at(day, clocks[index][0]), endedAt: at(day, clocks[index][1]) }).where(eq(workshopItems.id, id));
  await db.update(polls).set({ openedAt: at(day, 10), closedAt: at(day, 18), revealedAt: at(day, 19) }).where(eq(polls.id, dots));
  await db.update(polls).set({ openedAt: at(day, 30), closedAt: at(day, 34), revealedAt: at(day, 35) }).where(eq(polls.id, scale));
  await db.update(pollAnswers).set({ createdAt: at(day, 14), updatedAt: at(day, 14) }).where(eq(pollAnswers.pollId, dots));
  await db.update(pollAnswers).set({ createdAt: at(day, 32), updatedAt: at(day, 32) }).where(eq(pollAnswers.pollId, scale));
  await db.update(workshopAttendance).set({ joinedAt: at(day, -5), lastSeenAt: at(day, 58) }).where(eq(workshopAttendance.workshopId, workshopId));
  await db.update(parkingLotItems).set({ createdAt: at(day, 45) }).where(eq(parkingLotItems.workshopId, workshopId));
  // The last item's clock is already stopped: the end leaves it as it is.
  await db.update(workshops).set({ startedAt: at(day, 0), currentItemId: null }).where(eq(workshops.id, workshopId));

  const ended = must(await endWorkshop(db, planner, workshopId, events), "the end");
  const activityId = ended.activityId;
  if (!activityId) throw new Error("demo workshop: the end wrote no minutes");
  await db.update(workshops).set({ endedAt: at(day, 60) }).where(eq(workshops.id, workshopId));
  const pointIds = (await db.select({ id: participationPoints.id }).from(participationPoints).where(eq(participationPoints.activityId, activityId))).map((point) => point.id);
  await db.update(activities).set({ createdAt: at(day, 60), updatedAt: at(day, 60) }).where(eq(activities.id, activityId));
  await db.update(participationPoints).set({ createdAt: at(day, 60) }).where(eq(participationPoints.activityId, activityId));
  await db.update(peopleEvents).set({ createdAt: at(day, 60) }).where(inArray(peopleEvents.subjectId, [activityId, ...pointIds]));

  // Kari read the minutes the next morning and approved them.
  must(await approveActivity(db, owner, { activityId }), "approving the minutes");
  const nextMorning = sql`${`${addDays(day, 1)}T08:30:00Z`}::timestamptz`;
  await db.update(activities).set({ approvedAt: nextMorning }).where(eq(activities.id, activityId));
  await db.update(peopleEvents).set({ createdAt: nextMorning }).where(sql`${peopleEvents.subjectId} = ${activityId} and ${peopleEvents.kind} = 'approved'`);
  return { workshopId, activityId };
}
