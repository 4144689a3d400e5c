/**
 * One cooperation form's round trip: its own fetcher (several planners and several forms work
 * at once), the server's refusal in the reader's language, each field's message, and a callback
 * once the server took it (to empty the form).
 */
import { useActionForm } from "../ui/use-action-form";
import type { CooperationActionData } from "./cooperation-types";

/** This feature's forms (app/ui/use-action-form.ts). */
export function useCooperationForm(options: { onSaved?: (data: Extract<CooperationActionData, { ok: true }>) => void } = {}) {
  return useActionForm<CooperationActionData>(options);
}

/** Where the cooperation page's forms post. */
export function cooperationActionUrl(projectId: string): string {
  return `/projects/${projectId}/cooperation`;
}
