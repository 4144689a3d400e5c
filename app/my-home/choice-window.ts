/**
 * When a home may choose in a category (decision 012): from its opening date to its closing
 * date, both inclusive, in Europe/Oslo, or until the date a planner reopened it for that home.
 * Dates are calendar dates (YYYY-MM-DD), compared as text.
 */
import { todayInOslo } from "../ui/format-time";

export interface ChoiceWindow {
  opensOn: string;
  closesOn: string;
}

/** "notYet", "open" or "closed" for a home, with a planner's reopening (its last day) if any. */
export type WindowState = "notYet" | "open" | "closed";

/**
 * @example
 * choiceWindowState({ opensOn: "2026-11-01", closesOn: "2026-12-01" }, null, "2026-12-02"); // "closed"
 * choiceWindowState({ opensOn: "2026-11-01", closesOn: "2026-12-01" }, "2026-12-10", "2026-12-02"); // "open"
 */
export function choiceWindowState(window: ChoiceWindow, reopenedUntil: string | null, today: string = todayInOslo()): WindowState {
  if (reopenedUntil !== null && today <= reopenedUntil) return "open";
  if (today < window.opensOn) return "notYet";
  if (today > window.closesOn) return "closed";
  return "open";
}
