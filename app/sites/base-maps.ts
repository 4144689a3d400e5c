/**
 * The base maps a project map offers. Tiles come from the providers' standard
 * web-mercator URLs; without internet they fail quietly and the data layers
 * draw on the plain background.
 */
export interface BaseMap {
  id: "osm" | "topo";
  url: string;
  attribution: string;
}

export const baseMaps: readonly BaseMap[] = [
  {
    id: "osm",
    url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>, ODbL',
  },
  {
    id: "topo",
    url: "https://cache.kartverket.no/v1/wmts/1.0.0/topo/default/webmercator/{z}/{y}/{x}.png",
    attribution: '© <a href="https://www.kartverket.no/">Kartverket</a>',
  },
];
