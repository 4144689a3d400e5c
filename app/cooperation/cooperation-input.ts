/**
 * The cooperation page's actions (POST /projects/:id/cooperation with an `intent`), one zod
 * schema per intent (decision 013). Server side only: the page reads its limits from
 * cooperation-vocabulary.ts.
 */
import { z } from "zod";
import { phases } from "../projects/vocabulary";
import { isCalendarDate } from "../ui/format-time";
import { textCharactersMessage, userText } from "../ui/text-input";
import type { BilingualText, CooperationProblem } from "./cooperation-types";
import { limits, partnerKinds } from "./cooperation-vocabulary";

const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const line = (max: number, min = 1) => userText(z.string().trim().min(min).max(max));
const multiline = (max: number, min = 0) => userText(z.string().trim().min(min).max(max), { multiline: true });
const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const calendarDate = z.string().refine(isCalendarDate);
const wholeNumber = (min: number) => z.coerce.number().int().min(min).max(limits.goalNumber);

const partnerFields = {
  name: line(limits.partnerName),
  kind: z.enum(partnerKinds),
  contactRole: line(limits.contactRole, 0).default(""),
  workContact: line(limits.workContact, 0).default(""),
};

const goalFields = {
  title: line(limits.goalTitle),
  target: wholeNumber(1),
  achieved: z.preprocess((value) => emptyAsUndefined(value) ?? 0, wholeNumber(0)),
  unit: line(limits.unit, 0).default(""),
  dueDate: z.preprocess(emptyAsUndefined, calendarDate.optional()),
};

const schemas = {
  addPartner: z.object({ intent: z.literal("addPartner"), ...partnerFields }),
  updatePartner: z.object({ intent: z.literal("updatePartner"), partnerId: recordId, ...partnerFields }),
  removePartner: z.object({ intent: z.literal("removePartner"), partnerId: recordId }),
  addResponsibility: z.object({ intent: z.literal("addResponsibility"), partnerId: recordId, phase: z.enum(phases), text: multiline(limits.responsibility, 1) }),
  removeResponsibility: z.object({ intent: z.literal("removeResponsibility"), responsibilityId: recordId }),
  addGoal: z.object({ intent: z.literal("addGoal"), ...goalFields }),
  updateGoal: z.object({ intent: z.literal("updateGoal"), goalId: recordId, ...goalFields }),
  removeGoal: z.object({ intent: z.literal("removeGoal"), goalId: recordId }),
  addMeeting: z.object({
    intent: z.literal("addMeeting"),
    title: line(limits.meetingTitle),
    date: calendarDate,
    purpose: multiline(limits.purpose).default(""),
    partnerIds: z.array(recordId).max(limits.meetingPartners).default([]),
  }),
  removeMeeting: z.object({ intent: z.literal("removeMeeting"), meetingId: recordId }),
  markHeld: z.object({
    intent: z.literal("markHeld"),
    meetingId: recordId,
    heldDate: z.preprocess(emptyAsUndefined, calendarDate.optional()),
    place: line(limits.place, 0).default(""),
    facilitator: line(limits.facilitator, 0).default(""),
  }),
};

export type CooperationIntent = keyof typeof schemas;
export type CooperationInput = { [Intent in CooperationIntent]: z.infer<(typeof schemas)[Intent]> }[CooperationIntent];
export type InputOf<Intent extends CooperationIntent> = Omit<z.infer<(typeof schemas)[Intent]>, "intent">;

export const cooperationIntents = Object.keys(schemas) as CooperationIntent[];

function isIntent(value: unknown): value is CooperationIntent {
  return typeof value === "string" && Object.hasOwn(schemas, value);
}

