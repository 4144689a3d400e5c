import type { Widen } from "../i18n/widen";

/** Texts of this part of the map page (namespace `compare` in app/i18n), bokmål first. */
export const nb = {
  title: "Sammenlign tomtene",
} as const;

export const en: Widen<typeof nb> = {
  title: "Compare the sites",
};
