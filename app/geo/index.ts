/**
 * Site-assessment engine: pure TypeScript (no React, no database, no Node APIs), shared by the
 * browser (Web Worker), the server and the command line. See docs/decisions/007-assessment-engine.md.
 */
export { prepareArea, type PreparedArea, type SnappedDestination } from "./prepare-area";
export { assessSite, InvalidSiteError } from "./assess-site";
export { formatAssessment, assessmentsToCsv, type FormattedAssessment } from "./format-assessment";
export { defaultConfig, mergeConfig } from "./default-config";
export { defaultTagMapping, mergeTagMapping, readTags, type TagMapping, type TagRule } from "./tag-mapping";
export { maxTagMappingOverrideCharacters, parseTagMappingOverride, parseTagMappingText } from "./tag-mapping-override";
export { classifyFeatures } from "./classify-features";
export { buildWalkingGraph } from "./build-walking-graph";
export type { WalkingGraph } from "./walking-graph";
export { snapToNetwork, type SnappedPoint } from "./snap-to-network";
export { searchShortestPaths, walkToSnapped, routeCoordinates, type ShortestPathTree, type WalkingOrigin } from "./shortest-path-tree";
export { reachableNetwork } from "./reachable-network";
export { findShortcuts } from "./find-shortcuts";
export { findBarrierCrossings } from "./find-barrier-crossings";
export { metresBetween } from "./metres-between";
export { createAssessmentHandler, type AssessmentRequest, type AssessmentResponse } from "./assessment-worker-protocol";
export { GeoJsonInputError, validateSites } from "./validate-sites";
export * from "./types";
