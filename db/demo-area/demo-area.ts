/**
 * The demo project's area: an invented neighbourhood ("Eikelund", around lon 10.97, lat 59.95) as
 * OpenStreetMap-style GeoJSON (tags as properties, as osmtogeojson writes them), and four candidate
 * sites that together show every kind of finding. Nothing here is a real place or address.
 *
 * Built in a local metric frame (x metres east, y metres north of the origin), so distances are known
 * by construction. Walking lines that meet share a vertex (they are noded here), the railway and the
 * level-crossing street share the crossing vertex. `area.geojson` and `sites.geojson` in this folder are
 * this module's output, written by `npx tsx db/demo-area/write-demo-area.ts`, for use with
 * `npm run assess -- --osm db/demo-area/area.geojson --sites db/demo-area/sites.geojson`.
 *
 * The story, by site:
 * - Tomt A – Eikelund senter: shop, bus stop and pharmacy a minute away, no barrier in between (passes).
 * - Tomt B – Bjørkeveien: the station bus stop is ~260 m away across the railway; the safe walk goes
 *   round by the level crossing at Stasjonsgata (risky railway shortcut).
 * - Tomt C – Vollveien (a polygon): right behind the noise barrier along the trunk road; the bus stop
 *   and corner shop on the other side are close in a straight line, the safe walk goes through the
 *   underpass far to the west (risky shortcut across the noise barrier and trunk road).
 * - Tomt D – Skolebakken: near two existing supported-housing units, the school and a kindergarten
 *   (neighbourhood attention).
 *
 * One area of concern, as the police might draw it, lies between Bjørkeveien and the railway, some
 * 70 m from Tomt B (near it) and far from the others. It is seeded into the project's concerns
 * document, which only police and the municipality can open.
 */
import type { Feature, FeatureCollection, LineString, Point, Polygon } from "geojson";
import type { SiteInput } from "../../app/sites/site-document";

const LON0 = 10.97;
const LAT0 = 59.95;
const METERS_PER_DEGREE = (6371008.8 * Math.PI) / 180;

type Xy = [number, number];
type Tags = Record<string, string | number>;

const toLonLat = ([x, y]: Xy): [number, number] => [
  Math.round((LON0 + x / (METERS_PER_DEGREE * Math.cos((LAT0 * Math.PI) / 180))) * 1e7) / 1e7,
  Math.round((LAT0 + y / METERS_PER_DEGREE) * 1e7) / 1e7,
];

interface DemoLine {
  tags: Tags;
  points: Xy[];
  /** Part of the walking network: noded against the other walking lines. */
  walking: boolean;
}
interface DemoPoint {
  tags: Tags;
  at: Xy;
}

const street = (name: string, points: Xy[], highway = "residential"): DemoLine => ({ tags: { highway, name }, points, walking: true });
const footway = (name: string, points: Xy[], extra: Tags = {}): DemoLine => ({ tags: { highway: "footway", name, ...extra }, points, walking: true });
const other = (tags: Tags, points: Xy[]): DemoLine => ({ tags, points, walking: false });

