import type { Widen } from "../i18n/widen";

/** Texts of this part (namespace `checklist` in app/i18n), bokmål first. */
export const nb = {
  title: "checklist",
};

export const en: Widen<typeof nb> = {
  title: "checklist",
};
