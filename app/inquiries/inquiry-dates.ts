/**
 * An inquiry's answer due date and where it stands (decision 013): calendar dates in
 * Europe/Oslo, counted in days, never milliseconds, so summer time never moves a deadline.
 */
import { addDays } from "../ui/format-time";
import { dueSoonDays } from "./inquiry-limits";

/** Unanswered and past its due date; unanswered and due within a few days; unanswered; answered. */
export type InquiryState = "overdue" | "dueSoon" | "open" | "answered";

/**
 * The date the answer is due: `answerDays` calendar days after the day it was received.
 *
 * @example
 * inquiryDueDate("2027-03-20", 14); // "2027-04-03" (summer time began on 28 March in between)
 */
export function inquiryDueDate(receivedDate: string, answerDays: number): string {
  return addDays(receivedDate, answerDays);
}

/**
 * Where an inquiry stands on `today` (a calendar date in Oslo). Due today is not overdue yet.
 *
 * @example
 * inquiryState({ dueDate: "2027-04-03", answeredDate: null }, "2027-04-04"); // "overdue"
 * inquiryState({ dueDate: "2027-04-03", answeredDate: null }, "2027-04-01"); // "dueSoon"
 */
export function inquiryState(inquiry: { dueDate: string; answeredDate: string | null }, today: string): InquiryState {
  if (inquiry.answeredDate) return "answered";
  if (inquiry.dueDate < today) return "overdue";
  if (inquiry.dueDate <= addDays(today, dueSoonDays)) return "dueSoon";
  return "open";
}

/**
 * The days from one calendar date to another (negative when `to` is before `from`).
 *
 * @example
 * daysBetween("2027-04-03", "2027-04-05"); // 2
 */
export function daysBetween(from: string, to: string): number {
  const day = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}
