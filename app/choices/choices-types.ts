/**
 * What the planners see of every home's choices (decision 012): the matrix of homes × categories,
 * the history and the open requests for help. Plain JSON (times as ISO strings, dates as
 * YYYY-MM-DD), shared by the store, the page and the order list.
 */
import type { WindowState } from "../my-home/choice-window";
import type { Role } from "../permissions";

export type Robustness = "ok" | "warning" | "fails";

export interface MatrixOption {
  id: string;
  name: string;
  /** #rrggbb. */
  color: string;
  /** NCS or similar, "" when not known. */
  colorCode: string;
  material: string;
  robustness: Robustness;
  robustnessNote: string;
  isStandard: boolean;
}

export interface MatrixCategory {
  id: string;
  name: string;
  /** The part of the house preview it colours (facade, door, …, or none). */
  previewPart: string;
  opensOn: string;
  closesOn: string;
  /** For every home without a reopening of its own. */
  state: WindowState;
  options: MatrixOption[];
  /** The option that applies where nobody chose; null if the catalogue has none yet. */
  standard: MatrixOption | null;
  /** Homes with no choice in it while it is not closed for them. */
  waitingCount: number;
}

export interface MatrixHome {
  id: string;
  number: number;
  name: string;
  houseTypeId: string | null;
  houseTypeName: string | null;
  /** The resident by the name they chose for their account; null when unallocated. */
  resident: { id: string; name: string } | null;
  /** Categories with no choice for this home while they are not closed for it. */
  waitingCount: number;
}

/** Someone as the record keeps them: their name (null when the account is gone) and their role then. */
export interface PersonRef {
  name: string | null;
  role: Role;
}

/** chosen: someone chose; standard: nobody did and the standard applies; none: nobody did and there is no standard. */
export type CellSource = "chosen" | "standard" | "none";

export interface MatrixCell {
  homeId: string;
  categoryId: string;
  /** The option that applies: the one chosen, else the standard. */
  option: MatrixOption | null;
  source: CellSource;
  chosenBy: PersonRef | null;
  /** When the current choice was made. */
  chosenAt: string | null;
  confirmedAt: string | null;
  /** Set when staff recorded it together with the resident. */
  withResident: { meeting: string; date: string } | null;
  /** The last day of a planner's reopening for this home, while it lasts. */
  reopenedUntil: string | null;
  /** The window for this home, its reopening counted. */
  state: WindowState;
  /** No choice yet, and not closed. */
  waiting: boolean;
  /** How many of the category's options the home marked as favourites. */
  favouriteCount: number;
}

export interface HelpRequest {
  id: string;
  homeId: string;
  homeName: string;
  /** null: a request about the home's choices in general. */
  categoryId: string | null;
  categoryName: string | null;
  /** What the resident wrote with the request, if anything. */
  message: string | null;
  askedBy: PersonRef;
  askedAt: string;
}

export interface ChoiceMatrix {
  /** The Oslo date the states were computed for. */
  today: string;
  homes: MatrixHome[];
  categories: MatrixCategory[];
  /** `cells[h][c]` is homes[h] × categories[c]. */
  cells: MatrixCell[][];
  /** Homes with at least one category waiting. */
  homesWaiting: number;
  /** Unanswered, oldest first. */
  helpRequests: HelpRequest[];
}

/** The kinds of `choice_events`: the resident's own (pick, confirm, helpRequest) and the planners'. */
export type ChoiceEventKind = "pick" | "confirm" | "withResident" | "reopen" | "reopenEnded" | "helpRequest" | "helpAnswered";

export interface HistoryEntry {
  id: string;
  /** A ChoiceEventKind; kept as text so a kind added later still shows. */
  kind: string;
  homeId: string;
  homeName: string;
  categoryId: string | null;
  categoryName: string | null;
  optionId: string | null;
  optionName: string | null;
  actor: PersonRef;
  /** A choice made together with the resident: the meeting and its date. */
  meeting: string | null;
  meetingDate: string | null;
  /** A request for help: what the resident wrote. */
  message: string | null;
  /** A reopening: its last day. */
  until: string | null;
  at: string;
}
