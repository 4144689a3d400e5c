/**
 * A memo as a PDF (decision 014), `?version=internal|public`: the print page's React template
 * rendered on the server and printed by the project's Chromium, with the title and version as a
 * running header and "Side X av Y" in the footer; 503 `pdfUnavailable` when Chromium cannot start.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { problemResponse } from "../http/problem";
import { i18nServer } from "../i18n/i18n.server";
import { isLanguage } from "../i18n/config";
import { memoPdf } from "../memo/memo-pdf.server";
import { memoLoader, versionOf } from "../memo/memo-requests.server";
import { PdfUnavailableError } from "../neighbours/pdf-printer.server";

/** An ASCII file name: "Beslutningsnotat: Småhus på Eikelund", version 2 → "beslutningsnotat-smahus-pa-eikelund-v2.pdf". */
function fileName(title: string, version: number, publicVersion: boolean): string {
  const ascii = title
    .toLocaleLowerCase("nb")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${ascii || "beslutningsnotat"}-v${version}${publicVersion ? "-offentlig" : ""}.pdf`;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const version = versionOf(new URL(request.url));
  const { projectId, memo } = await memoLoader(context, request, params.projectId, params.memoId);
  if (!version) return problemResponse({ code: "badRequest", message: "Velg version=internal eller version=public.", messageEn: "Choose version=internal or version=public." });
  const locale = await i18nServer.getLocale(request);
  let pdf: Uint8Array;
  try {
    pdf = await memoPdf({ memo, version, language: isLanguage(locale) ? locale : "nb" });
  } catch (error) {
    if (!(error instanceof PdfUnavailableError)) throw error;
    context.logger.error({ err: error, projectId }, "memo PDF: Chromium unavailable");
    return problemResponse({
      code: "pdfUnavailable",
      message: "PDF-en kan ikke lages akkurat nå: serveren får ikke startet Chromium. Bruk utskriftssiden og «Lagre som PDF» i nettleseren, og si fra til den som drifter Boplan.",
      messageEn: "The PDF cannot be made right now: the server cannot start Chromium. Use the print page and \"Save as PDF\" in the browser, and tell whoever runs Boplan.",
    });
  }
  context.logger.info({ projectId, memoId: memo.id, version, bytes: pdf.byteLength }, "memo PDF made");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName(memo.title, memo.version, version === "public")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Length": String(pdf.byteLength),
    },
  });
}
