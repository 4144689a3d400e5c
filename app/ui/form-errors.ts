import type { ZodError } from "zod";

/** Field name → translation key of its first problem. */
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    result[field] ??= issue.message.startsWith("errors.") ? issue.message : "errors.generic";
  }
  return result;
}

/** The submitted text fields, so a form with errors shows what the user typed. */
export function submittedValues(form: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = form.get(name);
    values[name] = typeof value === "string" ? value : "";
  }
  return values;
}
