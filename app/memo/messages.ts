import type { Widen } from "../i18n/widen";

/** Texts of app/memo (namespace `memo` in app/i18n), bokmål first (decision 014). */
export const nb = {
  title: "Beslutningsnotat",
};

export const en: Widen<typeof nb> = {
  title: "Decision memo",
};
