/** The page's lists of states are the template's. */
import { expect, it } from "vitest";
import { reasonStatuses, settledStatuses, statuses } from "./checklist-statuses";
import { checklistStatuses, closedStatuses, statusesWithReason } from "./template";

it("lists the template's states, reason states and closing states", () => {
  expect(statuses).toEqual(checklistStatuses);
  expect(reasonStatuses).toEqual(statusesWithReason);
  expect(settledStatuses).toEqual(closedStatuses);
});
