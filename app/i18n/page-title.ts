import { createInstance, type i18n as I18n } from "i18next";
import { fallbackLanguage, i18nOptions, isLanguage, type Language } from "./config";

const instances = new Map<Language, I18n>();

function translatorFor(language: Language): I18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = createInstance();
    // Resources are bundled, so initialisation completes synchronously.
    void instance.init({ ...i18nOptions, lng: language, initImmediate: false });
    instances.set(language, instance);
  }
  return instance;
}

/**
 * A page title in the user's language, for route `meta` functions (which run
 * outside React, so they cannot use the translation hook).
 *
 * @example
 * export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "login.title") }];
 */
export function pageTitle(matches: ReadonlyArray<{ id: string; data?: unknown }>, key: string | null, prefix?: string): string {
  const root = matches.find((match) => match.id === "root")?.data as { lang?: unknown } | undefined;
  const language = isLanguage(root?.lang) ? root.lang : fallbackLanguage;
  const translator = translatorFor(language);
  const parts = [prefix, key ? translator.t(key) : undefined, translator.t("app.name")].filter(Boolean);
  return parts.join(" – ");
}
