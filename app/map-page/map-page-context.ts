import type { FeatureCollection } from "geojson";
import { createContext, useContext } from "react";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import type { TagMapping } from "../geo/tag-mapping";
import type { SiteAssessment } from "../geo/types";
import type { Role } from "../permissions";
import type { Site } from "../sites/site-document";

/** A request to show a site up close on the map; `request` counts, so asking twice for one site still moves the map. */
export interface SiteFocus {
  siteId: string;
  request: number;
}

/**
 * What every part of the map page shares: the project, who is looking, the
 * plan document with its sites, their assessment and the selected site.
 * Provided by the map page (app/map-page/map-page.tsx); read by the panels and
 * by the map's layers (React context reaches through the lazily loaded map).
 *
 * A leaf module (types and the context only), so every feature may import it
 * without importing the page that composes them.
 */
export interface MapPage {
  projectId: string;
  self: { id: string; name: string; role: Role };
  /** The project's plan document (`project/<id>/plan`). */
  planDoc: Y.Doc;
  /** The plan document connection's presence, shared by the map's presence layer (no second connection). */
  planAwareness: Awareness;
  /** This member may change the plan document now (planner, connected or offline, not refused). */
  planEditable: boolean;
  sites: Site[];
  assessments: Map<string, SiteAssessment>;
  /** The reference data the assessment runs on (null: none yet). */
  reference: FeatureCollection | null;
  /** The project's own tag mapping (undefined: the default), for the assessment and the map's layers alike. */
  tagMapping: TagMapping | undefined;
  /** Fetches the reference data again (after an import, an upload or a point added by hand). */
  reloadReference(): void;
  selectedId: string | null;
  /** Selects a site and shows it up close on the map. */
  select(siteId: string): void;
  /** Selects a site (or none) without moving the map: a click or Enter on its shape, a deletion. */
  selectInPlace(siteId: string | null): void;
  /** The last request to show a site up close (the map follows it). */
  focus: SiteFocus | null;
}

export const MapPageContext = createContext<MapPage | null>(null);

export function useMapPage(): MapPage {
  const page = useContext(MapPageContext);
  if (!page) throw new Error("useMapPage: outside the map page");
  return page;
}
