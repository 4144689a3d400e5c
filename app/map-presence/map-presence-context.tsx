import { createContext, useContext, useMemo, type ReactNode } from "react";
import { useMapPage } from "../map-page/map-page-context";
import { useMapPresence, type MapPresenceControls } from "./map-presence";

const MapPresenceContext = createContext<MapPresenceControls>({ others: [], setPointer: () => {} });

/**
 * Presence on the map page over the plan document's one connection (its
 * awareness, from the map page): this member's chosen site and pointer out,
 * the others' in, for the map layer, the list and the "also here" notes.
 * Render inside MapPageContext.
 */
export function MapPresenceProvider({ children }: { children: ReactNode }) {
  const { planAwareness, self, selectedId } = useMapPage();
  const { others, setPointer } = useMapPresence(planAwareness, self.id, selectedId);
  const value = useMemo(() => ({ others, setPointer }), [others, setPointer]);
  return <MapPresenceContext.Provider value={value}>{children}</MapPresenceContext.Provider>;
}

/** The others on the map and this member's pointer reporting. */
export function useMapPresenceControls(): MapPresenceControls {
  return useContext(MapPresenceContext);
}