const fieldMessages: Record<string, BilingualText> = {
  name: { message: `Skriv navnet på 1–${limits.partnerName} tegn.`, messageEn: `Write the name in 1–${limits.partnerName} characters.` },
  kind: { message: "Velg hva slags samarbeidspartner det er.", messageEn: "Choose what kind of partner it is." },
  contactRole: { message: `Kontaktens rolle kan ha høyst ${limits.contactRole} tegn.`, messageEn: `The contact's role can have at most ${limits.contactRole} characters.` },
  workContact: { message: `Jobbkontakten kan ha høyst ${limits.workContact} tegn.`, messageEn: `The work contact can have at most ${limits.workContact} characters.` },
  partnerId: { message: "Velg en samarbeidspartner.", messageEn: "Choose a partner." },
  phase: { message: "Velg en fase.", messageEn: "Choose a phase." },
  text: { message: `Skriv ansvaret på 1–${limits.responsibility} tegn.`, messageEn: `Write the responsibility in 1–${limits.responsibility} characters.` },
  responsibilityId: { message: "Ansvaret er ikke gyldig.", messageEn: "The responsibility is not valid." },
  title: { message: `Skriv en tittel på 1–${limits.goalTitle} tegn.`, messageEn: `Write a title of 1–${limits.goalTitle} characters.` },
  target: { message: `Skriv målet som et helt tall fra 1 til ${limits.goalNumber}.`, messageEn: `Write the goal as a whole number from 1 to ${limits.goalNumber}.` },
  achieved: { message: `Skriv hvor mye som er nådd som et helt tall fra 0 til ${limits.goalNumber}.`, messageEn: `Write what is reached as a whole number from 0 to ${limits.goalNumber}.` },
  unit: { message: `Det som telles, kan ha høyst ${limits.unit} tegn.`, messageEn: `What is counted can have at most ${limits.unit} characters.` },
  dueDate: { message: "Skriv fristen som en dato (ÅÅÅÅ-MM-DD).", messageEn: "Write the due date as a date (YYYY-MM-DD)." },
  goalId: { message: "Målet er ikke gyldig.", messageEn: "The goal is not valid." },
  date: { message: "Skriv datoen som en dato (ÅÅÅÅ-MM-DD).", messageEn: "Write the date as a date (YYYY-MM-DD)." },
  purpose: { message: `Formålet kan ha høyst ${limits.purpose} tegn.`, messageEn: `The purpose can have at most ${limits.purpose} characters.` },
  partnerIds: { message: `Velg høyst ${limits.meetingPartners} samarbeidspartnere.`, messageEn: `Choose at most ${limits.meetingPartners} partners.` },
  meetingId: { message: "Møtet er ikke gyldig.", messageEn: "The meeting is not valid." },
  heldDate: { message: "Skriv når møtet ble holdt, som en dato (ÅÅÅÅ-MM-DD).", messageEn: "Write when the meeting was held, as a date (YYYY-MM-DD)." },
  place: { message: `Stedet kan ha høyst ${limits.place} tegn.`, messageEn: `The place can have at most ${limits.place} characters.` },
  facilitator: { message: `Møteleder kan ha høyst ${limits.facilitator} tegn.`, messageEn: `The chair can have at most ${limits.facilitator} characters.` },
};

const textCharacters: BilingualText = {
  message: "Teksten har tegn som ikke kan lagres (kontrolltegn eller ødelagte tegn). Fjern dem og prøv igjen.",
  messageEn: "The text has characters that cannot be stored (control or broken characters). Remove them and try again.",
};

/** A 400 naming each wrong field. */
export function invalidFields(fields: Record<string, BilingualText>): CooperationProblem {
  const all = Object.values(fields);
  return {
    code: "invalidInput",
    message: all.map((field) => field.message).join(" "),
    messageEn: all.map((field) => field.messageEn).join(" "),
    fields,
  };
}

/**
 * Reads and checks a cooperation action's form; every wrong field is named in the problem.
 *
 * @example
 * const parsed = parseCooperationForm(await request.formData());
 * if (!parsed.ok) return refusal(parsed.problem);
 */
export function parseCooperationForm(form: FormData): { ok: true; input: CooperationInput } | { ok: false; problem: CooperationProblem } {
  const values: Record<string, unknown> = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string"));
  values.partnerIds = form.getAll("partnerIds").filter((value) => typeof value === "string");
  const intent = values.intent;
  if (!isIntent(intent)) {
    return {
      ok: false,
      problem: { code: "unknownIntent", message: `Ukjent handling: bruk ${cooperationIntents.join(", ")}.`, messageEn: `Unknown intent: use ${cooperationIntents.join(", ")}.` },
    };
  }
  const result = schemas[intent].safeParse(values);
  if (result.success) return { ok: true, input: result.data as CooperationInput };
  const fields: Record<string, BilingualText> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "intent");
    if (fields[field]) continue;
    fields[field] = issue.message === textCharactersMessage ? textCharacters : (fieldMessages[field] ?? { message: "Ugyldig verdi.", messageEn: "Invalid value." });
  }
  return { ok: false, problem: invalidFields(fields) };
}
