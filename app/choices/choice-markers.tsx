/**
 * The swatch, the name and the marks of a cell (standard, confirmed, chosen together with the
 * resident, reopened, waiting): every mark is a word, the colour only repeats it.
 */
import { Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../ui/format-time";
import type { MatrixCell, MatrixOption } from "./choices-types";

export function Swatch({ option }: { option: Pick<MatrixOption, "color"> }) {
  return <span className="choice-swatch" style={{ backgroundColor: option.color }} aria-hidden="true" />;
}

export type MarkerKind = "standard" | "confirmed" | "withResident" | "reopened" | "waiting";

const markerColor: Record<MarkerKind, "neutral" | "success" | "info" | "warning"> = {
  standard: "neutral",
  confirmed: "success",
  withResident: "info",
  reopened: "warning",
  waiting: "warning",
};

export function Marker({ kind, children }: { kind: MarkerKind; children: React.ReactNode }) {
  return (
    <Tag data-size="sm" data-color={markerColor[kind]} className={`choice-marker choice-marker--${kind}`}>
      {children}
    </Tag>
  );
}

/** The marks a cell carries, in a fixed order. */
export function CellMarkers({ cell }: { cell: MatrixCell }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="choice-markers">
      {cell.source === "standard" ? <Marker kind="standard">{t("choices.marker.standard")}</Marker> : null}
      {cell.withResident ? <Marker kind="withResident">{t("choices.marker.withResident")}</Marker> : null}
      {cell.source === "chosen" && cell.confirmedAt && !cell.withResident ? <Marker kind="confirmed">{t("choices.marker.confirmed")}</Marker> : null}
      {cell.reopenedUntil ? <Marker kind="reopened">{t("choices.marker.reopened", { date: formatDate(cell.reopenedUntil, i18n.language) })}</Marker> : null}
      {cell.waiting ? <Marker kind="waiting">{t("choices.marker.waiting")}</Marker> : null}
    </span>
  );
}

/** The option that applies, as swatch and name, or the words for none. */
export function CellOption({ cell, withCode = false }: { cell: MatrixCell; withCode?: boolean }) {
  const { t } = useTranslation();
  if (!cell.option) return <span className="choice-cell__name muted">{t("choices.marker.none")}</span>;
  return (
    <span className="choice-cell__option">
      <Swatch option={cell.option} />
      <span className="choice-cell__name">
        {cell.option.name}
        {withCode && cell.option.colorCode ? <span className="muted"> · {cell.option.colorCode}</span> : null}
      </span>
    </span>
  );
}
