/**
 * One checklist form's round trip: a fetcher of its own (so several people, and several forms,
 * work at once), the server's refusal in the reader's language, each field's message, and a
 * callback when the server took it.
 */
import { useActionForm } from "../ui/use-action-form";
import type { ChecklistActionData } from "./checklist-types";

/** This feature's forms (app/ui/use-action-form.ts). */
export function useChecklistForm(options: { onSaved?: (data: Extract<ChecklistActionData, { ok: true }>) => void } = {}) {
  return useActionForm<ChecklistActionData>(options);
}

/** Where the checklist's forms post. */
export function checklistActionUrl(projectId: string): string {
  return `/projects/${projectId}/checklist`;
}
