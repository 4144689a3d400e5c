/**
 * The inquiries' vocabularies and text limits (decision 013), shared by the server's checks, the
 * planners' forms and the public form, so a form never allows what the server refuses.
 */

/** How an inquiry came in. "publicForm" only through the public page's form. */
export const inquiryChannels = ["publicForm", "letter", "email", "phone", "meeting", "other"] as const;
export type InquiryChannel = (typeof inquiryChannels)[number];

/** The channels a planner can enter by hand (the public form enters its own). */
export const manualChannels = ["letter", "email", "phone", "meeting", "other"] as const satisfies readonly InquiryChannel[];

export function isInquiryChannel(value: unknown): value is InquiryChannel {
  return typeof value === "string" && (inquiryChannels as readonly string[]).includes(value);
}

export const inquiryLimits = {
  /** A name or an organisation: kept minimal. */
  fromName: 120,
  /** An e-mail address, a phone number or a postal address. */
  fromContact: 200,
  topic: 200,
  body: 4000,
  answer: 4000,
} as const;

/** The days an inquiry may wait for its answer, as a planner may set them per project. */
export const answerDaysRange = { min: 1, max: 90 } as const;

/** Unanswered inquiries due within this many days are "due soon". */
export const dueSoonDays = 3;

/** Who raised a point made from an inquiry. */
export const pointRaisers = ["neighbour", "other"] as const;
export type PointRaiser = (typeof pointRaisers)[number];
