/** Reading and writing the address list as CSV (fixtures/address-list*.csv). */
import { describe, expect, it } from "vitest";
import { toCsv } from "../compare/comparison-export";
import bad from "./fixtures/address-list-bad.csv?raw";
import good from "./fixtures/address-list.csv?raw";
import { addressKey, addressTable, maxCsvRows, readAddressCsv } from "./address-csv";

describe("readAddressCsv", () => {
  it("reads a register export with a header, quoted cells and an optional owner", () => {
    expect(readAddressCsv(good)).toEqual({
      ok: true,
      rows: [
        { line: 2, address: "Eikelundveien 10", postcode: "1234", city: "Eikelund", ownerName: "Per Hansen" },
        { line: 3, address: "Eikelundveien 11; bakhuset", postcode: "1234", city: "Eikelund", ownerName: null },
        { line: 4, address: "Granveien 2", postcode: "1234", city: "Eikelund", ownerName: 'Anne "Mor" Berg' },
      ],
    });
  });

  it("reads commas, no header, a byte-order mark and CRLF line ends", () => {
    const result = readAddressCsv("\uFEFFSkolebakken 3,0123,Oslo\r\nSkolebakken 5,0123,Oslo\r\n");
    expect(result.ok && result.rows.map((row) => [row.line, row.address, row.postcode])).toEqual([
      [1, "Skolebakken 3", "0123"],
      [2, "Skolebakken 5", "0123"],
    ]);
  });

  it("finds the columns by their names in any order", () => {
    const result = readAddressCsv("Poststed;Adresse;Postnr\nEikelund;Granveien 9;1234\n");
    expect(result).toEqual({ ok: true, rows: [{ line: 2, address: "Granveien 9", postcode: "1234", city: "Eikelund", ownerName: null }] });
  });

  it("names every bad line and takes none of the file", () => {
    const result = readAddressCsv(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((entry) => entry.line)).toEqual([3, 4, 5, 6]);
    expect(result.problems[1].message).toBe("Linje 4: postnummeret «12345» er ikke fire sifre.");
    expect(result.problems[3].messageEn).toContain("too many columns");
  });

  it("refuses an empty file, a header alone and more rows than the limit", () => {
    expect(readAddressCsv("\n\n").ok).toBe(false);
    expect(readAddressCsv("Adresse;Postnummer;Poststed\n").ok).toBe(false);
    const many = Array.from({ length: maxCsvRows + 1 }, (_, index) => `Vei ${index};1234;Sted`).join("\n");
    const result = readAddressCsv(many);
    expect(!result.ok && result.problems[0].messageEn).toContain(`more than ${maxCsvRows}`);
  });

  it("refuses control characters", () => {
    expect(readAddressCsv("Vei 1\u0007;1234;Sted").ok).toBe(false);
  });
});

describe("the address list as CSV", () => {
  it("writes a mail-merge file in the spreadsheet convention, safe against formulas", () => {
    const csv = toCsv(addressTable([{ address: "Eikelundveien 10", postcode: "1234", city: "Eikelund", ownerName: "=HYPERLINK()" }], "nb"), "nb");
    expect(csv).toBe("\uFEFFAdresse;Postnummer;Poststed;Eier\r\nEikelundveien 10;1234;Eikelund;'=HYPERLINK()\r\n");
  });

  it("treats two spellings of one address as the same", () => {
    expect(addressKey({ address: " Eikelundveien  10", postcode: "1234" })).toBe(addressKey({ address: "eikelundveien 10", postcode: "1234" }));
  });
});
