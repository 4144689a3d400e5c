/**
 * Inquiries as the server hands them to planners (decision 013). Shared by server and browser.
 */
import type { Role } from "../permissions";
import type { InquiryState } from "./inquiry-dates";
import type { InquiryChannel } from "./inquiry-limits";

/** Who acts, as the server established it (session and membership), never from a form. */
export interface Member {
  projectId: string;
  userId: string;
  role: Role;
}

export interface InquiryJson {
  id: string;
  receipt: string;
  receivedDate: string;
  channel: InquiryChannel;
  /** The sender's name or organisation and contact: null when not given or deleted. */
  fromName: string | null;
  fromContact: string | null;
  /** When the sender's personal data was deleted on request (the content stays). */
  personalDataDeletedAt: string | null;
  topic: string;
  body: string;
  dueDate: string;
  answer: string;
  answeredDate: string | null;
  answeredByName: string | null;
  showOnPublicPage: boolean;
  state: InquiryState;
  /** The participation point made from it, if any. */
  pointId: string | null;
}

/** The overview's figures: every unanswered inquiry, and of those the overdue and the due soon. */
export interface InquirySummaryData {
  open: number;
  overdue: number;
  dueSoon: number;
}

export interface InquiriesSnapshot {
  projectId: string;
  today: string;
  answerDays: number;
  inquiries: InquiryJson[];
  summary: InquirySummaryData;
  may: { write: boolean };
}

/** What the public page shows of an answered inquiry: no sender, no receipt. */
export interface PublicAnswer {
  id: string;
  topic: string;
  body: string;
  answer: string;
  answeredDate: string;
}
