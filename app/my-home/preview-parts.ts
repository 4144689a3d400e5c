/**
 * The parts of the house preview a catalogue category can colour (decision 012), shared by the
 * server (which category colours what) and the drawing. Plain data, no React.
 */

export const previewParts = ["facade", "trim", "roof", "door", "wall", "floor", "kitchen", "worktop", "bathroom"] as const;
export type PreviewPart = (typeof previewParts)[number];

/** The parts seen from outside, and those of the room inside. */
export const outsideParts: readonly PreviewPart[] = ["facade", "trim", "roof", "door"];
export const insideParts: readonly PreviewPart[] = ["wall", "floor", "kitchen", "worktop", "bathroom"];

export type PreviewView = "outside" | "inside";

/**
 * Colours the drawing uses for a part no category colours (or a colour that is not #rrggbb):
 * quiet, ordinary materials, so the drawing never looks unfinished.
 */
export const defaultPreviewColors: Readonly<Record<PreviewPart, string>> = {
  facade: "#d9d4c7",
  trim: "#f4f2ec",
  roof: "#3d3f42",
  door: "#5b6770",
  wall: "#f1eee6",
  floor: "#c8a77c",
  kitchen: "#e9e7e1",
  worktop: "#8a8177",
  bathroom: "#dfe5e6",
};

export function isPreviewPart(value: unknown): value is PreviewPart {
  return typeof value === "string" && (previewParts as readonly string[]).includes(value);
}

/** Which view shows a part. */
export function viewOfPart(part: PreviewPart): PreviewView {
  return outsideParts.includes(part) ? "outside" : "inside";
}

const hexColor = /^#[0-9a-f]{6}$/i;

/**
 * A colour the drawing can use: `value` when it is #rrggbb, else the part's default.
 *
 * @example
 * previewColor("facade", "#ABCDEF"); // "#abcdef"
 * previewColor("facade", "red"); // "#d9d4c7"
 */
export function previewColor(part: PreviewPart, value: string | undefined | null): string {
  return value && hexColor.test(value) ? value.toLowerCase() : defaultPreviewColors[part];
}

/**
 * A colour moved towards black (amount < 0) or white (amount > 0), for panel lines and shadows
 * drawn in the part's own colour.
 *
 * @example
 * shade("#808080", -0.5); // "#404040"
 * shade("#808080", 0.5); // "#c0c0c0"
 */
export function shade(color: string, amount: number): string {
  const hex = hexColor.test(color) ? color : "#808080";
  const target = amount < 0 ? 0 : 255;
  const weight = Math.min(1, Math.abs(amount));
  const channels = [1, 3, 5].map((start) => {
    const value = parseInt(hex.slice(start, start + 2), 16);
    return Math.round(value + (target - value) * weight);
  });
  return `#${channels.map((value) => value.toString(16).padStart(2, "0")).join("")}`;
}

/** Relative luminance (WCAG), to draw lines that show on both light and dark colours. */
export function luminance(color: string): number {
  const hex = hexColor.test(color) ? color : "#808080";
  const [red, green, blue] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** A line colour in the part's own colour: darker on light colours, lighter on dark ones. */
export function lineColor(color: string, strength = 0.22): string {
  return luminance(color) < 0.08 ? shade(color, strength + 0.1) : shade(color, -strength);
}
