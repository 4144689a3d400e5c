/**
 * What the participation pages get from their loaders (decision 013), shared by server and
 * browser. The log (`participation:log`) names residents by the alias they chose; "Dette sa
 * dere – dette gjorde vi" (`participation:read`) names whoever raised a point by role only.
 */
import type { StoredFileInfo } from "../files/file-types";
import type { Role } from "../permissions";
import type { Phase } from "../projects/vocabulary";
import type { ParticipationFiguresData } from "./participation-figures";
import type { ActivityKind, AnswerStatus, AttendanceCounts, LinkKind, RaiserRole } from "./participation-vocabulary";

/** A text in both languages (a checklist item's title), or one text as stored (a site's name). */
export type LinkLabel = { nb: string; en: string } | string;

/** What an answer links to, with its name when it still exists (else null: shown by its id). */
export interface PointLink {
  kind: LinkKind;
  id: string;
  label: LinkLabel | null;
  url: string;
}

/** One change in `people_events`. */
export interface HistoryEntry {
  kind: string;
  at: string;
  actor: { name: string | null; role: Role };
  /** The names of the fields that changed. */
  fields: string[];
}

export interface LogPoint {
  id: string;
  activityId: string | null;
  inquiryId: string | null;
  body: string;
  raisedByRole: RaiserRole;
  /** The resident member who raised it, by the name they chose. */
  raisedBy: { userId: string; alias: string } | null;
  onBehalf: boolean;
  enteredBy: { name: string | null; role: Role };
  answerStatus: AnswerStatus;
  answer: string;
  reason: string;
  link: PointLink | null;
  answeredAt: string | null;
  answeredBy: string | null;
  createdAt: string;
  /** Open past the project's days for an answer. */
  overdue: boolean;
  history: HistoryEntry[];
}

export interface LogActivity {
  id: string;
  kind: ActivityKind;
  title: string;
  date: string;
  phase: Phase;
  place: string;
  facilitator: string;
  counts: AttendanceCounts;
  residents: Array<{ userId?: string; alias: string }>;
  minutes: string;
  isPublic: boolean;
  plannedMeetingId: string | null;
  /** Minutes a workshop wrote itself (decision 014): not approved while `approvedAt` is null. */
  workshopId: string | null;
  approvedAt: string | null;
  files: StoredFileInfo[];
  points: LogPoint[];
  history: HistoryEntry[];
}

/** Residents' participation recorded elsewhere, read from its own tables (never copied). */
export interface ExistingParticipation {
  comments: Array<{ id: string; siteName: string | null; alias: string; body: string; createdAt: string }>;
  ratings: Array<{ id: string; siteName: string | null; alias: string; aspect: string; score: number; comment: string; updatedAt: string }>;
  /** Per home: in how many categories its resident chose (once per home × category), how many together with staff. */
  choices: Array<{ homeId: string; homeName: string; alias: string | null; categories: number; together: number; lastAt: string }>;
}

/** What a planner can link an answer to. */
export interface LinkOptions {
  site: Array<{ id: string; label: LinkLabel }>;
  decision: Array<{ id: string; label: LinkLabel }>;
  checklistItem: Array<{ id: string; label: LinkLabel }>;
  choiceCategory: Array<{ id: string; label: LinkLabel }>;
}

export interface ParticipationLogData {
  self: { userId: string; role: Role; mayWrite: boolean };
  today: string;
  pointAnswerDays: number;
  /** Newest first. */
  activities: LogActivity[];
  /** Points raised outside any activity (in the app, from an inquiry), newest first. */
  otherPoints: LogPoint[];
  existing: ExistingParticipation;
  /** The project's resident members, to pick in attendance and as who raised a point. */
  residents: Array<{ userId: string; alias: string }>;
  /** Empty lists unless the member may answer. */
  linkOptions: LinkOptions;
  figures: ParticipationFiguresData;
}

/** A point on "Dette sa dere – dette gjorde vi": who raised it by role only. */
export interface SaidDonePoint {
  id: string;
  body: string;
  raisedByRole: RaiserRole;
  /** The reader's own point. */
  own: boolean;
  onBehalf: boolean;
  activity: { title: string; date: string; kind: ActivityKind } | null;
  answerStatus: AnswerStatus;
  answer: string;
  reason: string;
  link: PointLink | null;
  /** Oslo calendar dates. */
  raisedOn: string;
  answeredOn: string | null;
}

export interface SaidDoneData {
  self: { userId: string; role: Role; mayRaise: boolean };
  /** Newest first (by the latest of raised and answered). */
  points: SaidDonePoint[];
  /** The activities the reader attended, to raise a point in (residents). */
  ownActivities: Array<{ id: string; title: string; date: string }>;
}
