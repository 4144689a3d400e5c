/**
 * The cooperation agreement's lists and text limits (decision 013): the page's forms and the
 * server's zod schemas (cooperation-input.ts) both read them here, so the page need not load zod.
 */

/** Kinds of partner: the municipality's own services, the agencies, the state housing bank, others. */
export const partnerKinds = ["municipality", "police", "fire", "prisonService", "husbanken", "other"] as const;
export type PartnerKind = (typeof partnerKinds)[number];

export function isPartnerKind(value: unknown): value is PartnerKind {
  return typeof value === "string" && (partnerKinds as readonly string[]).includes(value);
}

export const limits = {
  partnerName: 120,
  contactRole: 120,
  workContact: 160,
  responsibility: 300,
  goalTitle: 160,
  unit: 40,
  /** The largest goal and achieved number. */
  goalNumber: 100_000,
  meetingTitle: 160,
  purpose: 600,
  place: 160,
  facilitator: 120,
  /** Partners taking part in one meeting. */
  meetingPartners: 30,
} as const;
