/**
 * The letters' actions (decision 013): `createLetter` on the list (POST
 * /projects/:id/neighbours/letters?index), `saveLetter`, `markSent` and `deleteLetter` on a letter
 * (POST /projects/:id/neighbours/letters/:letterId). A letter's blanks come as `field.<name>` and
 * are checked by their template's schema.
 */
import { z } from "zod";
import type { Action } from "../permissions";
import type { LetterFields } from "./letter-templates";
import { blankMessage, letterFieldsSchema, letterTemplates } from "./letter-templates";
import { calendarDate, invalidInput, line, parseFields, parseIntentForm, type Parsed } from "./neighbour-input";
import type { Message } from "./neighbour-types";
import { letterTemplateKeys, type LetterTemplateKey } from "./neighbour-vocabulary";

export const maxTitleLength = 120;
export const letterRecipients = ["list", "neighbourhood"] as const;
export type LetterRecipients = (typeof letterRecipients)[number];

const titleSchema = line(maxTitleLength);

const schemas = {
  createLetter: z.object({ intent: z.literal("createLetter"), templateKey: z.enum(letterTemplateKeys), title: line(maxTitleLength, 0).default("") }),
  markSent: z.object({ intent: z.literal("markSent"), date: calendarDate, recipients: z.enum(letterRecipients), channel: line(120, 0).default("") }),
  deleteLetter: z.object({ intent: z.literal("deleteLetter"), confirm: z.literal("yes") }),
};

export type LetterInput =
  | z.output<(typeof schemas)["createLetter"]>
  | z.output<(typeof schemas)["markSent"]>
  | z.output<(typeof schemas)["deleteLetter"]>
  | { intent: "saveLetter"; title: string; fields: Record<string, unknown> };

export const letterPermissions: Readonly<Record<LetterInput["intent"], Action>> = {
  createLetter: "neighbours:write",
  saveLetter: "neighbours:write",
  markSent: "neighbours:write",
  deleteLetter: "neighbours:write",
};

const fieldMessages: Record<string, Message> = {
  templateKey: { message: "Velg en mal.", messageEn: "Choose a template." },
  title: { message: `Skriv en tittel på 1–${maxTitleLength} tegn.`, messageEn: `Write a title of 1–${maxTitleLength} characters.` },
  date: { message: "Skriv datoen brevet ble sendt (ÅÅÅÅ-MM-DD).", messageEn: "Write the date the letter was sent (YYYY-MM-DD)." },
  recipients: { message: "Velg om brevet gikk til adresselisten eller til nabolaget uten adresse.", messageEn: "Choose whether the letter went to the address list or to the neighbourhood without an address." },
  channel: { message: "Kanalen kan være høyst 120 tegn på én linje.", messageEn: "The channel can be at most 120 characters on one line." },
  confirm: { message: "Kryss av for at du vil slette brevet.", messageEn: "Tick the box to delete the letter." },
};

/** Reads a letter action's form; the blanks of `saveLetter` are checked against the template later, in the store. */
export function parseLetterForm(form: FormData): Parsed<LetterInput> {
  if (form.get("intent") === "saveLetter") {
    const title = parseFields(form.get("title") ?? "", titleSchema, {});
    if (!title.ok) return { ok: false, problem: invalidInput({ title: fieldMessages.title }) };
    const fields: Record<string, unknown> = {};
    for (const [name, value] of form.entries()) if (name.startsWith("field.") && typeof value === "string") fields[name.slice("field.".length)] = value;
    return { ok: true, input: { intent: "saveLetter", title: title.input, fields } };
  }
  return parseIntentForm(form, schemas, fieldMessages);
}

/**
 * Checks a letter's blanks against its template; each wrong blank is named.
 *
 * @example
 * const checked = checkLetterFields("information", { language: "nb", … });
 */
export function checkLetterFields(key: LetterTemplateKey, fields: Record<string, unknown>): Parsed<LetterFields> {
  const messages: Record<string, Message> = { language: { message: "Velg språket brevet skrives på.", messageEn: "Choose the letter's language." } };
  for (const blank of letterTemplates[key].blanks) messages[blank.name] = blankMessage(blank);
  const parsed = parseFields(fields, letterFieldsSchema(key), messages);
  if (parsed.ok) return { ok: true, input: parsed.input as LetterFields };
  const named = { ...parsed.problem.fields };
  if (named.intent) {
    delete named.intent;
    named.form = { message: "Skjemaet har felt malen ikke kjenner.", messageEn: "The form has fields the template does not know." };
  }
  return { ok: false, problem: invalidInput(named) };
}
