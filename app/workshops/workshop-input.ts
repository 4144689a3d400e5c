/**
 * The workshop's inputs (decision 014), one zod schema each, checked inside the store functions
 * so every caller (a route, the demo seed, a benchmark) is held to the same. An answer is checked
 * against its own poll: `answerSchemaFor(poll)`.
 */
import { z } from "zod";
import { isCalendarDate } from "../ui/format-time";
import { textCharactersMessage, userText } from "../ui/text-input";
import type { PollKind, PollOption } from "./workshop-types";
import { agendaKinds, guestRoles, pollKinds } from "./workshop-types";
import type { FieldMessage, WorkshopProblem } from "./workshop-problem";
import { invalidFields } from "./workshop-problem";

/** The limits every form and check shares. */
export const workshopLimits = {
  title: 120,
  question: 200,
  optionLabel: 120,
  options: 20,
  plannedMinutes: 240,
  budget: 20,
  textAnswer: 280,
  parkingLot: 500,
  alias: 40,
  agendaItems: 40,
  polls: 40,
} as const;

const limits = workshopLimits;
export const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** A site's id, a checklist section's key, a choice category's id. */
const subjectId = z.string().regex(/^[A-Za-z0-9_.:-]{1,200}$/);
const line = (max: number, min = 1) => userText(z.string().trim().min(min).max(max));
const text = (max: number, min = 1) => userText(z.string().trim().min(min).max(max), { multiline: true });

/**
 * A new workshop.
 *
 * @example
 * workshopInputSchema.parse({ title: "Verksted om tomtene", date: "2026-12-10" });
 */
export const workshopInputSchema = z.object({
  title: line(limits.title),
  date: z.string().refine(isCalendarDate),
});

/** A workshop changed: every field anew. */
export const workshopUpdateSchema = workshopInputSchema.extend({ allowAttention: z.boolean().default(false) });

/** An agenda item. */
export const agendaItemSchema = z.object({
  kind: z.enum(agendaKinds),
  title: line(limits.title),
  subjectId: subjectId.nullable().default(null),
  plannedMinutes: z.number().int().min(1).max(limits.plannedMinutes),
});

const optionSchema = z.object({
  id: recordId.optional(),
  label: line(limits.optionLabel),
  subjectKind: z.enum(["site", "choiceOption", "checklistItem"]).optional(),
  subjectId: subjectId.optional(),
});

/**
 * A poll as the facilitator writes it. Single choice, ranking and dots need 2–20 options (ids
 * are made where missing); scale and text have none; dots need a budget of 1–20.
 *
 * @example
 * pollInputSchema.parse({ kind: "dots", question: "Hvilke tomter?", options: [{ label: "A" }, { label: "B" }], budget: 3 });
 */
export const pollInputSchema = z
  .object({
    kind: z.enum(pollKinds),
    question: line(limits.question),
    options: z.array(optionSchema).max(limits.options).default([]),
    budget: z.number().int().min(1).max(limits.budget).nullable().default(null),
    itemId: recordId.nullable().default(null),
  })
  .superRefine((poll, context) => {
    const needsOptions = poll.kind === "single" || poll.kind === "ranking" || poll.kind === "dots";
    if (needsOptions && poll.options.length < 2) context.addIssue({ code: "custom", path: ["options"], message: "optionsNeeded" });
    if (!needsOptions && poll.options.length > 0) context.addIssue({ code: "custom", path: ["options"], message: "noOptions" });
    if (poll.kind === "dots" && poll.budget === null) context.addIssue({ code: "custom", path: ["budget"], message: "budgetNeeded" });
    const ids = poll.options.flatMap((option) => (option.id ? [option.id] : []));
    if (new Set(ids).size !== ids.length) context.addIssue({ code: "custom", path: ["options"], message: "optionsTwice" });
    for (const option of poll.options) {
      if ((option.subjectKind === undefined) !== (option.subjectId === undefined)) context.addIssue({ code: "custom", path: ["options"], message: "optionSubject" });
    }
  })
  .transform((poll) => ({
    ...poll,
    budget: poll.kind === "dots" ? poll.budget : null,
    options: poll.options.map((option): PollOption => ({ ...option, id: option.id ?? crypto.randomUUID().slice(0, 8) })),
  }));
