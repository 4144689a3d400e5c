/**
 * Tile URLs of the base maps, from the environment so a municipality can use its own tile cache or
 * a Norway digital agreement's endpoint without a release. server/config.ts parses the environment
 * once (a malformed URL stops the start there) and passes the values in; unset ones fall back to
 * the providers' standard web-mercator URLs.
 *
 * OSM_TILE_URL   OpenStreetMap tiles (default https://tile.openstreetmap.org/{z}/{x}/{y}.png)
 * TOPO_TILE_URL  Kartverket's topographic map (default cache.kartverket.no … /topo/default/webmercator/{z}/{y}/{x}.png)
 */
import { baseMaps, type BaseMap } from "./base-maps";

/**
 * @example
 * baseMapsFromEnvironment({ OSM_TILE_URL: "https://tiles.example.kommune.no/osm/{z}/{x}/{y}.png" })[0].url;
 */
export function baseMapsFromEnvironment(environment: Readonly<Partial<Record<"OSM_TILE_URL" | "TOPO_TILE_URL", string>>>): BaseMap[] {
  const overrides: Record<BaseMap["id"], string | undefined> = { osm: environment.OSM_TILE_URL, topo: environment.TOPO_TILE_URL };
  return baseMaps.map((baseMap) => {
    const url = overrides[baseMap.id];
    return url && isTileUrl(url) ? { ...baseMap, url } : baseMap;
  });
}

function isTileUrl(value: string): boolean {
  return /^https?:\/\/[^\s]+$/.test(value) && ["{z}", "{x}", "{y}"].every((part) => value.includes(part));
}
