/**
 * The participation figures against hand-made data (decision 013): distinct residents across
 * activities, points, comments, ratings and choices (members once, aliases once whatever their
 * case, an alias typed for a member as that member); the share of points answered; the median
 * days to a first answer; activities per phase; open points past the project's limit.
 */
import { describe, expect, it } from "vitest";
import type { FiguresInput } from "./participation-figures";
import { daysBetween, median, participationFigures } from "./participation-figures";

const base: FiguresInput = {
  activities: [
    { id: "a1", title: "Befaring på tomt A", date: "2026-09-10", phase: "localisation", residents: [{ userId: "mari", alias: "Mari" }, { alias: "Tor" }] },
    { id: "a2", title: "Møte med arkitekten", date: "2026-11-02", phase: "design", residents: [{ alias: "tor " }, { alias: "MARI" }, { alias: "Sara" }] },
    { id: "a3", title: "Valgverksted", date: "2026-10-20", phase: "design", residents: [] },
  ],
  points: [
    // Answered after 4, 10 and 1 days; one open since 2026-10-01, one open since 2026-11-20.
    { id: "p1", raisedOn: "2026-09-10", answerStatus: "adopted", firstAnsweredOn: "2026-09-14", raisedByUserId: "mari" },
    { id: "p2", raisedOn: "2026-09-10", answerStatus: "notAdopted", firstAnsweredOn: "2026-09-20", raisedByUserId: null },
    { id: "p3", raisedOn: "2026-11-02", answerStatus: "partly", firstAnsweredOn: "2026-11-03", raisedByUserId: "emil" },
    { id: "p4", raisedOn: "2026-10-01", answerStatus: "open", firstAnsweredOn: null, raisedByUserId: null },
    { id: "p5", raisedOn: "2026-11-20", answerStatus: "open", firstAnsweredOn: null, raisedByUserId: "mari" },
  ],
  residentActs: [{ userId: "mari" }, { userId: "emil" }, { userId: "lise" }, { userId: "lise" }],
  residentNames: [
    { userId: "mari", alias: "Mari" },
    { userId: "emil", alias: "Emil" },
    { userId: "lise", alias: "Lise" },
  ],
  pointAnswerDays: 30,
  today: "2026-12-03",
};

describe("participation figures", () => {
  it("counts each resident once across activities, points, comments, ratings and choices", () => {
    // Mari (member, also typed as "MARI"), Tor (alias twice, different case), Sara, Emil, Lise.
    expect(participationFigures(base).distinctResidents).toBe(5);
    expect(participationFigures({ ...base, points: [], residentActs: [] }).distinctResidents).toBe(3);
  });

  it("gives the share of points answered and the median days to the first answer", () => {
    const figures = participationFigures(base);
    expect(figures).toMatchObject({ pointCount: 5, answeredCount: 3, answeredShare: 0.6, medianDaysToAnswer: 4 });
    const even = participationFigures({ ...base, points: base.points.filter((point) => point.id !== "p3") });
    expect(even.medianDaysToAnswer).toBe(7);
    expect(participationFigures({ ...base, points: [] })).toMatchObject({ answeredShare: null, medianDaysToAnswer: null });
  });

  it("counts activities per phase in the project's order, and lines them up by date", () => {
    const figures = participationFigures(base);
    expect(figures.activitiesPerPhase.map((entry) => entry.phase)).toEqual(["needs", "political", "localisation", "consultation", "decision", "design", "construction", "completion", "evaluation"]);
    expect(figures.activitiesPerPhase.filter((entry) => entry.count > 0)).toEqual([
      { phase: "localisation", count: 1 },
      { phase: "design", count: 2 },
    ]);
    expect(figures.timeline.map((entry) => entry.id)).toEqual(["a1", "a3", "a2"]);
  });

  it("flags open points raised more than the project's days ago, and not those still in time", () => {
    expect(participationFigures(base).overduePointIds).toEqual(["p4"]);
    // Raised 2026-11-03 with 30 days: in time on 2026-12-03, late from 2026-12-04.
    const onTheDay = { ...base, points: [{ id: "p6", raisedOn: "2026-11-03", answerStatus: "open", firstAnsweredOn: null, raisedByUserId: null }] };
    expect(participationFigures(onTheDay).overduePointIds).toEqual([]);
    expect(participationFigures({ ...onTheDay, today: "2026-12-04" }).overduePointIds).toEqual(["p6"]);
    expect(participationFigures({ ...base, pointAnswerDays: 10 }).overduePointIds).toEqual(["p4", "p5"]);
  });

  it("counts days across summer time as calendar days", () => {
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
    expect(median([5, 1, 3])).toBe(3);
  });
});