/** Streets and paths: a grid west of the railway, a small industrial area east of it. */
const walkingLines: DemoLine[] = [
  street("Eikelundveien", [[-500, -800], [-500, 1000]], "tertiary"),
  street("Granveien", [[-800, -800], [-800, 800]]),
  street("Bjørkeveien", [[-150, -600], [-150, 800]]),
  // Crosses the railway at grade: the level crossing shares the vertex (0, 800) with the railway.
  street("Stasjonsgata", [[-800, 800], [0, 800], [400, 800]], "tertiary"),
  street("Lindeveien", [[-800, 300], [-150, 300]]),
  street("Asketunet", [[-800, -250], [-150, -250]]),
  street("Sørveien", [[-950, -600], [-150, -600]]),
  street("Vollveien", [[-800, -800], [-300, -800]]),
  street("Nedre Sørvei", [[-950, -1200], [-200, -1200]]),
  street("Perrongveien", [[100, -600], [100, 800]]),
  street("Verkstedveien", [[400, -600], [400, 800]]),
  street("Sporveien", [[100, -600], [400, -600]]),
  // Over the motorway tunnel: no barrier.
  street("Industriveien", [[100, 0], [1000, 0]]),
  street("Fjellveien", [[1000, -150], [1000, 400]]),
  footway("Skolestien", [[-500, 620], [-150, 620]]),
  footway("Parkstien", [[-650, -250], [-650, 300]]),
  footway("Skogstien", [[-950, -600], [-950, -950]]),
  // Under the trunk road: walkable, the only safe way south for Vollveien.
  footway("Undergangen", [[-950, -950], [-950, -1200]], { tunnel: "yes", layer: -1 }),
  footway("Busslommestien", [[-560, -1070], [-560, -1200]]),
  // Over the railway: a footbridge is no barrier.
  footway("Gangbrua", [[-150, -600], [100, -600]], { bridge: "yes", layer: 1 }),
];

const barrierLines: DemoLine[] = [
  other({ railway: "rail", name: "Eikelundbanen", usage: "main", electrified: "contact_line" }, [[0, -1200], [0, 800], [0, 1100]]),
  other({ highway: "trunk", name: "Hovedveien", maxspeed: 70 }, [[-1100, -1050], [-60, -1050]]),
  other({ highway: "trunk", name: "Hovedveien", bridge: "yes", layer: 1 }, [[-60, -1050], [60, -1050]]),
  other({ highway: "trunk", name: "Hovedveien", maxspeed: 70 }, [[60, -1050], [700, -1050]]),
  other({ barrier: "wall", wall: "noise_barrier", name: "Støyskjermen ved Vollveien" }, [[-800, -1030], [-300, -1030]]),
  other({ highway: "motorway", name: "Motorveien" }, [[700, -1100], [700, -200]]),
  other({ highway: "motorway", name: "Eikelundtunnelen", tunnel: "yes", layer: -1 }, [[700, -200], [700, 600]]),
  other({ highway: "motorway", name: "Motorveien" }, [[700, 600], [700, 1100]]),
];

const points: DemoPoint[] = [
  { tags: { railway: "level_crossing", crossing: "barrier" }, at: [0, 800] },
  { tags: { railway: "station", public_transport: "station", name: "Eikelund stasjon" }, at: [40, 300] },
  // Everyday destinations.
  { tags: { shop: "supermarket", name: "Matkroken Eikelund" }, at: [-450, -230] },
  { tags: { shop: "convenience", name: "Nærbutikken Sør" }, at: [-550, -1215] },
  { tags: { amenity: "pharmacy", name: "Eikelund apotek" }, at: [-430, -270] },
  { tags: { amenity: "doctors", name: "Eikelund legesenter" }, at: [-170, 60] },
  // The same stop mapped twice, as in OSM: the engine counts it once.
  { tags: { highway: "bus_stop", name: "Eikelund senter" }, at: [-490, -200] },
  { tags: { public_transport: "platform", bus: "yes", name: "Eikelund senter" }, at: [-486, -200] },
  // One node tagged both ways.
  { tags: { highway: "bus_stop", public_transport: "platform", bus: "yes", name: "Eikelund stasjon" }, at: [108, 300] },
  { tags: { highway: "bus_stop", name: "Skolebakken" }, at: [-512, 560] },
  { tags: { highway: "bus_stop", public_transport: "platform", bus: "yes", name: "Hovedveien sør" }, at: [-560, -1070] },
  // Neighbourhood.
  { tags: { amenity: "school", name: "Eikelund skole" }, at: [-350, 640] },
  { tags: { amenity: "kindergarten", name: "Lindetunet barnehage" }, at: [-620, 520] },
  { tags: { amenity: "fire_station", name: "Eikelund brannstasjon" }, at: [450, 20] },
  { tags: { amenity: "police", name: "Eikelund politistasjon" }, at: [250, 820] },
  {
    tags: { amenity: "social_facility", social_facility: "supported_housing", homes: 4, name: "Lindeveien bofellesskap" },
    at: [-700, 320],
  },
  {
    tags: { amenity: "social_facility", social_facility: "supported_housing", homes: 3, name: "Skolebakken omsorgsboliger" },
    at: [-650, 660],
  },
];

