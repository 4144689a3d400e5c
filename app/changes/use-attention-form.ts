/** One attention form's round trip (add or clear a flag): its own fetcher and the refusal in the reader's language. */
import { useActionForm } from "../ui/use-action-form";
import type { AttentionActionData } from "./changes-types";

/** This feature's forms (app/ui/use-action-form.ts). */
export function useAttentionForm(options: { onSaved?: (data: Extract<AttentionActionData, { ok: true }>) => void } = {}) {
  return useActionForm<AttentionActionData>(options);
}

/** Where the attention forms post, and where a record's open flags are read. */
export function attentionUrl(projectId: string): string {
  return `/projects/${projectId}/attention`;
}
