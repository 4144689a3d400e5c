/**
 * What a workshop write returns (decision 014): done, or refused with a problem in the shape of
 * app/http/problem.ts naming each wrong field, having changed nothing. Shared by server and
 * browser (no server-only imports).
 */
import type { Problem, ProblemCode } from "../http/problem";

/** A field's message in both languages. */
export interface FieldMessage {
  message: string;
  messageEn: string;
}

export type WorkshopProblem = Problem<ProblemCode, Record<string, FieldMessage>>;

export type WorkshopResult<Value = Record<string, never>> = ({ ok: true } & Value) | { ok: false; problem: WorkshopProblem };

/**
 * A refusal as a result.
 *
 * @example
 * if (!poll) return refused(notFound({ nb: "avstemningen", en: "poll" }));
 */
export const refused = (problem: WorkshopProblem): { ok: false; problem: WorkshopProblem } => ({ ok: false, problem });

/**
 * A 400 naming each wrong field.
 *
 * @example
 * refused(invalidFields({ budget: { message: "…", messageEn: "…" } }));
 */
export function invalidFields(fields: Record<string, FieldMessage>): WorkshopProblem {
  const all = Object.values(fields);
  return { code: "invalidInput", message: all.map((field) => field.message).join(" "), messageEn: all.map((field) => field.messageEn).join(" "), fields };
}

export const forbidden: WorkshopProblem = {
  code: "forbidden",
  message: "Rollen din i prosjektet kan ikke gjøre dette.",
  messageEn: "Your role in this project cannot do this.",
};

/** A record that is not in this project or workshop (or not at all). */
export function notFound(what: { nb: string; en: string }): WorkshopProblem {
  return { code: "notFound", message: `Fant ikke ${what.nb} i dette verkstedet.`, messageEn: `This workshop has no such ${what.en}.` };
}

export const noSuchWorkshop: WorkshopProblem = { code: "notFound", message: "Fant ikke verkstedet i dette prosjektet.", messageEn: "This project has no such workshop." };

export const pollClosed: WorkshopProblem = {
  code: "pollClosed",
  message: "Avstemningen er ikke åpen: svaret ble ikke lagret.",
  messageEn: "The poll is not open: the answer was not saved.",
};

export const workshopNotRunning: WorkshopProblem = {
  code: "workshopNotRunning",
  message: "Verkstedet er ikke i gang nå.",
  messageEn: "The workshop is not running now.",
};

export const workshopEnded: WorkshopProblem = {
  code: "conflict",
  message: "Verkstedet er avsluttet og kan ikke endres.",
  messageEn: "The workshop has ended and cannot be changed.",
};
