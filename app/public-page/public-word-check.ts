/**
 * The stigmatising-word check over every text the public page shows (decision 013): its own
 * texts in their language, the dated updates and the inquiries shown on it (written in either
 * language, so both lists). Warnings, never a refusal to save; publishing needs the planner to
 * tick that they have read them while any remain.
 */
import type { Language } from "../i18n/config";
import { checkWords, type WordHit } from "../neighbours/word-check";
import type { Bilingual, PublicContent } from "./public-content";

export interface WordWarning {
  /** The form field or the record: "whatAndWhy.nb", "faq.1.answer.en", "update.<id>.body", "inquiry.<id>.answer". */
  field: string;
  found: string;
  phrase: string;
  why: string;
  suggestion: string;
}

const warningsOf = (field: string, hits: readonly WordHit[]): WordWarning[] =>
  hits.map((hit) => ({ field, found: hit.found, phrase: hit.phrase, why: hit.why, suggestion: hit.suggestion }));

function checkBilingual(field: string, text: Bilingual): WordWarning[] {
  return (["nb", "en"] as const).flatMap((language) => warningsOf(`${field}.${language}`, checkWords(text[language], language)));
}

/** A text whose language is not known: both lists, each phrase once. */
function checkEither(field: string, text: string): WordWarning[] {
  const hits = [...checkWords(text, "nb"), ...checkWords(text, "en" satisfies Language)].sort((a, b) => a.start - b.start);
  return warningsOf(field, hits.filter((hit, index) => index === 0 || hit.start >= hits[index - 1].end));
}

/**
 * @example
 * contentWarnings({ ...content, whatAndWhy: { nb: "Ingen siste utvei", en: "" } });
 * // [{ field: "whatAndWhy.nb", found: "siste utvei", suggestion: "«en vei til selvstendighet og mestring»", … }]
 */
export function contentWarnings(content: PublicContent): WordWarning[] {
  return [
    ...checkBilingual("title", content.title),
    ...checkBilingual("whatAndWhy", content.whatAndWhy),
    ...checkBilingual("contact.role", content.contact.role),
    ...content.faq.flatMap((entry, index) => [...checkBilingual(`faq.${index}.question`, entry.question), ...checkBilingual(`faq.${index}.answer`, entry.answer)]),
  ];
}

export function updateWarnings(update: { id: string; title: string; body: string }): WordWarning[] {
  return [...checkEither(`update.${update.id}.title`, update.title), ...checkEither(`update.${update.id}.body`, update.body)];
}

export function answerWarnings(answer: { id: string; topic: string; body: string; answer: string }): WordWarning[] {
  return (["topic", "body", "answer"] as const).flatMap((part) => checkEither(`inquiry.${answer.id}.${part}`, answer[part]));
}
