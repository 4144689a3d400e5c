import { useSyncExternalStore } from "react";

/**
 * The "choose a place on the map" mode, shared by a form that starts it and
 * reads the chosen place into its fields (a point added by hand, a comment
 * pin) and the map, which takes the click. They sit in different parts of the
 * page, so they meet in this small store. One purpose at a time: starting one
 * ends the other, so a click never places two things (each comment form has a
 * purpose of its own, `comment:<site id or "map">`).
 */
export type PlacementPurpose = "referencePoint" | `comment:${string}`;

export interface ChosenPlace {
  purpose: PlacementPurpose;
  lat: number;
  lon: number;
  /** Counts the choices, so the same place chosen twice still counts. */
  round: number;
}

interface PlacementState {
  placing: PlacementPurpose | null;
  chosen: ChosenPlace | null;
}

let state: PlacementState = { placing: null, chosen: null };
const listeners = new Set<() => void>();

function set(next: PlacementState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Starts the mode for `purpose` (ending any other), or stops it with `null`. */
export function setPlacing(purpose: PlacementPurpose | null): void {
  if (state.placing !== purpose) set({ ...state, placing: purpose });
}

/** Stops the mode for `purpose`, if it is the one on (a closing form ends only its own). */
export function stopPlacing(purpose: PlacementPurpose): void {
  if (state.placing === purpose) set({ ...state, placing: null });
}

/** The map was clicked while choosing a place: remember it for the asking purpose and leave the mode. */
export function choosePlace(position: { lat: number; lon: number }): void {
  if (!state.placing) return;
  const round = (value: number) => Math.round(value * 1e7) / 1e7;
  set({
    placing: null,
    chosen: { purpose: state.placing, lat: round(position.lat), lon: round(position.lon), round: (state.chosen?.round ?? 0) + 1 },
  });
}

/** Whether any purpose is choosing a place now (the map shows a crosshair and takes the click). */
export function usePlacingAny(): boolean {
  return useSyncExternalStore(subscribe, () => state.placing !== null, () => false);
}

/**
 * The placement as `purpose` sees it: whether it is choosing now, and the place last chosen for it.
 *
 * @example
 * const { placing, chosen } = usePlacement(`comment:${siteId}`);
 */
export function usePlacement(purpose: PlacementPurpose): { placing: boolean; chosen: ChosenPlace | null } {
  const placing = useSyncExternalStore(subscribe, () => state.placing === purpose, () => false);
  const chosen = useSyncExternalStore(subscribe, () => (state.chosen?.purpose === purpose ? state.chosen : null), () => null);
  return { placing, chosen };
}
