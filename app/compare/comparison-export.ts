/**
 * The comparison as files: CSV for spreadsheets and GeoJSON for map tools.
 *
 * CSV format (decided for the people who open it: municipal staff with Excel):
 * - bokmål: `;` between cells and a decimal comma, which Norwegian Excel reads as
 *   numbers on a double click; English: `,` and a decimal point, as English Excel expects;
 * - UTF-8 with a byte-order mark, or Excel shows æ, ø and å garbled;
 * - a header row in the page's language, one site per row, CRLF line ends (RFC 4180);
 * - cells with the separator, a quote, a line break or leading/trailing spaces are quoted, quotes doubled;
 * - text that starts with = + - @ (a name typed by someone) gets a leading apostrophe,
 *   so a spreadsheet never runs it as a formula.
 *
 * GeoJSON: the sites' own geometries (WGS84) with the figures as flat properties under
 * stable English keys (as the command line's CSV names them) and statuses as codes
 * (`pass`, `attention`, `fail`), so other tools can rely on them.
 */
import type { Feature, FeatureCollection, Point, Polygon } from "geojson";
import type { TFunction } from "i18next";
import { destinationCategories, type AssessmentConfig } from "../geo/types";
import { hasAreaOfConcern, ratingLabels, type ComparisonRow } from "./comparison-rows";
import { concernText, formatNumber, notFoundText, siteSummary, statusText, type Language } from "./figure-text";

export type CsvCell = string | number | null;
export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

const byteOrderMark = "\uFEFF";

function csvText(value: CsvCell, separator: string, language: Language): string {
  if (value === null) return "";
  if (typeof value === "number") return formatNumber(value, language, 2);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes a table as CSV in the language's spreadsheet convention (see the file comment).
 *
 * @example
 * toCsv({ header: ["Tomt", "Buss (m)"], rows: [["Tomt A; sør", 140.5]] }, "nb");
 * // "\uFEFFTomt;Buss (m)\r\n\"Tomt A; sør\";140,5\r\n"
 */
export function toCsv(table: CsvTable, language: Language): string {
  const separator = language === "nb" ? ";" : ",";
  const lines = [table.header, ...table.rows].map((cells) => cells.map((cell) => csvText(cell, separator, language)).join(separator));
  return byteOrderMark + lines.join("\r\n") + "\r\n";
}

const rounded = (value: number | undefined, decimals = 0): number | null => {
  if (value === undefined) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/**
 * The comparison as a table of cells: one row per site, every criterion, ratings when given,
 * and the short summary.
 *
 * @example
 * toCsv(comparisonTable(rows, { t, language: "nb", config }), "nb");
 */
export function comparisonTable(rows: ComparisonRow[], options: { t: TFunction; language: Language; config: AssessmentConfig }): CsvTable {
  const { t, language, config } = options;
  const withConcern = hasAreaOfConcern(rows);
  const labels = ratingLabels(new Map(rows.map((row) => [row.site.id, row.ratings])));
  const header = [t("compare.column.site"), t("compare.export.siteStatus")];
  for (const category of destinationCategories) {
    const name = t(`compare.column.${category}`);
    header.push(
      t("compare.export.name", { category: name }),
      t("compare.export.walkMeters", { category: name }),
      t("compare.export.walkMinutes", { category: name }),
      t("compare.export.straightMeters", { category: name }),
      t("compare.export.status", { category: name }),
    );
  }
  header.push(t("compare.export.shortcutCount"), t("compare.export.shortcutText"));
  header.push(t("compare.export.homesWithin", { radius: config.neighbourhoodRadiusMeters }), t("compare.export.homesStatus"));
  if (withConcern) header.push(t("compare.export.concern"), t("compare.export.concernStatus"));
  for (const label of labels) header.push(t("compare.column.rating", { label }));
  header.push(t("compare.column.summary"));

  const body = rows.map((row): CsvCell[] => {
    const { assessment, site } = row;
    const cells: CsvCell[] = [site.name, t(`compare.siteStatus.${site.status}`)];
    for (const category of destinationCategories) {
      const nearest = assessment?.nearest[category];
      if (!nearest) {
        cells.push(null, null, null, null, assessment ? notFoundText(assessment.notFound[category], config, t) : t("compare.notAssessed"));
        continue;
      }
      cells.push(nearest.name, rounded(nearest.walkMeters), rounded(nearest.walkMinutes, 1), rounded(nearest.straightMeters), statusText(nearest.status, t));
    }
    if (!assessment) {
      cells.push(null, null, null, null);
      if (withConcern) cells.push(null, null);
    } else {
      cells.push(assessment.shortcuts.length, assessment.shortcuts.map((shortcut) => shortcut.message[language]).join("\n"));
      cells.push(assessment.neighbourhood.supportedHomesWithin, statusText(assessment.neighbourhood.supportedHomesStatus, t));
      const concern = assessment.neighbourhood.areaOfConcern;
      if (withConcern) cells.push(concern ? concernText(concern, t) : null, concern ? statusText(concern.status, t) : null);
    }
    for (const label of labels) cells.push(row.ratings.find((cell) => cell.label === label)?.score ?? null);
    cells.push(assessment ? siteSummary(assessment, language) : t("compare.notAssessed"));
    return cells;
  });
  return { header, rows: body };
}

/**
 * The sites as GeoJSON with their figures as properties (see the file comment).
 *
 * @example
 * comparisonGeoJson(rows, { language: "nb" }).features[0].properties.busStop_walk_m; // 140
 */
export function comparisonGeoJson(rows: ComparisonRow[], options: { language: Language }): FeatureCollection<Point | Polygon> {
  const { language } = options;
  const features = rows.map((row): Feature<Point | Polygon> => {
    const { assessment, site } = row;
    const properties: Record<string, unknown> = { id: site.id, name: site.name, site_status: site.status, assessed: assessment !== null };
    for (const category of destinationCategories) {
      const nearest = assessment?.nearest[category];
      properties[`${category}_name`] = nearest?.name ?? null;
      properties[`${category}_walk_m`] = rounded(nearest?.walkMeters);
      properties[`${category}_walk_min`] = rounded(nearest?.walkMinutes, 1);
      properties[`${category}_straight_m`] = rounded(nearest?.straightMeters);
      properties[`${category}_status`] = nearest?.status ?? null;
      properties[`${category}_not_found`] = assessment?.notFound[category] ?? null;
    }
    if (assessment) {
      properties.shortcuts = assessment.shortcuts.length;
      properties.shortcut_warnings = assessment.shortcuts.map((shortcut) => shortcut.message[language]);
      properties.supported_homes_within = assessment.neighbourhood.supportedHomesWithin;
      properties.supported_homes_radius_m = assessment.neighbourhood.radiusMeters;
      properties.supported_homes_status = assessment.neighbourhood.supportedHomesStatus;
      const concern = assessment.neighbourhood.areaOfConcern;
      if (concern) {
        properties.area_of_concern = concern.inside ? "inside" : concern.near ? "near" : "not-near";
        properties.area_of_concern_m = rounded(concern.distanceMeters ?? undefined);
        properties.area_of_concern_status = concern.status;
      }
      properties.reach_counts = assessment.reachCounts;
      properties.summary = siteSummary(assessment, language);
    }
    if (row.ratings.length > 0) properties.ratings = row.ratings.map(({ label, score }) => ({ label, score }));
    return { type: "Feature", id: site.id, geometry: site.geometry, properties };
  });
  return { type: "FeatureCollection", features };
}
