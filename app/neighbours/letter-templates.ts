/**
 * The letter templates (decision 013): an information letter, a meeting invitation and the formal
 * neighbour notice (nabovarsel), in plain bokmål and in English, as data. Each template lists its
 * blanks (what the planner fills in, with a zod schema built from them) and its text, whose
 * `{{name}}` tokens are the blanks and a few facts taken from the project.
 *
 * About the residents a letter can say only the project's housing form and number of homes, and
 * those come from the project, never from a blank: no template has a field for anything else
 * about the people who will live there, and `letter-templates.test.ts` holds every template to it.
 * One component (./letter-document.tsx) renders a letter for the print page and for the PDF.
 */
import { z } from "zod";
import type { Language } from "../i18n/config";
import type { HousingForm } from "../projects/vocabulary";
import { isCalendarDate } from "../ui/format-time";
import { textCharactersMessage, userText } from "../ui/text-input";
import type { LetterTemplateKey } from "./neighbour-vocabulary";

export interface Bilingual {
  nb: string;
  en: string;
}

export type BlankKind = "line" | "text" | "date" | "time" | "email" | "phone";

export interface BlankSpec {
  name: string;
  kind: BlankKind;
  label: Bilingual;
  help?: Bilingual;
  required: boolean;
}

/** A paragraph or a fact shown only when its blank (`when`) is filled in. */
export interface TemplatePart {
  text: string;
  when?: string;
}

export interface TemplateText {
  subject: string;
  paragraphs: TemplatePart[];
  /** Label and value lines, shown as a list of facts (the formal notice's "what, where, who"). */
  facts: { label: string; value: string; when?: string }[];
  closing: string;
  /** The greeting of a letter without an address. */
  unaddressed: string;
  /** The greeting of a letter to an address: `{{owner}}` is the owner's name, else "Til eieren". */
  toOwner: string;
  toAddress: string;
}

export interface LetterTemplate {
  key: LetterTemplateKey;
  name: Bilingual;
  description: Bilingual;
  blanks: BlankSpec[];
  text: Record<Language, TemplateText>;
}

/** What the project tells every letter: the only facts about the residents a letter may hold. */
export interface LetterProject {
  name: string;
  municipality: string;
  housingForm: HousingForm;
  homeCount: number;
}

export const maxLineLength = 200;
export const maxTextLength = 3000;

/** How each housing form reads in a letter, with the number of homes. */
export const housingPhrases: Record<Language, Record<HousingForm, { one: string; other: string }>> = {
  nb: {
    smahus: { one: "ett småhus, en liten frittliggende bolig", other: "{{count}} småhus, små frittliggende boliger med én bolig i hvert hus" },
    bofellesskap: { one: "et bofellesskap med én leilighet og en personalbase", other: "et bofellesskap med {{count}} leiligheter og en personalbase" },
    samlokaliserte: { one: "én leilighet i et bygg med flere boliger", other: "{{count}} leiligheter samlet i ett bygg" },
    ordinary: { one: "én vanlig leilighet", other: "{{count}} vanlige leiligheter" },
  },
  en: {
    smahus: { one: "one small detached house", other: "{{count}} small detached houses, one home in each" },
    bofellesskap: { one: "a shared home with one flat and a staff base", other: "a shared home with {{count}} flats and a staff base" },
    samlokaliserte: { one: "one flat in a building with several homes", other: "{{count}} flats together in one building" },
    ordinary: { one: "one ordinary flat", other: "{{count}} ordinary flats" },
  },
};

const commonBlanks: BlankSpec[] = [
  { name: "letterDate", kind: "date", label: { nb: "Dato på brevet", en: "Date of the letter" }, required: true },
  {
    name: "site",
    kind: "line",
    label: { nb: "Hvor (adresse eller stedsnavn)", en: "Where (address or place name)" },
    help: { nb: "For eksempel «Eikelundveien 12» eller «tomta ved Eikelund senter».", en: "For example \"Eikelundveien 12\" or \"the site by Eikelund centre\"." },
    required: true,
  },
  { name: "sender", kind: "line", label: { nb: "Avsender", en: "Sender" }, help: { nb: "Kommunen og enheten som sender brevet.", en: "The municipality and the unit sending the letter." }, required: true },
  { name: "contactName", kind: "line", label: { nb: "Kontaktperson", en: "Contact person" }, help: { nb: "Navn eller rolle, for eksempel «Prosjektleder».", en: "A name or a role, for example \"Project lead\"." }, required: true },
  { name: "contactPhone", kind: "phone", label: { nb: "Telefon (valgfritt)", en: "Phone (optional)" }, required: false },
  { name: "contactEmail", kind: "email", label: { nb: "E-post (valgfritt)", en: "E-mail (optional)" }, required: false },
];

