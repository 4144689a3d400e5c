/**
 * The checklist page's actions (POST /projects/:id/checklist with an `intent`), one zod schema
 * per intent, used by the server's action and by the forms before they send. Decision 012.
 */
import { z } from "zod";
import type { Action } from "../permissions";
import { phases } from "../projects/vocabulary";
import { textCharactersMessage, userText } from "../ui/text-input";
import { maxCommentLength, maxDecisionLength, maxReasonLength } from "./checklist-limits";
import type { ChecklistProblem, StateTarget } from "./checklist-types";
import { checklistStatuses, statusesWithReason } from "./template";
import { isCalendarDate } from "../ui/format-time";


const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const multiline = (max: number, min = 1) => userText(z.string().trim().min(min).max(max), { multiline: true });

/** A calendar date that exists, YYYY-MM-DD. */
export const calendarDate = z
  .string()
  .refine(isCalendarDate);

/**
 * A state's target as a form sends it: "project", "home:<id>" or "type:<id>".
 *
 * @example
 * targetSchema.parse("home:abc-1"); // { homeId: "abc-1" }
 */
export const targetSchema = z.string().transform((value, context): StateTarget => {
  if (value === "project") return "project";
  const match = /^(home|type):([A-Za-z0-9_-]{1,64})$/.exec(value);
  if (!match) {
    context.addIssue({ code: "custom", message: "target" });
    return z.NEVER;
  }
  return match[1] === "home" ? { homeId: match[2] } : { houseTypeId: match[2] };
});

/** The form value of a target. */
export function targetValue(target: StateTarget): string {
  if (target === "project") return "project";
  return "homeId" in target ? `home:${target.homeId}` : `type:${target.houseTypeId}`;
}

const statusInput = z
  .object({
    intent: z.literal("status"),
    itemKey: recordId,
    target: z.preprocess((value) => emptyAsUndefined(value) ?? "project", targetSchema),
    status: z.enum(checklistStatuses),
    reason: multiline(maxReasonLength, 0).default(""),
  })
  .superRefine((input, context) => {
    if (statusesWithReason.includes(input.status) && input.reason === "") context.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
  });

const assignableRoles = ["owner", "planner", "police", "fire", "resident"] as const;
const assignmentInput = z.object({
  intent: z.literal("assignment"),
  itemKey: recordId,
  responsibleRole: z.preprocess(emptyAsUndefined, z.enum(assignableRoles).optional()),
  duePhase: z.preprocess(emptyAsUndefined, z.enum(phases).optional()),
  dueDate: z.preprocess(emptyAsUndefined, calendarDate.optional()),
});

const commentInput = z.object({
  intent: z.enum(["comment", "disagreement"]),
  itemKey: recordId,
  body: multiline(maxCommentLength),
  homeId: z.preprocess(emptyAsUndefined, recordId.optional()),
});

const decisionInput = z.object({
  intent: z.literal("decision"),
  itemKey: recordId,
  decision: multiline(maxDecisionLength),
  decisionReason: multiline(maxReasonLength),
});

const linkInput = z.object({ intent: z.literal("linkDecision"), itemKey: recordId, decisionLogId: recordId });

const takeInInput = z.object({ intent: z.literal("takeIn") });

export type ChecklistInput =
  | z.infer<typeof statusInput>
  | z.infer<typeof assignmentInput>
  | z.infer<typeof commentInput>
  | z.infer<typeof decisionInput>
  | z.infer<typeof linkInput>
  | z.infer<typeof takeInInput>;
export type ChecklistIntent = ChecklistInput["intent"];

const schemas: Readonly<Record<ChecklistIntent, z.ZodType<ChecklistInput, z.ZodTypeDef, unknown>>> = {
  status: statusInput,
  assignment: assignmentInput,
  comment: commentInput,
  disagreement: commentInput,
  decision: decisionInput,
  linkDecision: linkInput,
  takeIn: takeInInput,
};

export const checklistIntents = Object.keys(schemas) as ChecklistIntent[];

/**
 * The permissions of each intent: the member's role must have one of them, checked by the route
 * before anything else. A state is set by planners (`checklist:edit`) or by the agency that signs
 * the item (`checklist:signOff`); whether this member may set this item is decided by the store
 * with `canSetChecklistState` (403 otherwise).
 */
