/**
 * Letters as one PDF through the project's Chromium (decision 013): one page per address with the
 * address and the letter's text, read back with pdfjs; a Chromium that cannot start is a clear
 * `PdfUnavailableError`. Needs /usr/bin/chromium (or CHROMIUM_PATH), as the browser tests do.
 */
import { afterAll, describe, expect, it } from "vitest";
import { composeLetter } from "./letter-compose";
import { lettersHtml, lettersPdf } from "./letter-pdf.server";
import type { LetterFields } from "./letter-templates";
import { letterTemplates } from "./letter-templates";
import { createPdfPrinter, PdfUnavailableError } from "./pdf-printer.server";
import { pdfPageTexts } from "./testing/pdf-text";

const project = { name: "Småhus på Eikelund", municipality: "Demo kommune", housingForm: "smahus" as const, homeCount: 4 };
const fields: LetterFields = {
  language: "nb",
  letterDate: "2026-12-02",
  site: "Eikelundveien 12",
  sender: "Demo kommune",
  contactName: "Jonas Berg",
  contactPhone: "",
  contactEmail: "jonas@example.org",
  about: "Husene får egne innganger, en liten hage hver og parkering ved veien. <script>alert(1)</script>",
  timeline: "",
  moreInfo: "",
};
const addresses = ["Eikelundveien 10", "Eikelundveien 11", "Granveien 2"].map((address) => ({ address, postcode: "1234", city: "Eikelund", ownerName: null }));
const printer = createPdfPrinter({ idleMilliseconds: 1_000 });
afterAll(() => printer.close());

describe("letters as a PDF", () => {
  it("makes one page per address with the address and the letter's text", async () => {
    const letters = addresses.map((address) => composeLetter(letterTemplates.information, fields, project, address));
    const pdf = await lettersPdf({ title: "Informasjon", language: "nb", letters }, printer);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    const pages = await pdfPageTexts(pdf);
    expect(pages).toHaveLength(3);
    pages.forEach((page, index) => {
      expect(page).toContain(addresses[index].address);
      expect(page).toContain("Informasjon om nye boliger i nabolaget");
      expect(page).toContain("Husene får egne innganger");
      expect(page).toContain("4 småhus");
    });
  }, 60_000);

  it("escapes what a planner typed: it is text in the letter, never markup", () => {
    const html = lettersHtml({ title: "x", language: "nb", letters: [composeLetter(letterTemplates.information, fields, project, null)] });
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>");
    expect(html).toContain("Til beboerne i nabolaget");
  });

  it("says why when Chromium cannot start", async () => {
    const broken = createPdfPrinter({ executablePath: "/nonexistent/chromium" });
    await expect(broken.print("<p>x</p>")).rejects.toBeInstanceOf(PdfUnavailableError);
    await broken.close();
  });
});
