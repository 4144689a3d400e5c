/** What the public inquiry form's action answers (decision 013). Shared by server and browser. */
import type { FieldMessage } from "../inquiries/write-result";

export type PublicFormResult =
  /** Stored: the receipt page. */
  | { kind: "receipt"; receipt: string; dueDate: string; hasContact: boolean }
  /** A field was wrong: the form again, with what was typed and each field's message (400). */
  | { kind: "invalid"; fields: Record<string, FieldMessage>; values: Record<string, string> }
  /** The honeypot was filled, or the post was not a form: a neutral refusal (400). */
  | { kind: "refused" }
  /** Over the limit per address and hour (429, Retry-After). */
  | { kind: "tooMany"; retryAfterSeconds: number };

/** The form's fields, in the order the error summary lists them. */
export const publicFormFields = ["fromName", "fromContact", "topic", "body"] as const;
