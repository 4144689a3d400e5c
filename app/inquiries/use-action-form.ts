/**
 * One form's round trip on the inquiries and public page editor pages: its own fetcher (several
 * forms work at once), the server's refusal in the reader's language, each field's message, and
 * whether the last send was taken.
 */
import { useActionForm as useSharedActionForm } from "../ui/use-action-form";
import type { ActionData } from "./write-result";

/** This feature's forms (app/ui/use-action-form.ts). */
export function useActionForm(options: { onSaved?: (data: Extract<ActionData, { ok: true }>) => void } = {}) {
  return useSharedActionForm<ActionData>(options);
}