export const intentPermissions: Readonly<Record<ChecklistIntent, readonly Action[]>> = {
  status: ["checklist:edit", "checklist:signOff"],
  assignment: ["checklist:edit"],
  comment: ["checklist:comment"],
  disagreement: ["checklist:comment"],
  decision: ["checklist:edit"],
  linkDecision: ["checklist:edit"],
  takeIn: ["checklist:edit"],
};

function isIntent(value: unknown): value is ChecklistIntent {
  return typeof value === "string" && Object.hasOwn(schemas, value);
}

type Message = { message: string; messageEn: string };

export const reasonRequiredMessage: Message = {
  message: "Skriv en begrunnelse: «ikke aktuelt» og «valgt bort» må begrunnes.",
  messageEn: "Write a reason: “not relevant” and “decided against” need one.",
};

const fieldMessages: Record<string, Message> = {
  itemKey: { message: "Punktet er ikke gyldig.", messageEn: "The item is not valid." },
  target: { message: "Velg hele prosjektet, en hustype eller en bolig.", messageEn: "Choose the whole project, a house type or a home." },
  status: { message: "Velg en status.", messageEn: "Choose a state." },
  reason: { message: `Begrunnelsen kan være høyst ${maxReasonLength} tegn.`, messageEn: `The reason can be at most ${maxReasonLength} characters.` },
  responsibleRole: { message: "Velg en rolle som ansvarlig.", messageEn: "Choose a role as responsible." },
  duePhase: { message: "Velg en fase.", messageEn: "Choose a phase." },
  dueDate: { message: "Skriv fristen som en dato (ÅÅÅÅ-MM-DD).", messageEn: "Write the due date as a date (YYYY-MM-DD)." },
  body: { message: `Skriv en tekst på 1–${maxCommentLength} tegn.`, messageEn: `Write a text of 1–${maxCommentLength} characters.` },
  homeId: { message: "Boligen er ikke gyldig.", messageEn: "The home is not valid." },
  decision: { message: `Skriv beslutningen på 1–${maxDecisionLength} tegn.`, messageEn: `Write the decision in 1–${maxDecisionLength} characters.` },
  decisionReason: { message: `Skriv begrunnelsen på 1–${maxReasonLength} tegn.`, messageEn: `Write the reason in 1–${maxReasonLength} characters.` },
  decisionLogId: { message: "Beslutningen i beslutningsloggen er ikke gyldig.", messageEn: "The decision log entry is not valid." },
};

const textCharacters: Message = {
  message: "Teksten har tegn som ikke kan lagres (kontrolltegn eller ødelagte tegn). Fjern dem og prøv igjen.",
  messageEn: "The text has characters that cannot be stored (control or broken characters). Remove them and try again.",
};

/**
 * Reads and checks a checklist action's form. Every wrong field is named in the problem.
 *
 * @example
 * const parsed = parseChecklistForm(await request.formData());
 * if (!parsed.ok) return checklistProblemResponse(parsed.problem);
 */
export function parseChecklistForm(form: FormData): { ok: true; input: ChecklistInput } | { ok: false; problem: ChecklistProblem } {
  const values = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string"));
  const intent = values.intent;
  if (!isIntent(intent)) {
    return {
      ok: false,
      problem: {
        code: "unknownIntent",
        message: `Ukjent handling: bruk ${checklistIntents.join(", ")}.`,
        messageEn: `Unknown intent: use ${checklistIntents.join(", ")}.`,
      },
    };
  }
  const result = schemas[intent].safeParse(values);
  if (result.success) return { ok: true, input: result.data };
  const fields: Record<string, Message> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "intent");
    if (fields[field]) continue;
    if (issue.message === textCharactersMessage) fields[field] = textCharacters;
    else if (issue.message === "reasonRequired") fields[field] = reasonRequiredMessage;
    else fields[field] = fieldMessages[field] ?? { message: "Ugyldig verdi.", messageEn: "Invalid value." };
  }
  return { ok: false, problem: invalidInput(fields) };
}

/** A 400 naming each wrong field. */
export function invalidInput(fields: Record<string, Message>): ChecklistProblem {
  const all = Object.values(fields);
  return {
    code: "invalidInput",
    message: all.map((field) => field.message).join(" "),
    messageEn: all.map((field) => field.messageEn).join(" "),
    fields,
  };
}
