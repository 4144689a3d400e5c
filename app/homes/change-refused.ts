/**
 * A change to the homes or the catalogue that the stores refuse, with what the planner needs to
 * act: a stable code (its message is `homes.errors.<code>`), the HTTP status the action answers
 * with, the values the message names (a home's name, a count of homes) and, for bad input, the
 * field. Nothing was changed. Shared by server and browser (the page shows the refusal).
 */
import type { ZodError } from "zod";

export type RefusalStatus = 400 | 404 | 409;

export type RefusalValues = Record<string, string | number>;

/** What an action answers with when a change is refused (JSON, beside `ok: false`). */
export interface Refusal {
  code: string;
  values: RefusalValues;
  field?: string;
}

export class ChangeRefused extends Error {
  constructor(
    readonly code: string,
    readonly status: RefusalStatus,
    readonly values: RefusalValues = {},
    readonly field?: string,
  ) {
    super(`${code}${field ? ` (${field})` : ""}`);
    this.name = "ChangeRefused";
  }

  toJSON(): Refusal {
    return { code: this.code, values: this.values, ...(this.field ? { field: this.field } : {}) };
  }
}

/**
 * The first problem of a failed parse as a refusal: zod messages of these forms are codes of
 * `homes.errors`, or a shared key (`errors.textCharacters`) passed on as it is.
 *
 * @example
 * throw invalidInput(schema.safeParse(form).error); // ChangeRefused("nameRequired", 400, {}, "name")
 */
export function invalidInput(error: ZodError): ChangeRefused {
  const issue = error.issues[0];
  const field = issue?.path.length ? String(issue.path[0]) : undefined;
  const message = issue?.message ?? "invalidInput";
  const known = /^([a-z][a-zA-Z]*|errors\.[a-zA-Z]+)$/.test(message) ? message : "invalidInput";
  return new ChangeRefused(known, 400, {}, field);
}

/** The translation key of a refusal's message. */
export function refusalKey(refusal: Pick<Refusal, "code">): string {
  return refusal.code.startsWith("errors.") ? refusal.code : `homes.errors.${refusal.code}`;
}
