import type { Widen } from "../i18n/widen";

/**
 * Texts of the shared documents (namespace `documents` in app/i18n), bokmål first: the notice a
 * page shows when a reader skipped records that fail the document's schema. One key per map.
 */
export const nb = {
  skipped: {
    sites_one: "{{count}} tomt i planen kunne ikke leses og vises ikke. Be en planlegger se på den.",
    sites_other: "{{count}} tomter i planen kunne ikke leses og vises ikke. Be en planlegger se på dem.",
    decisions_one: "{{count}} beslutning i beslutningsloggen kunne ikke leses og vises ikke. Be en planlegger se på den.",
    decisions_other: "{{count}} beslutninger i beslutningsloggen kunne ikke leses og vises ikke. Be en planlegger se på dem.",
    project_one: "{{count}} opplysning om prosjektet kunne ikke leses og vises ikke. Be en planlegger se på den.",
    project_other: "{{count}} opplysninger om prosjektet kunne ikke leses og vises ikke. Be en planlegger se på dem.",
    assessmentSettings_one: "{{count}} innstilling for vurderingen kunne ikke leses, så standardverdien brukes. Be en planlegger se på den.",
    assessmentSettings_other: "{{count}} innstillinger for vurderingen kunne ikke leses, så standardverdiene brukes. Be en planlegger se på dem.",
    areas_one: "{{count}} område med bekymring kunne ikke leses og vises ikke. Be politiet se på det.",
    areas_other: "{{count}} områder med bekymring kunne ikke leses og vises ikke. Be politiet se på dem.",
  },
};

export const en: Widen<typeof nb> = {
  skipped: {
    sites_one: "{{count}} site in the plan could not be read and is not shown. Ask a planner to look at it.",
    sites_other: "{{count}} sites in the plan could not be read and are not shown. Ask a planner to look at them.",
    decisions_one: "{{count}} decision in the decision log could not be read and is not shown. Ask a planner to look at it.",
    decisions_other: "{{count}} decisions in the decision log could not be read and are not shown. Ask a planner to look at them.",
    project_one: "{{count}} detail of the project could not be read and is not shown. Ask a planner to look at it.",
    project_other: "{{count}} details of the project could not be read and are not shown. Ask a planner to look at them.",
    assessmentSettings_one: "{{count}} assessment setting could not be read, so the default is used. Ask a planner to look at it.",
    assessmentSettings_other: "{{count}} assessment settings could not be read, so the defaults are used. Ask a planner to look at them.",
    areas_one: "{{count}} area of concern could not be read and is not shown. Ask the police to look at it.",
    areas_other: "{{count}} areas of concern could not be read and are not shown. Ask the police to look at them.",
  },
};
