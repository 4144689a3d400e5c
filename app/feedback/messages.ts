import type { Widen } from "../i18n/widen";

/** Texts of this part of the map page (namespace `feedback` in app/i18n), bokmål first. */
export const nb = {
  title: "Vurderinger og kommentarer",
} as const;

export const en: Widen<typeof nb> = {
  title: "Ratings and comments",
};
