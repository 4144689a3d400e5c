/**
 * Text a person types, checked the same way in every form and resource route (decision 011,
 * hole 7 of issue 7): a NUL character, another control character or a lone UTF-16 surrogate
 * cannot be stored (PostgreSQL refuses NUL in text and jsonb) or shown sensibly, and used to
 * end in a 500. Such text is refused with a clear message, and accepted text is normalised to
 * NFC, so "å" typed on a Mac and on Windows is one and the same name.
 */
import { z } from "zod";

export type TextProblem = "controlCharacter" | "loneSurrogate";

/** Translation key of the message forms show for refused text (app/i18n). */
export const textCharactersMessage = "errors.textCharacters";

/** C0 controls except tab, newline and carriage return; DEL; C1 controls. */
const multilineControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** In one-line fields (names), tab, newline and carriage return are refused too. */
const singleLineControls = /[\u0000-\u001F\u007F-\u009F]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What is wrong with a text, or null when it can be stored.
 *
 * @example
 * textProblem("Tomt\u0000B"); // "controlCharacter"
 * textProblem("Linje 1\nLinje 2", { multiline: true }); // null
 * textProblem("\uD800"); // "loneSurrogate"
 */
export function textProblem(value: string, options: { multiline?: boolean } = {}): TextProblem | null {
  if ((options.multiline ? multilineControls : singleLineControls).test(value)) return "controlCharacter";
  if (loneSurrogate.test(value)) return "loneSurrogate";
  return null;
}

/**
 * A zod schema for user text: refuses what `textProblem` finds (with `message`, a translation
 * key or a code the caller maps), normalises to NFC, then applies `then` (trim, lengths…).
 * `missingMessage` is the message when the field is absent.
 *
 * @example
 * const name = userText(z.string().trim().min(1, "errors.nameRequired").max(120, "errors.tooLong"));
 * name.safeParse("Tomt\u0000B").success; // false, message "errors.textCharacters"
 */
export function userText<Output>(
  then: z.ZodType<Output, z.ZodTypeDef, string>,
  options: { multiline?: boolean; message?: string; missingMessage?: string } = {},
): z.ZodType<Output, z.ZodTypeDef, unknown> {
  const message = options.message ?? textCharactersMessage;
  return z
    .string(options.missingMessage ? { required_error: options.missingMessage } : undefined)
    .superRefine((value, context) => {
      if (textProblem(value, options)) context.addIssue({ code: z.ZodIssueCode.custom, message, fatal: true });
    })
    .transform((value) => value.normalize("NFC"))
    .pipe(then);
}

/**
 * Whether a parsed value holds text that cannot be stored anywhere inside it (object keys
 * included), for data that is not a form field: uploaded GeoJSON properties.
 *
 * @example
 * findTextProblem({ name: "ok", note: ["\u0000"] }); // "controlCharacter"
 */
export function findTextProblem(value: unknown, options: { multiline?: boolean } = { multiline: true }): TextProblem | null {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === "string") {
      const problem = textProblem(item, options);
      if (problem) return problem;
    } else if (Array.isArray(item)) {
      pending.push(...item);
    } else if (typeof item === "object" && item !== null) {
      for (const [key, entry] of Object.entries(item)) {
        const problem = textProblem(key, options);
        if (problem) return problem;
        pending.push(entry);
      }
    }
  }
  return null;
}
