/**
 * Comments as threads (decision 009: a thread's first comment and its replies, one level deep),
 * and the filters the panels offer. Pure, so the panel, the map and the tests share it.
 */
import type { Role } from "../permissions";
import type { CommentJson } from "./feedback-types";

export interface CommentThread {
  root: CommentJson;
  /** Oldest first. */
  replies: CommentJson[];
}

/** Owner and planner speak for the municipality; the other roles for themselves. */
export const roleGroups = ["municipality", "police", "fire", "resident", "observer"] as const;
export type RoleGroup = (typeof roleGroups)[number];

export function roleGroupOf(role: Role): RoleGroup {
  return role === "owner" || role === "planner" ? "municipality" : role;
}

export type ThreadStatusFilter = "all" | "open" | "resolved";

export interface ThreadFilter {
  /** Threads in which this group wrote (the first comment or a reply); null for all. */
  group: RoleGroup | null;
  status: ThreadStatusFilter;
}

/**
 * Groups comments (oldest first, as the snapshot has them) into threads, newest thread first.
 * A reply whose thread is missing is shown as a thread of its own rather than lost.
 *
 * @example
 * const threads = commentThreads(snapshot.comments);
 * threads[0].replies.length; // replies to the newest thread
 */
export function commentThreads(comments: readonly CommentJson[]): CommentThread[] {
  const byRoot = new Map<string, CommentThread>();
  for (const comment of comments) {
    if (comment.parentId === null || !byRoot.has(comment.parentId)) {
      byRoot.set(comment.id, { root: comment, replies: [] });
    }
  }
  for (const comment of comments) {
    if (comment.parentId === null) continue;
    const thread = byRoot.get(comment.parentId);
    if (thread && thread.root.id !== comment.id) thread.replies.push(comment);
  }
  return [...byRoot.values()].reverse();
}

/**
 * The threads that pass the filter.
 *
 * @example
 * filterThreads(threads, { group: "police", status: "open" });
 */
export function filterThreads(threads: readonly CommentThread[], filter: ThreadFilter): CommentThread[] {
  return threads.filter((thread) => {
    const resolved = thread.root.resolvedAt !== null;
    if (filter.status === "open" && resolved) return false;
    if (filter.status === "resolved" && !resolved) return false;
    if (filter.group === null) return true;
    return [thread.root, ...thread.replies].some((comment) => roleGroupOf(comment.authorRole) === filter.group);
  });
}

/**
 * The threads about each site (by site id) and those pinned on the map without a site.
 *
 * @example
 * const { bySite, unsited } = threadsByPlace(commentThreads(snapshot.comments));
 */
export function threadsByPlace(threads: readonly CommentThread[]): { bySite: Map<string, CommentThread[]>; unsited: CommentThread[] } {
  const bySite = new Map<string, CommentThread[]>();
  const unsited: CommentThread[] = [];
  for (const thread of threads) {
    const siteId = thread.root.siteId;
    if (siteId === null) unsited.push(thread);
    else bySite.set(siteId, [...(bySite.get(siteId) ?? []), thread]);
  }
  return { bySite, unsited };
}
