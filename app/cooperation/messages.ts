import type { Widen } from "../i18n/widen";

/** Texts of cooperation (namespace `cooperation` in app/i18n), bokmål first (decision 013). */
export const nb = {
  title: "Samarbeid",
};

export const en: Widen<typeof nb> = {
  title: "Cooperation",
};
