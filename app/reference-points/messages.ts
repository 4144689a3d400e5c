import type { Widen } from "../i18n/widen";

/** Texts of this part of the map page (namespace `referencePoints` in app/i18n), bokmål first. */
export const nb = {
  title: "Punkter lagt inn for hånd",
} as const;

export const en: Widen<typeof nb> = {
  title: "Points added by hand",
};
