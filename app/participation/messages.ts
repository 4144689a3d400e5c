import type { Widen } from "../i18n/widen";

/** Texts of participation (namespace `participation` in app/i18n), bokmål first (decision 013). */
export const nb = {
  title: "Medvirkning",
};

export const en: Widen<typeof nb> = {
  title: "Participation",
};
