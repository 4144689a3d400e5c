import type { Widen } from "../i18n/widen";

/** Texts of inquiries (namespace `inquiries` in app/i18n), bokmål first (decision 013). */
export const nb = {
  title: "Henvendelser",
};

export const en: Widen<typeof nb> = {
  title: "Inquiries",
};
