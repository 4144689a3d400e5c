/**
 * The public page editor's forms (decision 013): one zod schema per intent, and the texts read
 * from the form's flat field names (`whatAndWhy.nb`, `faq.0.question.en` …).
 */
import { z } from "zod";
import { isCalendarDate } from "../ui/format-time";
import { userText } from "../ui/text-input";
import type { FieldMessage } from "../inquiries/write-result";
import type { PublicContent } from "./public-content";
import { isSlug, publicLimits } from "./public-limits";

const line = (max: number, min = 0) => userText(z.string().trim().min(min).max(max));
const text = (max: number, min = 0) => userText(z.string().trim().min(min).max(max), { multiline: true });
const bilingual = (field: (max: number) => z.ZodType<string, z.ZodTypeDef, unknown>, max: number) =>
  z.object({ nb: field(max).default(""), en: field(max).default("") });

const faqEntry = z
  .object({ question: bilingual(line, publicLimits.question), answer: bilingual(text, publicLimits.answer) })
  .superRefine((entry, context) => {
    if (entry.question.nb === "") context.addIssue({ code: "custom", path: ["question", "nb"], message: "questionRequired" });
    if (entry.answer.nb === "") context.addIssue({ code: "custom", path: ["answer", "nb"], message: "answerRequired" });
  });

export const contentSchema: z.ZodType<PublicContent, z.ZodTypeDef, unknown> = z.object({
  title: bilingual(line, publicLimits.title),
  whatAndWhy: bilingual(text, publicLimits.whatAndWhy),
  contact: z.object({
    name: line(publicLimits.contactName).default(""),
    role: bilingual(line, publicLimits.contactRole),
    email: line(publicLimits.contactEmail)
      .default("")
      .refine((value) => value === "" || z.string().email().safeParse(value).success),
    phone: line(publicLimits.contactPhone)
      .default("")
      .refine((value) => /^[0-9 +()-]*$/.test(value)),
  }),
  faq: z.array(faqEntry).max(publicLimits.faqEntries),
});

/** The texts of the editor's form as the content schema reads them; an FAQ row left empty is dropped. */
export function contentFromForm(values: Record<string, string>): unknown {
  const get = (name: string) => values[name] ?? "";
  const pair = (name: string) => ({ nb: get(`${name}.nb`), en: get(`${name}.en`) });
  const faq: unknown[] = [];
  for (let index = 0; index <= publicLimits.faqEntries; index++) {
    const entry = { question: pair(`faq.${index}.question`), answer: pair(`faq.${index}.answer`) };
    if ([entry.question.nb, entry.question.en, entry.answer.nb, entry.answer.en].some((value) => value.trim() !== "")) faq.push(entry);
  }
  return {
    title: pair("title"),
    whatAndWhy: pair("whatAndWhy"),
    contact: { name: get("contact.name"), role: pair("contact.role"), email: get("contact.email"), phone: get("contact.phone") },
    faq,
  };
}

export const slugSchema = z.object({
  intent: z.literal("slug"),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .refine(isSlug),
});

export const addUpdateSchema = z.object({
  intent: z.literal("addUpdate"),
  date: z.string().refine(isCalendarDate),
  title: line(publicLimits.updateTitle, 1),
  body: text(publicLimits.updateBody, 1),
});

export const removeUpdateSchema = z.object({ intent: z.literal("removeUpdate"), updateId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

const ticked = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true" || value === "yes");

export const publishSchema = z.object({ intent: z.literal("publish"), confirmPublic: ticked, acceptWarnings: ticked });

export const publicPageIntents = ["texts", "slug", "addUpdate", "removeUpdate", "publish", "unpublish"] as const;
export type PublicPageIntent = (typeof publicPageIntents)[number];

export function isPublicPageIntent(value: unknown): value is PublicPageIntent {
  return typeof value === "string" && (publicPageIntents as readonly string[]).includes(value);
}

export const publicFieldMessages: Readonly<Record<string, FieldMessage>> = {
  slug: {
    message: `Adressen kan ha ${publicLimits.slugMin}–${publicLimits.slugMax} tegn: små bokstaver a–z, tall og bindestrek mellom dem.`,
    messageEn: `The address can have ${publicLimits.slugMin}–${publicLimits.slugMax} characters: lowercase letters a–z, digits and hyphens between them.`,
  },
  "title.nb": { message: `Overskriften kan ha høyst ${publicLimits.title} tegn.`, messageEn: `The heading can have at most ${publicLimits.title} characters.` },
  "title.en": { message: `Overskriften kan ha høyst ${publicLimits.title} tegn.`, messageEn: `The heading can have at most ${publicLimits.title} characters.` },
  "whatAndWhy.nb": { message: `Teksten kan ha høyst ${publicLimits.whatAndWhy} tegn.`, messageEn: `The text can have at most ${publicLimits.whatAndWhy} characters.` },
  "whatAndWhy.en": { message: `Teksten kan ha høyst ${publicLimits.whatAndWhy} tegn.`, messageEn: `The text can have at most ${publicLimits.whatAndWhy} characters.` },
  "contact.name": { message: `Navnet kan ha høyst ${publicLimits.contactName} tegn.`, messageEn: `The name can have at most ${publicLimits.contactName} characters.` },
  "contact.role.nb": { message: `Rollen kan ha høyst ${publicLimits.contactRole} tegn.`, messageEn: `The role can have at most ${publicLimits.contactRole} characters.` },
  "contact.role.en": { message: `Rollen kan ha høyst ${publicLimits.contactRole} tegn.`, messageEn: `The role can have at most ${publicLimits.contactRole} characters.` },
  "contact.email": { message: "Skriv en e-postadresse på jobb, for eksempel navn@kommune.no.", messageEn: "Write a work e-mail address, for example name@municipality.no." },
  "contact.phone": { message: `Skriv telefonnummeret med tall, mellomrom og + (høyst ${publicLimits.contactPhone} tegn).`, messageEn: `Write the phone number with digits, spaces and + (at most ${publicLimits.contactPhone} characters).` },
  faq: { message: `Høyst ${publicLimits.faqEntries} spørsmål.`, messageEn: `At most ${publicLimits.faqEntries} questions.` },
  questionRequired: { message: "Skriv spørsmålet på bokmål.", messageEn: "Write the question in bokmål." },
  answerRequired: { message: "Skriv svaret på bokmål.", messageEn: "Write the answer in bokmål." },
  question: { message: `Spørsmålet kan ha høyst ${publicLimits.question} tegn.`, messageEn: `The question can have at most ${publicLimits.question} characters.` },
  answer: { message: `Svaret kan ha høyst ${publicLimits.answer} tegn.`, messageEn: `The answer can have at most ${publicLimits.answer} characters.` },
  date: { message: "Skriv datoen (ÅÅÅÅ-MM-DD).", messageEn: "Write the date (YYYY-MM-DD)." },
  title: { message: `Skriv en overskrift på 1–${publicLimits.updateTitle} tegn.`, messageEn: `Write a heading of 1–${publicLimits.updateTitle} characters.` },
  body: { message: `Skriv teksten på 1–${publicLimits.updateBody} tegn.`, messageEn: `Write the text in 1–${publicLimits.updateBody} characters.` },
  updateId: { message: "Oppdateringen er ikke gyldig.", messageEn: "The update is not valid." },
};