/** Where segment a→b meets segment c→d (touching included), or null. */
function segmentIntersection(a: Xy, b: Xy, c: Xy, d: Xy): { t: number; u: number; at: Xy } | null {
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const sx = d[0] - c[0];
  const sy = d[1] - c[1];
  const denominator = rx * sy - ry * sx;
  if (denominator === 0) return null;
  const t = ((c[0] - a[0]) * sy - (c[1] - a[1]) * sx) / denominator;
  const u = ((c[0] - a[0]) * ry - (c[1] - a[1]) * rx) / denominator;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return { t, u, at: [a[0] + t * rx, a[1] + t * ry] };
}

/** Inserts a shared vertex wherever two walking lines meet, so the walking graph joins them. */
function nodeWalkingLines(lines: DemoLine[]): Xy[][] {
  const inserts: { segment: number; t: number; at: Xy }[][] = lines.map(() => []);
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const first = lines[i].points;
      const second = lines[j].points;
      for (let s = 1; s < first.length; s++) {
        for (let r = 1; r < second.length; r++) {
          const hit = segmentIntersection(first[s - 1], first[s], second[r - 1], second[r]);
          if (!hit) continue;
          inserts[i].push({ segment: s, t: hit.t, at: hit.at });
          inserts[j].push({ segment: r, t: hit.u, at: hit.at });
        }
      }
    }
  }
  return lines.map((line, index) => {
    const result: Xy[] = [line.points[0]];
    for (let s = 1; s < line.points.length; s++) {
      const onSegment = inserts[index].filter((insert) => insert.segment === s).sort((a, b) => a.t - b.t);
      for (const insert of [...onSegment.map((entry) => entry.at), line.points[s]]) {
        const last = result[result.length - 1];
        if (last[0] !== insert[0] || last[1] !== insert[1]) result.push(insert);
      }
    }
    return result;
  });
}

/**
 * The invented neighbourhood as an OSM-style FeatureCollection.
 *
 * @example
 * const area = prepareArea({ osm: demoArea() });
 */
export function demoArea(): FeatureCollection {
  const noded = nodeWalkingLines(walkingLines);
  const features: Feature[] = [];
  let wayId = 900001;
  let nodeId = 800001;
  walkingLines.forEach((line, index) => {
    features.push({
      type: "Feature",
      id: `way/${wayId++}`,
      properties: { ...line.tags },
      geometry: { type: "LineString", coordinates: noded[index].map(toLonLat) } satisfies LineString,
    });
  });
  for (const line of barrierLines) {
    features.push({
      type: "Feature",
      id: `way/${wayId++}`,
      properties: { ...line.tags },
      geometry: { type: "LineString", coordinates: line.points.map(toLonLat) } satisfies LineString,
    });
  }
  for (const point of points) {
    features.push({
      type: "Feature",
      id: `node/${nodeId++}`,
      properties: { ...point.tags },
      geometry: { type: "Point", coordinates: toLonLat(point.at) } satisfies Point,
    });
  }
  return { type: "FeatureCollection", features };
}

/** The demo sites, each meant to show one kind of finding (see the module comment). */
export const demoSiteNames = {
  safe: "Tomt A – Eikelund senter",
  railwayShortcut: "Tomt B – Bjørkeveien",
  noiseBarrier: "Tomt C – Vollveien",
  neighbourhood: "Tomt D – Skolebakken",
} as const;

