import { Button } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { AssessmentConfig } from "../geo/types";
import { comparisonGeoJson, comparisonTable, toCsv } from "./comparison-export";
import type { ComparisonRow } from "./comparison-rows";
import { languageOf } from "./figure-text";

/** Hands a text to the browser as a file download. */
function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** CSV and GeoJSON downloads of the comparison, in the rows' current order. */
export function ExportButtons({ rows, config }: { rows: ComparisonRow[]; config: AssessmentConfig }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const fileName = t("compare.export.fileName");
  return (
    <div className="row compare-export" role="group" aria-label={t("compare.export.title")}>
      <Button
        type="button"
        variant="secondary"
        data-size="sm"
        disabled={rows.length === 0}
        onClick={() => download(toCsv(comparisonTable(rows, { t, language, config }), language), `${fileName}.csv`, "text/csv;charset=utf-8")}
      >
        {t("compare.export.csv")}
      </Button>
      <Button
        type="button"
        variant="secondary"
        data-size="sm"
        disabled={rows.length === 0}
        onClick={() =>
          download(JSON.stringify(comparisonGeoJson(rows, { language }), null, 2), `${fileName}.geojson`, "application/geo+json")
        }
      >
        {t("compare.export.geojson")}
      </Button>
    </div>
  );
}
