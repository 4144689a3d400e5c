/**
 * Follow mode on the plan document's awareness (decision 014): the facilitator's console announces
 * where its map looks and which agenda item is on, at most 10 times a second; the screen and the
 * phones find that state by the workshop's facilitator (the sync server sets `user`, so no one
 * else can pose as them). Read-only members send nothing; their pages only listen.
 */
import { useEffect, useRef, useState } from "react";
import type { Awareness } from "y-protocols/awareness";
import { workshopPresenceField, type WorkshopPresence } from "../workshops/workshop-types";

type MapView = NonNullable<WorkshopPresence["view"]>;

function isView(value: unknown): value is MapView {
  const view = value as Partial<MapView> | null;
  return (
    !!view &&
    typeof view === "object" &&
    [view.lat, view.lon, view.zoom].every((number) => typeof number === "number" && Number.isFinite(number)) &&
    Math.abs(view.lat as number) <= 90 &&
    Math.abs(view.lon as number) <= 180
  );
}

/** The workshop field of one awareness state, if it is a well-formed one for this workshop. */
export function readWorkshopPresence(state: Record<string, unknown>, workshopId: string): WorkshopPresence | null {
  const value = state[workshopPresenceField] as Partial<WorkshopPresence> | null | undefined;
  if (!value || typeof value !== "object" || value.workshopId !== workshopId) return null;
  return {
    workshopId,
    view: isView(value.view) ? { lat: value.view.lat, lon: value.view.lon, zoom: value.view.zoom } : null,
    itemId: typeof value.itemId === "string" ? value.itemId : null,
  };
}

/**
 * The facilitator's announced state among all awareness states: the one of their connections that
 * carries this workshop and changed last (they may have the console open twice).
 *
 * @example
 * findFacilitatorPresence(awareness.getStates(), (id) => awareness.meta.get(id)?.lastUpdated ?? 0, "kari-id", workshop.id);
 */
export function findFacilitatorPresence(
  states: ReadonlyMap<number, Record<string, unknown>>,
  lastUpdated: (clientId: number) => number,
  facilitatorId: string,
  workshopId: string,
): WorkshopPresence | null {
  let found: { presence: WorkshopPresence; at: number } | null = null;
  for (const [clientId, state] of states) {
    const user = state.user as { id?: unknown } | undefined;
    if (!user || user.id !== facilitatorId) continue;
    const presence = readWorkshopPresence(state, workshopId);
    if (!presence) continue;
    const at = lastUpdated(clientId);
    if (!found || at >= found.at) found = { presence, at };
  }
  return found?.presence ?? null;
}

/**
 * What the facilitator announces now, re-rendering when it changes.
 *
 * @example
 * const followed = useFacilitatorPresence(plan.shared?.awareness, workshop.facilitator?.id, workshop.id);
 */
export function useFacilitatorPresence(awareness: Awareness | undefined, facilitatorId: string | undefined, workshopId: string): WorkshopPresence | null {
  const [presence, setPresence] = useState<WorkshopPresence | null>(null);
  useEffect(() => {
    if (!awareness || !facilitatorId) {
      setPresence(null);
      return;
    }
    let last = "";
    const refresh = () => {
      const found = findFacilitatorPresence(
        awareness.getStates() as Map<number, Record<string, unknown>>,
        (clientId) => awareness.meta.get(clientId)?.lastUpdated ?? 0,
        facilitatorId,
        workshopId,
      );
      const key = JSON.stringify(found);
      if (key === last) return;
      last = key;
      setPresence(found);
    };
    awareness.on("change", refresh);
    refresh();
    return () => awareness.off("change", refresh);
  }, [awareness, facilitatorId, workshopId]);
  return presence;
}

/**
 * Announces the console's presence on the awareness, at most once per `intervalMs` (the last
 * value always goes out), and takes it back when the console closes.
 *
 * @example
 * useAnnounceWorkshopPresence(plan.shared?.awareness, { workshopId, view, itemId });
 */
export function useAnnounceWorkshopPresence(awareness: Awareness | undefined, presence: WorkshopPresence | null, intervalMs = 100): void {
  const latest = useRef(presence);
  latest.current = presence;
  const sentAt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const key = JSON.stringify(presence);

  useEffect(() => {
    if (!awareness) return;
    const send = () => {
      timer.current = undefined;
      sentAt.current = performance.now();
      awareness.setLocalStateField(workshopPresenceField, latest.current);
    };
    const wait = intervalMs - (performance.now() - sentAt.current);
    if (wait <= 0) send();
    else if (!timer.current) timer.current = setTimeout(send, wait);
  }, [awareness, key, intervalMs]);

  useEffect(() => {
    if (!awareness) return;
    return () => {
      clearTimeout(timer.current);
      timer.current = undefined;
      // Gone from the console: the screen and the phones stop following a view no one drives.
      if (awareness.getLocalState() !== null) awareness.setLocalStateField(workshopPresenceField, null);
    };
  }, [awareness]);
}

/**
 * A followed view as a short text (for a data attribute tests and people can read).
 *
 * @example
 * viewKey({ lat: 59.912345, lon: 10.75, zoom: 15.25 }); // "59.9123,10.7500,15.3"
 */
export function viewKey(view: { lat: number; lon: number; zoom: number } | null | undefined): string {
  return view ? `${view.lat.toFixed(4)},${view.lon.toFixed(4)},${view.zoom.toFixed(1)}` : "";
}
