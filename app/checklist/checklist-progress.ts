/**
 * How far a checklist has come (decision 012): an item's state for each home, whether it is
 * closed or overdue, and the figures per section, per due phase and per home. Pure functions,
 * shared by the server's snapshot and the tests.
 */
import type { Phase } from "../projects/vocabulary";
import { phases } from "../projects/vocabulary";
import type { ChecklistStatus } from "./template";
import { settledStatuses } from "./checklist-statuses";
import type { ChecklistItemJson, ChecklistProgress, ChecklistSectionJson, HomeStateJson, ProgressFigures, StateJson } from "./checklist-types";

/** A state nobody has set yet. */
export const untouchedState: StateJson = { status: "notStarted", reason: "", updatedByName: null, updatedRole: null, updatedAt: null };

export function isClosedStatus(status: ChecklistStatus): boolean {
  return settledStatuses.includes(status);
}

/**
 * Every home's effective state: its own row, else the project's.
 *
 * @example
 * homeStatesOf(projectState, new Map([["home-2", ownState]]), homes); // home-1 follows the project, home-2 its own
 */
export function homeStatesOf(projectState: StateJson, own: ReadonlyMap<string, StateJson>, homes: ReadonlyArray<{ id: string }>): HomeStateJson[] {
  return homes.map((home) => {
    const state = own.get(home.id);
    return state ? { ...state, homeId: home.id, own: true } : { ...projectState, homeId: home.id, own: false };
  });
}

/** The one state shown for an item, "mixed" where its homes differ; and whether it is closed everywhere. */
export function summarizeStates(projectState: StateJson, homeStates: readonly HomeStateJson[]): { summary: ChecklistStatus | "mixed"; homesDiffer: boolean; closed: boolean } {
  if (homeStates.length === 0) return { summary: projectState.status, homesDiffer: false, closed: isClosedStatus(projectState.status) };
  const statuses = new Set(homeStates.map((home) => home.status));
  const homesDiffer = statuses.size > 1;
  return {
    summary: homesDiffer ? "mixed" : homeStates[0].status,
    homesDiffer,
    closed: homeStates.every((home) => isClosedStatus(home.status)),
  };
}

/**
 * Whether an item with this due date or phase is past due: its date (Oslo) has passed, or its
 * phase lies before the project's phase. Closed items are never overdue; the caller checks that.
 *
 * @example
 * isPastDue({ dueDate: "2026-01-31", duePhase: null }, { today: "2026-02-01", phase: "needs" }); // true
 * isPastDue({ dueDate: null, duePhase: "localisation" }, { today: "2026-02-01", phase: "design" }); // true
 */
export function isPastDue(item: { dueDate: string | null; duePhase: Phase | null }, now: { today: string; phase: Phase }): boolean {
  if (item.dueDate !== null && item.dueDate < now.today) return true;
  return item.duePhase !== null && phases.indexOf(item.duePhase) < phases.indexOf(now.phase);
}

function figures(): ProgressFigures {
  return { total: 0, closed: 0, done: 0, overdue: 0 };
}

function count(into: ProgressFigures, entry: { closed: boolean; done: boolean; overdue: boolean }): void {
  into.total += 1;
  if (entry.closed) into.closed += 1;
  if (entry.done) into.done += 1;
  if (entry.overdue) into.overdue += 1;
}

type ItemForProgress = Pick<ChecklistItemJson, "scope" | "summary" | "closed" | "overdue" | "duePhase" | "dueDate" | "homeStates">;

/**
 * The figures for the whole checklist, per section, per due phase (in the phases' order, items
 * without one last) and per home (home items only, by that home's own effective state).
 *
 * @example
 * const progress = checklistProgress(sections, homes, { today: "2026-12-02", phase: "design" });
 * progress.closed; // items done, not relevant or decided against, for every home
 */
export function checklistProgress(
  sections: ReadonlyArray<Pick<ChecklistSectionJson, "key" | "title"> & { items: readonly ItemForProgress[] }>,
  homes: ReadonlyArray<{ id: string; name: string }>,
  now: { today: string; phase: Phase },
): ChecklistProgress {
  const total = figures();
  const byPhase = new Map<Phase | null, ProgressFigures>();
  const byHome = new Map(homes.map((home) => [home.id, figures()]));
  const bySection = sections.map((section) => {
    const own = figures();
    for (const item of section.items) {
      const entry = { closed: item.closed, done: item.summary === "done", overdue: item.overdue };
      count(own, entry);
      count(total, entry);
      const phase = byPhase.get(item.duePhase) ?? figures();
      count(phase, entry);
      byPhase.set(item.duePhase, phase);
      if (item.scope !== "home") continue;
      const pastDue = isPastDue(item, now);
      for (const home of item.homeStates) {
        const closed = isClosedStatus(home.status);
        const into = byHome.get(home.homeId);
        if (into) count(into, { closed, done: home.status === "done", overdue: pastDue && !closed });
      }
    }
    return { key: section.key, title: section.title, ...own };
  });
  return {
    ...total,
    bySection,
    byPhase: [...phases, null].flatMap((phase) => {
      const entry = byPhase.get(phase);
      return entry ? [{ phase, ...entry }] : [];
    }),
    byHome: homes.map((home) => ({ homeId: home.id, name: home.name, ...(byHome.get(home.id) ?? figures()) })),
  };
}
