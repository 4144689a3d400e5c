import type { Widen } from "../i18n/widen";

/** Texts of app/workshops (namespace `workshops` in app/i18n), bokmål first (decision 014). */
export const nb = {
  title: "Verksteder",
};

export const en: Widen<typeof nb> = {
  title: "Workshops",
};