const aboutHelp: Bilingual = {
  nb: "Skriv om boligene, tomta og hva som skjer når. Ikke skriv om personene som skal bo der.",
  en: "Write about the homes, the site and what happens when. Do not write about the people who will live there.",
};

const contactNb = "Har du spørsmål, kan du kontakte {{contactName}}{{contactPhoneText}}{{contactEmailText}}.";
const contactEn = "If you have questions, please contact {{contactName}}{{contactPhoneText}}{{contactEmailText}}.";
const homesNb = "Boligene er tilrettelagte boliger: egne hjem for folk i kommunen som får oppfølging i hverdagen. For dem som skal bo her, er det en vei til en egen bolig.";
const homesEn = "The homes are supported homes: homes of their own for people in the municipality who get support in everyday life. For those who will live here, it is a path to a home of their own.";

const greetings = {
  nb: { unaddressed: "Til beboerne i nabolaget", toOwner: "Til {{owner}}", toAddress: "Til eieren" },
  en: { unaddressed: "To the residents of the neighbourhood", toOwner: "To {{owner}}", toAddress: "To the owner" },
};

export const letterTemplates: Record<LetterTemplateKey, LetterTemplate> = {
  information: {
    key: "information",
    name: { nb: "Informasjonsbrev", en: "Information letter" },
    description: { nb: "Forteller naboene hva som planlegges, og hvem de kan spørre.", en: "Tells the neighbours what is planned and whom to ask." },
    blanks: [
      ...commonBlanks,
      { name: "about", kind: "text", label: { nb: "Om prosjektet", en: "About the project" }, help: aboutHelp, required: true },
      { name: "timeline", kind: "text", label: { nb: "Veien videre", en: "What happens next" }, help: { nb: "For eksempel «Vi regner med byggestart våren 2027.»", en: "For example \"We expect building to start in spring 2027.\"" }, required: false },
      { name: "moreInfo", kind: "line", label: { nb: "Mer informasjon (valgfritt)", en: "More information (optional)" }, help: { nb: "En nettadresse, for eksempel prosjektets offentlige side.", en: "A web address, for example the project's public page." }, required: false },
    ],
    text: {
      nb: {
        subject: "Informasjon om nye boliger i nabolaget",
        paragraphs: [
          { text: "{{municipality}} planlegger {{housing}} på {{site}}. Med dette brevet vil vi fortelle deg som bor i nærheten, om planene før noe skjer." },
          { text: homesNb },
          { text: "{{about}}" },
          { text: "{{timeline}}", when: "timeline" },
          { text: "Vi vil gjerne høre fra dere. " + contactNb },
          { text: "Mer informasjon finner du på {{moreInfo}}.", when: "moreInfo" },
        ],
        facts: [],
        closing: "Med vennlig hilsen",
        ...greetings.nb,
      },
      en: {
        subject: "About new homes in the neighbourhood",
        paragraphs: [
          { text: "{{municipality}} is planning {{housing}} at {{site}}. With this letter we want to tell you who live nearby about the plans before anything happens." },
          { text: homesEn },
          { text: "{{about}}" },
          { text: "{{timeline}}", when: "timeline" },
          { text: "We would like to hear from you. " + contactEn },
          { text: "You will find more information at {{moreInfo}}.", when: "moreInfo" },
        ],
        facts: [],
        closing: "Kind regards",
        ...greetings.en,
      },
    },
  },
  meetingInvitation: {
    key: "meetingInvitation",
    name: { nb: "Invitasjon til møte", en: "Meeting invitation" },
    description: { nb: "Inviterer naboene til et informasjonsmøte.", en: "Invites the neighbours to an information meeting." },
    blanks: [
      ...commonBlanks,
      { name: "meetingDate", kind: "date", label: { nb: "Dato for møtet", en: "Date of the meeting" }, required: true },
      { name: "meetingTime", kind: "time", label: { nb: "Klokkeslett", en: "Time" }, required: true },
      { name: "meetingPlace", kind: "line", label: { nb: "Sted for møtet", en: "Place of the meeting" }, help: { nb: "For eksempel «Eikelund skole, gymsalen».", en: "For example \"Eikelund school, the gym\"." }, required: true },
      { name: "agenda", kind: "text", label: { nb: "Hva møtet handler om (valgfritt)", en: "What the meeting is about (optional)" }, help: aboutHelp, required: false },
    ],
    text: {
      nb: {
        subject: "Invitasjon til informasjonsmøte om nye boliger i nabolaget",
        paragraphs: [
          { text: "{{municipality}} planlegger {{housing}} på {{site}}. Vi inviterer deg som bor i nærheten, til et møte der vi forteller om planene og svarer på spørsmål." },
          { text: homesNb },
          { text: "{{agenda}}", when: "agenda" },
          { text: "Du er hjertelig velkommen. Du trenger ikke å melde deg på. " + contactNb },
        ],
        facts: [
          { label: "Tid", value: "{{meetingDateText}} klokka {{meetingTime}}" },
          { label: "Sted", value: "{{meetingPlace}}" },
        ],
        closing: "Med vennlig hilsen",
        ...greetings.nb,
      },
      en: {
        subject: "Invitation to an information meeting about new homes in the neighbourhood",
        paragraphs: [
          { text: "{{municipality}} is planning {{housing}} at {{site}}. We invite you who live nearby to a meeting where we tell you about the plans and answer questions." },
          { text: homesEn },
          { text: "{{agenda}}", when: "agenda" },
          { text: "You are very welcome. There is no need to sign up. " + contactEn },
        ],
        facts: [
          { label: "Time", value: "{{meetingDateText}} at {{meetingTime}}" },
          { label: "Place", value: "{{meetingPlace}}" },
        ],
        closing: "Kind regards",
        ...greetings.en,
      },
    },
  },
  formalNotice: {
    key: "formalNotice",
    name: { nb: "Nabovarsel", en: "Formal neighbour notice" },
    description: {
      nb: "Det formelle varselet etter plan- og bygningsloven § 21-3: hva det søkes om, hvor, hvem som søker og fristen for merknader.",
      en: "The formal notice under the Planning and Building Act § 21-3: what is applied for, where, who applies and the deadline for objections.",
    },
    blanks: [
      ...commonBlanks,
      { name: "sentDate", kind: "date", label: { nb: "Dato varselet sendes", en: "Date the notice is sent" }, help: { nb: "Fristen for merknader blir 14 dager etter denne datoen.", en: "The deadline for objections is 14 days after this date." }, required: true },
      { name: "applicant", kind: "line", label: { nb: "Tiltakshaver (den som søker)", en: "Applicant" }, help: { nb: "For eksempel «Demo kommune, eiendomsavdelingen».", en: "For example \"Demo municipality, property unit\"." }, required: true },
      { name: "property", kind: "line", label: { nb: "Eiendom (gårds- og bruksnummer)", en: "Property (cadastral number)" }, help: { nb: "For eksempel «gnr. 12, bnr. 345».", en: "For example \"gnr. 12, bnr. 345\"." }, required: true },
      { name: "appliedFor", kind: "text", label: { nb: "Hva det søkes om", en: "What is applied for" }, help: { nb: "For eksempel «Oppføring av fire småhus med bod og parkering.» Skriv om bygningene, ikke om personer.", en: "For example \"Building four small houses with a shed and parking.\" Write about the buildings, not about people." }, required: true },
      { name: "dispensation", kind: "text", label: { nb: "Dispensasjon (valgfritt)", en: "Dispensation (optional)" }, help: { nb: "Hva det søkes dispensasjon fra, og hvorfor.", en: "What a dispensation is applied for, and why." }, required: false },
      { name: "authority", kind: "line", label: { nb: "Søknaden sendes til", en: "The application goes to" }, help: { nb: "Kommunen som behandler søknaden, for eksempel «Demo kommune, byggesak».", en: "The municipality that handles it, for example \"Demo municipality, building applications\"." }, required: true },
      { name: "commentsTo", kind: "text", label: { nb: "Merknader sendes til", en: "Objections go to" }, help: { nb: "Postadresse og e-post til tiltakshaveren.", en: "The applicant's postal address and e-mail." }, required: true },
      { name: "documents", kind: "line", label: { nb: "Tegninger og beskrivelse (valgfritt)", en: "Drawings and description (optional)" }, help: { nb: "Hvor naboene kan se tegningene, for eksempel en nettadresse.", en: "Where the neighbours can see the drawings, for example a web address." }, required: false },
    ],
    text: {
      nb: {
        subject: "Nabovarsel",
        paragraphs: [
          { text: "Du får dette varselet som nabo eller gjenboer fordi {{applicant}} skal søke om tillatelse til tiltaket nedenfor (plan- og bygningsloven § 21-3). Prosjektet gjelder {{housing}}." },
          { text: homesNb },
          { text: "Det søkes også om dispensasjon: {{dispensation}}", when: "dispensation" },
          { text: "Tegninger og beskrivelse av tiltaket finner du her: {{documents}}", when: "documents" },
          { text: "Har du merknader, send dem skriftlig til {{commentsTo}} innen {{deadline}}. Fristen er 14 dager etter at varselet ble sendt {{sentDateText}}. Tiltakshaveren skal kommentere hver merknad, og kommunen får merknadene og kommentarene sammen med søknaden." },
          { text: contactNb },
        ],
        facts: [
          { label: "Tiltakshaver", value: "{{applicant}}" },
          { label: "Eiendom", value: "{{site}}, {{property}}" },
          { label: "Det søkes om", value: "{{appliedFor}}" },
          { label: "Søknaden sendes til", value: "{{authority}}" },
          { label: "Frist for merknader", value: "{{deadline}}" },
        ],
        closing: "Med vennlig hilsen",
        ...greetings.nb,
      },
      en: {
        subject: "Formal neighbour notice",
        paragraphs: [
          { text: "You receive this notice as a neighbour or a neighbour across the road because {{applicant}} will apply for a permit for the project below (Planning and Building Act § 21-3). The project is {{housing}}." },
          { text: homesEn },
          { text: "A dispensation is also applied for: {{dispensation}}", when: "dispensation" },
          { text: "You will find the drawings and a description here: {{documents}}", when: "documents" },
          { text: "If you have objections, send them in writing to {{commentsTo}} by {{deadline}}. The deadline is 14 days after the notice was sent on {{sentDateText}}. The applicant must comment on every objection, and the municipality receives the objections and the comments with the application." },
          { text: contactEn },
        ],
        facts: [
          { label: "Applicant", value: "{{applicant}}" },
          { label: "Property", value: "{{site}}, {{property}}" },
          { label: "Applied for", value: "{{appliedFor}}" },
          { label: "The application goes to", value: "{{authority}}" },
          { label: "Deadline for objections", value: "{{deadline}}" },
        ],
        closing: "Kind regards",
        ...greetings.en,
      },
    },
  },
};

