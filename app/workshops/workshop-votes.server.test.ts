/**
 * Votes on a real database (decision 014): the budget is enforced, a closed poll refuses,
 * reopening takes answers again, a reset starts a new round, results are split by role only for
 * roles with at least 3 answers and hold no one's answer, and a resident's loader data has no
 * results before the reveal.
 */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberships, pollAnswers } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createUser } from "../auth/users.server";
import { makeTestProject, type TestPerson, type TestProject } from "../participation/testing/test-project";
import { createWorkshopEvents } from "./workshop-events.server";
import { addPoll, answerPoll, stepPoll } from "./polls-store.server";
import type { WorkshopMember } from "./workshop-rows.server";
import { findWorkshop } from "./workshop-rows.server";
import type { WorkshopEvent } from "./workshop-types";
import { readWorkshopView } from "./workshop-view.server";
import { createWorkshop, startWorkshop } from "./workshops-store.server";

function valueOf<Value>(result: { ok: true } & Value | { ok: false; problem: { messageEn: string } }): Value {
  if (!result.ok) throw new Error(`refused: ${result.problem.messageEn}`);
  return result;
}

describe.each(testDatabaseKinds)("workshop votes on %s", (kind) => {
  let database: TestDatabase;
  let project: TestProject;
  let workshopId: string;
  let extraResident: WorkshopMember;
  const events = createWorkshopEvents();
  const heard: WorkshopEvent[] = [];
  const member = (person: TestPerson): WorkshopMember => project.member(person);

  async function view(who: WorkshopMember) {
    const row = await findWorkshop(database.db, project.projectId, workshopId);
    if (!row) throw new Error("no workshop");
    return readWorkshopView(database.db, row, who);
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    project = await makeTestProject(database.db);
    const third = await createUser(database.db, { name: "Tor", username: `tor-${crypto.randomUUID().slice(0, 6)}`, email: null, password: "passord-123" });
    await database.db.insert(memberships).values({ projectId: project.projectId, userId: third.id, role: "resident" });
    extraResident = { projectId: project.projectId, userId: third.id, role: "resident" };
    workshopId = valueOf(await createWorkshop(database.db, member("jonas"), { title: "Verksted om tomtene", date: "2026-12-10" })).id;
    events.subscribe(workshopId, (event) => heard.push(event));
  }, 120_000);
  afterAll(() => database?.drop());

  it("enforces the dot budget, refuses a closed poll, takes answers again when reopened and starts afresh on a reset", async () => {
    const poll = valueOf(await addPoll(database.db, member("jonas"), workshopId, { kind: "dots", question: "Hvilke tomter passer best?", options: [{ id: "a", label: "Tomt A" }, { id: "b", label: "Tomt B" }], budget: 3 }, events));
    const early = await stepPoll(database.db, member("jonas"), workshopId, poll.id, "open", events);
    expect(early.ok ? null : early.problem.code).toBe("workshopNotRunning");
    valueOf(await startWorkshop(database.db, member("jonas"), workshopId, events));
    valueOf(await stepPoll(database.db, member("jonas"), workshopId, poll.id, "open", events));

    const over = await answerPoll(database.db, member("mari"), workshopId, poll.id, { dots: { a: 2, b: 2 } }, events);
    expect(over.ok).toBe(false);
    if (!over.ok) {
      expect(over.problem.code).toBe("invalidInput");
      expect(Object.keys(over.problem.fields ?? {})).toEqual(["answer"]);
    }
    const elsewhere = await answerPoll(database.db, member("mari"), workshopId, poll.id, { dots: { c: 1 } }, events);
    expect(elsewhere.ok).toBe(false);
    const fraction = await answerPoll(database.db, member("mari"), workshopId, poll.id, { dots: { a: 1.5 } }, events);
    expect(fraction.ok).toBe(false);
    const [{ n: none }] = await database.db.select({ n: count() }).from(pollAnswers);
    expect(none).toBe(0);

    expect(valueOf(await answerPoll(database.db, member("mari"), workshopId, poll.id, { dots: { a: 2, b: 1 } }, events)).answered).toBe(1);
    // Changing one's answer while open keeps one row per person.
    expect(valueOf(await answerPoll(database.db, member("mari"), workshopId, poll.id, { dots: { a: 3 } }, events)).answered).toBe(1);
    expect(heard.filter((event) => event.type === "answered").at(-1)).toEqual({ type: "answered", pollId: poll.id, round: 1, answered: 1 });
    expect(JSON.stringify(heard)).not.toContain('"dots"');

    valueOf(await stepPoll(database.db, member("jonas"), workshopId, poll.id, "close", events));
    const late = await answerPoll(database.db, member("emil"), workshopId, poll.id, { dots: { b: 1 } }, events);
    expect(late.ok ? null : late.problem.code).toBe("pollClosed");

    valueOf(await stepPoll(database.db, member("jonas"), workshopId, poll.id, "reopen", events));
    expect(valueOf(await answerPoll(database.db, member("emil"), workshopId, poll.id, { dots: { b: 1 } }, events)).answered).toBe(2);

    valueOf(await stepPoll(database.db, member("jonas"), workshopId, poll.id, "reset", events));
    const fresh = (await view(member("mari"))).polls.find((entry) => entry.id === poll.id);
    expect(fresh).toMatchObject({ round: 2, answered: 0, ownAnswer: null, status: "open" });
    expect(valueOf(await answerPoll(database.db, member("mari"), workshopId, poll.id, { dots: { b: 3 } }, events))).toMatchObject({ round: 2, answered: 1 });
    // The first round's answers are kept.
    const [{ n: kept }] = await database.db.select({ n: count() }).from(pollAnswers);
    expect(kept).toBe(3);
  });

  it("splits results by role only from 3 answers, shows no one's answer, and hides them from residents until revealed", async () => {
    const poll = valueOf(await addPoll(database.db, member("jonas"), workshopId, { kind: "single", question: "Hvilken tomt?", options: [{ id: "a", label: "Tomt A" }, { id: "b", label: "Tomt B" }] }, events));
    valueOf(await stepPoll(database.db, member("jonas"), workshopId, poll.id, "open", events));
    for (const [who, optionId] of [[member("mari"), "a"], [member("emil"), "a"], [extraResident, "b"], [member("silje"), "b"]] as const) {
      valueOf(await answerPoll(database.db, who, workshopId, poll.id, { optionId }, events));
    }
    const observer = await answerPoll(database.db, member("ola"), workshopId, poll.id, { optionId: "a" }, events);
    expect(observer.ok ? null : observer.problem.code).toBe("forbidden");

    const hidden = (await view(member("mari"))).polls.find((entry) => entry.id === poll.id);
    expect(hidden?.results).toBeNull();
    expect(hidden?.answered).toBe(4);
    expect(hidden?.ownAnswer).toEqual({ optionId: "a" });
    expect(JSON.stringify(await view(member("mari")))).not.toContain(project.userIds.emil);

    const planner = (await view(member("jonas"))).polls.find((entry) => entry.id === poll.id);
    expect(planner?.results?.totals).toEqual({ a: 2, b: 2 });
    const screen = await readWorkshopView(database.db, (await findWorkshop(database.db, project.projectId, workshopId))!, member("jonas"), { unrevealed: false });
    expect(screen.polls.find((entry) => entry.id === poll.id)?.results).toBeNull();
    expect(planner?.results?.byRole).toEqual([
      { role: "police", answered: 1, totals: null },
      { role: "resident", answered: 3, totals: { a: 2, b: 1 } },
    ]);

    valueOf(await stepPoll(database.db, member("jonas"), workshopId, poll.id, "reveal", events));
    const shown = (await view(member("mari"))).polls.find((entry) => entry.id === poll.id);
    expect(shown?.results?.totals).toEqual({ a: 2, b: 2 });
    const results = JSON.stringify(shown?.results);
    for (const person of ["mari", "emil", "silje"] as const) expect(results).not.toContain(project.userIds[person]);

    valueOf(await stepPoll(database.db, member("jonas"), workshopId, poll.id, "hide", events));
    expect((await view(member("emil"))).polls.find((entry) => entry.id === poll.id)?.results).toBeNull();
  });

  it("lands an answer racing a close before it, or refuses it: never after", async () => {
    const voters: WorkshopMember[] = [];
    for (let index = 0; index < 12; index++) {
      const user = await createUser(database.db, { name: `Rask ${index}`, username: `rask-${index}-${crypto.randomUUID().slice(0, 6)}`, email: null, password: "passord-123" });
      await database.db.insert(memberships).values({ projectId: project.projectId, userId: user.id, role: "resident" });
      voters.push({ projectId: project.projectId, userId: user.id, role: "resident" });
    }
    const poll = valueOf(await addPoll(database.db, member("jonas"), workshopId, { kind: "single", question: "Rask runde", options: [{ id: "a", label: "A" }, { id: "b", label: "B" }] }, events));
    valueOf(await stepPoll(database.db, member("jonas"), workshopId, poll.id, "open", events));
    const answers = voters.map((voter) => answerPoll(database.db, voter, workshopId, poll.id, { optionId: "a" }, events));
    const close = stepPoll(database.db, member("jonas"), workshopId, poll.id, "close", events);
    const outcomes = await Promise.all(answers);
    valueOf(await close);
    const landed = outcomes.filter((outcome) => outcome.ok).length;
    expect(outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.problem.code])).filter((code) => code !== "pollClosed")).toEqual([]);
    const [{ n: rows }] = await database.db.select({ n: count() }).from(pollAnswers).where(eq(pollAnswers.pollId, poll.id));
    expect(rows).toBe(landed);
    // Once the close is done, nothing more lands.
    const after = await answerPoll(database.db, voters[0], workshopId, poll.id, { optionId: "b" }, events);
    expect(after.ok ? null : after.problem.code).toBe("pollClosed");
  });

  it("keeps text answers without names and checks scale and ranking answers", async () => {
    const text = valueOf(await addPoll(database.db, member("jonas"), workshopId, { kind: "text", question: "Hva er viktigst ved inngangen?" }, events));
    const scale = valueOf(await addPoll(database.db, member("jonas"), workshopId, { kind: "scale", question: "Hvor godt passer tomt A?" }, events));
    const ranking = valueOf(await addPoll(database.db, member("jonas"), workshopId, { kind: "ranking", question: "Ranger tomtene", options: [{ id: "a", label: "A" }, { id: "b", label: "B" }, { id: "c", label: "C" }] }, events));
    for (const poll of [text, scale, ranking]) valueOf(await stepPoll(database.db, member("jonas"), workshopId, poll.id, "open", events));

    expect((await answerPoll(database.db, member("mari"), workshopId, text.id, { text: "x".repeat(281) }, events)).ok).toBe(false);
    valueOf(await answerPoll(database.db, member("mari"), workshopId, text.id, { text: "En benk ved døra" }, events));
    valueOf(await answerPoll(database.db, member("emil"), workshopId, text.id, { text: "Lys langs stien" }, events));
    expect((await answerPoll(database.db, member("mari"), workshopId, scale.id, { value: 6 }, events)).ok).toBe(false);
    valueOf(await answerPoll(database.db, member("mari"), workshopId, scale.id, { value: 4 }, events));
    valueOf(await answerPoll(database.db, member("emil"), workshopId, scale.id, { value: 5 }, events));
    expect((await answerPoll(database.db, member("mari"), workshopId, ranking.id, { order: ["a", "a", "b"] }, events)).ok).toBe(false);
    expect((await answerPoll(database.db, member("mari"), workshopId, ranking.id, { order: ["a", "b"] }, events)).ok).toBe(false);
    valueOf(await answerPoll(database.db, member("mari"), workshopId, ranking.id, { order: ["c", "a", "b"] }, events));

    const planner = await view(member("jonas"));
    const textResults = planner.polls.find((entry) => entry.id === text.id)?.results;
    expect([...(textResults?.texts ?? [])].sort()).toEqual(["En benk ved døra", "Lys langs stien"]);
    expect(textResults?.byRole).toEqual([{ role: "resident", answered: 2, totals: null }]);
    expect(planner.polls.find((entry) => entry.id === scale.id)?.results?.mean).toBe(4.5);
    expect(planner.polls.find((entry) => entry.id === ranking.id)?.results?.totals).toEqual({ c: 3, a: 2, b: 1 });
  });
});
