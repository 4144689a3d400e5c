import type { Widen } from "../i18n/widen";

/** Texts of this part (namespace `myHome` in app/i18n), bokmål first. */
export const nb = {
  title: "my-home",
};

export const en: Widen<typeof nb> = {
  title: "my-home",
};
