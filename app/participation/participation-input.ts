/**
 * The participation log's inputs (decision 013), one zod schema each, checked inside the store
 * functions (so every caller, a route, the meeting plan, the inquiries or a seed script, is held
 * to them) and by the routes' form readers. Server-only by use: the browser's forms take their
 * limits from participation-vocabulary.ts and leave zod out of the page's JavaScript.
 */
import { z } from "zod";
import { phases } from "../projects/vocabulary";
import { isCalendarDate } from "../ui/format-time";
import { textCharactersMessage, userText } from "../ui/text-input";
import type { FieldMessage, ParticipationProblem } from "./participation-problem";
import { invalidFields } from "./participation-problem";
import { activityKinds, answerStatuses, attendanceRoles, linkKinds, participationLimits as limits, raiserRoles } from "./participation-vocabulary";

const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** A checklist item's key or a plan document's id: letters, digits, "-", "_", up to 200. */
const linkTarget = z.string().regex(/^[A-Za-z0-9_.:-]{1,200}$/);
const calendarDate = z.string().refine(isCalendarDate);
const line = (max: number, min = 1) => userText(z.string().trim().min(min).max(max));
const text = (max: number, min = 1) => userText(z.string().trim().min(min).max(max), { multiline: true });
const count = z.number().int().min(0).max(limits.count);

const countsSchema = z
  .object(Object.fromEntries(attendanceRoles.map((role) => [role, count.optional()])) as Record<(typeof attendanceRoles)[number], z.ZodOptional<typeof count>>)
  .strict()
  .transform((counts) => Object.fromEntries(attendanceRoles.map((role) => [role, counts[role] ?? 0])) as Record<(typeof attendanceRoles)[number], number>);

const attendingResident = z
  .object({ userId: recordId.optional(), alias: line(limits.alias, 0).default("") })
  .refine((resident) => resident.userId !== undefined || resident.alias !== "", { message: "aliasRequired", path: ["alias"] });

/** Who took part: counts by role (missing = 0), and the residents by member or by the alias they chose. */
export const attendanceSchema = z.object({
  counts: countsSchema.default({}),
  residents: z.array(attendingResident).max(limits.residents).default([]),
});

/**
 * An activity as a caller gives it.
 *
 * @example
 * activityInputSchema.parse({ kind: "siteVisit", title: "Befaring på tomt A", date: "2026-10-14", phase: "localisation", attendance: { counts: { planner: 2 }, residents: [{ alias: "Mari" }] } });
 */
export const activityInputSchema = z.object({
  kind: z.enum(activityKinds),
  title: line(limits.title),
  date: calendarDate,
  phase: z.enum(phases),
  place: line(limits.place, 0).default(""),
  facilitator: line(limits.facilitator, 0).default(""),
  attendance: attendanceSchema.default({}),
  minutes: text(limits.minutes, 0).default(""),
  isPublic: z.boolean().default(false),
  plannedMeetingId: recordId.optional(),
  /** Set only by a workshop writing its own minutes (decision 014); forms never send it. */
  workshopId: recordId.optional(),
});
export type ActivityInput = z.input<typeof activityInputSchema>;
export type CheckedActivity = z.output<typeof activityInputSchema>;

/** An activity changed: its id and every field anew (as the edit form sends them all). */
export const activityUpdateSchema = activityInputSchema.omit({ plannedMeetingId: true, workshopId: true }).extend({ activityId: recordId });
export type ActivityUpdate = z.input<typeof activityUpdateSchema>;

/**
 * A point raised: in an activity, from an inquiry, or in the app. `raisedByUserId` is the resident
 * member who raised it; `onBehalf` is decided by the store (staff entering a resident's point).
 *
 * @example
 * pointInputSchema.parse({ activityId, body: "Vi vil ha en benk ved inngangen.", raisedByRole: "resident", raisedByUserId: mari });
 */
export const pointInputSchema = z.object({
  activityId: recordId.optional(),
  inquiryId: recordId.optional(),
  body: text(limits.body),
  raisedByRole: z.enum(raiserRoles),
  raisedByUserId: recordId.optional(),
  onBehalf: z.boolean().optional(),
});
export type PointInput = z.input<typeof pointInputSchema>;
export type CheckedPoint = z.output<typeof pointInputSchema>;

/**
 * What came of a point: its status, the answer, the reason (required for "notAdopted") and a
 * link to what changed.
 */
export const answerInputSchema = z
  .object({
    pointId: recordId,
    status: z.enum(answerStatuses),
    answer: text(limits.answer, 0).default(""),
    reason: text(limits.reason, 0).default(""),
    linkKind: z.enum(linkKinds).optional(),
    linkId: linkTarget.optional(),
  })
  .superRefine((input, context) => {
    if (input.status === "notAdopted" && input.reason === "") context.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
    if (input.linkKind !== undefined && input.linkId === undefined) context.addIssue({ code: "custom", path: ["linkId"], message: "linkRequired" });
    if (input.linkKind === undefined && input.linkId !== undefined) context.addIssue({ code: "custom", path: ["linkKind"], message: "linkRequired" });
  });
