import { useSyncExternalStore } from "react";

/**
 * "Show this comment's pin on the map": asked by a thread in the side panel, carried out by the
 * map layer inside the lazily loaded map. They meet in this small store; the counter lets the
 * same pin be asked for twice.
 */
export interface PinFocus {
  commentId: string;
  round: number;
}

let state: PinFocus | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Asks the map to show the pin of the thread that starts with `commentId`. */
export function focusPin(commentId: string): void {
  state = { commentId, round: (state?.round ?? 0) + 1 };
  for (const listener of listeners) listener();
}

/**
 * The latest request, re-rendering on change.
 *
 * @example
 * const focus = usePinFocus(); // { commentId, round } | null
 */
export function usePinFocus(): PinFocus | null {
  return useSyncExternalStore(subscribe, () => state, () => null);
}
