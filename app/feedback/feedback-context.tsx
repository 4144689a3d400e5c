import type { ReactNode } from "react";
import { createContext, useContext, useMemo } from "react";
import { useMapPage } from "../map-page/map-page-context";
import type { Aspect } from "./aspects";
import { aspectRole, aspects } from "./aspects";
import type { CommentThread } from "./feedback-threads";
import { commentThreads, threadsByPlace } from "./feedback-threads";
import type { FeedbackSnapshot, RatingJson } from "./feedback-types";
import type { SendResult } from "./use-feedback-data";
import { useFeedbackData } from "./use-feedback-data";

/** One aspect's ratings of a site, as far as this member may see them. */
export interface SiteRatingSummary {
  aspect: Aspect;
  role: (typeof aspectRole)[Aspect];
  count: number;
  average: number | null;
  hiddenCount: number;
  ratings: RatingJson[];
}

export interface Feedback {
  snapshot: FeedbackSnapshot | null;
  failed: boolean;
  /** Every aspect of every site with feedback, in the order of `aspects`. */
  ratingsBySite: Map<string, SiteRatingSummary[]>;
  /** Threads about each site, newest first. */
  threadsBySite: Map<string, CommentThread[]>;
  /** Threads pinned on the map without a site, newest first. */
  mapThreads: CommentThread[];
  /** Every thread with a pin on the map (with or without a site). */
  pinnedThreads: CommentThread[];
  send(fields: Record<string, string>): Promise<SendResult>;
}

const FeedbackContext = createContext<Feedback | null>(null);

/**
 * Per site and aspect: the visible ratings, their average and how many are hidden.
 *
 * @example
 * summarizeRatings(snapshot).get(siteId)?.find((summary) => summary.aspect === "safety")?.average;
 */
export function summarizeRatings(snapshot: FeedbackSnapshot | null): Map<string, SiteRatingSummary[]> {
  const bySite = new Map<string, SiteRatingSummary[]>();
  if (!snapshot) return bySite;
  const entry = (siteId: string, aspect: Aspect): SiteRatingSummary => {
    let list = bySite.get(siteId);
    if (!list) {
      list = aspects.map((each) => ({ aspect: each, role: aspectRole[each], count: 0, average: null, hiddenCount: 0, ratings: [] }));
      bySite.set(siteId, list);
    }
    return list.find((summary) => summary.aspect === aspect) as SiteRatingSummary;
  };
  for (const rating of snapshot.ratings) entry(rating.siteId, rating.aspect).ratings.push(rating);
  for (const hidden of snapshot.hidden) entry(hidden.siteId, hidden.aspect).hiddenCount = hidden.count;
  for (const list of bySite.values()) {
    for (const summary of list) {
      summary.count = summary.ratings.length;
      summary.average = summary.count > 0 ? summary.ratings.reduce((sum, rating) => sum + rating.score, 0) / summary.count : null;
    }
  }
  return bySite;
}

/** Comments and agency ratings of the project's sites, live (decision 009). */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const { projectId, sites } = useMapPage();
  const { snapshot, failed, send } = useFeedbackData(projectId);
  // Which sites exist, not where they are: dragging a site (every frame) regroups nothing.
  const siteIdsKey = sites.map((site) => site.id).join("\n");
  const value = useMemo<Feedback>(() => {
    const threads = commentThreads(snapshot?.comments ?? []);
    const { bySite, unsited } = threadsByPlace(threads);
    // Feedback on a site removed from the plan stays stored but is not shown (decision 009).
    const siteIds = new Set(siteIdsKey.split("\n"));
    const pinnedThreads = threads.filter((thread) => thread.root.position !== null && (thread.root.siteId === null || siteIds.has(thread.root.siteId)));
    return { snapshot, failed, ratingsBySite: summarizeRatings(snapshot), threadsBySite: bySite, mapThreads: unsited, pinnedThreads, send };
  }, [snapshot, failed, send, siteIdsKey]);
  return <FeedbackContext.Provider value={value}>{children}</FeedbackContext.Provider>;
}

/**
 * The feedback this member may see, e.g. for the comparison table.
 *
 * @example
 * const { ratingsBySite } = useFeedback();
 * ratingsBySite.get(siteId)?.find((summary) => summary.aspect === "safety")?.average;
 */
export function useFeedback(): Feedback {
  const feedback = useContext(FeedbackContext);
  if (!feedback) throw new Error("useFeedback: outside FeedbackProvider");
  return feedback;
}
