import { en } from "./en";
import { nb } from "./nb";

export const supportedLanguages = ["nb", "en"] as const;
export type Language = (typeof supportedLanguages)[number];
export const fallbackLanguage: Language = "nb";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (supportedLanguages as readonly string[]).includes(value);
}

// Both languages are small, so they ship with the bundle: no extra request, works offline.
export const resources = { nb: { common: nb }, en: { common: en } };

export const i18nOptions = {
  supportedLngs: [...supportedLanguages],
  fallbackLng: fallbackLanguage,
  defaultNS: "common",
  ns: ["common"],
  resources,
  interpolation: { escapeValue: false },
};