export type PollInput = z.input<typeof pollInputSchema>;
export type CheckedPoll = z.output<typeof pollInputSchema>;

/** A question for the parking lot. */
export const parkingLotSchema = z.object({ body: text(limits.parkingLot) });

/** "Look here": a place on the map. */
export const attentionSchema = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });

export const joinCodeSchema = z.object({ role: z.enum(guestRoles) });

/** A guest's alias: 1–40 characters, no control characters, as other names. */
export const aliasSchema = z.object({ alias: line(limits.alias) });

/**
 * The schema of one answer to `poll`: single, an option of the poll; scale, 1–5; ranking, every
 * option once; dots, whole numbers ≥ 0 on the poll's options summing to at most the budget;
 * text, 1–280 characters.
 *
 * @example
 * answerSchemaFor({ kind: "dots", options, budget: 3 }).safeParse({ dots: { a: 2, b: 1 } }).success; // true
 */
export function answerSchemaFor(poll: { kind: PollKind; options: PollOption[]; budget: number | null }): z.ZodType<unknown> {
  const optionIds = poll.options.map((option) => option.id);
  const isOption = (id: string) => optionIds.includes(id);
  switch (poll.kind) {
    case "single":
      return z.object({ optionId: z.string().refine(isOption, "notAnOption") }).strict();
    case "scale":
      return z.object({ value: z.number().int().min(1).max(5) }).strict();
    case "ranking":
      return z
        .object({ order: z.array(z.string()).length(optionIds.length, "notAPermutation") })
        .strict()
        .refine((answer) => new Set(answer.order).size === optionIds.length && answer.order.every(isOption), { message: "notAPermutation", path: ["order"] });
    case "dots": {
      const budget = poll.budget ?? 0;
      return z
        .object({ dots: z.record(z.string(), z.number().int().min(0).max(budget)) })
        .strict()
        .refine((answer) => Object.keys(answer.dots).every(isOption), { message: "notAnOption", path: ["dots"] })
        .refine((answer) => Object.values(answer.dots).reduce((sum, dots) => sum + dots, 0) <= budget, { message: "overBudget", path: ["dots"] })
        .transform((answer) => ({ dots: Object.fromEntries(Object.entries(answer.dots).filter(([, dots]) => dots > 0)) }));
    }
    case "text":
      return z.object({ text: text(limits.textAnswer) }).strict();
  }
}

