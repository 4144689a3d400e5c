/**
 * The public page as its loader hands it out (decision 013), and the editor's snapshot. Only what
 * the public may see is in `PublicView`: no ids of members, no senders, no candidate sites.
 * Shared by server and browser.
 */
import type { Point, Polygon } from "geojson";
import type { PublicAnswer } from "../inquiries/inquiry-types";
import type { Phase } from "../projects/vocabulary";
import type { PublicContent } from "./public-content";
import type { WordWarning } from "./public-word-check";

/** A decision as the public page knows it: its phase and date, not its text or who decided. */
export interface PublicDecision {
  id: string;
  phase: Phase;
  /** YYYY-MM-DD. */
  date: string;
}

/** The chosen site: its name and where it is. */
export interface PublicSite {
  name: string;
  geometry: Point | Polygon;
}

/** A public meeting ahead. */
export interface PublicMeeting {
  id: string;
  kind: string;
  title: string;
  date: string;
  place: string;
}

export interface PublicUpdate {
  id: string;
  date: string;
  title: string;
  body: string;
}

export interface PublicView {
  slug: string;
  /** The project's name, shown when the page has no heading of its own. */
  projectName: string;
  municipality: string;
  housingForm: string;
  homeCount: number;
  content: PublicContent;
  /** The project's phase now. */
  phase: Phase;
  /** Dates of the decisions, by phase, for the timeline (no text, no names). */
  decisions: Array<Pick<PublicDecision, "phase" | "date">>;
  chosenSites: PublicSite[];
  updates: PublicUpdate[];
  meetings: PublicMeeting[];
  answers: PublicAnswer[];
  /** Today in Oslo, for the form's receipt text. */
  today: string;
  answerDays: number;
}

export interface PublicPageEditorSnapshot {
  projectId: string;
  /** Whether the page has been saved once (its row exists). */
  saved: boolean;
  slug: string;
  published: boolean;
  publishedAt: string | null;
  /** "confirmed", or "decision:<id>" */
  publishBasis: string | null;
  content: PublicContent;
  updates: PublicUpdate[];
  warnings: WordWarning[];
  /** The decision that allows publishing, if any. */
  publishingDecision: Pick<PublicDecision, "phase" | "date"> | null;
  chosenSiteNames: string[];
  shownAnswers: number;
  meetingsAhead: number;
  /** What publishing still needs (field names), besides a decision or a confirmation. */
  missing: string[];
  today: string;
}
