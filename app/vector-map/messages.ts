import type { Widen } from "../i18n/widen";

/** Texts of app/vector-map (namespace `vectorMap` in app/i18n), bokmål first (decision 014). */
export const nb = {
  title: "Kart",
};

export const en: Widen<typeof nb> = {
  title: "Map",
};
