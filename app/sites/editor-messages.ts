import type { Widen } from "../i18n/widen";

/** Texts of this part of the map page (namespace `siteEditor` in app/i18n), bokmål first. */
export const nb = {
  title: "Rediger tomt",
} as const;

export const en: Widen<typeof nb> = {
  title: "Edit site",
};
