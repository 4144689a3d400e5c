/**
 * The public page's texts as stored in `public_pages.content` (decision 013): each text in
 * bokmål and, optionally, English (the English page shows the bokmål text, marked as such, where
 * there is no English). Shared by server and browser.
 */

export interface Bilingual {
  nb: string;
  en: string;
}

export interface FaqEntry {
  question: Bilingual;
  answer: Bilingual;
}

export interface PublicContent {
  /** The page's heading; empty: the project's name. */
  title: Bilingual;
  /** What is being built and why, in positive words. */
  whatAndWhy: Bilingual;
  /** A named contact with a work e-mail and/or phone. */
  contact: { name: string; role: Bilingual; email: string; phone: string };
  faq: FaqEntry[];
}

export const emptyBilingual = (): Bilingual => ({ nb: "", en: "" });

export function emptyContent(): PublicContent {
  return { title: emptyBilingual(), whatAndWhy: emptyBilingual(), contact: { name: "", role: emptyBilingual(), email: "", phone: "" }, faq: [] };
}

/** A text in the reader's language, and the language it is really in (for `lang` on the element). */
export function inLanguage(text: Bilingual, language: string): { text: string; lang: "nb" | "en" } {
  if (language === "en" && text.en.trim() !== "") return { text: text.en, lang: "en" };
  return { text: text.nb, lang: "nb" };
}
