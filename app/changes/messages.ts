import type { Widen } from "../i18n/widen";

/** Texts of changes (namespace `changes` in app/i18n), bokmål first (decision 013). */
export const nb = {
  title: "Nytt siden sist",
};

export const en: Widen<typeof nb> = {
  title: "New since your last visit",
};
