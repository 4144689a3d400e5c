/**
 * The communication log's actions (POST /projects/:id/neighbours/log with an `intent`). Decision 013.
 */
import { z } from "zod";
import type { Action } from "../permissions";
import { calendarDate, line, paragraph, parseIntentForm, recordId } from "./neighbour-input";
import type { Message } from "./neighbour-types";
import { audiences, communicationKinds } from "./neighbour-vocabulary";

export const maxSummaryLength = 5000;
export const maxChannelLength = 120;

const entryFields = {
  kind: z.enum(communicationKinds),
  date: calendarDate,
  audience: z.enum(audiences),
  channel: line(maxChannelLength, 0).default(""),
  summary: paragraph(maxSummaryLength),
};

const schemas = {
  addEntry: z.object({ intent: z.literal("addEntry"), ...entryFields }),
  editEntry: z.object({ intent: z.literal("editEntry"), entryId: recordId, ...entryFields }),
  removeEntry: z.object({ intent: z.literal("removeEntry"), entryId: recordId }),
};
export type CommunicationInput = { [Intent in keyof typeof schemas]: z.output<(typeof schemas)[Intent]> }[keyof typeof schemas];
export type EntryFields = Omit<z.output<(typeof schemas)["addEntry"]>, "intent">;

export const communicationPermissions: Readonly<Record<CommunicationInput["intent"], Action>> = {
  addEntry: "neighbours:write",
  editEntry: "neighbours:write",
  removeEntry: "neighbours:write",
};

const fieldMessages: Record<string, Message> = {
  kind: { message: "Velg hva slags kontakt det var.", messageEn: "Choose the kind of contact." },
  date: { message: "Skriv datoen (ÅÅÅÅ-MM-DD).", messageEn: "Write the date (YYYY-MM-DD)." },
  audience: { message: "Velg hvem kontakten var med.", messageEn: "Choose whom the contact was with." },
  channel: { message: `Kanalen kan være høyst ${maxChannelLength} tegn på én linje.`, messageEn: `The channel can be at most ${maxChannelLength} characters on one line.` },
  summary: { message: `Skriv et sammendrag, 1–${maxSummaryLength} tegn.`, messageEn: `Write a summary, 1–${maxSummaryLength} characters.` },
  entryId: { message: "Oppføringen er ikke gyldig.", messageEn: "The entry is not valid." },
};

export const parseCommunicationForm = (form: FormData) => parseIntentForm(form, schemas, fieldMessages);
