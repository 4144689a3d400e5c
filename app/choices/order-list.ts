/**
 * The order list for the builder (issue 8, item 12): one row per home × category with what is to
 * be built there. It names the home, never the resident: the builder needs the home, not the
 * person (the privacy rule). The same table is the CSV (`toCsv`, the comparison's
 * convention: `;` and a BOM in bokmål) and the printable page, so they cannot differ.
 */
import type { TFunction } from "i18next";
import type { CsvTable } from "../compare/comparison-export";
import { formatDateTime } from "../ui/format-time";
import type { ChoiceMatrix } from "./choices-types";

export type OrderListLanguage = "nb" | "en";

export const orderListColumns = ["home", "houseType", "category", "option", "colorCode", "material", "color", "chosenBy", "chosenAt", "standard", "confirmed"] as const;

/**
 * @example
 * toCsv(orderListTable(matrix, { t, language: "nb" }), "nb");
 * // "\uFEFFBolig;Hustype;Kategori;Alternativ;…\r\nHus 1;;Fasadefarge;Lys grå;S 2002-Y;…;standard;\r\n…"
 */
export function orderListTable(matrix: ChoiceMatrix, options: { t: TFunction; language: OrderListLanguage }): CsvTable & { rows: string[][] } {
  const { t, language } = options;
  const rows = matrix.homes.flatMap((home, row) =>
    matrix.categories.map((category, column) => {
      const cell = matrix.cells[row][column];
      const chosen = cell.source === "chosen";
      const role = cell.chosenBy ? t(`role.${cell.chosenBy.role}`) : "";
      return [
        home.name,
        home.houseTypeName ?? "",
        category.name,
        cell.option?.name ?? "",
        cell.option?.colorCode ?? "",
        cell.option?.material ?? "",
        cell.option?.color ?? "",
        chosen ? (cell.withResident ? t("choices.orderList.withResidentValue", { role }) : role) : "",
        chosen && cell.chosenAt ? formatDateTime(cell.chosenAt, language) : "",
        cell.source === "standard" ? t("choices.orderList.standardValue") : "",
        chosen ? t(cell.confirmedAt ? "choices.orderList.yes" : "choices.orderList.no") : "",
      ];
    }),
  );
  return { header: orderListColumns.map((column) => t(`choices.orderList.columns.${column}`)), rows };
}
