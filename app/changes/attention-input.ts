/**
 * The attention flags' actions (POST /projects/:id/attention with intent `add` or `clear`),
 * checked by zod (decision 013). Server side only: the button reads the note's limit from
 * attention-limits.ts.
 */
import { z } from "zod";
import { roles } from "../permissions";
import { textCharactersMessage, userText } from "../ui/text-input";
import { maxNoteLength } from "./attention-limits";
import type { ChangesProblem } from "./changes-types";
import { subjectKinds } from "./subject-links";

const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const addInput = z.object({
  intent: z.literal("add"),
  subjectKind: z.enum(subjectKinds),
  subjectId: recordId,
  role: z.enum(roles),
  note: userText(z.string().trim().max(maxNoteLength), { multiline: true }).default(""),
});
const clearInput = z.object({ intent: z.literal("clear"), flagId: recordId });

export type AttentionInput = z.infer<typeof addInput> | z.infer<typeof clearInput>;

const fieldMessages: Record<string, { message: string; messageEn: string }> = {
  subjectKind: { message: "Det som skal markeres, er ikke gyldig.", messageEn: "What is to be flagged is not valid." },
  subjectId: { message: "Det som skal markeres, er ikke gyldig.", messageEn: "What is to be flagged is not valid." },
  role: { message: "Velg rollen som skal se dette.", messageEn: "Choose the role that should see this." },
  note: { message: `Notatet kan ha høyst ${maxNoteLength} tegn.`, messageEn: `The note can have at most ${maxNoteLength} characters.` },
  flagId: { message: "Markeringen er ikke gyldig.", messageEn: "The flag is not valid." },
};

/**
 * @example
 * const parsed = parseAttentionForm(await request.formData());
 */
export function parseAttentionForm(form: FormData): { ok: true; input: AttentionInput } | { ok: false; problem: ChangesProblem } {
  const values = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string"));
  const schema = values.intent === "add" ? addInput : values.intent === "clear" ? clearInput : null;
  if (!schema) return { ok: false, problem: { code: "unknownIntent", message: "Ukjent handling: bruk add eller clear.", messageEn: "Unknown intent: use add or clear." } };
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, input: result.data };
  const fields: Record<string, { message: string; messageEn: string }> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "intent");
    if (fields[field]) continue;
    fields[field] =
      issue.message === textCharactersMessage
        ? { message: "Teksten har tegn som ikke kan lagres (kontrolltegn eller ødelagte tegn). Fjern dem og prøv igjen.", messageEn: "The text has characters that cannot be stored (control or broken characters). Remove them and try again." }
        : (fieldMessages[field] ?? { message: "Ugyldig verdi.", messageEn: "Invalid value." });
  }
  const all = Object.values(fields);
  return { ok: false, problem: { code: "invalidInput", message: all.map((field) => field.message).join(" "), messageEn: all.map((field) => field.messageEn).join(" "), fields } };
}