export const languageBlank = "language";

const blankSchema = (blank: BlankSpec): z.ZodTypeAny => {
  const optional = (schema: z.ZodTypeAny) => (blank.required ? schema : z.union([z.literal(""), schema]).default(""));
  switch (blank.kind) {
    case "line":
      return userText(z.string().trim().min(blank.required ? 1 : 0).max(maxLineLength));
    case "text":
      return userText(z.string().trim().min(blank.required ? 1 : 0).max(maxTextLength), { multiline: true });
    case "date":
      return optional(z.string().refine(isCalendarDate, "date"));
    case "time":
      return optional(z.string().regex(/^([01]\d|2[0-3])[:.][0-5]\d$/, "time").transform((value) => value.replace(".", ":")));
    case "email":
      return optional(z.string().trim().max(maxLineLength).email());
    case "phone":
      return optional(z.string().trim().regex(/^\+?[\d ()-]{5,20}$/, "phone"));
  }
};

/**
 * The zod schema of a template's blanks (and the letter's language): every blank a string, each
 * checked by its kind; unknown fields are refused.
 *
 * @example
 * letterFieldsSchema("information").safeParse({ language: "nb", letterDate: "2026-12-02", … });
 */
export function letterFieldsSchema(key: LetterTemplateKey) {
  const shape: Record<string, z.ZodTypeAny> = { [languageBlank]: z.enum(["nb", "en"]) };
  for (const blank of letterTemplates[key].blanks) shape[blank.name] = blankSchema(blank);
  return z.object(shape).strict();
}

export type LetterFields = Record<string, string> & { language: Language };

/** What a wrong blank is told, in both languages. */
export function blankMessage(blank: BlankSpec): { message: string; messageEn: string } {
  const what: Record<BlankKind, Bilingual> = {
    line: { nb: `høyst ${maxLineLength} tegn på én linje`, en: `at most ${maxLineLength} characters on one line` },
    text: { nb: `høyst ${maxTextLength} tegn`, en: `at most ${maxTextLength} characters` },
    date: { nb: "en dato (ÅÅÅÅ-MM-DD)", en: "a date (YYYY-MM-DD)" },
    time: { nb: "et klokkeslett (TT:MM)", en: "a time (HH:MM)" },
    email: { nb: "en e-postadresse", en: "an e-mail address" },
    phone: { nb: "et telefonnummer", en: "a phone number" },
  };
  const required = blank.required ? { nb: "Fyll inn", en: "Fill in" } : { nb: "Rett opp", en: "Correct" };
  return { message: `${required.nb} «${blank.label.nb}»: ${what[blank.kind].nb}.`, messageEn: `${required.en} "${blank.label.en}": ${what[blank.kind].en}.` };
}

export { textCharactersMessage };
