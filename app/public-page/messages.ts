import type { Widen } from "../i18n/widen";

/** Texts of public-page (namespace `publicPage` in app/i18n), bokmål first (decision 013). */
export const nb = {
  title: "Offentlig prosjektside",
};

export const en: Widen<typeof nb> = {
  title: "Public project page",
};
