/**
 * One home in detail: what applies in each category and how it came to be, the form to record a
 * choice made together with the resident, reopening a category for this home, and the home's
 * history. Its heading takes the focus when a home is picked in the matrix, so a keyboard user
 * lands here.
 */
import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { HousePreview, type PreviewName } from "../my-home/house-preview";
import { isPreviewPart, type PreviewPart } from "../my-home/preview-parts";
import { formatDate } from "../ui/format-time";
import { CellMarkers, CellOption } from "./choice-markers";
import { homeQuery } from "./choice-matrix-table";
import { historyText, personText, whenText, windowText } from "./choice-text";
import type { ChoiceMatrix, HistoryEntry, MatrixCell } from "./choices-types";
import { RecordForm } from "./record-form";
import { ReopenForm, ReopeningList } from "./reopen-form";

export function HomeDetail({ matrix, homeId, history, waitingOnly }: { matrix: ChoiceMatrix; homeId: string; history: HistoryEntry[]; waitingOnly: boolean }) {
  const { t } = useTranslation();
  const row = matrix.homes.findIndex((home) => home.id === homeId);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    // Focus on picking a home, not on every live reload of the same one.
    if (shown.current !== null && shown.current !== homeId) heading.current?.focus();
    if (shown.current === null && window.location.search.includes("home=")) heading.current?.focus();
    shown.current = homeId;
  }, [homeId]);
  if (row < 0) return null;
  const home = matrix.homes[row];
  const cells = matrix.cells[row];
  return (
    <section className="choice-detail" aria-labelledby="home-detail-heading" id="home-detail" data-testid="home-detail">
      <div className="choice-detail__head">
        <div>
          <Heading level={3} data-size="md" id="home-detail-heading" ref={heading} tabIndex={-1}>
            {t("choices.detail.title", { home: home.name })}
          </Heading>
          <Paragraph>
            {home.resident ? t("choices.detail.resident", { name: home.resident.name }) : t("choices.detail.unallocated")}
            {home.houseTypeName ? ` · ${t("choices.detail.houseType", { name: home.houseTypeName })}` : ""}
          </Paragraph>
        </div>
        <Link to={homeQuery(null, waitingOnly)} preventScrollReset className="ds-link">
          {t("choices.detail.close")}
        </Link>
      </div>
      <div className="choice-detail__columns">
        <div className="stack">
          <HomeChoicesTable matrix={matrix} cells={cells} homeName={home.name} />
          <RecordForm home={home} categories={matrix.categories} today={matrix.today} />
          <ReopenForm home={home} categories={matrix.categories} today={matrix.today} />
          <ReopeningList home={home} categories={matrix.categories} cells={cells} />
        </div>
        <div className="stack">
          <HomePreview matrix={matrix} cells={cells} />
          <HistoryList history={history} />
        </div>
      </div>
    </section>
  );
}

/** The home's house drawn with what applies in each category that colours a part of it. */
function HomePreview({ matrix, cells }: { matrix: ChoiceMatrix; cells: MatrixCell[] }) {
  const colors: Partial<Record<PreviewPart, string>> = {};
  const names: Partial<Record<PreviewPart, PreviewName>> = {};
  matrix.categories.forEach((category, index) => {
    const option = cells[index].option;
    if (!isPreviewPart(category.previewPart) || !option) return;
    colors[category.previewPart] = option.color;
    names[category.previewPart] = { name: option.name, code: option.colorCode || undefined, standard: cells[index].source === "standard" };
  });
  if (Object.keys(colors).length === 0) return null;
  return <HousePreview view="both" colors={colors} names={names} />;
}

function howText(t: ReturnType<typeof useTranslation>["t"], language: string, cell: MatrixCell): string {
  if (cell.source === "none") return t("choices.detail.nothing");
  if (cell.source === "standard") return t("choices.detail.standardApplies");
  const person = cell.chosenBy ? personText(t, cell.chosenBy) : t("choices.formerMember");
  if (cell.withResident) return t("choices.detail.chosenTogether", { meeting: cell.withResident.meeting, date: formatDate(cell.withResident.date, language), person });
  return t("choices.detail.chosenBy", { person, time: cell.chosenAt ? whenText(language, cell.chosenAt) : "" });
}

function HomeChoicesTable({ matrix, cells, homeName }: { matrix: ChoiceMatrix; cells: MatrixCell[]; homeName: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="home-choices-caption">
      <Table className="stacked-table choice-detail__table" data-testid="home-choices">
        <caption className="choice-detail__caption" id="home-choices-caption">{t("choices.detail.choicesTitle")}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("choices.detail.category")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("choices.detail.applies")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("choices.detail.how")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("choices.detail.window")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {matrix.categories.map((category, index) => {
            const cell = cells[index];
            return (
              <Table.Row key={category.id} data-category={category.name} data-home={homeName}>
                <Table.HeaderCell scope="row">{category.name}</Table.HeaderCell>
                <Table.Cell data-label={t("choices.detail.applies")}>
                  <CellOption cell={cell} withCode />
                  <CellMarkers cell={cell} />
                  {cell.favouriteCount > 0 ? <div className="muted">{t("choices.marker.favourites", { count: cell.favouriteCount })}</div> : null}
                </Table.Cell>
                <Table.Cell data-label={t("choices.detail.how")}>{howText(t, i18n.language, cell)}</Table.Cell>
                <Table.Cell data-label={t("choices.detail.window")}>{windowText(t, i18n.language, category)}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}

function HistoryList({ history }: { history: HistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="stack choice-history" aria-labelledby="choice-history-heading">
      <Heading level={4} data-size="xs" id="choice-history-heading">
        {t("choices.history.title")}
      </Heading>
      {history.length === 0 ? (
        <Paragraph className="muted">{t("choices.history.none")}</Paragraph>
      ) : (
        <ol className="choice-history__list" data-testid="home-history">
          {history.map((entry) => (
            <li key={entry.id} className={`choice-history__item choice-history__item--${entry.kind}`}>
              <time dateTime={entry.at} className="muted">
                {whenText(i18n.language, entry.at)}
              </time>
              <span>{historyText(t, i18n.language, entry)}</span>
              {entry.message ? <span className="muted">{t("choices.history.message", { message: entry.message })}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
