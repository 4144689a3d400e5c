/**
 * The calendar of a formal neighbour notice (nabovarsel, decision 013): neighbours have 14 days
 * to comment, the notice is valid for one year, and planners are warned 30 days before that year
 * runs out unless the application was sent. Pure functions over calendar dates (YYYY-MM-DD in
 * Europe/Oslo), never milliseconds: a day is a day whatever summer time does in between.
 */
import { addDays } from "../ui/format-time";

/** Days neighbours have to comment on a notice (plan- og bygningsloven § 21-3). */
export const commentDays = 14;
/** How long before the notice's validity ends planners are warned. */
export const validityWarningDays = 30;

/** Midday UTC of a calendar date: whole days between two of them, whatever the zone does. */
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T12:00:00Z`) / 86_400_000);

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween("2026-03-27", "2026-04-03"); // 7, across the change to summer time
 */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The last day neighbours can send an objection: the sent date + 14 calendar days.
 *
 * @example
 * commentDeadline("2026-03-20"); // "2026-04-03"
 */
export function commentDeadline(sentDate: string): string {
  return addDays(sentDate, commentDays);
}

/**
 * The day the notice stops being valid: one year after it was sent, the same day of the month; a
 * notice sent on 29 February is valid until 28 February (the year after has no 29th).
 *
 * @example
 * validUntil("2026-10-20"); // "2027-10-20"
 * validUntil("2028-02-29"); // "2029-02-28"
 */
export function validUntil(sentDate: string): string {
  const [year, month, day] = sentDate.split("-").map(Number);
  const next = year + 1;
  const lastDay = new Date(Date.UTC(next, month, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${next}-${pad(month)}-${pad(Math.min(day, lastDay))}`;
}

export type CommentCountdown =
  /** `daysLeft` ≥ 0: 0 means the deadline is today. */
  | { state: "open"; deadline: string; daysLeft: number }
  | { state: "passed"; deadline: string; daysSince: number };

/**
 * Where the neighbours' 14 days stand on `today`.
 *
 * @example
 * commentCountdown("2026-03-20", "2026-03-30"); // { state: "open", deadline: "2026-04-03", daysLeft: 4 }
 * commentCountdown("2026-03-20", "2026-04-04"); // { state: "passed", deadline: "2026-04-03", daysSince: 1 }
 */
export function commentCountdown(sentDate: string, today: string): CommentCountdown {
  const deadline = commentDeadline(sentDate);
  const daysLeft = daysBetween(today, deadline);
  return daysLeft >= 0 ? { state: "open", deadline, daysLeft } : { state: "passed", deadline, daysSince: -daysLeft };
}

export type ValidityState =
  /** The application was sent: the notice did its job, no warning. */
  | { state: "used"; validUntil: string; applicationSentDate: string }
  | { state: "valid"; validUntil: string; daysLeft: number }
  /** Within the last 30 days of the year. */
  | { state: "endingSoon"; validUntil: string; daysLeft: number }
  | { state: "expired"; validUntil: string };

/**
 * Whether the notice's one-year validity needs a planner's attention on `today`.
 *
 * @example
 * noticeValidity({ sentDate: "2026-10-20", applicationSentDate: null }, "2027-09-25"); // { state: "endingSoon", validUntil: "2027-10-20", daysLeft: 25 }
 */
export function noticeValidity(notice: { sentDate: string; applicationSentDate: string | null }, today: string): ValidityState {
  const until = validUntil(notice.sentDate);
  if (notice.applicationSentDate) return { state: "used", validUntil: until, applicationSentDate: notice.applicationSentDate };
  const daysLeft = daysBetween(today, until);
  if (daysLeft < 0) return { state: "expired", validUntil: until };
  return daysLeft <= validityWarningDays ? { state: "endingSoon", validUntil: until, daysLeft } : { state: "valid", validUntil: until, daysLeft };
}
