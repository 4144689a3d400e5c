/**
 * The workshop's data as the server hands it to pages (decision 014): the contract between
 * app/workshops (stores, rules) and app/workshop-ui (pages). Nothing here holds another
 * person's answer; results appear only where `results` is set, which the server does for
 * planners or once a poll is revealed.
 */
import type { Role } from "../permissions";

export const workshopStatuses = ["planned", "running", "ended"] as const;
export type WorkshopStatus = (typeof workshopStatuses)[number];

export const agendaKinds = ["site", "checklistSection", "colours", "questions", "free"] as const;
export type AgendaKind = (typeof agendaKinds)[number];

export const pollKinds = ["single", "scale", "ranking", "dots", "text"] as const;
export type PollKind = (typeof pollKinds)[number];

export const pollStatuses = ["draft", "open", "closed"] as const;
export type PollStatus = (typeof pollStatuses)[number];

/** The roles a join code can give a guest. */
export const guestRoles = ["resident", "observer"] as const;
export type GuestRole = (typeof guestRoles)[number];

export interface AgendaItem {
  id: string;
  position: number;
  kind: AgendaKind;
  title: string;
  /** The site's id, the checklist section's key or the choice category's id. */
  subjectId: string | null;
  plannedMinutes: number;
  startedAt: string | null;
  endedAt: string | null;
}

export interface PollOption {
  id: string;
  label: string;
  subjectKind?: "site" | "choiceOption" | "checklistItem";
  subjectId?: string;
}

/** One participant's answer, by poll kind. */
export type PollAnswer =
  | { optionId: string }
  | { value: number }
  | { order: string[] }
  | { dots: Record<string, number> }
  | { text: string };

/** The results of one round: totals, and per role (a role with fewer than 3 answers is not split). */
export interface PollResults {
  answered: number;
  /** single: people per option; scale: people per value "1".."5"; ranking: Borda points; dots: dots per option. */
  totals: Record<string, number>;
  /** scale only: the mean, rounded to one decimal. */
  mean?: number;
  byRole: Array<{ role: Role; answered: number; totals: Record<string, number> | null }>;
  /** text only: the answers, without names, in a shuffled order. */
  texts?: string[];
}

export interface PollView {
  id: string;
  itemId: string | null;
  kind: PollKind;
  question: string;
  options: PollOption[];
  budget: number | null;
  status: PollStatus;
  round: number;
  answered: number;
  revealed: boolean;
  /** Only for planners, or for everyone once revealed; otherwise null. */
  results: PollResults | null;
  /** The viewer's own answer in this round, if any. */
  ownAnswer: PollAnswer | null;
}

export interface ParkingLotEntry {
  id: string;
  body: string;
  raisedByRole: Role;
  createdAt: string;
}

export interface WorkshopSummary {
  id: string;
  title: string;
  date: string;
  status: WorkshopStatus;
  /** The participation activity its minutes became, once ended. */
  activityId: string | null;
}

/** What the screen, the facilitator and the phones load for one workshop. */
export interface WorkshopView extends WorkshopSummary {
  projectId: string;
  facilitator: { id: string; name: string } | null;
  currentItemId: string | null;
  currentPollId: string | null;
  allowAttention: boolean;
  stateVersion: number;
  startedAt: string | null;
  endedAt: string | null;
  agenda: AgendaItem[];
  polls: PollView[];
  parkingLot: ParkingLotEntry[];
  /** People in the room by role (attendance rows), no names. */
  attendanceByRole: Partial<Record<Role, number>>;
}

/** The join code as the facilitator sees it (the code itself only right after it is made). */
export interface JoinCodeView {
  id: string;
  role: GuestRole;
  expiresAt: string;
  /** Present only in the response that made it; stored as its SHA-256. */
  code?: string;
  /** `/w/<code>`, for the QR code. */
  path?: string;
}

/** Events on `/projects/<id>/workshops/<wid>/events` (SSE `data:` JSON). No answers, ever. */
export type WorkshopEvent =
  | { type: "state"; stateVersion: number }
  | { type: "answered"; pollId: string; round: number; answered: number }
  | { type: "attention"; lat: number; lon: number; role: Role };

/** The facilitator's awareness field on the plan document (decision 014). */
export const workshopPresenceField = "workshop";
export interface WorkshopPresence {
  workshopId: string;
  view: { lat: number; lon: number; zoom: number } | null;
  itemId: string | null;
}
