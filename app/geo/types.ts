/** Shared types of the site-assessment engine. Pure data, no runtime code. */
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Point } from "geojson";

export type Position2 = [number, number];

/** Destination categories, named as in the JSON. `pharmacy` includes health services (doctors, clinics). */
export type DestinationCategory = "grocery" | "busStop" | "pharmacy" | "school" | "kindergarten" | "fireStation" | "police";
export const destinationCategories: readonly DestinationCategory[] = [
  "grocery",
  "busStop",
  "pharmacy",
  "school",
  "kindergarten",
  "fireStation",
  "police",
];
/** Everyday destinations: walking figures, reach counts and risky shortcuts. */
export type EverydayCategory = "grocery" | "busStop" | "pharmacy";
export const everydayCategories: readonly EverydayCategory[] = ["grocery", "busStop", "pharmacy"];

export type BarrierKind = "railway" | "motorway" | "trunk" | "noise_barrier";
export const barrierKinds: readonly BarrierKind[] = ["railway", "motorway", "trunk", "noise_barrier"];

export type Status = "pass" | "attention" | "fail";
export interface Method {
  key: string;
  nb: string;
  en: string;
}

/** A destination after tag mapping: one point with its name and tier (1 best). */
export interface Destination {
  category: DestinationCategory;
  name: string | null;
  lon: number;
  lat: number;
  tier: number;
  /** OSM id or feature id when known. */
  id: string | null;
}

export interface BarrierLine {
  kind: BarrierKind;
  name: string | null;
  coordinates: Position2[];
}

export interface SupportedHousing {
  lon: number;
  lat: number;
  homes: number;
  name: string | null;
}

export interface ClassifiedFeatures {
  /** Walkable lines, each a list of vertices. */
  walkingLines: Position2[][];
  destinations: Destination[];
  barriers: BarrierLine[];
  supportedHousing: SupportedHousing[];
}

/** Threshold for one figure: `atMost` means smaller is better (walking distance), `atLeast` the reverse. */
export interface Threshold {
  direction: "atMost" | "atLeast";
  pass: number;
  attention: number;
}

export interface AssessmentConfig {
  /** Walking speed in metres per minute (75 = 4.5 km/h). */
  walkingMetersPerMinute: number;
  /** Bound of the shortest-path search, metres. */
  maxWalkMeters: number;
  /** Largest distance from a point to the network that still snaps, metres. */
  maxSnapMeters: number;
  /** Minutes for reach counts and reachable network. */
  reachMinutes: number[];
  /** Straight-line radius for risky-shortcut candidates, metres. */
  shortcutRadiusMeters: number;
  shortcutMinDetourRatio: number;
  shortcutMinExtraMeters: number;
  /** Radius for supported-homes concentration, metres (straight line). */
  neighbourhoodRadiusMeters: number;
  /** A site this close to an area of concern is "near" it, metres. */
  areaOfConcernNearMeters: number;
  /** Thresholds per figure; keys are destination categories and `supportedHomesWithin`. */
  thresholds: Partial<Record<DestinationCategory | "supportedHomesWithin", Threshold>>;
}

export type SiteGeometry = Point | Polygon;
export type SiteFeature = Feature<SiteGeometry, { name?: unknown } | null>;
export type AreaOfConcern = Feature<Polygon | MultiPolygon>;
export type OsmFeatureCollection = FeatureCollection;

/** Why a category has no nearest destination. */
export type NotFoundReason =
  | "none-in-data"
  | "site-not-near-network"
  | "destinations-not-near-network"
  | "not-connected"
  | "beyond-search-bound";

export interface NearestResult {
  name: string | null;
  walkMeters: number;
  walkMinutes: number;
  straightMeters: number;
  detourRatio: number;
  tier: number;
  lon: number;
  lat: number;
  status: Status;
  method: Method;
  route: LineString;
}

export interface StraightNearest {
  name: string | null;
  straightMeters: number;
}

export interface ShortcutWarning {
  category: EverydayCategory;
  destinationName: string | null;
  barrier: BarrierKind;
  barrierName: string | null;
  straightMeters: number;
  /** null: the destination cannot be reached on foot within the search bound. */
  walkMeters: number | null;
  crossing: Position2;
  route: LineString | null;
  message: { nb: string; en: string };
}

export interface Neighbourhood {
  radiusMeters: number;
  supportedHomesWithin: number;
  supportedHomesStatus: Status;
  method: Method;
  straightNearest: Partial<Record<DestinationCategory, StraightNearest | null>>;
  areaOfConcern: { inside: boolean; near: boolean; distanceMeters: number | null; nearMeters: number; status: Status; method: Method } | null;
}

export interface SiteAssessment {
  name: string;
  /** Where the walk starts: the snapped point on the network, or null when the site is off the network. */
  origin: { lon: number; lat: number; snapMeters: number } | null;
  nearest: Record<DestinationCategory, NearestResult | null>;
  notFound: Partial<Record<DestinationCategory, NotFoundReason>>;
  /** Destinations of each category within each reach time (minutes as keys), by walking distance. */
  reachCounts: Record<DestinationCategory, Record<string, number>>;
  reachableNetwork: Record<string, MultiLineString>;
  shortcuts: ShortcutWarning[];
  neighbourhood: Neighbourhood;
  summary: { nb: string; en: string };
}

export type LineStringOrNull = LineString | null;
