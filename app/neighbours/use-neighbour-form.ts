/**
 * One neighbour form's round trip: a fetcher of its own (so several forms work at once), the
 * server's refusal in the reader's language, each field's message, and a callback when the
 * server took it.
 */
import { useActionForm } from "../ui/use-action-form";
import type { NeighbourActionData } from "./neighbour-types";

/** This feature's forms (app/ui/use-action-form.ts). */
export function useNeighbourForm(options: { onSaved?: (data: Extract<NeighbourActionData, { ok: true }>) => void } = {}) {
  return useActionForm<NeighbourActionData>(options);
}

export type NeighbourForm = ReturnType<typeof useNeighbourForm>;
