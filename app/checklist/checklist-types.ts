/**
 * The checklist as the server hands it to a member (decision 012): the template's text beside
 * the project's states, threads, evidence counts and progress, and what this member may do on
 * each item. Shared by server and browser (no server-only imports).
 */
import type { Problem, ProblemCode } from "../http/problem";
import type { Role } from "../permissions";
import type { Phase } from "../projects/vocabulary";
import type { ChecklistStatus } from "./template";

/** Who acts, as the server established it (session and membership), never from a form. */
export interface ChecklistMember {
  projectId: string;
  userId: string;
  role: Role;
}

/** Where a state is set: the whole project (for a home item: every home), one house type or one home. */
export type StateTarget = "project" | { homeId: string } | { houseTypeId: string };

export interface Bilingual {
  nb: string;
  en: string;
}

/** A state as stored: for the project (`homeId` '') or for one home. */
export interface StateJson {
  status: ChecklistStatus;
  reason: string;
  /** Who set it last, with their role then; null for an item nobody has touched. */
  updatedByName: string | null;
  updatedRole: Role | null;
  updatedAt: string | null;
}

/** A home's effective state: its own row, else the project's, else not started. */
export interface HomeStateJson extends StateJson {
  homeId: string;
  /** Whether the home has a row of its own (else it follows the project's state). */
  own: boolean;
}

export type ChecklistEventKind = "status" | "comment" | "disagreement" | "decision" | "assignment";

/** One entry of an item's thread, stamped by the server. */
export interface ChecklistEventJson {
  id: string;
  kind: ChecklistEventKind;
  /** '' for the project, else the home it is about. */
  homeId: string;
  status: ChecklistStatus | null;
  /** A comment's, a disagreement's or a state's reason text. */
  body: string;
  /** For assignment and decision entries: what was set (parsed from the stored record). */
  details: ChecklistEventDetails | null;
  authorName: string | null;
  authorRole: Role;
  createdAt: string;
  /** A disagreement not yet followed by a new state of the item. */
  open: boolean;
}

export type ChecklistEventDetails =
  | { type: "assignment"; responsibleRole: Role | null; duePhase: Phase | null; dueDate: string | null }
  | { type: "takenIn"; version: number }
  | { type: "decision"; decision: string; reason: string }
  | { type: "linked"; decisionLogId: string };

/** What this member may do on one item. */
export interface ItemPermissions {
  /** Set the state (planners any item; fire and police the items they sign). */
  setState: boolean;
  /** Record a disagreement: members who may comment but not set this state, and the signing agency after someone else set it. */
  disagree: boolean;
  comment: boolean;
  /** Responsibility, due phase and date, the decision (planners). */
  edit: boolean;
}

export interface ChecklistItemJson {
  key: string;
  section: string;
  title: Bilingual;
  why: Bilingual;
  source: string;
  scope: "project" | "home";
  signingRole: "fire" | "police" | null;
  requiresEvidence: boolean;
  debated: boolean;
  /** The template version the project took the item in with. */
  templateVersion: number;
  responsibleRole: Role | null;
  duePhase: Phase | null;
  dueDate: string | null;
  decision: string | null;
  decisionReason: string | null;
  decisionLogId: string | null;
  /** The project's state (for a home item: what homes without their own state have). */
  state: StateJson;
  /** The one state shown where the homes agree: theirs (they may all have rows of their own, set per house type), else the project's. */
  shown: StateJson;
  /** Home items whose homes differ: every home's effective state, in home order; otherwise empty (`shown` is every home's). */
  homeStates: HomeStateJson[];
  /** Home items whose homes are not all in the same state. */
  homesDiffer: boolean;
  /** The one state shown for the item, or "mixed" where homes differ. */
  summary: ChecklistStatus | "mixed";
  /** Closed (done, not relevant or decided against) for the project and every home. */
  closed: boolean;
  overdue: boolean;
  /** Files of evidence: all of them, and per home ('' for the project). */
  evidence: { total: number; byHome: Record<string, number> };
  openDisagreements: number;
  thread: ChecklistEventJson[];
  may: ItemPermissions;
}

export interface ChecklistSectionJson {
  key: string;
  kind: "dwelling" | "process";
  title: Bilingual;
  items: ChecklistItemJson[];
}

/** Closed and done out of a total; "closed" counts done, not relevant and decided against. */
export interface ProgressFigures {
  total: number;
  closed: number;
  done: number;
  overdue: number;
}

export interface ChecklistProgress extends ProgressFigures {
  bySection: Array<ProgressFigures & { key: string; title: Bilingual }>;
  /** Items by their due phase, in the phases' order; `phase` null for items without one. */
  byPhase: Array<ProgressFigures & { phase: Phase | null }>;
  /** Home items per home, by each home's effective state. */
  byHome: Array<ProgressFigures & { homeId: string; name: string }>;
}

export interface ChecklistSnapshot {
  projectId: string;
  /** The template version the project's checklist holds, and the newest the app ships. */
  templateVersion: number;
  newestVersion: number;
  /** Items of later template versions a planner can take in. */
  newItems: { count: number; version: number } | null;
  /** The project's phase (the server's copy of the plan document's phase). */
  phase: Phase;
  /** Today in Oslo, the day overdue is reckoned from. */
  today: string;
  self: { id: string; role: Role; may: { edit: boolean; comment: boolean; signOff: boolean } };
  homes: Array<{ id: string; number: number; name: string; houseTypeId: string | null }>;
  houseTypes: Array<{ id: string; name: string }>;
  sections: ChecklistSectionJson[];
  progress: ChecklistProgress;
}

/** Codes the checklist answers with: the general ones, evidence missing and already linked (409). */
export type ChecklistConflictCode = Extract<ProblemCode, "evidenceRequired" | "conflict">;
export type ChecklistProblemCode = Extract<ProblemCode, "invalidInput" | "unknownIntent" | "forbidden" | "notFound"> | ChecklistConflictCode;

/** A refusal, in the shape of app/http/problem.ts; nothing was changed. */
export type ChecklistProblem = Omit<Problem, "code" | "fields"> & {
  code: ChecklistProblemCode;
  fields?: Record<string, { message: string; messageEn: string }>;
};

/** What a write returns: done (with the thread entry it added), or refused with a problem. */
export type ChecklistResult = { ok: true; eventId: string | null } | { ok: false; problem: ChecklistProblem };

/** What the checklist page's action answers a form's fetcher. */
export type ChecklistActionData = { ok: true; eventId: string | null } | { ok: false; error: ChecklistProblem };
