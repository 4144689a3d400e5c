import type { Widen } from "../i18n/widen";

/** Texts of this part (namespace `files` in app/i18n), bokmål first. */
export const nb = {
  title: "files",
};

export const en: Widen<typeof nb> = {
  title: "files",
};
