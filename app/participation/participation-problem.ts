/**
 * What a participation write returns (decision 013): done with the record's id, or refused with
 * a problem in the shape of app/http/problem.ts naming each wrong field, having changed nothing.
 * Shared by server and browser.
 */
import type { Problem, ProblemCode } from "../http/problem";

/** A field's message in both languages. */
export interface FieldMessage {
  message: string;
  messageEn: string;
}

export type ParticipationProblem = Problem<ProblemCode, Record<string, FieldMessage>>;

export type ParticipationResult = { ok: true; id: string } | { ok: false; problem: ParticipationProblem };

export const refused = (problem: ParticipationProblem): { ok: false; problem: ParticipationProblem } => ({ ok: false, problem });

/**
 * A 400 naming each wrong field.
 *
 * @example
 * refused(invalidFields({ reason: reasonRequired }));
 */
export function invalidFields(fields: Record<string, FieldMessage>): ParticipationProblem {
  const all = Object.values(fields);
  return { code: "invalidInput", message: all.map((field) => field.message).join(" "), messageEn: all.map((field) => field.messageEn).join(" "), fields };
}

export const forbidden: ParticipationProblem = {
  code: "forbidden",
  message: "Rollen din i prosjektet kan ikke gjøre dette.",
  messageEn: "Your role in this project cannot do this.",
};

/** A record that is not in this project (or not at all). */
export function notFound(what: { nb: string; en: string }): ParticipationProblem {
  return { code: "notFound", message: `Fant ikke ${what.nb} i dette prosjektet.`, messageEn: `This project has no such ${what.en}.` };
}

export const reasonRequired: FieldMessage = {
  message: "Skriv en begrunnelse: et innspill som ikke er tatt til følge, må begrunnes.",
  messageEn: "Write a reason: a point that was not adopted needs one.",
};
