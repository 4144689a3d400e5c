/**
 * Where each kind of record lives in the app, in one place: "new since your last visit", the
 * attention flags and the meeting plan link to them. Shared by server and browser.
 */

import type { Action } from "../permissions";

/** What a planner can mark as needing a role's attention (attention_flags.subject_kind). */
export const subjectKinds = ["checklistItem", "point", "inquiry", "infoPlanRow", "activity", "site", "meeting"] as const;
export type SubjectKind = (typeof subjectKinds)[number];

export function isSubjectKind(value: unknown): value is SubjectKind {
  return typeof value === "string" && (subjectKinds as readonly string[]).includes(value);
}

/** What a role must be allowed to read to get a flag on a kind of record (and to see or clear it). */
export const readPermissionOf: Readonly<Record<SubjectKind, Action>> = {
  checklistItem: "checklist:read",
  point: "participation:read",
  activity: "participation:read",
  inquiry: "inquiries:read",
  infoPlanRow: "infoPlan:read",
  site: "plan:read",
  meeting: "cooperation:read",
};

/**
 * The page (and place on it) of a record.
 *
 * @example
 * subjectUrl("p1", "checklistItem", "workingLocks"); // "/projects/p1/checklist#item-workingLocks"
 */
export function subjectUrl(projectId: string, kind: SubjectKind, id: string): string {
  const project = `/projects/${projectId}`;
  const anchor = encodeURIComponent(id);
  switch (kind) {
    case "checklistItem":
      return `${project}/checklist#item-${anchor}`;
    case "point":
      return `${project}/participation#point-${anchor}`;
    case "activity":
      return `${project}/participation#activity-${anchor}`;
    case "inquiry":
      return `${project}/inquiries#inquiry-${anchor}`;
    case "infoPlanRow":
      return `${project}/neighbours#info-plan-${anchor}`;
    case "site":
      return `${project}/map`;
    case "meeting":
      return `${project}/cooperation#meeting-${anchor}`;
  }
}

/** An activity in the participation log (a held meeting links to it). */
export function activityUrl(projectId: string, activityId: string): string {
  return subjectUrl(projectId, "activity", activityId);
}
