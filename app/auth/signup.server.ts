import type { Database } from "../../db/connection";
import type { FieldErrors } from "../ui/form-errors";
import { fieldErrorsOf, submittedValues } from "../ui/form-errors";
import type { SessionUser } from "./session.server";
import { createUser, signupSchema, UsernameTakenError } from "./users.server";

const fields = ["name", "username", "email"] as const;

export type SignupResult =
  | { ok: true; user: SessionUser }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * Creates an account from a submitted sign-up form, or says what is wrong with
 * it, keeping what was typed (never the password).
 */
export async function signUpFromForm(db: Database, form: FormData): Promise<SignupResult> {
  const values = submittedValues(form, fields);
  const parsed = signupSchema.safeParse({ ...values, password: form.get("password") ?? "" });
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error), values };
  try {
    return { ok: true, user: await createUser(db, parsed.data) };
  } catch (error) {
    if (error instanceof UsernameTakenError) {
      return { ok: false, errors: { username: "errors.usernameTaken" }, values };
    }
    throw error;
  }
}