export function demoSites(): SiteInput[] {
  const polygon = (ring: Xy[]): Polygon => ({ type: "Polygon", coordinates: [ring.map(toLonLat)] });
  const point = (at: Xy): Point => ({ type: "Point", coordinates: toLonLat(at) });
  return [
    {
      name: demoSiteNames.safe,
      status: "shortlisted",
      notes: "Ledig kommunal tomt ved senteret. Butikk, buss og apotek rett ved.",
      geometry: point([-470, -300]),
    },
    {
      name: demoSiteNames.railwayShortcut,
      status: "candidate",
      notes: "Rolig gate. Bussen går fra stasjonen på andre siden av jernbanen.",
      geometry: point([-160, 300]),
    },
    {
      name: demoSiteNames.noiseBarrier,
      status: "candidate",
      notes: "Stor tomt rett bak støyskjermen mot Hovedveien.",
      geometry: polygon([[-620, -900], [-520, -900], [-520, -830], [-620, -830], [-620, -900]]),
    },
    {
      name: demoSiteNames.neighbourhood,
      status: "rejected",
      notes: "Nær skolen og to eksisterende bofellesskap.",
      geometry: point([-450, 560]),
    },
  ];
}

/** The demo area of concern: a neutral place name and a note about the place, never about people. */
export function demoAreaOfConcern(): { name: string; note: string; geometry: Polygon } {
  const ring: Xy[] = [[-100, 330], [-30, 330], [-30, 430], [-100, 430], [-100, 330]];
  return {
    name: "Grøntområdet ved Bjørkeveien",
    note: "Politiet har fått henvendelser om uro her på kveldstid. Ta kontakt med politiet før tomta i nærheten vurderes videre.",
    geometry: { type: "Polygon", coordinates: [ring.map(toLonLat)] },
  };
}

/** The demo sites as a GeoJSON FeatureCollection with `name`, `status` and `notes`, for the command line. */
export function demoSitesCollection(): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: demoSites().map((site) => ({
      type: "Feature",
      properties: { name: site.name, status: site.status, notes: site.notes },
      geometry: site.geometry,
    })),
  };
}

/** A comment thread of the demo workshop: who starts it, where, and who replies. */
export interface DemoThread {
  author: string;
  site: keyof typeof demoSiteNames | null;
  position: { lat: number; lon: number } | null;
  body: string;
  replies: Array<{ author: string; body: string }>;
}

/** A rating of the demo workshop, by username, of the author's own aspect. */
export interface DemoRating {
  author: string;
  site: keyof typeof demoSiteNames;
  score: number;
  comment: string;
}

const position = (at: Xy) => {
  const [lon, lat] = toLonLat(at);
  return { lat, lon };
};

/**
 * The first round of the demo workshop: the police and fire & rescue have commented on the risky
 * crossings and rated two sites, the resident has rated Tomt B. Ratings stay hidden from the other
 * roles until a planner shows them, as in a real workshop; Tomt A is left for people to try.
 */
export function demoFeedback(): { threads: DemoThread[]; ratings: DemoRating[] } {
  return {
    threads: [
      {
        author: "silje",
        site: "railwayShortcut",
        position: position([0, 300]),
        body: "Her går mange rett over sporet for å nå bussen på stasjonen. Kort vei over, lang vei rundt.",
        replies: [{ author: "jonas", body: "Vi undersøker gjerde langs sporet og en tryggere gangvei til bussen." }],
      },
      {
        author: "ahmed",
        site: null,
        position: position([-550, -1030]),
        body: "Det er et hull i støyskjermen som brukes som snarvei over Hovedveien.",
        replies: [],
      },
      {
        author: "ahmed",
        site: "noiseBarrier",
        position: null,
        body: "Brannbilen kommer fram fra Vollveien, men innkjøringen er smal. Bør breddes hvis tomta velges.",
        replies: [],
      },
    ],
    ratings: [
      { author: "silje", site: "railwayShortcut", score: 2, comment: "Snarveien over jernbanen er fristende, særlig på kveldstid." },
      { author: "ahmed", site: "noiseBarrier", score: 3, comment: "Grei adkomst, smal innkjøring." },
      { author: "mari", site: "railwayShortcut", score: 4, comment: "Rolig gate. Fint å ha litt avstand til senteret." },
    ],
  };
}
