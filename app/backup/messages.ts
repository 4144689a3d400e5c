import type { Widen } from "../i18n/widen";

/** Texts of app/backup (namespace `backup` in app/i18n), bokmål first (decision 014). */
export const nb = {
  title: "Sikkerhetskopi",
  intro:
    "Last ned hele prosjektet som én fil, og importer den i en annen installasjon av Boplan. Kopien blir lik: de samme postene, de delte dokumentene og filene.",
  holdsHeading: "Dette er med",
  holds: {
    project: "Prosjektet, fasen og beslutningsloggen, tomtene, kartdataene og områdene med bekymring",
    checklist: "Sjekklisten med tilstander, kommentarer, uenigheter og dokumentasjon (bilder og PDF-er)",
    homes: "Boligene, hustypene, katalogen og beboernes valg",
    people: "Medvirkningen, informasjonsplanen, naboene og nabovarslene, henvendelsene, den offentlige prosjektsiden og samarbeidet",
    workshops: "Verkstedene med agenda, avstemninger og svar, parkeringsplassen og beslutningsnotatene",
    members: "Medlemmene med rollene sine, og navn og brukernavn på dem som står bak postene",
  },
  leftOutHeading: "Dette er ikke med",
  leftOut: {
    passwords:
      "Passord og e-postadresser. Den som ikke har konto i installasjonen du importerer i, får en konto uten passord og kan ikke logge inn før de får tilgang på nytt.",
    links: "Invitasjonslenker og deltakerkoder. Lag nye der prosjektet skal være.",
    installation: "Innlogginger og tellerne for innloggingsforsøk, som hører til denne installasjonen.",
  },
  privacy:
    "Filen inneholder personopplysninger, blant annet navn, adresselister og henvendelser. Oppbevar den trygt, og slett den når den ikke trengs lenger.",
  download: "Last ned sikkerhetskopi",
  downloadHelp: "Filen heter {{fileName}}.",
  action: "Sikkerhetskopi av prosjektet",
  actionHelp: "Last ned hele prosjektet som én fil.",
  importTitle: "Importer prosjekt",
  importIntro:
    "Last opp en sikkerhetskopi fra Boplan. Prosjektet legges inn her slik det var da kopien ble laget, og du blir prosjekteier hvis du ikke allerede er medlem.",
  importField: "Sikkerhetskopi (zip-fil)",
  importHelp: "Høyst 200 MB. Prosjektet kan ikke allerede finnes i denne installasjonen.",
  importSubmit: "Importer",
  importing: "Importerer …",
  importLink: "Importer prosjekt fra sikkerhetskopi",
  refused: "Sikkerhetskopien ble ikke importert",
};

export const en: Widen<typeof nb> = {
  title: "Backup",
  intro:
    "Download the whole project as one file, and import it into another installation of Boplan. The copy is the same: the same records, shared documents and files.",
  holdsHeading: "What it holds",
  holds: {
    project: "The project, its phase and decision log, the sites, the map data and the areas of concern",
    checklist: "The design checklist with its states, comments, disagreements and evidence (photos and PDFs)",
    homes: "The homes, house types, the catalogue and the residents' choices",
    people: "Participation, the information plan, the neighbours and formal neighbour notices, the inquiries, the public project page and the cooperation",
    workshops: "The workshops with their agenda, polls and answers, the questions set aside for later and the decision memos",
    members: "The members with their roles, and the name and username of whoever is behind a record",
  },
  leftOutHeading: "What it leaves out",
  leftOut: {
    passwords:
      "Passwords and e-mail addresses. Whoever has no account in the installation you import into gets an account without a password and cannot sign in until they are given access again.",
    links: "Invite links and join codes. Make new ones where the project will be.",
    installation: "Sign-ins and the counts of sign-in attempts, which belong to this installation.",
  },
  privacy:
    "The file holds personal data, among them names, address lists and inquiries. Keep it safe, and delete it when it is no longer needed.",
  download: "Download backup",
  downloadHelp: "The file is called {{fileName}}.",
  action: "Backup of the project",
  actionHelp: "Download the whole project as one file.",
  importTitle: "Import a project",
  importIntro:
    "Upload a backup from Boplan. The project is added here as it was when the backup was made, and you become its project owner if you are not a member already.",
  importField: "Backup (zip file)",
  importHelp: "At most 200 MB. The project cannot already be in this installation.",
  importSubmit: "Import",
  importing: "Importing …",
  importLink: "Import a project from a backup",
  refused: "The backup was not imported",
};
