/**
 * The refusals of the planners' side of the residents' choices, in the app's one problem shape
 * (app/http/problem.ts): `invalidInput` (400) naming each wrong field, `notFound` (404) for a
 * home, category or option that is not in this project, `forbidden` (403), and `conflict` (409:
 * the request is well formed but the state does not allow it, with the reason). Nothing was changed. Shared by server and
 * browser: the page shows a problem's message in the page's language.
 */
import type { Problem, ProblemCode } from "../http/problem";
import { problemStatus } from "../http/problem";

export type ChoicesProblemCode = Extract<ProblemCode, "invalidInput" | "notFound" | "forbidden" | "unknownIntent" | "conflict">;

/** A message in both languages. */
export interface BilingualText {
  message: string;
  messageEn: string;
}

/** For `invalidInput`: the message of each wrong field, by the form's field name. */
export type ChoicesProblemFields = Record<string, BilingualText>;

export type ChoicesProblem = Omit<Problem, "code" | "fields"> & { code: ChoicesProblemCode; fields?: ChoicesProblemFields };

/**
 * The HTTP status of a choices problem.
 *
 * @example
 * choicesProblemStatus("conflict"); // 409
 */
export function choicesProblemStatus(code: ChoicesProblemCode): number {
  return problemStatus(code);
}

/** A refusal thrown by the store; the route answers it as `{ error: problem }` with its status. */
export class ChoicesRefused extends Error {
  readonly problem: ChoicesProblem;
  constructor(problem: ChoicesProblem) {
    super(problem.messageEn);
    this.name = "ChoicesRefused";
    this.problem = problem;
  }
  get status(): number {
    return choicesProblemStatus(this.problem.code);
  }
}

/** The messages of wrong fields, by the code the input schema gives (app/choices/choice-input.ts). */
export const fieldMessages = {
  required: { message: "Dette feltet må fylles ut.", messageEn: "This field is required." },
  homeRequired: { message: "Velg en bolig.", messageEn: "Choose a home." },
  categoryRequired: { message: "Velg en kategori.", messageEn: "Choose a category." },
  optionRequired: { message: "Velg et alternativ.", messageEn: "Choose an option." },
  meetingRequired: { message: "Skriv hvilket møte dere valgte på, for eksempel «Hjemmebesøk».", messageEn: "Write which meeting you chose at, for example “Home visit”." },
  meetingTooLong: { message: "Møtet kan ha høyst 120 tegn.", messageEn: "The meeting can have at most 120 characters." },
  dateInvalid: { message: "Skriv en dato som 2026-12-02.", messageEn: "Enter a date like 2026-12-02." },
  dateInFuture: { message: "Datoen kan ikke være fram i tid: registrer valget etter møtet.", messageEn: "The date cannot be in the future: record the choice after the meeting." },
  untilPast: { message: "Sluttdatoen kan ikke være før i dag.", messageEn: "The last day cannot be before today." },
  optionOtherCategory: { message: "Alternativet hører til en annen kategori. Velg et alternativ i kategorien.", messageEn: "The option belongs to another category. Choose an option in the category." },
  textCharacters: {
    message: "Teksten har tegn som ikke kan lagres (kontrolltegn eller ødelagte tegn). Fjern dem og prøv igjen.",
    messageEn: "The text has characters that cannot be stored (control or broken characters). Remove them and try again.",
  },
} satisfies Record<string, BilingualText>;

export type FieldMessageCode = keyof typeof fieldMessages;

export function isFieldMessageCode(value: string): value is FieldMessageCode {
  return Object.prototype.hasOwnProperty.call(fieldMessages, value);
}

/**
 * The problem of wrong fields.
 *
 * @example
 * invalidFields({ meetingDate: "dateInFuture" }); // { code: "invalidInput", fields: { meetingDate: { message: "Datoen kan ikke …" } } }
 */
export function invalidFields(fields: Record<string, FieldMessageCode>): ChoicesProblem {
  return {
    code: "invalidInput",
    message: "Noe i skjemaet må rettes.",
    messageEn: "Something in the form needs correcting.",
    fields: Object.fromEntries(Object.entries(fields).map(([field, code]) => [field, fieldMessages[code]])),
  };
}

const notFoundTexts = {
  home: { message: "Fant ikke boligen i dette prosjektet.", messageEn: "No such home in this project." },
  category: { message: "Fant ikke kategorien i dette prosjektet.", messageEn: "No such category in this project." },
  option: { message: "Fant ikke alternativet i dette prosjektet.", messageEn: "No such option in this project." },
} satisfies Record<string, BilingualText>;

/** An id that is not in this project (or does not exist): 404, the field named in `details`. */
export function notFound(what: keyof typeof notFoundTexts): ChoicesProblem {
  return { code: "notFound", ...notFoundTexts[what], details: { what } };
}

const conflictTexts = {
  optionFails: {
    message: "Alternativet tåler ikke bruken (robusthet) og kan ikke velges. Velg et annet alternativ.",
    messageEn: "The option fails the robustness check and cannot be chosen. Choose another option.",
  },
  notAllocated: {
    message: "Boligen er ikke tildelt noen beboer ennå, så ingen valg kan registreres sammen med beboeren. Tildel boligen først.",
    messageEn: "The home is not allocated to a resident yet, so no choice can be recorded together with the resident. Allocate the home first.",
  },
  notOpenedYet: {
    message: "Kategorien har ikke åpnet ennå. Endre åpningsdatoen i katalogen i stedet.",
    messageEn: "The category has not opened yet. Change its opening date in the catalogue instead.",
  },
  notReopened: { message: "Kategorien er ikke åpnet igjen for denne boligen.", messageEn: "The category is not reopened for this home." },
  noHelpRequest: { message: "Det er ingen ubesvarte ønsker om hjelp her.", messageEn: "There are no unanswered requests for help here." },
} satisfies Record<string, BilingualText>;

export type ConflictReason = keyof typeof conflictTexts;

/** A well-formed request the state does not allow: 409 with the reason. */
export function conflict(reason: ConflictReason, details: Record<string, unknown> = {}): ChoicesProblem {
  return { code: "conflict", ...conflictTexts[reason], details: { reason, ...details } };
}

export const forbiddenChoicesProblem: ChoicesProblem = {
  code: "forbidden",
  message: "Bare planleggere kan registrere valg sammen med beboeren og åpne kategorier igjen.",
  messageEn: "Only planners can record choices together with the resident and reopen categories.",
};

export const unknownIntentProblem: ChoicesProblem = {
  code: "unknownIntent",
  message: "Ukjent handling.",
  messageEn: "Unknown action.",
};
