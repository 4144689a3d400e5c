/**
 * The address list as CSV (decision 013): read an export from the property register
 * (matrikkelen) or a spreadsheet, and write the list for a mail merge. Pure: no database.
 *
 * Accepted: UTF-8 (with or without a byte-order mark), `;` or `,` between cells (whichever the
 * first line uses), quoted cells with doubled quotes, an optional header row. Columns: address;
 * postcode; city; owner name (optional). With a header, the columns are found by their names
 * ("adresse", "postnummer", "poststed", "eier" or the English ones) in any order.
 */
import type { CsvTable } from "../compare/comparison-export";
import { textProblem } from "../ui/text-input";
import type { Message } from "./neighbour-types";

export const maxCsvBytes = 48 * 1024;
export const maxCsvRows = 1000;
export const maxAddressLength = 200;
export const maxCityLength = 100;
export const maxOwnerLength = 200;

export interface CsvAddress {
  line: number;
  address: string;
  postcode: string;
  city: string;
  ownerName: string | null;
}

export interface CsvLineProblem extends Message {
  line: number;
}

export type CsvReadResult = { ok: true; rows: CsvAddress[] } | { ok: false; problems: CsvLineProblem[] };

/** Splits CSV text into lines of cells, each with its line number (1-based, where the row starts). */
function splitCsv(text: string, separator: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        cell += char;
      }
    } else if (char === '"' && cell === "") quoted = true;
    else if (char === separator) {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = "";
      line++;
      rowLine = line;
    } else cell += char;
  }
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows.filter((row) => row.cells.some((value) => value.trim() !== ""));
}

const headerNames: Record<keyof Omit<CsvAddress, "line">, readonly string[]> = {
  address: ["adresse", "address", "gateadresse", "vegadresse", "veiadresse"],
  postcode: ["postnummer", "postnr", "postnr.", "postcode", "postal code", "zip"],
  city: ["poststed", "sted", "city", "town", "post town"],
  ownerName: ["eier", "eiernavn", "hjemmelshaver", "navn", "owner", "owner name", "name"],
};

function columnsOf(header: string[]): Record<keyof Omit<CsvAddress, "line">, number> | null {
  const names = header.map((cell) => cell.trim().toLocaleLowerCase("nb"));
  const find = (field: keyof typeof headerNames) => names.findIndex((name) => headerNames[field].includes(name));
  const columns = { address: find("address"), postcode: find("postcode"), city: find("city"), ownerName: find("ownerName") };
  return columns.address >= 0 ? columns : null;
}

const problem = (line: number, message: string, messageEn: string): CsvLineProblem => ({ line, message: `Linje ${line}: ${message}`, messageEn: `Line ${line}: ${messageEn}` });

/**
 * Reads an address list. Every bad line is named with its number; nothing is taken when any is
 * bad, so a planner fixes the file and sends it again.
 *
 * @example
 * readAddressCsv("Adresse;Postnummer;Poststed\nEikelundveien 12;1234;Eikelund\n");
 * // { ok: true, rows: [{ line: 2, address: "Eikelundveien 12", postcode: "1234", city: "Eikelund", ownerName: null }] }
 */
export function readAddressCsv(input: string): CsvReadResult {
  const text = input.replace(/^\uFEFF/, "").normalize("NFC");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const separator = firstLine.includes(";") || !firstLine.includes(",") ? ";" : ",";
  const rows = splitCsv(text, separator);
  if (rows.length === 0) return { ok: false, problems: [{ line: 1, message: "Filen har ingen adresser.", messageEn: "The file has no addresses." }] };
  const fromHeader = columnsOf(rows[0].cells);
  const dataRows = fromHeader ? rows.slice(1) : rows;
  const columns = fromHeader ?? { address: 0, postcode: 1, city: 2, ownerName: 3 };
  if (dataRows.length === 0) return { ok: false, problems: [{ line: 2, message: "Filen har bare en overskriftslinje.", messageEn: "The file has only a header line." }] };
  if (dataRows.length > maxCsvRows) {
    return { ok: false, problems: [{ line: dataRows[maxCsvRows].line, message: `Filen har mer enn ${maxCsvRows} adresser. Del den opp.`, messageEn: `The file has more than ${maxCsvRows} addresses. Split it up.` }] };
  }
  const problems: CsvLineProblem[] = [];
  const addresses: CsvAddress[] = [];
  for (const { line, cells } of dataRows) {
    const cell = (index: number) => (index >= 0 ? (cells[index] ?? "").trim() : "");
    const address = cell(columns.address);
    const postcode = cell(columns.postcode).replace(/\s/g, "");
    const city = cell(columns.city);
    const owner = cell(columns.ownerName);
    const used = new Set(Object.values(columns).filter((index) => index >= 0));
    if (cells.some((value, index) => !used.has(index) && value.trim() !== "")) {
      problems.push(problem(line, "for mange kolonner. Bruk adresse; postnummer; poststed; eier (valgfritt).", "too many columns. Use address; postcode; city; owner (optional)."));
      continue;
    }
    if ([address, city, owner].some((value) => textProblem(value) !== null)) {
      problems.push(problem(line, "teksten har tegn som ikke kan lagres.", "the text has characters that cannot be stored."));
      continue;
    }
    if (address === "" || address.length > maxAddressLength) problems.push(problem(line, `adressen mangler eller er lengre enn ${maxAddressLength} tegn.`, `the address is missing or longer than ${maxAddressLength} characters.`));
    else if (!/^\d{4}$/.test(postcode)) problems.push(problem(line, `postnummeret «${postcode.slice(0, 12)}» er ikke fire sifre.`, `the postcode "${postcode.slice(0, 12)}" is not four digits.`));
    else if (city === "" || city.length > maxCityLength) problems.push(problem(line, `poststedet mangler eller er lengre enn ${maxCityLength} tegn.`, `the city is missing or longer than ${maxCityLength} characters.`));
    else if (owner.length > maxOwnerLength) problems.push(problem(line, `eierens navn er lengre enn ${maxOwnerLength} tegn.`, `the owner's name is longer than ${maxOwnerLength} characters.`));
    else addresses.push({ line, address, postcode, city, ownerName: owner === "" ? null : owner });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows: addresses };
}

/** The key two entries of the list share when they are the same address. */
export function addressKey(entry: { address: string; postcode: string }): string {
  return `${entry.address.trim().replace(/\s+/g, " ").toLocaleLowerCase("nb")}|${entry.postcode.trim()}`;
}

/**
 * The list as a table for `toCsv`: one row per address, for a mail merge.
 *
 * @example
 * toCsv(addressTable(addresses, "nb"), "nb");
 */
export function addressTable(addresses: ReadonlyArray<{ address: string; postcode: string; city: string; ownerName: string | null }>, language: "nb" | "en"): CsvTable {
  const header = language === "nb" ? ["Adresse", "Postnummer", "Poststed", "Eier"] : ["Address", "Postcode", "City", "Owner"];
  return { header, rows: addresses.map((entry) => [entry.address, entry.postcode, entry.city, entry.ownerName ?? ""]) };
}
