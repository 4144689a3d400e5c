/**
 * A form's text fields through its zod schema, with each wrong field named in both languages
 * (decision 013). Used by the inquiries' and the public page's actions.
 */
import type { z } from "zod";
import { textCharactersMessage } from "../ui/text-input";
import type { FieldMessage, WriteProblem } from "./write-result";
import { invalidFields, textCharactersField } from "./write-result";

/** The string fields of a form (files and repeated names: the first string). */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string" && !(name in values)) values[name] = value;
  return values;
}

/**
 * @example
 * const parsed = parseWith(answerSchema, formValues(form), answerFieldMessages);
 * if (!parsed.ok) return refusal(parsed.problem);
 */
export function parseWith<Output>(
  schema: z.ZodType<Output, z.ZodTypeDef, unknown>,
  values: unknown,
  messages: Readonly<Record<string, FieldMessage>>,
): { ok: true; input: Output } | { ok: false; problem: WriteProblem } {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, input: result.data };
  const fields: Record<string, FieldMessage> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    if (fields[field]) continue;
    // A message named by the schema, the field's own, the field without list positions
    // ("faq.question.nb"), its last named part ("question"), then its first.
    const named = issue.path.filter((part) => typeof part !== "number").map(String);
    const candidates = [issue.message, field, named.join("."), ...named.filter((part) => part !== "nb" && part !== "en").reverse()];
    const found = candidates.map((candidate) => messages[candidate]).find(Boolean);
    fields[field] = issue.message === textCharactersMessage ? textCharactersField : (found ?? { message: "Ugyldig verdi.", messageEn: "Invalid value." });
  }
  return { ok: false, problem: invalidFields(fields) };
}
