import type { Widen } from "../i18n/widen";

/** Texts of app/workshop-ui (namespace `workshopUi` in app/i18n), bokmål first (decision 014). */
export const nb = {
  title: "Verksted",
};

export const en: Widen<typeof nb> = {
  title: "Workshop",
};
