/**
 * The feedback actions' input (POST /projects/:id/feedback with an `intent`), one zod schema
 * per intent, used by the server's action and by the forms before they send.
 */
import { z } from "zod";
import type { Action } from "../permissions";
import { textCharactersMessage, userText } from "../ui/text-input";
import { aspects } from "./aspects";
import type { FeedbackProblem } from "./feedback-types";

export const maxCommentLength = 2000;

const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const text = userText(z.string().trim().min(1).max(maxCommentLength), { multiline: true });

/** An absent or empty form field is undefined; anything else must be a finite number in range. */
function coordinate(limit: number) {
  return z.preprocess(
    (value) => (value === undefined || value === null || value === "" ? undefined : Number(value)),
    z.number().finite().min(-limit).max(limit).optional(),
  );
}

const commentInput = z
  .object({
    intent: z.literal("comment"),
    body: text,
    siteId: z.preprocess((value) => (value === "" ? undefined : value), recordId.optional()),
    latitude: coordinate(90),
    longitude: coordinate(180),
  })
  .superRefine((input, context) => {
    if ((input.latitude === undefined) !== (input.longitude === undefined)) {
      context.addIssue({ code: "custom", path: ["position"], message: "latitude and longitude go together" });
    } else if (input.siteId === undefined && input.latitude === undefined) {
      context.addIssue({ code: "custom", path: ["position"], message: "a site or a position is needed" });
    }
  });

const replyInput = z.object({ intent: z.literal("reply"), parentId: recordId, body: text });
const resolveInput = z.object({ intent: z.enum(["resolve", "reopen"]), commentId: recordId });
const rateInput = z.object({
  intent: z.literal("rate"),
  siteId: recordId,
  score: z.preprocess((value) => (value === "" || value === undefined ? undefined : Number(value)), z.number().int().min(1).max(5)),
  comment: userText(z.string().trim().max(maxCommentLength), { multiline: true }).default(""),
});
/** Without `siteId`: on every site of the project (hiding then hides it on each site too). */
const revealInput = z.object({
  intent: z.enum(["reveal", "hide"]),
  aspect: z.enum([...aspects, "all"]),
  siteId: z.preprocess((value) => (value === "" ? undefined : value), recordId.optional()),
});

export const feedbackInput = z.union([commentInput, replyInput, resolveInput, rateInput, revealInput]);
export type FeedbackInput = z.infer<typeof feedbackInput>;
export type FeedbackIntent = FeedbackInput["intent"];

const schemas = {
  comment: commentInput,
  reply: replyInput,
  resolve: resolveInput,
  reopen: resolveInput,
  rate: rateInput,
  reveal: revealInput,
  hide: revealInput,
} as const;

/** The permission each intent needs, checked on the server. */
export const intentPermission: Readonly<Record<FeedbackIntent, Action>> = {
  comment: "comments:write",
  reply: "comments:write",
  resolve: "comments:write",
  reopen: "comments:write",
  rate: "ratings:write",
  reveal: "ratings:reveal",
  hide: "ratings:reveal",
};

function isIntent(value: unknown): value is FeedbackIntent {
  return typeof value === "string" && Object.hasOwn(schemas, value);
}

const fieldMessages: Record<string, { message: string; messageEn: string }> = {
  body: { message: `Skriv en kommentar på 1–${maxCommentLength} tegn.`, messageEn: `Write a comment of 1–${maxCommentLength} characters.` },
  siteId: { message: "Tomta er ikke gyldig.", messageEn: "The site is not valid." },
  latitude: { message: "Breddegraden må være et tall mellom −90 og 90.", messageEn: "The latitude must be a number between −90 and 90." },
  longitude: { message: "Lengdegraden må være et tall mellom −180 og 180.", messageEn: "The longitude must be a number between −180 and 180." },
  position: {
    message: "Kommentaren må gjelde en tomt eller et sted på kartet (både bredde- og lengdegrad).",
    messageEn: "The comment must be about a site or a place on the map (both latitude and longitude).",
  },
  parentId: { message: "Kommentaren du svarer på er ikke gyldig.", messageEn: "The comment you reply to is not valid." },
  commentId: { message: "Kommentaren er ikke gyldig.", messageEn: "The comment is not valid." },
  score: { message: "Velg en karakter fra 1 til 5.", messageEn: "Choose a score from 1 to 5." },
  comment: { message: `Begrunnelsen kan være høyst ${maxCommentLength} tegn.`, messageEn: `The explanation can be at most ${maxCommentLength} characters.` },
  aspect: { message: "Ukjent vurderingstema.", messageEn: "Unknown aspect." },
};

const textCharacters = {
  message: "Teksten har tegn som ikke kan lagres (kontrolltegn eller ødelagte tegn). Fjern dem og prøv igjen.",
  messageEn: "The text has characters that cannot be stored (control or broken characters). Remove them and try again.",
};

/**
 * Reads and checks a feedback action's form. Every wrong field is named in the problem.
 *
 * @example
 * const parsed = parseFeedbackForm(await request.formData());
 * if (!parsed.ok) return problemResponse(parsed.problem);
 */
export function parseFeedbackForm(form: FormData): { ok: true; input: FeedbackInput } | { ok: false; problem: FeedbackProblem } {
  const values = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string"));
  const intent = values.intent;
  if (!isIntent(intent)) {
    return {
      ok: false,
      problem: {
        code: "unknownIntent",
        message: "Ukjent handling: bruk comment, reply, resolve, reopen, rate, reveal eller hide.",
        messageEn: "Unknown intent: use comment, reply, resolve, reopen, rate, reveal or hide.",
      },
    };
  }
  const result = schemas[intent].safeParse(values);
  if (result.success) return { ok: true, input: result.data };
  const fields: NonNullable<FeedbackProblem["fields"]> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "intent");
    if (fields[field]) continue;
    fields[field] =
      issue.message === textCharactersMessage ? textCharacters : (fieldMessages[field] ?? { message: "Ugyldig verdi.", messageEn: "Invalid value." });
  }
  const all = Object.values(fields);
  return {
    ok: false,
    problem: {
      code: "invalidInput",
      message: all.map((field) => field.message).join(" "),
      messageEn: all.map((field) => field.messageEn).join(" "),
      fields,
    },
  };
}
