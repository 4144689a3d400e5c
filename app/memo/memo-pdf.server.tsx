/**
 * The memo as one HTML document and one PDF (decision 014): the same React template and style
 * sheet as the print page, rendered on the server and printed by the project's Chromium with the
 * memo's title and version as a running header and "Side X av Y" in the footer. The header and
 * footer are rendered by React too, so a title with markup stays text.
 */
import { createInstance } from "i18next";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { i18nOptions, type Language } from "../i18n/config";
import { pdfPrinter, type PdfPrinter } from "../neighbours/pdf-printer.server";
import { MemoDocument, type MemoDocumentMemo, type MemoVersion } from "./memo-document";
import type { MemoSnapshot } from "./memo-snapshot-types";
import { memoCss } from "./memo-styles";
import { publicMemo, publicTexts } from "./public-memo";

export interface MemoPrintInput {
  memo: MemoDocumentMemo & { snapshot: MemoSnapshot };
  version: MemoVersion;
  language: Language;
}

async function translator(language: Language) {
  const instance = createInstance();
  await instance.use(initReactI18next).init({ ...i18nOptions, lng: language });
  return instance;
}

/**
 * The memo as a whole HTML document, the public version built from `publicMemo` only.
 *
 * @example
 * const html = await memoHtml({ memo, version: "public", language: "nb" });
 */
export async function memoHtml(input: MemoPrintInput): Promise<string> {
  const { version, language } = input;
  const i18n = await translator(language);
  const memo = version === "public" ? publicTexts(input.memo.snapshot, input.memo) : input.memo;
  const snapshot = version === "public" ? publicMemo(memo.snapshot) : memo.snapshot;
  const markup = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <html lang={language}>
        <head>
          <meta charSet="utf-8" />
          <title>{memo.title}</title>
          <style>{memoCss}</style>
        </head>
        <body>
          <MemoDocument memo={memo} snapshot={snapshot} version={version} />
        </body>
      </html>
    </I18nextProvider>,
  );
  return `<!doctype html>${markup}`;
}

const marginStyle = { fontFamily: "Inter, Liberation Sans, DejaVu Sans, Arial, sans-serif", fontSize: "8pt", color: "#404040", width: "100%", margin: "0 18mm" } as const;

/** The running header and the page-number footer, as Chromium's templates. */
async function headerAndFooter(input: MemoPrintInput): Promise<{ headerTemplate: string; footerTemplate: string }> {
  const { version, language } = input;
  const memo = version === "public" ? publicTexts(input.memo.snapshot, input.memo) : input.memo;
  const i18n = await translator(language);
  const t = i18n.t.bind(i18n);
  const headerTemplate = renderToStaticMarkup(
    <div style={{ ...marginStyle, display: "flex", justifyContent: "space-between" }}>
      <span>{memo.title}</span>
      <span>
        {t("memo.versionLabel", { version: memo.version })} · {version === "public" ? t("memo.publicVersion") : t("memo.internalVersion")}
      </span>
    </div>,
  );
  const footerTemplate = renderToStaticMarkup(
    <div style={{ ...marginStyle, textAlign: "center" }}>
      {t("memo.document.page")} <span className="pageNumber" /> {t("memo.document.of")} <span className="totalPages" />
    </div>,
  );
  return { headerTemplate, footerTemplate };
}

/**
 * The memo as a PDF with running headers and page numbers.
 *
 * @example
 * const pdf = await memoPdf({ memo, version: "internal", language: "nb" });
 */
export async function memoPdf(input: MemoPrintInput, printer: PdfPrinter = pdfPrinter): Promise<Uint8Array> {
  const [html, templates] = await Promise.all([memoHtml(input), headerAndFooter(input)]);
  return printer.print(html, { displayHeaderFooter: true, ...templates, margin: { top: "22mm", right: "18mm", bottom: "20mm", left: "18mm" } });
}
