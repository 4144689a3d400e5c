import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { destinationCategories, type AssessmentConfig, type DestinationCategory } from "../geo/types";
import { useMapPage } from "../map-page/map-page-context";
import { useProjectConfig } from "./assessment-settings";
import { ConcernCell, HomesCell, NearestCell, RatingValue, ShortcutsCell } from "./comparison-cells";
import { comparisonRows, hasAreaOfConcern, ratingLabels, sortRows, type ColumnId, type ComparisonRow, type SiteRatings, type SortState } from "./comparison-rows";
import { languageOf, siteSummary } from "./figure-text";
import { ExportButtons } from "./export-buttons";
import { ThresholdSettings } from "./threshold-settings";
import "./compare.css";

interface Column {
  id: ColumnId;
  label: string;
}

/** The next sort when a column's button is pressed: ascending first, then the other way. */
function nextSort(current: SortState | null, column: ColumnId): SortState {
  if (current?.column === column) return { column, direction: current.direction === "ascending" ? "descending" : "ascending" };
  return { column, direction: "ascending" };
}

function Cell({ row, column, config }: { row: ComparisonRow; column: ColumnId; config: AssessmentConfig }) {
  const { t } = useTranslation();
  if (column.startsWith("rating:")) return <RatingValue cell={row.ratings.find((cell) => cell.label === column.slice("rating:".length))} />;
  const { assessment } = row;
  if (!assessment) return <span className="muted">{t("compare.notAssessed")}</span>;
  if (column === "shortcuts") return <ShortcutsCell assessment={assessment} />;
  if (column === "supportedHomes") return <HomesCell assessment={assessment} />;
  if (column === "areaOfConcern") return <ConcernCell assessment={assessment} />;
  return <NearestCell assessment={assessment} category={column as DestinationCategory} config={config} />;
}

/**
 * All sites × all criteria (and ratings, when given): the accessible, non-map
 * way to read the assessment. Sortable by any column, with CSV and GeoJSON
 * downloads, a short summary per site and the project's thresholds below.
 *
 * @example
 * <CompareSites busy={assessments.busy} ratings={ratingsBySite} />
 */
export function CompareSites({ busy, ratings }: { busy: boolean; ratings?: SiteRatings }) {
  const { t, i18n } = useTranslation();
  const { sites, assessments, planDoc, planEditable } = useMapPage();
  const config = useProjectConfig(planDoc);
  const [sort, setSort] = useState<SortState | null>(null);
  const rows = comparisonRows(sites, assessments, ratings);
  const sorted = sort ? sortRows(rows, sort) : rows;
  const columns: Column[] = [
    ...destinationCategories.map((category) => ({ id: category, label: t(`compare.column.${category}`) })),
    { id: "shortcuts", label: t("compare.column.shortcuts") },
    { id: "supportedHomes", label: t("compare.column.supportedHomes") },
    ...(hasAreaOfConcern(rows) ? [{ id: "areaOfConcern" as const, label: t("compare.column.areaOfConcern") }] : []),
    ...ratingLabels(ratings).map((label): Column => ({ id: `rating:${label}`, label: t("compare.column.rating", { label }) })),
  ];
  const sortOf = (column: ColumnId) => (sort?.column === column ? sort.direction : "none");

  return (
    <section aria-labelledby="compare-heading" className="stack compare-sites">
      <Heading level={2} data-size="sm" id="compare-heading">
        {t("compare.title")}
      </Heading>
      <Paragraph className="muted">{t("compare.intro")}</Paragraph>
      <p role="status" className="muted" aria-live="polite">
        {busy ? t("compare.assessing") : ""}
      </p>
      <ExportButtons rows={sorted} config={config} />
      {/* Focusable so a keyboard user can scroll the wide table sideways. */}
      <div className="table-wrap compare-table-wrap" role="region" aria-labelledby="compare-heading" tabIndex={0}>
        <Table data-testid="assessment-table" aria-busy={busy} zebra data-size="sm">
          <caption>
            {t("compare.caption")}
            <span className="compare-units">{t("compare.units", { speed: config.walkingMetersPerMinute })}</span>
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col" sort={sortOf("site")} onClick={() => setSort(nextSort(sort, "site"))} data-column="site">
                {t("compare.column.site")}
              </Table.HeaderCell>
              {columns.map((column) => (
                <Table.HeaderCell key={column.id} scope="col" sort={sortOf(column.id)} onClick={() => setSort(nextSort(sort, column.id))} data-column={column.id}>
                  {column.label}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {sorted.map((row) => (
              <Table.Row key={row.site.id} data-site-id={row.site.id}>
                <Table.HeaderCell scope="row">{row.site.name}</Table.HeaderCell>
                {columns.map((column) => (
                  <Table.Cell key={column.id} data-category={column.id}>
                    <Cell row={row} column={column.id} config={config} />
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Heading level={3} data-size="xs" id="compare-summary-heading">
        {t("compare.column.summary")}
      </Heading>
      <dl className="compare-summaries" aria-labelledby="compare-summary-heading" data-testid="site-summaries">
        {sorted.map((row) => (
          <div key={row.site.id}>
            <dt>{row.site.name}</dt>
            <dd>{row.assessment ? siteSummary(row.assessment, languageOf(i18n.language)) : t("compare.notAssessed")}</dd>
          </div>
        ))}
      </dl>
      <ThresholdSettings planDoc={planDoc} config={config} editable={planEditable} />
    </section>
  );
}
