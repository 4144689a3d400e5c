import type { Widen } from "../i18n/widen";

/** Texts of this part (namespace `homes` in app/i18n), bokmål first. */
export const nb = {
  title: "homes",
};

export const en: Widen<typeof nb> = {
  title: "homes",
};
