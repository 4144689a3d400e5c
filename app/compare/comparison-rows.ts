/**
 * The comparison table as data: one row per site, the columns it can be sorted
 * by, and the sort itself (by the numeric value, stable, missing values last).
 */
import type { DestinationCategory, SiteAssessment } from "../geo/types";
import type { Site } from "../sites/site-document";

/** A rating column of one site, as the feedback part gives it (score null: none yet, or hidden). */
export interface RatingCell {
  label: string;
  score: number | null;
  /** Ratings that exist but are not shown to this member yet. */
  hiddenCount?: number;
}
export type SiteRatings = Map<string, RatingCell[]>;

export type ColumnId = "site" | DestinationCategory | "shortcuts" | "supportedHomes" | "areaOfConcern" | `rating:${string}`;

export interface ComparisonRow {
  site: Site;
  /** Null while the first assessment is on its way. */
  assessment: SiteAssessment | null;
  ratings: RatingCell[];
}

export type SortDirection = "ascending" | "descending";
export interface SortState {
  column: ColumnId;
  direction: SortDirection;
}

/**
 * Rows in the sites' own order, each with its assessment and ratings.
 *
 * @example
 * comparisonRows(sites, assessments, ratings)[0].assessment?.nearest.busStop?.walkMeters; // 140
 */
export function comparisonRows(sites: Site[], assessments: Map<string, SiteAssessment>, ratings?: SiteRatings): ComparisonRow[] {
  return sites.map((site) => ({ site, assessment: assessments.get(site.id) ?? null, ratings: ratings?.get(site.id) ?? [] }));
}

/**
 * The rating labels to show as columns, in the order they first appear.
 *
 * @example
 * ratingLabels(new Map([["a", [{ label: "Politi", score: 4 }]]])); // ["Politi"]
 */
export function ratingLabels(ratings: SiteRatings | undefined): string[] {
  const labels: string[] = [];
  for (const cells of ratings?.values() ?? []) for (const cell of cells) if (!labels.includes(cell.label)) labels.push(cell.label);
  return labels;
}

/** Whether any row has the area-of-concern figure (computed only for members who may see those areas). */
export function hasAreaOfConcern(rows: ComparisonRow[]): boolean {
  return rows.some((row) => row.assessment?.neighbourhood.areaOfConcern);
}

/**
 * The value a column sorts by: walking metres, counts, metres to an area of concern, a rating's
 * score, or the site's name; null when there is none (nothing reachable, not assessed yet, hidden).
 *
 * @example
 * sortValue(row, "busStop"); // 612
 */
export function sortValue(row: ComparisonRow, column: ColumnId): number | string | null {
  if (column === "site") return row.site.name;
  if (column.startsWith("rating:")) {
    const label = column.slice("rating:".length);
    return row.ratings.find((cell) => cell.label === label)?.score ?? null;
  }
  const { assessment } = row;
  if (!assessment) return null;
  if (column === "shortcuts") return assessment.shortcuts.length;
  if (column === "supportedHomes") return assessment.neighbourhood.supportedHomesWithin;
  if (column === "areaOfConcern") return assessment.neighbourhood.areaOfConcern?.distanceMeters ?? null;
  return assessment.nearest[column as DestinationCategory]?.walkMeters ?? null;
}

function compareValues(first: number | string, second: number | string): number {
  if (typeof first === "number" && typeof second === "number") return first - second;
  return String(first).localeCompare(String(second), "nb");
}

/**
 * Sorts rows by a column. Stable (equal values keep their order), and rows without a value
 * (unreachable, not assessed) come last in both directions.
 *
 * @example
 * sortRows(rows, { column: "busStop", direction: "ascending" }).map((row) => row.site.name);
 * // ["Tomt D", "Tomt A", "Tomt B", "Tomt C"]
 */
export function sortRows(rows: ComparisonRow[], sort: SortState): ComparisonRow[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, sort.column) }))
    .sort((first, second) => {
      if (first.value === null || second.value === null) {
        if (first.value === second.value) return first.index - second.index;
        return first.value === null ? 1 : -1;
      }
      return sign * compareValues(first.value, second.value) || first.index - second.index;
    })
    .map(({ row }) => row);
}
