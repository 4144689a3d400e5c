/**
 * The cooperation agreement as the server hands it to a member (decision 013): partners, the
 * responsibility matrix, goals and the meeting plan, and what this member may do. Shared by
 * server and browser (no server-only imports).
 */
import type { Problem, ProblemCode } from "../http/problem";
import type { Phase } from "../projects/vocabulary";
import type { PartnerKind } from "./cooperation-vocabulary";

/** A message in both languages. */
export interface BilingualText {
  message: string;
  messageEn: string;
}

/**
 * A refusal; nothing was changed. `fields` names each wrong field of the form. Mostly
 * invalidInput, unknownIntent, forbidden, notFound and conflict; a held meeting passes on what
 * the participation log refused.
 */
export type CooperationProblem = Omit<Problem, "fields"> & { code: ProblemCode; fields?: Record<string, BilingualText> };

export type CooperationResult<Value = { id: string }> = ({ ok: true } & Value) | { ok: false; problem: CooperationProblem };

/** What a cooperation form's fetcher reads back. */
export type CooperationActionData = { ok: true; intent: string; id?: string } | { ok: false; intent: string | null; error: CooperationProblem };

export interface PartnerJson {
  id: string;
  name: string;
  kind: PartnerKind;
  /** The contact's role at the partner ("leder forebyggende seksjon"), not a person's name. */
  contactRole: string;
  /** A work address, switchboard or shared mailbox: nothing private. */
  workContact: string;
}

export interface ResponsibilityJson {
  id: string;
  partnerId: string;
  phase: Phase;
  text: string;
}

export interface GoalJson {
  id: string;
  title: string;
  target: number;
  achieved: number;
  unit: string;
  /** YYYY-MM-DD (Europe/Oslo), or null. */
  dueDate: string | null;
  /** Whole percent of the goal reached, at most 100 (for the bar; the numbers say the rest). */
  percent: number;
}

export interface MeetingJson {
  id: string;
  title: string;
  /** YYYY-MM-DD (Europe/Oslo). */
  date: string;
  purpose: string;
  partnerIds: string[];
  /** The activity in the participation log once the meeting was held, else null. */
  activityId: string | null;
  /** Planned, not held, and its date has passed. */
  overdue: boolean;
}

export interface CooperationSnapshot {
  projectId: string;
  /** Today in Oslo, as the server saw it. */
  today: string;
  partners: PartnerJson[];
  responsibilities: ResponsibilityJson[];
  goals: GoalJson[];
  meetings: MeetingJson[];
  may: { write: boolean; flag: boolean };
}

/** A meeting ahead, for the project overview and "new since your last visit". */
export interface UpcomingMeetingJson {
  id: string;
  title: string;
  date: string;
  purpose: string;
  partnerNames: string[];
}