export type AnswerInput = z.input<typeof answerInputSchema>;
export type CheckedAnswer = z.output<typeof answerInputSchema>;

const fieldMessages: Record<string, FieldMessage> = {
  kind: { message: "Velg hva slags aktivitet det var.", messageEn: "Choose the kind of activity." },
  title: { message: `Skriv en tittel på 1–${limits.title} tegn.`, messageEn: `Write a title of 1–${limits.title} characters.` },
  date: { message: "Skriv datoen som en dato som finnes (ÅÅÅÅ-MM-DD).", messageEn: "Write the date as a date that exists (YYYY-MM-DD)." },
  phase: { message: "Velg en fase.", messageEn: "Choose a phase." },
  place: { message: `Stedet kan være høyst ${limits.place} tegn.`, messageEn: `The place can be at most ${limits.place} characters.` },
  facilitator: { message: `Hvem som ledet, kan være høyst ${limits.facilitator} tegn.`, messageEn: `Who led it can be at most ${limits.facilitator} characters.` },
  attendance: {
    message: `Deltakerne telles med hele tall fra 0 til ${limits.count}; hver beboer har et kallenavn på høyst ${limits.alias} tegn, eller er valgt blant medlemmene (høyst ${limits.residents}).`,
    messageEn: `Attendance is counted in whole numbers from 0 to ${limits.count}; each resident has an alias of at most ${limits.alias} characters, or is picked among the members (at most ${limits.residents}).`,
  },
  minutes: { message: `Referatet kan være høyst ${limits.minutes} tegn.`, messageEn: `The minutes can be at most ${limits.minutes} characters.` },
  isPublic: { message: "Velg om aktiviteten er åpen for alle.", messageEn: "Choose whether the activity is open to all." },
  plannedMeetingId: { message: "Møtet i møteplanen er ikke gyldig.", messageEn: "The planned meeting is not valid." },
  activityId: { message: "Aktiviteten er ikke gyldig.", messageEn: "The activity is not valid." },
  inquiryId: { message: "Henvendelsen er ikke gyldig.", messageEn: "The inquiry is not valid." },
  body: { message: `Skriv innspillet på 1–${limits.body} tegn.`, messageEn: `Write the point in 1–${limits.body} characters.` },
  raisedByRole: { message: "Velg hvem som kom med innspillet.", messageEn: "Choose who raised the point." },
  raisedByUserId: { message: "Beboeren er ikke gyldig.", messageEn: "The resident is not valid." },
  onBehalf: { message: "Ugyldig verdi.", messageEn: "Invalid value." },
  pointId: { message: "Innspillet er ikke gyldig.", messageEn: "The point is not valid." },
  status: { message: "Velg hva som kom ut av innspillet.", messageEn: "Choose what came of the point." },
  answer: { message: `Svaret kan være høyst ${limits.answer} tegn.`, messageEn: `The answer can be at most ${limits.answer} characters.` },
  reason: { message: `Begrunnelsen kan være høyst ${limits.reason} tegn.`, messageEn: `The reason can be at most ${limits.reason} characters.` },
  linkKind: { message: "Velg hva svaret lenker til.", messageEn: "Choose what the answer links to." },
  linkId: { message: "Velg det svaret lenker til.", messageEn: "Choose what the answer links to." },
};

const special: Record<string, FieldMessage> = {
  reasonRequired: {
    message: "Skriv en begrunnelse: et innspill som ikke er tatt til følge, må begrunnes.",
    messageEn: "Write a reason: a point that was not adopted needs one.",
  },
  linkRequired: { message: "Velg både hva slags ting svaret lenker til og selve tingen.", messageEn: "Choose both the kind of thing the answer links to and the thing." },
  aliasRequired: { message: "Skriv kallenavnet beboeren har valgt, eller velg beboeren blant medlemmene.", messageEn: "Write the alias the resident chose, or pick the resident among the members." },
  [textCharactersMessage]: {
    message: "Teksten har tegn som ikke kan lagres (kontrolltegn eller ødelagte tegn). Fjern dem og prøv igjen.",
    messageEn: "The text has characters that cannot be stored (control or broken characters). Remove them and try again.",
  },
};

/**
 * Checks input against a schema; every wrong field is named in the problem (400).
 *
 * @example
 * const checked = checkInput(answerInputSchema, input);
 * if (!checked.ok) return checked;
 */
export function checkInput<Output>(schema: z.ZodType<Output, z.ZodTypeDef, unknown>, input: unknown): { ok: true; value: Output } | { ok: false; problem: ParticipationProblem } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const fields: Record<string, FieldMessage> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "input");
    if (fields[field]) continue;
    fields[field] = special[issue.message] ?? fieldMessages[field] ?? { message: "Ugyldig verdi.", messageEn: "Invalid value." };
  }
  return { ok: false, problem: invalidFields(fields) };
}
