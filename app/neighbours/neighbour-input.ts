/**
 * Reading the neighbour pages' forms (decision 013): one zod schema per intent, the wrong fields
 * named in both languages. Shared by server and browser.
 */
import { z } from "zod";
import { textCharactersMessage, userText } from "../ui/text-input";
import { isCalendarDate } from "../ui/format-time";
import type { Message, NeighbourProblem } from "./neighbour-types";

export const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
export const calendarDate = z.string().refine(isCalendarDate, "date");
export const optionalDate = z.preprocess(emptyAsUndefined, calendarDate.optional());
/** One line of text, trimmed, `min`–`max` characters. */
export const line = (max: number, min = 1) => userText(z.string().trim().min(min).max(max));
/** Text with line breaks, trimmed, `min`–`max` characters. */
export const paragraph = (max: number, min = 1) => userText(z.string().trim().min(min).max(max), { multiline: true });

const textCharacters: Message = {
  message: "Teksten har tegn som ikke kan lagres (kontrolltegn eller ødelagte tegn). Fjern dem og prøv igjen.",
  messageEn: "The text has characters that cannot be stored (control or broken characters). Remove them and try again.",
};

/** A 400 naming each wrong field. */
export function invalidInput(fields: Record<string, Message>): NeighbourProblem {
  const all = Object.values(fields);
  return { code: "invalidInput", message: all.map((field) => field.message).join(" "), messageEn: all.map((field) => field.messageEn).join(" "), fields };
}

export type Parsed<Input> = { ok: true; input: Input } | { ok: false; problem: NeighbourProblem };

/**
 * Reads a form whose `intent` picks one of `schemas`; each wrong field gets its message from
 * `fieldMessages` (or a general one).
 *
 * @example
 * const parsed = parseIntentForm(form, { add: addSchema, move: moveSchema }, messages);
 */
export function parseIntentForm<Schemas extends Record<string, z.ZodTypeAny>>(
  form: FormData,
  schemas: Schemas,
  fieldMessages: Record<string, Message>,
): Parsed<{ [Intent in keyof Schemas]: z.output<Schemas[Intent]> }[keyof Schemas]> {
  const values = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string"));
  const intent = values.intent;
  if (typeof intent !== "string" || !Object.hasOwn(schemas, intent)) {
    const known = Object.keys(schemas).join(", ");
    return { ok: false, problem: { code: "unknownIntent", message: `Ukjent handling: bruk ${known}.`, messageEn: `Unknown intent: use ${known}.` } };
  }
  return parseFields(values, schemas[intent], fieldMessages);
}

/**
 * Checks values against one schema, naming each wrong field.
 *
 * @example
 * parseFields({ date: "2026-02-30" }, schema, { date: { message: "Skriv en dato.", messageEn: "Write a date." } });
 */
export function parseFields<Schema extends z.ZodTypeAny>(values: unknown, schema: Schema, fieldMessages: Record<string, Message>): Parsed<z.output<Schema>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, input: result.data };
  const fields: Record<string, Message> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "intent");
    if (fields[field]) continue;
    fields[field] = issue.message === textCharactersMessage ? textCharacters : (fieldMessages[field] ?? { message: "Ugyldig verdi.", messageEn: "Invalid value." });
  }
  return { ok: false, problem: invalidInput(fields) };
}

/** A role that may not do this (403). */
export const forbidden: NeighbourProblem = { code: "forbidden", message: "Rollen din i prosjektet kan ikke gjøre dette.", messageEn: "Your role in this project cannot do this." };
