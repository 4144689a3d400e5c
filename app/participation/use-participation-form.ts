/** One participation form's round trip (app/ui/use-action-form.ts). */
import { useActionForm } from "../ui/use-action-form";
import type { ParticipationProblem } from "./participation-problem";

/** What the participation actions answer (the same shape as participation-requests.server.ts). */
export type ParticipationFormData = { ok: true; intent: string; id: string } | { ok: false; intent: string | null; error: ParticipationProblem };

export function useParticipationForm(options: { onSaved?: (data: Extract<ParticipationFormData, { ok: true }>) => void } = {}) {
  return useActionForm<ParticipationFormData>(options);
}
