/**
 * The JSON of GET /projects/:id/feedback and of the actions' answers (decision 009). Shared by
 * the server, which builds it filtered for the member, and the browser.
 */
import type { Problem } from "../http/problem";
import type { Role } from "../permissions";
import type { Aspect } from "./aspects";

export interface FeedbackSnapshot {
  self: {
    id: string;
    role: Role;
    /** The aspect this member rates, or null (observers). */
    aspect: Aspect | null;
    may: { comment: boolean; rate: boolean; reveal: boolean };
  };
  /** Aspects a planner has revealed to everyone in the project, on every site. */
  revealed: Aspect[];
  /** Aspects a planner has revealed to everyone on one site only. */
  revealedOnSites: SiteReveal[];
  /** The ratings this member may see: own group's aspect, revealed aspects and their own. */
  ratings: RatingJson[];
  /** How many ratings of each site and aspect this member may not see yet. */
  hidden: HiddenCount[];
  /** Every comment of the project, oldest first (comments are never hidden). */
  comments: CommentJson[];
}

export interface RatingJson {
  id: string;
  siteId: string;
  aspect: Aspect;
  authorId: string;
  authorName: string;
  authorRole: Role;
  score: number;
  comment: string;
  createdAt: string;
  updatedAt: string;
}

/** One aspect revealed on one site. */
export interface SiteReveal {
  siteId: string;
  aspect: Aspect;
}

export interface HiddenCount {
  siteId: string;
  aspect: Aspect;
  count: number;
}

export interface CommentJson {
  id: string;
  siteId: string | null;
  /** The thread's first comment, or null when this comment starts a thread. */
  parentId: string | null;
  /** A pin on the map, or null. */
  position: { lat: number; lon: number } | null;
  authorId: string;
  authorName: string;
  authorRole: Role;
  body: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedByName: string | null;
}

export type FeedbackProblemCode = "invalidInput" | "unknownIntent" | "forbidden" | "notFound" | "tooLarge";

/**
 * What went wrong with a feedback action, in both languages; nothing was changed. The app's one
 * problem type (app/http/problem.ts); for `invalidInput`, the message for each wrong field.
 */
export type FeedbackProblem = Problem<FeedbackProblemCode, Record<string, { message: string; messageEn: string }>>;
