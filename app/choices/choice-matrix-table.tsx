/**
 * The matrix: one row per home (its name a link to the home's detail), one column per category
 * (its window and how many homes wait), each cell the option that applies with its marks. A real
 * table with row and column headers, so a screen reader says "Hus 2, Fasadefarge" for each cell.
 */
import { Table } from "@digdir/designsystemet-react";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CellMarkers, CellOption, Marker } from "./choice-markers";
import { windowText } from "./choice-text";
import type { ChoiceMatrix } from "./choices-types";

/** The query of a link that shows `homeId` and keeps the filter. */
export function homeQuery(homeId: string | null, waitingOnly: boolean): string {
  const query = new URLSearchParams();
  if (waitingOnly) query.set("waiting", "1");
  if (homeId) query.set("home", homeId);
  const text = query.toString();
  return text ? `?${text}` : "?";
}

export function ChoiceMatrixTable({ matrix, selectedHomeId, waitingOnly }: { matrix: ChoiceMatrix; selectedHomeId: string | null; waitingOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const rows = matrix.homes.map((home, index) => ({ home, cells: matrix.cells[index] })).filter((row) => !waitingOnly || row.home.waitingCount > 0);
  return (
    <div className="table-wrap choice-matrix-wrap" tabIndex={0} role="region" aria-labelledby="choice-matrix-caption">
      <Table className="choice-matrix" data-testid="choice-matrix" border>
        <caption id="choice-matrix-caption" className="choice-matrix__caption">
          {t("choices.matrix.caption")}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("choices.matrix.home")}</Table.HeaderCell>
            {matrix.categories.map((category) => (
              <Table.HeaderCell scope="col" key={category.id} className="choice-matrix__category">
                <span className="choice-matrix__category-name">{category.name}</span>
                <span className="choice-matrix__sub">{windowText(t, i18n.language, category)}</span>
                {category.waitingCount > 0 ? <span className="choice-matrix__sub">{t("choices.matrix.waitingCount", { count: category.waitingCount })}</span> : null}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map(({ home, cells }) => {
            const selected = home.id === selectedHomeId;
            return (
              <Table.Row key={home.id} data-home={home.name} aria-current={selected ? "true" : undefined} className={selected ? "choice-matrix__row--selected" : undefined}>
                <Table.HeaderCell scope="row" className="choice-matrix__home">
                  <Link to={homeQuery(home.id, waitingOnly)} preventScrollReset className="ds-link choice-matrix__home-link" aria-label={t("choices.matrix.showHome", { name: home.name })}>
                    {home.name}
                  </Link>
                  {selected ? <span className="visually-hidden"> {t("choices.matrix.selected")}</span> : null}
                  <span className="choice-matrix__sub">{home.resident ? home.resident.name : t("choices.matrix.unallocated")}</span>
                  {home.houseTypeName ? <span className="choice-matrix__sub">{home.houseTypeName}</span> : null}
                  {home.waitingCount > 0 ? <span className="choice-matrix__sub">{t("choices.matrix.waitingCount", { count: home.waitingCount })}</span> : null}
                </Table.HeaderCell>
                {cells.map((cell) => (
                  <Table.Cell key={cell.categoryId} className="choice-matrix__cell" data-category={cell.categoryId}>
                    <CellOption cell={cell} />
                    <CellMarkers cell={cell} />
                  </Table.Cell>
                ))}
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}

/** What each mark means, below the matrix. */
export function MatrixLegend() {
  const { t } = useTranslation();
  const marks = [
    ["standard", t("choices.marker.standard"), t("choices.legend.standard")],
    ["confirmed", t("choices.marker.confirmed"), t("choices.legend.confirmed")],
    ["withResident", t("choices.marker.withResident"), t("choices.legend.withResident")],
    ["reopened", t("choices.marker.reopened", { date: "…" }), t("choices.legend.reopened")],
    ["waiting", t("choices.marker.waiting"), t("choices.legend.waiting")],
  ] as const;
  return (
    <details className="choice-legend">
      <summary>{t("choices.matrix.legend")}</summary>
      <dl>
        {marks.map(([kind, name, meaning]) => (
          <div key={kind} className="choice-legend__item">
            <dt>
              <Marker kind={kind}>{name}</Marker>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
