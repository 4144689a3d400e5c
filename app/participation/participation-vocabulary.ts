/**
 * The participation log's words as data (decision 013), shared by the server's checks and the
 * browser's forms (no zod, no server imports), so a form never offers what the server refuses.
 */

/** Kinds of activity, as in the schema's comment on `activities.kind`. */
export const activityKinds = ["architectMeeting", "siteVisit", "workshop", "choiceSession", "informationMeeting", "survey", "openHouse", "partnerMeeting", "other"] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** The roles attendance is counted by: residents, the municipality, the agencies, neighbours, partners, others. */
export const attendanceRoles = ["resident", "planner", "police", "fire", "neighbour", "partner", "other"] as const;
export type AttendanceRole = (typeof attendanceRoles)[number];
export type AttendanceCounts = Record<AttendanceRole, number>;

/** Who can raise a point, by role (a member's role, or someone outside the project). */
export const raiserRoles = attendanceRoles;
export type RaiserRole = AttendanceRole;

/** What came of a point. "notAdopted" needs a reason. */
export const answerStatuses = ["open", "adopted", "partly", "notAdopted"] as const;
export type AnswerStatus = (typeof answerStatuses)[number];

/** What a point's answer can link to: a site or a decision in the plan document, a checklist item, a choice category. */
export const linkKinds = ["site", "checklistItem", "decision", "choiceCategory"] as const;
export type LinkKind = (typeof linkKinds)[number];

export const participationLimits = {
  title: 200,
  place: 200,
  facilitator: 200,
  minutes: 20000,
  alias: 80,
  residents: 100,
  count: 10000,
  body: 4000,
  answer: 4000,
  reason: 1000,
} as const;

export function isAnswerStatus(value: unknown): value is AnswerStatus {
  return typeof value === "string" && (answerStatuses as readonly string[]).includes(value);
}

export function isLinkKind(value: unknown): value is LinkKind {
  return typeof value === "string" && (linkKinds as readonly string[]).includes(value);
}

export function isRaiserRole(value: unknown): value is RaiserRole {
  return typeof value === "string" && (raiserRoles as readonly string[]).includes(value);
}
