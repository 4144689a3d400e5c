import type { Widen } from "../i18n/widen";

/** Texts of app/backup (namespace `backup` in app/i18n), bokmål first (decision 014). */
export const nb = {
  title: "Sikkerhetskopi",
};

export const en: Widen<typeof nb> = {
  title: "Backup",
};
