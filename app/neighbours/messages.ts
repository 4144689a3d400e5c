import type { Widen } from "../i18n/widen";

/** Texts of neighbours (namespace `neighbours` in app/i18n), bokmål first (decision 013). */
export const nb = {
  title: "Naboer og informasjon",
};

export const en: Widen<typeof nb> = {
  title: "Neighbours and information",
};
