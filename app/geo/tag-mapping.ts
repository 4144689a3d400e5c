/**
 * Which OpenStreetMap features the engine uses, and as what. This is data: a project can pass its own
 * mapping to `classifyFeatures`. Tags are read from `properties` or from `properties.tags`
 * (both shapes occur in osmtogeojson output).
 *
 * A rule matches when every listed key matches: a string or a list of strings (one of them), or `true`
 * (any value present).
 *
 * | Use | Default rule |
 * |---|---|
 * | walking network | highway footway/path/pedestrian/steps/living_street/residential/service/unclassified/tertiary/secondary/primary/track/cycleway/crossing/bridleway (+ `_link`s), not foot=no, not access=no/private unless foot=yes/designated/permissive; motorway/trunk only with foot=yes/designated |
 * | grocery | shop=supermarket (tier 1); shop=convenience/greengrocer/bakery/butcher/general (tier 2) |
 * | busStop | highway=bus_stop; public_transport=platform with bus=yes; stops within 30 m with the same or no name count once |
 * | pharmacy | amenity=pharmacy (tier 1); amenity=doctors/clinic, healthcare=doctor/clinic/centre (tier 2, health services) |
 * | school, kindergarten, fireStation, police | amenity=school / kindergarten / fire_station / police |
 * | barriers | railway=rail/light_rail/narrow_gauge; highway=motorway(_link); highway=trunk(_link); barrier=wall+wall=noise_barrier, barrier=noise_barrier — never on a bridge or in a tunnel, never disused/abandoned |
 * | supported housing | property `supportedHomes` (count) or social_facility=supported_housing (homes from `supportedHomes` or `homes`, else 1) |
 */
import type { BarrierKind, DestinationCategory } from "./types";

export type TagValueRule = string | string[] | true;
export interface TagRule {
  tags: Record<string, TagValueRule>;
  tier?: number;
}

export interface TagMapping {
  walkingHighways: string[];
  /** Highways walkable only when foot=yes/designated. */
  walkingOnlyWithFootAccess: string[];
  footAllowedValues: string[];
  footForbiddenValues: string[];
  accessForbiddenValues: string[];
  destinations: Record<DestinationCategory, TagRule[]>;
  barriers: Record<BarrierKind, TagRule[]>;
  /** A feature with any of these keys set to a value other than "no" is not a barrier (bridge, tunnel). */
  notBarrierKeys: string[];
  /** A feature with any of these tags is not a barrier (out of use). */
  outOfUseKeys: string[];
  /** Bus stops within this distance with the same or no name count once. */
  busStopMergeMeters: number;
  supportedHousingRule: TagRule;
}

export const defaultTagMapping: TagMapping = {
  walkingHighways: [
    "footway", "path", "pedestrian", "steps", "living_street", "residential", "service", "unclassified",
    "tertiary", "tertiary_link", "secondary", "secondary_link", "primary", "primary_link", "track", "cycleway",
    "crossing", "bridleway", "road",
  ],
  walkingOnlyWithFootAccess: ["motorway", "motorway_link", "trunk", "trunk_link"],
  footAllowedValues: ["yes", "designated", "permissive"],
  footForbiddenValues: ["no"],
  accessForbiddenValues: ["no", "private"],
  destinations: {
    grocery: [
      { tags: { shop: "supermarket" }, tier: 1 },
      { tags: { shop: ["convenience", "greengrocer", "bakery", "butcher", "general"] }, tier: 2 },
    ],
    busStop: [{ tags: { highway: "bus_stop" } }, { tags: { public_transport: "platform", bus: "yes" } }],
    pharmacy: [
      { tags: { amenity: "pharmacy" }, tier: 1 },
      { tags: { amenity: ["doctors", "clinic"] }, tier: 2 },
      { tags: { healthcare: ["doctor", "clinic", "centre"] }, tier: 2 },
    ],
    school: [{ tags: { amenity: "school" } }],
    kindergarten: [{ tags: { amenity: "kindergarten" } }],
    fireStation: [{ tags: { amenity: "fire_station" } }],
    police: [{ tags: { amenity: "police" } }],
  },
  barriers: {
    railway: [{ tags: { railway: ["rail", "light_rail", "narrow_gauge"] } }],
    motorway: [{ tags: { highway: ["motorway", "motorway_link"] } }],
    trunk: [{ tags: { highway: ["trunk", "trunk_link"] } }],
    noise_barrier: [{ tags: { barrier: "wall", wall: "noise_barrier" } }, { tags: { barrier: "noise_barrier" } }],
  },
  notBarrierKeys: ["bridge", "tunnel"],
  outOfUseKeys: ["disused", "abandoned", "disused:railway", "abandoned:railway"],
  busStopMergeMeters: 30,
  supportedHousingRule: { tags: { social_facility: "supported_housing" } },
};

