/**
 * The inquiries' forms (decision 013): one zod schema per intent of the planners' page, and the
 * public form's, used by the actions and named in the forms' limits.
 */
import { z } from "zod";
import { isCalendarDate } from "../ui/format-time";
import { userText } from "../ui/text-input";
import { answerDaysRange, inquiryLimits, manualChannels, pointRaisers } from "./inquiry-limits";
import type { FieldMessage } from "./write-result";

const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const calendarDate = z.string().refine(isCalendarDate);
const line = (max: number, min = 1) => userText(z.string().trim().min(min).max(max));
const text = (max: number, min = 1) => userText(z.string().trim().min(min).max(max), { multiline: true });
/** An optional one-line field: empty is null. */
const optionalLine = (max: number) => line(max, 0).transform((value) => (value === "" ? null : value));

/** What a sender writes, on the public form or as a planner enters it. */
const senderFields = {
  fromName: optionalLine(inquiryLimits.fromName).default(""),
  fromContact: optionalLine(inquiryLimits.fromContact).default(""),
  topic: line(inquiryLimits.topic),
  body: text(inquiryLimits.body),
};

export const addInquirySchema = z.object({
  intent: z.literal("add"),
  receivedDate: calendarDate,
  channel: z.enum(manualChannels),
  ...senderFields,
});

export const answerSchema = z.object({
  intent: z.literal("answer"),
  inquiryId: recordId,
  answer: text(inquiryLimits.answer),
  answeredDate: calendarDate,
});

export const showSchema = z.object({
  intent: z.literal("showOnPublicPage"),
  inquiryId: recordId,
  show: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const deletePersonalDataSchema = z.object({ intent: z.literal("deletePersonalData"), inquiryId: recordId });

export const turnIntoPointSchema = z.object({ intent: z.literal("turnIntoPoint"), inquiryId: recordId, raisedByRole: z.enum(pointRaisers) });

export const answerDaysSchema = z.object({
  intent: z.literal("answerDays"),
  days: z.coerce.number().int().min(answerDaysRange.min).max(answerDaysRange.max),
});

export const inquiryIntentSchemas = {
  add: addInquirySchema,
  answer: answerSchema,
  showOnPublicPage: showSchema,
  deletePersonalData: deletePersonalDataSchema,
  turnIntoPoint: turnIntoPointSchema,
  answerDays: answerDaysSchema,
} as const;
export type InquiryIntent = keyof typeof inquiryIntentSchemas;
export const inquiryIntents = Object.keys(inquiryIntentSchemas) as InquiryIntent[];

export function isInquiryIntent(value: unknown): value is InquiryIntent {
  return typeof value === "string" && Object.hasOwn(inquiryIntentSchemas, value);
}

/** The public page's inquiry form: the sender's fields and the honeypot (checked apart, so its answer stays neutral). */
export const publicInquirySchema = z.object(senderFields);
export type PublicInquiryInput = z.infer<typeof publicInquirySchema>;

/** The honeypot's field name: a person leaves it empty (its label says so), a form-filling robot does not. */
export const honeypotField = "website";

export const inquiryFieldMessages: Readonly<Record<string, FieldMessage>> = {
  intent: { message: "Ukjent handling.", messageEn: "Unknown action." },
  inquiryId: { message: "Henvendelsen er ikke gyldig.", messageEn: "The inquiry is not valid." },
  receivedDate: { message: "Skriv datoen henvendelsen kom inn (ÅÅÅÅ-MM-DD).", messageEn: "Write the date the inquiry came in (YYYY-MM-DD)." },
  channel: { message: "Velg hvordan henvendelsen kom inn.", messageEn: "Choose how the inquiry came in." },
  fromName: { message: `Navnet kan ha høyst ${inquiryLimits.fromName} tegn.`, messageEn: `The name can have at most ${inquiryLimits.fromName} characters.` },
  fromContact: { message: `Kontaktinformasjonen kan ha høyst ${inquiryLimits.fromContact} tegn.`, messageEn: `The contact details can have at most ${inquiryLimits.fromContact} characters.` },
  topic: { message: `Skriv et emne på 1–${inquiryLimits.topic} tegn.`, messageEn: `Write a topic of 1–${inquiryLimits.topic} characters.` },
  body: { message: `Skriv henvendelsen på 1–${inquiryLimits.body} tegn.`, messageEn: `Write the inquiry in 1–${inquiryLimits.body} characters.` },
  answer: { message: `Skriv svaret på 1–${inquiryLimits.answer} tegn.`, messageEn: `Write the answer in 1–${inquiryLimits.answer} characters.` },
  answeredDate: { message: "Skriv datoen svaret ble gitt (ÅÅÅÅ-MM-DD).", messageEn: "Write the date the answer was given (YYYY-MM-DD)." },
  show: { message: "Velg om henvendelsen skal vises.", messageEn: "Choose whether the inquiry is shown." },
  raisedByRole: { message: "Velg hvem som tok opp innspillet.", messageEn: "Choose who raised the point." },
  days: { message: `Svarfristen må være et helt antall dager fra ${answerDaysRange.min} til ${answerDaysRange.max}.`, messageEn: `The answer time must be a whole number of days from ${answerDaysRange.min} to ${answerDaysRange.max}.` },
};
