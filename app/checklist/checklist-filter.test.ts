/** The checklist page's filters: section, state (one state, any home's, or not settled), mine and overdue. */
import { describe, expect, it } from "vitest";
import type { ChecklistFilter } from "./checklist-filter";
import { itemMatches, noFilter } from "./checklist-filter";
import { untouchedState } from "./checklist-progress";

const fireItem = {
  section: "fireSafety",
  summary: "mixed" as const,
  homeStates: [
    { ...untouchedState, homeId: "h1", own: true, status: "done" as const },
    { ...untouchedState, homeId: "h2", own: false },
  ],
  closed: false,
  overdue: true,
  signingRole: "fire" as const,
  responsibleRole: "planner" as const,
};
const with_ = (filter: Partial<ChecklistFilter>): ChecklistFilter => ({ ...noFilter, ...filter });

describe("checklist filters", () => {
  it("shows everything without a filter", () => {
    expect(itemMatches(fireItem, noFilter, "observer")).toBe(true);
  });

  it("filters by section and by a state any home has", () => {
    expect(itemMatches(fireItem, with_({ section: "security" }), "fire")).toBe(false);
    expect(itemMatches(fireItem, with_({ state: "done" }), "fire")).toBe(true);
    expect(itemMatches(fireItem, with_({ state: "notStarted" }), "fire")).toBe(true);
    expect(itemMatches(fireItem, with_({ state: "decidedAgainst" }), "fire")).toBe(false);
    expect(itemMatches(fireItem, with_({ state: "open" }), "fire")).toBe(true);
    expect(itemMatches({ ...fireItem, closed: true }, with_({ state: "open" }), "fire")).toBe(false);
  });

  it("counts an item as mine when my role signs it or is responsible, owner and planner alike", () => {
    expect(itemMatches(fireItem, with_({ mine: true }), "fire")).toBe(true);
    expect(itemMatches(fireItem, with_({ mine: true }), "police")).toBe(false);
    expect(itemMatches(fireItem, with_({ mine: true }), "owner")).toBe(true);
    expect(itemMatches({ ...fireItem, responsibleRole: null }, with_({ mine: true }), "planner")).toBe(false);
  });

  it("keeps only overdue items when asked", () => {
    expect(itemMatches({ ...fireItem, overdue: false }, with_({ overdue: true }), "fire")).toBe(false);
    expect(itemMatches(fireItem, with_({ overdue: true }), "fire")).toBe(true);
  });
});
