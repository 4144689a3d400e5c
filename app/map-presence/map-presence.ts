import { useCallback, useEffect, useRef, useState } from "react";
import type { Awareness } from "y-protocols/awareness";
import { isRole, type Role } from "../permissions";

/**
 * Presence on the map: next to the `user` field (set by the sync server from
 * the signed-in member), each client announces in its awareness state which
 * site it has chosen and where its pointer is on the map.
 */
export const mapPresenceField = "map";

export interface MapPresence {
  siteId: string | null;
  pointer: { lat: number; lon: number } | null;
}

export interface OtherOnMap extends MapPresence {
  userId: string;
  name: string;
  role: Role;
}

/** At most this often a pointer moving over the map is sent to the others. */
export const pointerIntervalMs = 100;

function readPresence(value: unknown): MapPresence {
  const map = (typeof value === "object" && value !== null ? value : {}) as { siteId?: unknown; pointer?: unknown };
  const pointer = map.pointer as { lat?: unknown; lon?: unknown } | null | undefined;
  const hasPointer = !!pointer && typeof pointer.lat === "number" && typeof pointer.lon === "number";
  return {
    siteId: typeof map.siteId === "string" ? map.siteId : null,
    pointer: hasPointer ? { lat: pointer.lat as number, lon: pointer.lon as number } : null,
  };
}

/**
 * The other members on the map, one entry a person (of several tabs, the one
 * with a pointer on the map wins), from the awareness states.
 *
 * @example
 * othersOnMap(awareness.getStates(), self.id); // [{ userId, name: "Silje", role: "police", siteId, pointer }]
 */
export function othersOnMap(states: Map<number, Record<string, unknown>>, selfId: string): OtherOnMap[] {
  const byUser = new Map<string, OtherOnMap>();
  for (const state of states.values()) {
    const user = state.user as { id?: unknown; name?: unknown; role?: unknown } | undefined;
    if (!user || typeof user.id !== "string" || typeof user.name !== "string" || !isRole(user.role) || user.id === selfId) continue;
    if (!(mapPresenceField in state)) continue;
    const entry: OtherOnMap = { userId: user.id, name: user.name, role: user.role, ...readPresence(state[mapPresenceField]) };
    const known = byUser.get(user.id);
    if (!known || (!known.pointer && entry.pointer)) byUser.set(user.id, entry);
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name, "nb"));
}

export interface MapPresenceControls {
  others: OtherOnMap[];
  /** Where this member's pointer is on the map (null: off the map); sent at most every pointerIntervalMs. */
  setPointer(pointer: MapPresence["pointer"]): void;
}

/**
 * Shares this member's chosen site and pointer with the others on the map and
 * lists theirs. Announces nothing until `awareness` is there.
 *
 * @example
 * const presence = useMapPresence(awareness, self.id, selectedId);
 * presence.setPointer({ lat: 63.42, lon: 10.4 });
 */
export function useMapPresence(awareness: Awareness | null, selfId: string, selectedSiteId: string | null): MapPresenceControls {
  const [others, setOthers] = useState<OtherOnMap[]>([]);
  const local = useRef<MapPresence>({ siteId: selectedSiteId, pointer: null });
  const pending = useRef<{ timer: ReturnType<typeof setTimeout> | null; lastSent: number }>({ timer: null, lastSent: 0 });

  useEffect(() => {
    if (!awareness) return;
    const refresh = () => setOthers(othersOnMap(awareness.getStates() as Map<number, Record<string, unknown>>, selfId));
    awareness.on("change", refresh);
    awareness.setLocalStateField(mapPresenceField, local.current);
    refresh();
    return () => {
      awareness.off("change", refresh);
      if (pending.current.timer) clearTimeout(pending.current.timer);
    };
  }, [awareness, selfId]);

  useEffect(() => {
    local.current = { ...local.current, siteId: selectedSiteId };
    awareness?.setLocalStateField(mapPresenceField, local.current);
  }, [awareness, selectedSiteId]);

  const setPointer = useCallback(
    (pointer: MapPresence["pointer"]) => {
      local.current = { ...local.current, pointer };
      if (!awareness || pending.current.timer) return;
      const send = () => {
        pending.current = { timer: null, lastSent: Date.now() };
        awareness.setLocalStateField(mapPresenceField, local.current);
      };
      const wait = pending.current.lastSent + pointerIntervalMs - Date.now();
      if (wait <= 0) send();
      else pending.current.timer = setTimeout(send, wait);
    },
    [awareness],
  );

  return { others, setPointer };
}
