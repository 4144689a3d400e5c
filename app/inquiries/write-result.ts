/**
 * What a write of the people around the project returns (decision 013): done, or refused with a
 * problem in the shape of app/http/problem.ts naming each wrong field, having changed nothing.
 * Shared by the inquiries and the public page, server and browser (no server-only imports).
 */
import type { Problem, ProblemCode } from "../http/problem";

/** A field's message in both languages. */
export interface FieldMessage {
  message: string;
  messageEn: string;
}

export type WriteProblem = Problem<ProblemCode, Record<string, FieldMessage>>;

export type WriteResult<Done extends object = object> = ({ ok: true } & Done) | { ok: false; problem: WriteProblem };

/** What a page's action answers its forms' fetchers. */
export type ActionData = { ok: true; intent: string } | { ok: false; intent: string; error: WriteProblem };

export const refused = (problem: WriteProblem): { ok: false; problem: WriteProblem } => ({ ok: false, problem });

/**
 * A 400 naming each wrong field.
 *
 * @example
 * refused(invalidFields({ topic: { message: "Skriv et emne.", messageEn: "Write a topic." } }));
 */
export function invalidFields(fields: Record<string, FieldMessage>): WriteProblem {
  const all = Object.values(fields);
  return { code: "invalidInput", message: all.map((field) => field.message).join(" "), messageEn: all.map((field) => field.messageEn).join(" "), fields };
}

export const textCharactersField: FieldMessage = {
  message: "Teksten har tegn som ikke kan lagres (kontrolltegn eller ødelagte tegn). Fjern dem og prøv igjen.",
  messageEn: "The text has characters that cannot be stored (control or broken characters). Remove them and try again.",
};
