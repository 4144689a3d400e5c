import type { Widen } from "../i18n/widen";

/** Texts of app/vector-map (namespace `vectorMap` in app/i18n), bokmål first (decision 014). */
export const nb = {
  title: "Kart",
  legend: "Tegnforklaring",
  scaleBar: "Målestokk: {{length}}",
  north: "N",
  northArrow: "Nord er opp",
  osmAttribution: "Kartdata: © OpenStreetMap-bidragsytere",
  nothingToShow: "Ingen steder å vise på kartet.",
  pickHelp: "Flytt markøren med piltastene og trykk Enter for å peke på stedet.",
  kinds: {
    site: "Tomt",
    chosenSite: "Valgt tomt",
    candidate: "Aktuell tomt",
    concern: "Område med bekymring",
    destination: "Målpunkt",
    busStop: "Bussholdeplass",
    shop: "Dagligvare",
    school: "Skole eller barnehage",
    housing: "Tilrettelagte boliger i nærheten",
    route: "Gangvei",
    other: "Annet",
  },
};

export const en: Widen<typeof nb> = {
  title: "Map",
  legend: "Legend",
  scaleBar: "Scale: {{length}}",
  north: "N",
  northArrow: "North is up",
  osmAttribution: "Map data: © OpenStreetMap contributors",
  nothingToShow: "No places to show on the map.",
  pickHelp: "Move the marker with the arrow keys and press Enter to point at the place.",
  kinds: {
    site: "Site",
    chosenSite: "Chosen site",
    candidate: "Candidate site",
    concern: "Area of concern",
    destination: "Destination",
    busStop: "Bus stop",
    shop: "Grocery",
    school: "School or kindergarten",
    housing: "Supported homes nearby",
    route: "Walking route",
    other: "Other",
  },
};
