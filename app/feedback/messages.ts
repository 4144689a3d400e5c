import type { Widen } from "../i18n/widen";

/** Texts of this part of the map page (namespace `feedback` in app/i18n), bokmål first. */
export const nb = {
  title: "Vurderinger og kommentarer",
  failed: "Fikk ikke hentet vurderinger og kommentarer. Prøver igjen.",
  hidden: "{{count}} skjult til en planlegger viser dem",
  newComment: "Ny kommentar om tomta",
  send: "Legg til kommentar",
  readOnly: "Observatører kan lese, men ikke kommentere eller vurdere.",
} as const;

export const en: Widen<typeof nb> = {
  title: "Ratings and comments",
  failed: "Could not load ratings and comments. Trying again.",
  hidden: "{{count}} hidden until a planner shows them",
  newComment: "New comment on the site",
  send: "Add comment",
  readOnly: "Observers can read but not comment or rate.",
};
