/**
 * The checklist page's filters: by section, by state, "mine" (items the member's role signs off
 * or is responsible for) and overdue. Pure, so the page and its tests agree.
 */
import type { Role } from "../permissions";
import type { ChecklistItemJson } from "./checklist-types";
import type { ChecklistStatus } from "./template";

export interface ChecklistFilter {
  /** A section's key, or "" for all. */
  section: string;
  /** A state, "open" (not settled), or "" for all. */
  state: ChecklistStatus | "open" | "";
  mine: boolean;
  overdue: boolean;
}

export const noFilter: ChecklistFilter = { section: "", state: "", mine: false, overdue: false };

/** Owner and planner are the municipality: an item either is responsible for is theirs. */
function responsibleIsMine(responsible: Role | null, role: Role): boolean {
  if (responsible === null) return false;
  const municipality: readonly Role[] = ["owner", "planner"];
  return responsible === role || (municipality.includes(role) && municipality.includes(responsible));
}

/**
 * Whether an item passes the filter for a member of `role`. A state matches the item's one state,
 * or any home's where homes differ.
 *
 * @example
 * itemMatches(item, { ...noFilter, mine: true }, "fire"); // a fire item, or one fire is responsible for
 */
export function itemMatches(item: Pick<ChecklistItemJson, "section" | "summary" | "homeStates" | "closed" | "overdue" | "signingRole" | "responsibleRole">, filter: ChecklistFilter, role: Role): boolean {
  if (filter.section !== "" && item.section !== filter.section) return false;
  if (filter.state === "open" && item.closed) return false;
  if (filter.state !== "" && filter.state !== "open" && item.summary !== filter.state && !item.homeStates.some((home) => home.status === filter.state)) return false;
  if (filter.overdue && !item.overdue) return false;
  if (filter.mine && item.signingRole !== role && !responsibleIsMine(item.responsibleRole, role)) return false;
  return true;
}
