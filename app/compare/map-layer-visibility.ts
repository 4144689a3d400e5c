/**
 * Which map layers are shown, shared by the map's layers and their toggles
 * wherever the toggles are placed (in the map's own panel now; a panel outside
 * the map can use the same hook without a provider around both).
 */
import { useCallback, useSyncExternalStore } from "react";
import { mapLayerIds, type MapLayerId } from "./reference-layers";

type Visibility = Readonly<Record<MapLayerId, boolean>>;

const allShown = Object.fromEntries(mapLayerIds.map((id) => [id, true])) as Visibility;
let visibility: Visibility = allShown;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Shows or hides one layer for this page.
 *
 * @example
 * setLayerVisible("walking", false);
 */
export function setLayerVisible(id: MapLayerId, visible: boolean): void {
  if (visibility[id] === visible) return;
  visibility = { ...visibility, [id]: visible };
  for (const listener of listeners) listener();
}

/**
 * The layers' visibility, following every toggle.
 *
 * @example
 * const [visible, setVisible] = useMapLayerVisibility();
 * visible.busStop; // true
 */
export function useMapLayerVisibility(): [Visibility, (id: MapLayerId, visible: boolean) => void] {
  const current = useSyncExternalStore(subscribe, () => visibility, () => allShown);
  const set = useCallback((id: MapLayerId, visible: boolean) => setLayerVisible(id, visible), []);
  return [current, set];
}
