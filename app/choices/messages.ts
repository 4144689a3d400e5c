import type { Widen } from "../i18n/widen";

/** Texts of this part (namespace `choices` in app/i18n), bokmål first. */
export const nb = {
  title: "Valg",
};

export const en: Widen<typeof nb> = {
  title: "Choices",
};
