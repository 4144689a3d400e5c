/**
 * Who may do what: one table of role × action, used by every loader, action and
 * by the sync server. Change a permission here and nowhere else.
 */

export const roles = ["owner", "planner", "police", "fire", "resident", "observer"] as const;
export type Role = (typeof roles)[number];

/** Roles an invite can grant (ownership is not handed out by link). */
export const invitableRoles = ["planner", "police", "fire", "resident", "observer"] as const;
export type InvitableRole = (typeof invitableRoles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

export function isInvitableRole(value: unknown): value is InvitableRole {
  return typeof value === "string" && (invitableRoles as readonly string[]).includes(value);
}

/**
 * Permission domains: one Y.Doc per project per domain, named
 * `project/<projectId>/<domain>`.
 */
export const syncDomains = ["plan", "concerns"] as const;
export type SyncDomain = (typeof syncDomains)[number];

export type Action =
  | "project:read"
  | "project:edit"
  | "members:read"
  | "members:manage"
  | "invites:create"
  | "plan:read"
  | "plan:write"
  | "reference:read"
  | "reference:import"
  | "reference:edit"
  | "concerns:read"
  | "concerns:write"
  | "feedback:read"
  | "comments:write"
  | "ratings:write"
  | "ratings:reveal"
  | "checklist:read"
  | "checklist:edit"
  | "checklist:signOff"
  | "checklist:comment"
  | "homes:manage"
  | "catalogue:read"
  | "catalogue:edit"
  | "choices:readAll"
  | "choices:chooseOwn"
  | "choices:withResident"
  | "participation:read"
  | "participation:log"
  | "participation:write"
  | "participation:raiseOwn"
  | "infoPlan:read"
  | "infoPlan:write"
  | "neighbours:read"
  | "neighbours:write"
  | "inquiries:read"
  | "inquiries:write"
  | "publicPage:edit"
  | "cooperation:read"
  | "cooperation:write"
  | "attention:flag"
  | "changes:read"
  | "workshops:read"
  | "workshops:run"
  | "workshops:takePart"
  | "memo:read"
  | "memo:write"
  | "backup:export";

const everyone: readonly Role[] = roles;
const planners: readonly Role[] = ["owner", "planner"];
/** Everyone but residents: the agencies and observers read the plans around the project (decision 013). */
const staffAndAgencies: readonly Role[] = ["owner", "planner", "police", "fire", "observer"];

/** The table. Each action lists the roles allowed to perform it. */
export const permissions: Readonly<Record<Action, readonly Role[]>> = {
  "project:read": everyone,
  "project:edit": planners,
  "members:read": everyone,
  "members:manage": ["owner"],
  "invites:create": planners,
  "plan:read": everyone,
  "plan:write": planners,
  /** Map reference data (OpenStreetMap or uploaded GeoJSON) around the project's sites. */
  "reference:read": everyone,
  "reference:import": planners,
  /** Points added by hand (destinations, existing supported-housing units with their number of homes). */
  "reference:edit": planners,
  /** Areas of concern (e.g. known drug scenes): police draw them; only police and the municipality see them. */
  "concerns:read": ["owner", "planner", "police"],
  "concerns:write": ["police"],
  /** Comments and agency ratings on sites: everyone reads (ratings of other roles only once revealed). */
  "feedback:read": everyone,
  "comments:write": ["owner", "planner", "police", "fire", "resident"],
  "ratings:write": ["owner", "planner", "police", "fire", "resident"],
  /** Planners reveal each role's ratings to the other roles, so a workshop hears each agency's own view first. */
  "ratings:reveal": planners,
  /** The design checklist (decision 012): everyone reads it, with its evidence. */
  "checklist:read": everyone,
  /** Any item's state, responsibility, due phase or date and decision; taking in a newer template. */
  "checklist:edit": planners,
  /** The state of the items the template lets the role sign off (fire: fire safety; police: security). See `canSetChecklistState`. */
  "checklist:signOff": ["police", "fire"],
  /** Comments, disagreements and evidence (photos, PDFs) on items. */
  "checklist:comment": ["owner", "planner", "police", "fire", "resident"],
  /** Homes: names, house types, which resident a home is allocated to. */
  "homes:manage": planners,
  /** The catalogue of colours and materials: every member may look at it. */
  "catalogue:read": everyone,
  "catalogue:edit": planners,
  /** Every home's choices, their history, the help requests and the builder's order list. */
  "choices:readAll": planners,
  /** A resident's own home only, while a category is open (checked per home on the server). */
  "choices:chooseOwn": ["resident"],
  /** A choice recorded together with a resident, a category reopened for one home, a help request answered. */
  "choices:withResident": planners,
  /**
   * "Dette sa dere – dette gjorde vi" (decision 013): every point raised and what came of it, by
   * role; residents see which points are their own, no one sees another resident's alias.
   */
  "participation:read": everyone,
  /** The activities in full: attendance, residents' aliases, minutes, facilitator. */
  "participation:log": staffAndAgencies,
  /** Activities, points (also on a resident's behalf) and their answers. */
  "participation:write": planners,
  /** A resident raises a point of their own. */
  "participation:raiseOwn": ["resident"],
  /** The information plan: who is told what, when and how. Police and fire read it. */
  "infoPlan:read": staffAndAgencies,
  "infoPlan:write": planners,
  /** Neighbours' addresses, the communication log, letters and the formal notice with its objections: personal data, planners only. */
  "neighbours:read": planners,
  "neighbours:write": planners,
  /** Inquiries from neighbours and others, with the senders' names: planners only. */
  "inquiries:read": planners,
  "inquiries:write": planners,
  /** The public project page: its texts, updates, publishing and unpublishing. */
  "publicPage:edit": planners,
  /** The cooperation agreement: partners, responsibilities, targets, the meeting plan. Police and fire read it. */
  "cooperation:read": staffAndAgencies,
  "cooperation:write": planners,
  /** Marking something as needing a role's attention. */
  "attention:flag": planners,
  /** What changed since the member's last visit (each member sees only what they may read). */
  "changes:read": everyone,
  /** Workshops (decision 014): the list, the shared screen and the phone view of one. */
  "workshops:read": everyone,
  /** Create a workshop, its agenda and polls; facilitate it (move, open, close, reveal, end); edit its minutes. */
  "workshops:run": planners,
  /** Answer the polls, add to the parking lot, point the room to a place (when the facilitator allows it). */
  "workshops:takePart": ["owner", "planner", "police", "fire", "resident"],
  /** The decision memo, internal and public versions: it holds police areas and names, so planners only. */
  "memo:read": planners,
  "memo:write": planners,
  /** The whole project as one archive (records, documents, files, map data). */
  "backup:export": planners,
};

export function can(role: Role, action: Action): boolean {
  return permissions[action].includes(role);
}

/**
 * Whether a member may set the state of a checklist item the template lets `signingRole` sign
 * off (undefined: no agency signs it). Planners may set any item; police and fire only their own.
 *
 * @example
 * canSetChecklistState("fire", "fire"); // true
 * canSetChecklistState("fire", "police"); // false
 */
export function canSetChecklistState(role: Role, signingRole: Role | undefined): boolean {
  if (can(role, "checklist:edit")) return true;
  return signingRole !== undefined && role === signingRole && can(role, "checklist:signOff");
}

/** Access to a sync domain: "write", "read", or null for none. */
export function syncAccess(role: Role, domain: SyncDomain): "write" | "read" | null {
  if (can(role, `${domain}:write`)) return "write";
  if (can(role, `${domain}:read`)) return "read";
  return null;
}

export function isSyncDomain(value: string): value is SyncDomain {
  return (syncDomains as readonly string[]).includes(value);
}
