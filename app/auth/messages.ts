import type { Widen } from "../i18n/widen";

/** Texts of sessions (namespace key `sessions` in app/i18n), bokmål first. */
export const nb = {
  signOutEverywhere: "Logg ut overalt",
  everywhere: {
    title: "Logg ut på alle enheter",
    intro:
      "Dette logger deg ut i alle nettlesere og på alle enheter der du er logget inn, også her. Åpne prosjektsider slutter å oppdatere seg med en gang.",
    when: "Gjør dette hvis du har glemt å logge ut på en delt maskin, eller hvis du tror noen andre har brukt kontoen din.",
    confirm: "Logg ut overalt",
    cancel: "Avbryt",
    doneTitle: "Du er logget ut overalt",
    ended_one: "{{count}} innlogging er avsluttet.",
    ended_other: "{{count}} innlogginger er avsluttet.",
    signInAgain: "Logg inn igjen",
  },
} as const;

export const en: Widen<typeof nb> = {
  signOutEverywhere: "Sign out everywhere",
  everywhere: {
    title: "Sign out on every device",
    intro:
      "This signs you out in every browser and on every device where you are signed in, this one too. Open project pages stop updating at once.",
    when: "Do this if you forgot to sign out on a shared computer, or if you think someone else has used your account.",
    confirm: "Sign out everywhere",
    cancel: "Cancel",
    doneTitle: "You are signed out everywhere",
    ended_one: "{{count}} session was ended.",
    ended_other: "{{count}} sessions were ended.",
    signInAgain: "Sign in again",
  },
};
