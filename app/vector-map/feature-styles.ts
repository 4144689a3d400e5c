/**
 * How each kind of feature is drawn. Every kind differs by more than colour (a pattern, a dash or
 * a marker shape), so the map reads when printed in black and white. Colours have at least 3:1
 * contrast against white (WCAG 1.4.11 for graphics). Pure data, no React.
 */

/** The kinds of feature the vector map draws. */
export type VectorFeatureKind =
  | "site"
  | "chosenSite"
  | "candidate"
  | "concern"
  | "destination"
  | "busStop"
  | "shop"
  | "school"
  | "housing"
  | "route"
  | "other";

/** The kinds in the order the legend lists them. */
export const vectorFeatureKinds: readonly VectorFeatureKind[] = [
  "chosenSite",
  "site",
  "candidate",
  "concern",
  "shop",
  "busStop",
  "school",
  "housing",
  "destination",
  "route",
  "other",
];

export type AreaPattern = "crosshatch" | "hatch" | "dots" | "horizontal" | "none";
export type MarkerShape = "star" | "circle" | "ring" | "cross" | "triangle" | "square" | "diamond" | "house" | "dot";

export interface KindStyle {
  colour: string;
  /** The fill pattern of areas of this kind. */
  pattern: AreaPattern;
  /** SVG stroke-dasharray of outlines and lines, or undefined for solid. */
  dash?: string;
  strokeWidth: number;
  /** The marker of points of this kind. */
  marker: MarkerShape;
  /** Radius of the marker in pixels. */
  markerRadius: number;
  /** Placement priority of the label when the caller gives none (higher first). */
  labelPriority: number;
  /** Whether the label is set in bold. */
  boldLabel: boolean;
}

export const kindStyles: Record<VectorFeatureKind, KindStyle> = {
  chosenSite: { colour: "#0b6b3a", pattern: "crosshatch", strokeWidth: 3.5, marker: "star", markerRadius: 9, labelPriority: 100, boldLabel: true },
  site: { colour: "#1d4f91", pattern: "hatch", strokeWidth: 2.5, marker: "circle", markerRadius: 7, labelPriority: 80, boldLabel: true },
  candidate: { colour: "#8f4700", pattern: "dots", dash: "7 4", strokeWidth: 2.5, marker: "ring", markerRadius: 7, labelPriority: 70, boldLabel: true },
  concern: { colour: "#b3261e", pattern: "horizontal", dash: "3 3", strokeWidth: 2, marker: "cross", markerRadius: 7, labelPriority: 60, boldLabel: false },
  shop: { colour: "#6b4e00", pattern: "none", strokeWidth: 1.5, marker: "triangle", markerRadius: 6, labelPriority: 30, boldLabel: false },
  busStop: { colour: "#5b2a86", pattern: "none", strokeWidth: 1.5, marker: "square", markerRadius: 5, labelPriority: 30, boldLabel: false },
  school: { colour: "#005f73", pattern: "none", strokeWidth: 1.5, marker: "diamond", markerRadius: 6, labelPriority: 25, boldLabel: false },
  housing: { colour: "#7a3b5e", pattern: "none", strokeWidth: 1.5, marker: "house", markerRadius: 6, labelPriority: 25, boldLabel: false },
  destination: { colour: "#4d4d4d", pattern: "none", strokeWidth: 1.5, marker: "dot", markerRadius: 4, labelPriority: 20, boldLabel: false },
  route: { colour: "#3d3d3d", pattern: "none", dash: "8 3 2 3", strokeWidth: 2.5, marker: "dot", markerRadius: 3, labelPriority: 5, boldLabel: false },
  other: { colour: "#595959", pattern: "none", strokeWidth: 1.5, marker: "dot", markerRadius: 4, labelPriority: 10, boldLabel: false },
};
