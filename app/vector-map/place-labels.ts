/**
 * Greedy label placement (decision 014): labels are tried in the caller's priority order, each
 * in a few positions around its anchor; a label that would overlap one already placed, or fall
 * outside the picture, is dropped (it stays in the list and the table). Pure, no React.
 */

/** A label that wants a place: its anchor in pixels, the box its text needs, and its priority. */
export interface LabelCandidate {
  id: string;
  text: string;
  anchor: [number, number];
  width: number;
  height: number;
  /** Higher is placed first; equal priorities keep the caller's order. */
  priority: number;
  /** Pixels between the anchor and the label (the marker's radius). */
  offset?: number;
  /**
   * For an area: half its size in pixels, so labels go beside it rather than on it; a label
   * that finds no room beside it is tried centred on the area last.
   */
  extent?: { halfWidth: number; halfHeight: number };
}

/** A label given a place: the top-left corner of its box and where its text starts. */
export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The text's baseline origin for SVG `<text x y>` with `text-anchor="start"`. */
  textX: number;
  textY: number;
}

/** A box in pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Whether two boxes overlap, with `gap` pixels of air required between them.
 * @example
 * boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 12, y: 0, width: 10, height: 10 }, 0); // false
 */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** The positions tried, in order: right, left, above, below the anchor (and on an area, its middle). */
function positionsAround(candidate: LabelCandidate): Box[] {
  const [x, y] = candidate.anchor;
  const offset = candidate.offset ?? 6;
  const offsetX = offset + (candidate.extent?.halfWidth ?? 0);
  const offsetY = offset + (candidate.extent?.halfHeight ?? 0);
  const { width, height } = candidate;
  const positions = [
    { x: x + offsetX, y: y - height / 2, width, height },
    { x: x - offsetX - width, y: y - height / 2, width, height },
    { x: x - width / 2, y: y - offsetY - height, width, height },
    { x: x - width / 2, y: y + offsetY, width, height },
  ];
  if (candidate.extent) positions.push({ x: x - width / 2, y: y - height / 2, width, height });
  return positions;
}

/** What {@link placeLabels} needs. */
export interface PlaceLabelsInput {
  candidates: readonly LabelCandidate[];
  /** The picture: labels must lie wholly inside it. */
  frame: { width: number; height: number };
  /** Boxes no label may cover (the scale bar, the north arrow, the legend). */
  obstacles?: readonly Box[];
  /** Pixels of air between two labels. */
  gap?: number;
}

/**
 * Places labels greedily by priority, dropping each that would overlap a placed one.
 * @returns the labels that got a place, in placement order
 * @example
 * placeLabels({
 *   frame: { width: 400, height: 300 },
 *   candidates: [
 *     { id: "a", text: "Tomt A", anchor: [100, 100], width: 60, height: 16, priority: 2 },
 *     { id: "b", text: "Tomt B", anchor: [100, 100], width: 60, height: 16, priority: 1 },
 *   ],
 * }); // "a" to the right of the anchor, "b" to its left
 */
export function placeLabels({ candidates, frame, obstacles = [], gap = 2 }: PlaceLabelsInput): PlacedLabel[] {
  const ordered = candidates.map((candidate, index) => ({ candidate, index }));
  ordered.sort((a, b) => b.candidate.priority - a.candidate.priority || a.index - b.index);
  const placed: PlacedLabel[] = [];
  for (const { candidate } of ordered) {
    const box = positionsAround(candidate).find(
      (option) =>
        option.x >= 0 &&
        option.y >= 0 &&
        option.x + option.width <= frame.width &&
        option.y + option.height <= frame.height &&
        !obstacles.some((obstacle) => boxesOverlap(option, obstacle, 0)) &&
        !placed.some((label) => boxesOverlap(option, label, gap)),
    );
    if (!box) continue;
    placed.push({
      id: candidate.id,
      text: candidate.text,
      ...box,
      textX: box.x,
      // SVG text sits on its baseline: about 0.78 of the line box below its top for Latin text.
      textY: box.y + box.height * 0.78,
    });
  }
  return placed;
}

/**
 * A width estimate for text in a sans-serif face, good enough to keep labels apart without a
 * DOM to measure in (the print page is rendered on the server).
 * @example
 * estimateTextWidth("Tomt A", 14); // ≈ 44
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const character of text) {
    if (/[iIl.,:;'|!jt ]/.test(character)) units += 0.3;
    else if (/[fr()[\]\-]/.test(character)) units += 0.38;
    else if (/[mwMWÆæ]/.test(character)) units += 0.86;
    else if (/[A-ZÅØ0-9]/.test(character)) units += 0.66;
    else units += 0.56;
  }
  return units * fontSize;
}
