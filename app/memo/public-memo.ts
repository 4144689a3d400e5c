/**
 * The memo's public version (decision 014), built by REMOVING from the snapshot what may not be
 * shown before anything is rendered, never by hiding it in the layout: every site but the chosen
 * one (none when no site is chosen), the areas of concern and every figure about them, and every
 * person's name (ratings and comments keep only the role). Pure.
 */
import type { MemoSnapshot } from "./memo-snapshot-types";

/**
 * @example
 * const shown = publicMemo(snapshot);
 * shown.sites.every((site) => site.status === "chosen"); // true
 * shown.areasOfConcern; // []
 */
export function publicMemo(snapshot: MemoSnapshot): MemoSnapshot {
  return {
    ...snapshot,
    decisions: snapshot.decisions.map((decision) => ({ ...decision, recordedByName: null })),
    sites: snapshot.sites
      .filter((site) => site.status === "chosen")
      .map((site) => ({
        ...site,
        // Notes are the planners' working text, written for members.
        notes: "",
        assessment: site.assessment ? { ...site.assessment, areaOfConcern: null } : null,
        ratings: site.ratings.map((rating) => ({ ...rating, authorName: null })),
        comments: site.comments.map((comment) => ({ ...comment, authorName: null })),
      })),
    areasOfConcern: [],
    workshops: snapshot.workshops.map((workshop) => ({ ...workshop, facilitatorName: null })),
  };
}
