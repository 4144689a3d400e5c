/**
 * What "Mitt hjem" shows a resident (decision 012), as the store reads it and the page gets it:
 * plain JSON (dates as YYYY-MM-DD, moments as ISO strings), shared by server and browser.
 */
import type { WindowState } from "./choice-window";
import type { PreviewPart } from "./preview-parts";

/** An option a resident may see: robustness ok, or a warning with its note. Never one that fails. */
export interface MyHomeOption {
  id: string;
  name: string;
  /** #rrggbb. */
  color: string;
  colorCode: string;
  material: string;
  robustness: "ok" | "warning";
  robustnessNote: string;
  isStandard: boolean;
  photoFileId: string | null;
  favourite: boolean;
}

/** Who made the home's current choice: the resident, staff together with the resident, or someone else (an earlier resident of the home, staff without a meeting). */
export type ChoiceAuthor = "self" | "withResident" | "other";

export interface MyHomeChoice {
  optionId: string;
  /** The chosen option's name, colour and code, also when it is no longer offered. */
  name: string;
  color: string;
  colorCode: string;
  /** False when a planner has since taken the option out (robustness "fails"). */
  offered: boolean;
  /** ISO time stamps. */
  chosenAt: string;
  confirmedAt: string | null;
  by: ChoiceAuthor;
  /** For a choice made together with the resident: the meeting and its date (YYYY-MM-DD). */
  meeting: string | null;
  meetingDate: string | null;
}

/** What applies to the home in a category now: its choice, or else the standard. */
export interface AppliedOption {
  optionId: string;
  name: string;
  color: string;
  colorCode: string;
  source: "choice" | "standard";
}

export interface MyHomeCategory {
  id: string;
  name: string;
  description: string;
  /** The part of the preview the category colours, null for none. */
  previewPart: PreviewPart | null;
  /** Calendar dates (YYYY-MM-DD), inclusive, Europe/Oslo. */
  opensOn: string;
  closesOn: string;
  /** The last day a planner reopened the category for this home, if they did. */
  reopenedUntil: string | null;
  state: WindowState;
  /** The last day this home could (or can) choose: the closing date or a later reopening. */
  lastDay: string;
  options: MyHomeOption[];
  standardOptionId: string | null;
  choice: MyHomeChoice | null;
  applied: AppliedOption | null;
}

export interface MyHome {
  home: { id: string; number: number; name: string };
  /** Today in Oslo, as the window states were worked out. */
  today: string;
  categories: MyHomeCategory[];
}

/** A problem as the action answers it (app/http/problem.ts), without server imports. */
export interface MyHomeProblem {
  code: string;
  message: string;
  messageEn: string;
  fields?: unknown;
}

/** What the "Mitt hjem" action answers, for the page's fetchers. */
export type MyHomeActionResult =
  | { ok: true; intent: "choose" | "confirm" | "favourite" | "help"; changed?: boolean; favourite?: boolean; helpRequestId?: string }
  | { ok: false; intent: "choose" | "confirm" | "favourite" | "help" | null; error: MyHomeProblem };
