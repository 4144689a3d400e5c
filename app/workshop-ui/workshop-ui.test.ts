/**
 * The workshop pages' pure parts: finding the facilitator among the awareness states (follow
 * mode), which poll a phone answers, an item's used minutes, a dot-vote's answer from the phone's
 * draft, result rows, the event stream's parsing and which join code the room is shown.
 */
import { describe, expect, it } from "vitest";
import type { PollView, WorkshopView } from "../workshops/workshop-types";
import { answerOf } from "./phone-poll";
import { resultRows } from "./poll-results";
import { codeToShow } from "./shown-code";
import { parseWorkshopEvent } from "./use-workshop-events";
import { pollToAnswer, usedMinutes } from "./workshop-page-data";
import { findFacilitatorPresence, viewKey } from "./workshop-presence";

const poll = (patch: Partial<PollView>): PollView => ({
  id: "p1",
  itemId: null,
  kind: "dots",
  question: "Hvilke tomter?",
  options: [
    { id: "a", label: "Tomt A" },
    { id: "b", label: "Tomt B" },
  ],
  budget: 3,
  status: "draft",
  round: 1,
  answered: 0,
  revealed: false,
  results: null,
  ownAnswer: null,
  ...patch,
});

describe("follow mode", () => {
  const view = { lat: 59.9, lon: 10.7, zoom: 15 };
  it("follows the facilitator's connection that carries this workshop and changed last, never anyone else's", () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { id: "kari" } }],
      [2, { user: { id: "kari" }, workshop: { workshopId: "w1", view, itemId: "i1" } }],
      [3, { user: { id: "kari" }, workshop: { workshopId: "w1", view: { ...view, zoom: 12 }, itemId: "i2" } }],
      [4, { user: { id: "mari" }, workshop: { workshopId: "w1", view: { ...view, zoom: 3 }, itemId: "i9" } }],
      [5, { user: { id: "kari" }, workshop: { workshopId: "other", view, itemId: "x" } }],
    ]);
    const updated = new Map([[2, 10], [3, 20], [4, 99], [5, 99]]);
    expect(findFacilitatorPresence(states, (id) => updated.get(id) ?? 0, "kari", "w1")).toEqual({ workshopId: "w1", view: { ...view, zoom: 12 }, itemId: "i2" });
    expect(findFacilitatorPresence(states, () => 0, "jonas", "w1")).toBeNull();
  });

  it("drops a view that is not a place instead of moving the map to it", () => {
    const states = new Map<number, Record<string, unknown>>([[1, { user: { id: "kari" }, workshop: { workshopId: "w1", view: { lat: 200, lon: 10, zoom: 4 }, itemId: 7 } }]]);
    expect(findFacilitatorPresence(states, () => 0, "kari", "w1")).toEqual({ workshopId: "w1", view: null, itemId: null });
    expect(viewKey({ lat: 59.912345, lon: 10.75, zoom: 15.25 })).toBe("59.9123,10.7500,15.3");
  });
});

describe("the phone's poll", () => {
  const workshop = (polls: PollView[], currentPollId: string | null, currentItemId: string | null = null): Pick<WorkshopView, "polls" | "currentPollId" | "currentItemId"> => ({ polls, currentPollId, currentItemId });

  it("answers the poll on the screen once it is opened, else the open poll of the current item", () => {
    const shown = poll({ id: "shown", status: "draft" });
    const ofItem = poll({ id: "ofItem", status: "open", itemId: "i2" });
    const other = poll({ id: "other", status: "open" });
    expect(pollToAnswer(workshop([shown, other, ofItem], "shown", "i2"))?.id).toBe("ofItem");
    expect(pollToAnswer(workshop([{ ...shown, status: "closed" }, other], "shown"))?.id).toBe("shown");
    expect(pollToAnswer(workshop([shown], null))).toBeNull();
  });

  it("sends only the dots given, and nothing before a dot is given", () => {
    expect(answerOf(poll({}), { dots: { a: 2, b: 0 } })).toEqual({ dots: { a: 2 } });
    expect(answerOf(poll({}), { dots: { a: 0 } })).toBeNull();
    expect(answerOf(poll({}), { dots: { gone: 1 } })).toBeNull();
  });

  it("ranks every option once, in the poll's order until moved", () => {
    expect(answerOf(poll({ kind: "ranking" }), {})).toEqual({ order: ["a", "b"] });
    expect(answerOf(poll({ kind: "ranking" }), { order: ["b", "a"] })).toEqual({ order: ["b", "a"] });
    expect(answerOf(poll({ kind: "ranking" }), { order: ["b"] })).toEqual({ order: ["a", "b"] });
  });

  it("sends a text without the spaces around it, and no empty text", () => {
    expect(answerOf(poll({ kind: "text", options: [] }), { text: "  Benker langs stien " })).toEqual({ text: "Benker langs stien" });
    expect(answerOf(poll({ kind: "text", options: [] }), { text: "   " })).toBeNull();
  });
});

describe("timers, results, events and codes", () => {
  it("counts an item's minutes from its start to its end, or to now while it is on", () => {
    expect(usedMinutes({ startedAt: "2026-12-10T10:00:00Z", endedAt: null }, Date.parse("2026-12-10T10:07:30Z"))).toBe(7);
    expect(usedMinutes({ startedAt: "2026-12-10T10:00:00Z", endedAt: "2026-12-10T10:20:00Z" }, Date.parse("2026-12-10T11:00:00Z"))).toBe(20);
    expect(usedMinutes({ startedAt: null, endedAt: null }, Date.now())).toBe(0);
  });

  it("lists results largest first, and a scale's values in their order", () => {
    const results = { answered: 2, totals: { a: 1, b: 4 }, byRole: [] };
    expect(resultRows(poll({}), results).map((row) => [row.label, row.value])).toEqual([["Tomt B", 4], ["Tomt A", 1]]);
    expect(resultRows(poll({ kind: "scale", options: [] }), { answered: 1, totals: { "4": 1 }, byRole: [] }).map((row) => row.value)).toEqual([0, 0, 0, 1, 0]);
  });

  it("reads the stream's events and ignores what it does not know", () => {
    expect(parseWorkshopEvent('{"type":"answered","pollId":"p1","round":1,"answered":3}')).toEqual({ type: "answered", pollId: "p1", round: 1, answered: 3 });
    expect(parseWorkshopEvent('{"type":"state","stateVersion":4}')).toEqual({ type: "state", stateVersion: 4 });
    expect(parseWorkshopEvent('{"type":"answer","text":"x"}')).toBeNull();
    expect(parseWorkshopEvent("not json")).toBeNull();
  });

  it("shows the room the newest resident code the server still holds in words, else the one kept in this browser", () => {
    const codes = [
      { id: "1", role: "resident" as const, expiresAt: "2026-12-10T23:00:00Z", code: "AAAA1111", path: "/w/AAAA1111" },
      { id: "2", role: "observer" as const, expiresAt: "2026-12-10T23:00:00Z", code: "BBBB2222", path: "/w/BBBB2222" },
      { id: "3", role: "resident" as const, expiresAt: "2026-12-10T23:00:00Z" },
    ];
    expect(codeToShow(codes, null)?.code).toBe("AAAA1111");
    expect(codeToShow([codes[2]], { code: "KEPT0000", path: "/w/KEPT0000", role: "resident" })?.code).toBe("KEPT0000");
    expect(codeToShow([codes[2]], null)).toBeNull();
  });
});
