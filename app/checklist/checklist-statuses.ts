/**
 * An item's states, for the page: the same lists as the template's (template.ts, whose zod
 * schemas and data file the page need not load); checklist-statuses.test.ts keeps them equal.
 */
import type { ChecklistStatus } from "./template";

export const statuses = ["notStarted", "inProgress", "done", "notRelevant", "decidedAgainst"] as const satisfies readonly ChecklistStatus[];
/** States that need a reason. */
export const reasonStatuses: readonly ChecklistStatus[] = ["notRelevant", "decidedAgainst"];
/** States that close an item (it is no longer overdue). */
export const settledStatuses: readonly ChecklistStatus[] = ["done", "notRelevant", "decidedAgainst"];
