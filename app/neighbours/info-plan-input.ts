/**
 * The information plan's actions (POST /projects/:id/neighbours with an `intent`), one zod
 * schema each, used by the action and by the forms. Decision 013.
 */
import { z } from "zod";
import type { Action } from "../permissions";
import { phases } from "../projects/vocabulary";
import { emptyAsUndefined, line, optionalDate, paragraph, parseIntentForm, recordId } from "./neighbour-input";
import type { Message } from "./neighbour-types";
import { audiences, infoPlanChannels, infoPlanStatuses } from "./neighbour-vocabulary";

export const maxMessageLength = 1000;
export const maxResponsibleLength = 120;

const rowFields = {
  audience: z.enum(audiences),
  message: paragraph(maxMessageLength),
  phase: z.preprocess(emptyAsUndefined, z.enum(phases).optional()),
  date: optionalDate,
  channel: z.enum(infoPlanChannels),
  responsible: line(maxResponsibleLength, 0).default(""),
};

const whenGiven = (row: { phase?: string; date?: string }, context: z.RefinementCtx) => {
  if (!row.phase && !row.date) context.addIssue({ code: "custom", path: ["phase"], message: "whenRequired" });
};

export const addRowSchema = z.object({ intent: z.literal("addRow"), ...rowFields, status: z.enum(infoPlanStatuses).default("planned") }).superRefine(whenGiven);
export const editRowSchema = z.object({ intent: z.literal("editRow"), rowId: recordId, ...rowFields }).superRefine(whenGiven);
export const statusSchema = z.object({ intent: z.literal("setRowStatus"), rowId: recordId, status: z.enum(infoPlanStatuses) });
export const moveSchema = z.object({ intent: z.literal("moveRow"), rowId: recordId, direction: z.enum(["up", "down"]) });

const schemas = { addRow: addRowSchema, editRow: editRowSchema, setRowStatus: statusSchema, moveRow: moveSchema };
export type InfoPlanInput = { [Intent in keyof typeof schemas]: z.output<(typeof schemas)[Intent]> }[keyof typeof schemas];
export type RowFields = Omit<z.output<typeof addRowSchema>, "intent" | "status">;

export const infoPlanPermissions: Readonly<Record<InfoPlanInput["intent"], Action>> = {
  addRow: "infoPlan:write",
  editRow: "infoPlan:write",
  setRowStatus: "infoPlan:write",
  moveRow: "infoPlan:write",
};

export const whenRequiredMessage: Message = { message: "Velg en fase eller skriv en dato (eller begge).", messageEn: "Choose a phase or write a date (or both)." };

const fieldMessages: Record<string, Message> = {
  audience: { message: "Velg hvem som skal få vite det.", messageEn: "Choose who is to be told." },
  message: { message: `Skriv hva de skal få vite, 1–${maxMessageLength} tegn.`, messageEn: `Write what they are told, 1–${maxMessageLength} characters.` },
  phase: whenRequiredMessage,
  date: { message: "Skriv datoen som ÅÅÅÅ-MM-DD.", messageEn: "Write the date as YYYY-MM-DD." },
  channel: { message: "Velg en kanal.", messageEn: "Choose a channel." },
  responsible: { message: `Skriv hvem som er ansvarlig, høyst ${maxResponsibleLength} tegn.`, messageEn: `Write who is responsible, at most ${maxResponsibleLength} characters.` },
  status: { message: "Velg en status.", messageEn: "Choose a status." },
  rowId: { message: "Raden er ikke gyldig.", messageEn: "The row is not valid." },
  direction: { message: "Velg opp eller ned.", messageEn: "Choose up or down." },
};

/** Reads an information plan action's form; `phase` carries the "phase or date" message. */
export function parseInfoPlanForm(form: FormData) {
  const parsed = parseIntentForm(form, schemas, fieldMessages);
  if (!parsed.ok && parsed.problem.fields?.phase) parsed.problem.fields.phase = whenRequiredMessage;
  return parsed;
}
