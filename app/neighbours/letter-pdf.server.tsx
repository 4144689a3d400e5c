/**
 * A print run of letters as one HTML document and as one PDF (decision 013): the same React
 * component and style sheet as the print page, rendered on the server, printed by Chromium.
 */
import { renderToStaticMarkup } from "react-dom/server";
import type { Language } from "../i18n/config";
import type { ComposedLetter } from "./letter-compose";
import { LetterSheets } from "./letter-document";
import { letterCss } from "./letter-styles";
import type { PdfPrinter } from "./pdf-printer.server";
import { pdfPrinter } from "./pdf-printer.server";

/**
 * The letters as a whole HTML document, ready to print.
 *
 * @example
 * const html = lettersHtml({ title: "Informasjon om nye boliger", language: "nb", letters });
 */
export function lettersHtml(options: { title: string; language: Language; letters: ComposedLetter[] }): string {
  const markup = renderToStaticMarkup(
    <html lang={options.language}>
      <head>
        <meta charSet="utf-8" />
        <title>{options.title}</title>
        <style>{letterCss}</style>
      </head>
      <body>
        <LetterSheets letters={options.letters} />
      </body>
    </html>,
  );
  return `<!doctype html>${markup}`;
}

/**
 * The letters as one PDF, one sheet (or more) per letter.
 *
 * @example
 * const pdf = await lettersPdf({ title, language: "nb", letters });
 */
export function lettersPdf(options: { title: string; language: Language; letters: ComposedLetter[] }, printer: PdfPrinter = pdfPrinter): Promise<Uint8Array> {
  return printer.print(lettersHtml(options));
}