/**
 * Merges a partial mapping over a base mapping: lists and numbers replace the base's, destination and
 * barrier rules replace the base's rules for the categories given (the other categories keep theirs).
 *
 * @example
 * mergeTagMapping(defaultTagMapping, { destinations: { grocery: [{ tags: { shop: "supermarket" } }] } });
 */
export function mergeTagMapping(
  base: TagMapping,
  override: Partial<Omit<TagMapping, "destinations" | "barriers">> & {
    destinations?: Partial<TagMapping["destinations"]>;
    barriers?: Partial<TagMapping["barriers"]>;
  },
): TagMapping {
  return {
    ...base,
    ...override,
    destinations: { ...base.destinations, ...override.destinations },
    barriers: { ...base.barriers, ...override.barriers },
  };
}

export type Tags = Record<string, unknown>;

/**
 * Reads the OSM tags of a GeoJSON feature's properties, whether flat or nested under `tags`.
 *
 * @example
 * readTags({ tags: { highway: "footway" }, id: "way/1" }); // { highway: "footway", id: "way/1" }
 */
export function readTags(properties: Record<string, unknown> | null | undefined): Tags {
  if (!properties) return {};
  const nested = properties.tags;
  if (nested && typeof nested === "object" && !Array.isArray(nested)) return { ...properties, ...(nested as Tags) };
  return properties;
}

/**
 * Whether tags match a rule.
 *
 * @example
 * matchesRule({ shop: "bakery" }, { tags: { shop: ["bakery", "butcher"] } }); // true
 */
export function matchesRule(tags: Tags, rule: TagRule): boolean {
  for (const [key, expected] of Object.entries(rule.tags)) {
    const value = tags[key];
    if (value === undefined || value === null) return false;
    if (expected === true) continue;
    const text = String(value);
    if (Array.isArray(expected) ? !expected.includes(text) : text !== expected) return false;
  }
  return true;
}

/**
 * Whether a feature is part of the walking network.
 *
 * @example
 * isWalkable({ highway: "residential" }, defaultTagMapping); // true
 * isWalkable({ highway: "motorway" }, defaultTagMapping); // false
 */
export function isWalkable(tags: Tags, mapping: TagMapping): boolean {
  const highway = typeof tags.highway === "string" ? tags.highway : undefined;
  if (!highway) return false;
  const foot = typeof tags.foot === "string" ? tags.foot : undefined;
  const footAllowed = foot !== undefined && mapping.footAllowedValues.includes(foot);
  if (mapping.walkingOnlyWithFootAccess.includes(highway)) return footAllowed;
  if (!mapping.walkingHighways.includes(highway)) return false;
  if (foot !== undefined && mapping.footForbiddenValues.includes(foot)) return false;
  const access = typeof tags.access === "string" ? tags.access : undefined;
  if (access !== undefined && mapping.accessForbiddenValues.includes(access) && !footAllowed) return false;
  return true;
}

/**
 * The barrier kind of a feature, or null. Bridges, tunnels and disused lines are no barrier.
 *
 * @example
 * barrierKind({ railway: "rail" }, defaultTagMapping); // "railway"
 * barrierKind({ highway: "motorway", tunnel: "yes" }, defaultTagMapping); // null
 */
export function barrierKind(tags: Tags, mapping: TagMapping): BarrierKind | null {
  for (const key of mapping.notBarrierKeys) {
    const value = tags[key];
    if (value !== undefined && value !== null && String(value) !== "no") return null;
  }
  for (const key of mapping.outOfUseKeys) {
    const value = tags[key];
    if (value !== undefined && value !== null && String(value) !== "no") return null;
  }
  for (const kind of Object.keys(mapping.barriers) as BarrierKind[]) {
    if (mapping.barriers[kind].some((rule) => matchesRule(tags, rule))) return kind;
  }
  return null;
}

/**
 * The destination category and tier of a feature, or null.
 *
 * @example
 * destinationCategory({ shop: "convenience" }, defaultTagMapping); // { category: "grocery", tier: 2 }
 */
export function destinationCategory(tags: Tags, mapping: TagMapping): { category: DestinationCategory; tier: number } | null {
  for (const category of Object.keys(mapping.destinations) as DestinationCategory[]) {
    const rule = mapping.destinations[category].find((candidate) => matchesRule(tags, candidate));
    if (rule) return { category, tier: rule.tier ?? 1 };
  }
  return null;
}

/**
 * The number of existing supported homes a feature stands for, or 0.
 *
 * @example
 * supportedHomes({ supportedHomes: 4 }, defaultTagMapping); // 4
 * supportedHomes({ social_facility: "supported_housing" }, defaultTagMapping); // 1
 */
export function supportedHomes(tags: Tags, mapping: TagMapping): number {
  const count = Number(tags.supportedHomes ?? tags.homes);
  if (tags.supportedHomes !== undefined && Number.isFinite(count) && count > 0) return count;
  if (!matchesRule(tags, mapping.supportedHousingRule)) return 0;
  return Number.isFinite(count) && count > 0 ? count : 1;
}
