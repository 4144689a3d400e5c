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
  // React escapes every string it renders, so i18next must not escape too, or a name like
  // "Berg & Dal" would show as "Berg &amp; Dal". A t() result is text, never HTML: the lint
  // rules in eslint.config.js refuse every HTML sink it could reach (decision 011), and
  // test/security/xss-translations.test.ts renders such a name literally.
  interpolation: { escapeValue: false },
};
