/**
 * The refusals of uploads and served files, in the app's one problem shape (app/http/problem.ts),
 * among them `unsupportedType` (415: a file that is neither a JPEG, PNG or WebP image nor a PDF).
 * Shared by server and browser.
 */
import type { Problem, ProblemCode } from "../http/problem";
import { problemStatus } from "../http/problem";

export type FileProblemCode = ProblemCode;

export type FileProblem = Problem;

/** The largest file taken: a phone photo is 2–8 MB, a scanned PDF a few. */
export const maxFileBytes = 10 * 1024 * 1024;

/** The file input's `accept`: phones then offer the camera and the photo library. */
export const acceptedFileTypes = "image/jpeg,image/png,image/webp,application/pdf";

/**
 * The HTTP status of a file problem.
 *
 * @example
 * fileProblemStatus("unsupportedType"); // 415
 */
export function fileProblemStatus(code: FileProblemCode): number {
  return problemStatus(code);
}

/**
 * The JSON answer `{ error: problem }` with the code's status, never cached.
 *
 * @example
 * return fileProblemResponse(unsupportedTypeProblem);
 */
export function fileProblemResponse(problem: FileProblem): Response {
  return Response.json({ error: problem }, { status: fileProblemStatus(problem.code), headers: { "Cache-Control": "private, no-store" } });
}

export const unsupportedTypeProblem: FileProblem = {
  code: "unsupportedType",
  message:
    "Filen er verken et bilde i JPEG, PNG eller WebP eller en PDF, uansett hva den heter. Last opp et bilde i et av disse formatene eller en PDF. SVG, GIF, HEIC, TIFF og andre filer tas ikke imot.",
  messageEn:
    "The file is neither a JPEG, PNG or WebP image nor a PDF, whatever its name says. Upload an image in one of these formats or a PDF. SVG, GIF, HEIC, TIFF and other files are not accepted.",
};

export const tooLargeFileProblem: FileProblem = {
  code: "tooLarge",
  message: "Filen er for stor: høyst 10 MB. Ta bildet med lavere oppløsning, eller del PDF-en opp.",
  messageEn: "The file is too large: at most 10 MB. Take the photo at a lower resolution, or split the PDF.",
  details: { maxBytes: maxFileBytes },
};
