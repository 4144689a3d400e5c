/**
 * The neighbourhood of a site (decision 013): the project's sites from the plan document, the
 * buildings and addresses of its map data within the notice radius of one of them.
 */
import type { Database } from "../../db/connection";
import { loadLayers } from "../reference-data/reference-layers.server";
import type { SiteStatus } from "../sites/site-document";
import type { RadiusResult } from "./notice-radius";
import { defaultRadiusMetres, neighboursWithin } from "./notice-radius";
import { defaultSite, readPlanSites } from "./plan-sites.server";

export interface SiteChoice {
  id: string;
  name: string;
  status: SiteStatus;
}

export interface NeighbourhoodJson {
  sites: SiteChoice[];
  /** The site shown; null when the project has no sites. */
  site: SiteChoice | null;
  radiusMetres: number;
  /** Buildings and addresses in the project's map data, anywhere. */
  mapBuildingsAndAddresses: number;
  result: RadiusResult | null;
}

const hasNeighbourTags = (properties: Record<string, unknown> | null) =>
  properties !== null && (("building" in properties && properties.building !== "no") || Object.keys(properties).some((key) => key.startsWith("addr:")));

/**
 * The neighbourhood around `siteId` (or the default site: chosen, else shortlisted, else the
 * first) within `radiusMetres`. An unknown site id shows the default site.
 *
 * @example
 * const { site, result } = await readNeighbourhood(db, projectId, { radiusMetres: 50 });
 */
export async function readNeighbourhood(db: Database, projectId: string, options: { siteId?: string; radiusMetres?: number }): Promise<NeighbourhoodJson> {
  const radiusMetres = options.radiusMetres ?? defaultRadiusMetres;
  const [sites, layers] = await Promise.all([readPlanSites(db, projectId), loadLayers(db, projectId)]);
  const site = sites.find((candidate) => candidate.id === options.siteId) ?? defaultSite(sites);
  const candidates = layers.features.filter((feature) => hasNeighbourTags(feature.properties as Record<string, unknown> | null));
  return {
    sites: sites.map(({ id, name, status }) => ({ id, name, status })),
    site: site ? { id: site.id, name: site.name, status: site.status } : null,
    radiusMetres,
    mapBuildingsAndAddresses: candidates.length,
    result: site ? neighboursWithin({ site: site.geometry, radiusMetres, features: candidates }) : null,
  };
}
