import type { AssessmentConfig, Method } from "./types";

/**
 * How a walking figure was computed, in bokmål and English.
 *
 * @example
 * walkingMethod(defaultConfig).en; // "Shortest walk along the mapped footways and streets ..."
 */
export function walkingMethod(config: AssessmentConfig): Method {
  return {
    key: "walk.shortestPath",
    nb: `Korteste gangvei langs kartlagte gangveier og gater (OpenStreetMap), fra tomta til målet, inkludert avstanden inn til nettet (høyst ${config.maxSnapMeters} m). Ganghastighet ${config.walkingMetersPerMinute} m/min. Søket stopper ved ${config.maxWalkMeters} m.`,
    en: `Shortest walk along the mapped footways and streets (OpenStreetMap) from the site to the destination, including the distance onto the network (at most ${config.maxSnapMeters} m). Walking speed ${config.walkingMetersPerMinute} m/min. The search stops at ${config.maxWalkMeters} m.`,
  };
}

/**
 * How the supported-homes figure was computed.
 *
 * @example
 * supportedHomesMethod(500).nb; // "Antall eksisterende boliger ... innenfor 500 m i luftlinje ..."
 */
export function supportedHomesMethod(radiusMeters: number): Method {
  return {
    key: "neighbourhood.supportedHomes",
    nb: `Antall eksisterende tilrettelagte boliger (registrert i prosjektet eller i kartet) innenfor ${radiusMeters} m i luftlinje fra tomta.`,
    en: `Number of existing supported homes (marked in the project or in the map data) within ${radiusMeters} m in a straight line from the site.`,
  };
}

/**
 * How the area-of-concern figure was computed.
 *
 * @example
 * areaOfConcernMethod(300).en; // "Whether the site's point lies inside ... or within 300 m ..."
 */
export function areaOfConcernMethod(nearMeters: number): Method {
  return {
    key: "neighbourhood.areaOfConcern",
    nb: `Om tomtas punkt ligger inne i et område med bekymring (tegnet av politiet), eller innenfor ${nearMeters} m i luftlinje fra kanten.`,
    en: `Whether the site's point lies inside an area of concern (drawn by the police), or within ${nearMeters} m in a straight line of its edge.`,
  };
}
