import type { Widen } from "../i18n/widen";

/** Texts of this part of the map page (namespace `concerns` in app/i18n), bokmål first. */
export const nb = {
  title: "Områder med bekymring",
} as const;

export const en: Widen<typeof nb> = {
  title: "Areas of concern",
};