const fieldMessages: Record<string, FieldMessage> = {
  title: { message: `Skriv en tittel på 1–${limits.title} tegn.`, messageEn: `Write a title of 1–${limits.title} characters.` },
  date: { message: "Skriv datoen som en dato som finnes (ÅÅÅÅ-MM-DD).", messageEn: "Write the date as a date that exists (YYYY-MM-DD)." },
  allowAttention: { message: "Velg om deltakerne kan peke på kartet.", messageEn: "Choose whether participants may point at the map." },
  kind: { message: "Velg hva slags punkt eller avstemning det er.", messageEn: "Choose the kind of item or poll." },
  subjectId: { message: "Velg hva punktet handler om.", messageEn: "Choose what the item is about." },
  plannedMinutes: { message: `Sett av 1–${limits.plannedMinutes} minutter.`, messageEn: `Plan 1–${limits.plannedMinutes} minutes.` },
  question: { message: `Skriv spørsmålet på 1–${limits.question} tegn.`, messageEn: `Write the question in 1–${limits.question} characters.` },
  options: { message: `Hvert alternativ har en tekst på 1–${limits.optionLabel} tegn (høyst ${limits.options}).`, messageEn: `Each option has a text of 1–${limits.optionLabel} characters (at most ${limits.options}).` },
  budget: { message: `Gi hver deltaker 1–${limits.budget} prikker.`, messageEn: `Give each participant 1–${limits.budget} dots.` },
  itemId: { message: "Punktet på dagsordenen er ikke gyldig.", messageEn: "The agenda item is not valid." },
  body: { message: `Skriv spørsmålet på 1–${limits.parkingLot} tegn.`, messageEn: `Write the question in 1–${limits.parkingLot} characters.` },
  lat: { message: "Stedet er ikke gyldig.", messageEn: "The place is not valid." },
  lon: { message: "Stedet er ikke gyldig.", messageEn: "The place is not valid." },
  role: { message: "Velg beboer eller observatør.", messageEn: "Choose resident or observer." },
  alias: { message: `Skriv et kallenavn på 1–${limits.alias} tegn.`, messageEn: `Write an alias of 1–${limits.alias} characters.` },
  optionId: { message: "Velg ett av alternativene.", messageEn: "Choose one of the options." },
  value: { message: "Velg en verdi fra 1 til 5.", messageEn: "Choose a value from 1 to 5." },
  order: { message: "Ranger alle alternativene, hvert én gang.", messageEn: "Rank every option, each once." },
  dots: { message: "Fordel prikkene på alternativene med hele tall.", messageEn: "Spread the dots over the options in whole numbers." },
  text: { message: `Skriv svaret på 1–${limits.textAnswer} tegn.`, messageEn: `Write the answer in 1–${limits.textAnswer} characters.` },
};

const special: Record<string, FieldMessage> = {
  optionsNeeded: { message: "Skriv minst to alternativer.", messageEn: "Write at least two options." },
  noOptions: { message: "En skala eller et tekstsvar har ingen alternativer.", messageEn: "A scale or a text answer has no options." },
  optionsTwice: { message: "To alternativer har samme id.", messageEn: "Two options have the same id." },
  optionSubject: { message: "Et alternativ som peker på noe, trenger både hva slags ting og selve tingen.", messageEn: "An option pointing at something needs both the kind of thing and the thing." },
  budgetNeeded: { message: `Gi hver deltaker 1–${limits.budget} prikker.`, messageEn: `Give each participant 1–${limits.budget} dots.` },
  overBudget: { message: "Du har brukt flere prikker enn du har.", messageEn: "You have used more dots than you have." },
  notAnOption: { message: "Svaret peker på et alternativ avstemningen ikke har.", messageEn: "The answer points at an option the poll does not have." },
  notAPermutation: { message: "Ranger alle alternativene, hvert én gang.", messageEn: "Rank every option, each once." },
  [textCharactersMessage]: {
    message: "Teksten har tegn som ikke kan lagres (kontrolltegn eller ødelagte tegn). Fjern dem og prøv igjen.",
    messageEn: "The text has characters that cannot be stored (control or broken characters). Remove them and try again.",
  },
};

/**
 * Checks input against a schema; every wrong field is named in the problem (400). `prefix` puts
 * the fields under one name (an answer's fields are all the field `answer`).
 *
 * @example
 * const checked = checkInput(agendaItemSchema, input);
 * if (!checked.ok) return checked;
 */
export function checkInput<Output>(
  schema: z.ZodType<Output, z.ZodTypeDef, unknown>,
  input: unknown,
  field?: string,
): { ok: true; value: Output } | { ok: false; problem: WorkshopProblem } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const fields: Record<string, FieldMessage> = {};
  for (const issue of result.error.issues) {
    const inner = String(issue.path[0] ?? "input");
    const name = field ?? inner;
    if (fields[name]) continue;
    fields[name] = special[issue.message] ?? fieldMessages[inner] ?? { message: "Ugyldig verdi.", messageEn: "Invalid value." };
  }
  return { ok: false, problem: invalidFields(fields) };
}
