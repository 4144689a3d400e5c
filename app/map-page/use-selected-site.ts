import { useCallback, useState } from "react";
import type { SiteFocus } from "./map-page-context";

export interface SelectedSite {
  selectedId: string | null;
  /** Selects a site and asks the map to show it up close. */
  select(siteId: string): void;
  /** Selects a site (or none) where it is, without moving the map. */
  selectInPlace(siteId: string | null): void;
  focus: SiteFocus | null;
}

/**
 * The site chosen on the map page (in the list, on the map, from a comment),
 * and the requests to show it up close.
 *
 * @example
 * const { selectedId, select } = useSelectedSite();
 * select(site.id); // selected, and the map shows it
 */
export function useSelectedSite(): SelectedSite {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focus, setFocus] = useState<SiteFocus | null>(null);
  const select = useCallback((siteId: string) => {
    setSelectedId(siteId);
    setFocus((previous) => ({ siteId, request: (previous?.request ?? 0) + 1 }));
  }, []);
  return { selectedId, select, selectInPlace: setSelectedId, focus };
}
