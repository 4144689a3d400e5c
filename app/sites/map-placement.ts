import { useSyncExternalStore } from "react";

/**
 * The "place a point" mode, shared by the panel (which starts it and reads the
 * chosen place into its fields) and the map layer (which takes the click). The
 * two sit in different parts of the page, so they meet in this small store.
 */
export interface Placement {
  /** A click on the map chooses the point's place. */
  placing: boolean;
  /** The place last chosen on the map, with a counter so the same place chosen twice still counts. */
  chosen: { lat: number; lon: number; round: number } | null;
}

let state: Placement = { placing: false, chosen: null };
const listeners = new Set<() => void>();

function set(next: Placement): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Starts or stops the "place a point" mode. */
export function setPlacing(placing: boolean): void {
  if (state.placing !== placing) set({ ...state, placing });
}

/** The map was clicked in "place a point" mode: remember the place and leave the mode. */
export function choosePlace(position: { lat: number; lon: number }): void {
  const round = (value: number) => Math.round(value * 1e7) / 1e7;
  set({ placing: false, chosen: { lat: round(position.lat), lon: round(position.lon), round: (state.chosen?.round ?? 0) + 1 } });
}

/**
 * The current placement, re-rendering on change.
 *
 * @example
 * const { placing, chosen } = usePlacement();
 */
export function usePlacement(): Placement {
  return useSyncExternalStore(subscribe, () => state, () => state);
}
