/**
 * "New since your last visit" and attention flags as the server hands them to a member
 * (decision 013). Shared by server and browser (no server-only imports).
 */
import type { Problem, ProblemCode } from "../http/problem";
import type { Role } from "../permissions";
import type { SubjectKind } from "./subject-links";

export interface Bilingual {
  nb: string;
  en: string;
}

/** A refusal; nothing was changed. `fields` names each wrong field. */
export type ChangesProblem = Omit<Problem, "fields"> & { code: ProblemCode; fields?: Record<string, { message: string; messageEn: string }> };

export type ChangesResult<Value = { id: string }> = ({ ok: true } & Value) | { ok: false; problem: ChangesProblem };

/** What an attention form's fetcher reads back. */
export type AttentionActionData = { ok: true; intent: "add" | "clear"; id: string } | { ok: false; intent: string | null; error: ChangesProblem };

/** An open attention flag: a planner marked something as needing a role's attention. */
export interface FlagJson {
  id: string;
  subjectKind: SubjectKind;
  subjectId: string;
  /** What it is about in words (an item's title, a meeting's title …), or null where there is none to show (a site). */
  subjectTitle: Bilingual | null;
  url: string;
  role: Role;
  note: string;
  createdByName: string | null;
  createdAt: string;
  /** Whether this member may clear it (planners, and members of the role it is for). */
  mayClear: boolean;
}

/** A checklist item assigned to the member's role that changed since their last visit. */
export interface ChangedItemJson {
  itemKey: string;
  title: Bilingual;
  /** How many entries its thread got (states, comments, disagreements …). */
  changes: number;
  url: string;
}

/** One of the member's own points that got an answer since their last visit. */
export interface AnsweredPointJson {
  id: string;
  /** The point's text, shortened. */
  body: string;
  answerStatus: string;
  url: string;
}

export interface DueInquiryJson {
  id: string;
  topic: string;
  /** YYYY-MM-DD (Europe/Oslo). */
  dueDate: string;
  overdue: boolean;
  url: string;
}

/** A meeting ahead: one of the cooperation's planned meetings, or a public activity. */
export interface MeetingAheadJson {
  kind: "meeting" | "activity";
  id: string;
  title: string;
  date: string;
  url: string;
}

export interface ChangesSummary {
  projectId: string;
  /** The moment "new" counts from (the member's previous visit), or null on a first visit: nothing is new then. */
  since: string | null;
  comments: { count: number; inOwnThreads: number; url: string };
  answeredPoints: AnsweredPointJson[];
  changedItems: ChangedItemJson[];
  flags: FlagJson[];
  /** Planners only: unanswered inquiries due within three days or overdue. */
  dueInquiries: DueInquiryJson[];
  meetingsAhead: MeetingAheadJson[];
  /** New things and open flags, for the dashboard's "3 nye siden sist". */
  newCount: number;
}
