/**
 * The planners' writes on the residents' choices as form fields: one zod schema per write, used
 * by the store (which the seed and the page's action both call) and named by the form's fields.
 * Messages are codes of `fieldMessages` (app/choices/choices-problem.ts). Dates are calendar
 * dates (YYYY-MM-DD) in Europe/Oslo, compared as text. Shared by server and browser.
 */
import { z, type ZodError } from "zod";
import { userText } from "../ui/text-input";
import type { ChoicesProblem, FieldMessageCode } from "./choices-problem";
import { isCalendarDate } from "../ui/format-time";
import { invalidFields, isFieldMessageCode } from "./choices-problem";

/** Whether a text is a real calendar date written YYYY-MM-DD: the app's one date module. */
export { isCalendarDate };

const id = (missing: FieldMessageCode) => userText(z.string().trim().min(1, missing).max(100, missing), { message: "textCharacters", missingMessage: missing });
const calendarDate = z.string({ required_error: "dateInvalid", invalid_type_error: "dateInvalid" }).trim().refine(isCalendarDate, "dateInvalid");

export const meetingMaxLength = 120;

export const recordWithResidentSchema = z.object({
  homeId: id("homeRequired"),
  categoryId: id("categoryRequired"),
  optionId: id("optionRequired"),
  meeting: userText(z.string().trim().min(1, "meetingRequired").max(meetingMaxLength, "meetingTooLong"), { message: "textCharacters", missingMessage: "meetingRequired" }),
  meetingDate: calendarDate,
});
export interface RecordWithResidentInput {
  homeId: string;
  categoryId: string;
  optionId: string;
  /** 1–120 characters, e.g. "Hjemmebesøk". */
  meeting: string;
  /** YYYY-MM-DD, not after today (Oslo). */
  meetingDate: string;
}

export const reopenSchema = z.object({ homeId: id("homeRequired"), categoryId: id("categoryRequired"), until: calendarDate });
export interface ReopenInput {
  homeId: string;
  categoryId: string;
  /** The last day it is open for the home, YYYY-MM-DD, not before today (Oslo). */
  until: string;
}

export const closeReopeningSchema = z.object({ homeId: id("homeRequired"), categoryId: id("categoryRequired") });
export interface CloseReopeningInput {
  homeId: string;
  categoryId: string;
}

export const helpAnsweredSchema = z.object({
  homeId: id("homeRequired"),
  /** Absent or empty: every open request of the home. */
  categoryId: z.preprocess((value) => (value === "" || value === null ? undefined : value), id("categoryRequired").optional()),
});
export interface HelpAnsweredInput {
  homeId: string;
  /** Absent or "": every open request of the home. */
  categoryId?: string;
}

/**
 * The problem of a failed parse, every wrong field named (the first message of each).
 *
 * @example
 * fieldsProblem(recordWithResidentSchema.safeParse({}).error); // invalidInput with homeId, categoryId, …
 */
export function fieldsProblem(error: ZodError): ChoicesProblem {
  const fields: Record<string, FieldMessageCode> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "form";
    if (fields[field]) continue;
    fields[field] = isFieldMessageCode(issue.message) ? issue.message : "required";
  }
  return invalidFields(fields);
}
