/**
 * A letter's print run as one PDF (decision 013): `?to=list` (one letter per address, the
 * default) or `?to=neighbourhood` (one unaddressed). Planners only. The same React template as
 * the print page, printed by Chromium; 503 `pdfUnavailable` when Chromium cannot start.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { problemResponse } from "../http/problem";
import { lettersPdf } from "../neighbours/letter-pdf.server";
import { printRun, recipientsOf } from "../neighbours/letter-print-run.server";
import { readLetter } from "../neighbours/letter-store.server";
import { PdfUnavailableError } from "../neighbours/pdf-printer.server";

/** An ASCII file name from a title: "Nabovarsel – Eikelundveien" → "nabovarsel-eikelundveien.pdf". */
function fileName(title: string): string {
  const ascii = title
    .toLocaleLowerCase("nb")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${ascii || "brev"}.pdf`;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { project } = await requireMember(context, request, params.projectId, "neighbours:read");
  const letter = await readLetter(context.db, project.id, params.letterId ?? "");
  if (!letter) return problemResponse({ code: "notFound", message: "Prosjektet har ikke det brevet.", messageEn: "This project has no such letter." });
  const letters = await printRun(context.db, project.id, letter, recipientsOf(new URL(request.url)));
  let pdf: Uint8Array;
  try {
    pdf = await lettersPdf({ title: letter.title, language: letter.fields.language, letters });
  } catch (error) {
    if (!(error instanceof PdfUnavailableError)) throw error;
    context.logger.error({ err: error, projectId: project.id }, "letter PDF: Chromium unavailable");
    return problemResponse({
      code: "pdfUnavailable",
      message: "PDF-en kan ikke lages akkurat nå: serveren får ikke startet Chromium. Bruk utskriftssiden og «Lagre som PDF» i nettleseren, og si fra til den som drifter Boplan.",
      messageEn: "The PDF cannot be made right now: the server cannot start Chromium. Use the print page and \"Save as PDF\" in the browser, and tell whoever runs Boplan.",
    });
  }
  context.logger.info({ projectId: project.id, letters: letters.length, bytes: pdf.byteLength }, "letter PDF made");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName(letter.title)}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Length": String(pdf.byteLength),
    },
  });
}
