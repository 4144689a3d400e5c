/**
 * Which sites' labels the map shows when they would overlap: laid out
 * greedily by priority (the selected site, then chosen and shortlisted ones,
 * then candidates, then rejected ones), a label that would overlap one
 * already placed is left out. Pure: boxes in, names out (decision 014).
 */
import type { SiteStatus } from "./site-document";

/** A label's box on the screen (CSS pixels) and how much it matters: lower goes first. */
export interface LabelBox {
  id: string;
  priority: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const statusPriority: Record<SiteStatus, number> = { chosen: 1, shortlisted: 1, candidate: 2, rejected: 3 };

/**
 * A label's priority: the selected site first, then chosen and shortlisted, candidates, rejected.
 *
 * @example
 * labelPriority({ status: "shortlisted", selected: false }); // 1
 */
export function labelPriority({ status, selected }: { status: SiteStatus; selected: boolean }): number {
  return selected ? 0 : statusPriority[status];
}

function overlaps(a: LabelBox, b: LabelBox, gap: number): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

/**
 * The ids of the labels to show: each in order of priority (ties keep their
 * order) unless it would come within `gap` pixels of one already shown.
 * A label with no size (not drawn) is shown and takes no room. `obstacles`
 * (the map's controls) are there before any label: a label under one is left out.
 *
 * @example
 * placeLabels([
 *   { id: "a", priority: 2, left: 0, top: 0, right: 100, bottom: 20 },
 *   { id: "b", priority: 0, left: 50, top: 10, right: 150, bottom: 30 },
 * ]); // Set { "b" }
 */
export function placeLabels(labels: readonly LabelBox[], gap = 2, obstacles: readonly LabelBox[] = []): Set<string> {
  const ordered = labels.map((label, index) => ({ label, index })).sort((a, b) => a.label.priority - b.label.priority || a.index - b.index);
  const placed: LabelBox[] = [...obstacles];
  const shown = new Set<string>();
  for (const { label } of ordered) {
    const empty = label.right <= label.left || label.bottom <= label.top;
    if (!empty && placed.some((other) => overlaps(label, other, gap))) continue;
    if (!empty) placed.push(label);
    shown.add(label.id);
  }
  return shown;
}
