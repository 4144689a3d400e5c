/**
 * The backup's HTTP side (decision 014): the page's loader and the download for planners
 * (`backup:export`), and the import for any signed-in account. The upload is read as a stream
 * (its size was capped before it got here, server/body-limits.ts) and kept only up to the
 * archive's cap; a refusal answers the problem with its status and changes nothing.
 */
import type { AppLoadContext, UploadHandler } from "@remix-run/node";
import { data, redirect, unstable_parseMultipartFormData } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { requireUser } from "../auth/session.server";
import { exportFileName } from "../checklist/checklist-export";
import { problemStatus } from "../http/problem";
import { todayInOslo } from "../ui/format-time";
import { maxArchiveBytes } from "./archive-format";
import type { BackupProblem } from "./backup-problems";
import { BackupArchiveError, invalidArchive, noArchiveProblem, tooLargeArchive } from "./backup-problems";
import { exportProject } from "./export-project.server";
import { importProject } from "./import-project.server";
import { readArchive } from "./read-archive.server";

/** What the backup page shows: whose project, and the name the download will have. */
export async function backupPageLoader(context: AppLoadContext, request: Request, projectId: string | undefined) {
  const { project } = await requireMember(context, request, projectId, "backup:export");
  return { projectId: project.id, fileName: backupFileName(project.name, todayInOslo()) };
}

/**
 * The download's file name: `boplan-<the project's name as a slug>-<YYYY-MM-DD>.zip`.
 *
 * @example
 * backupFileName("Småhus på Eikelund", "2026-12-03"); // "boplan-smahus-pa-eikelund-2026-12-03.zip"
 */
export function backupFileName(projectName: string, date: string): string {
  return exportFileName("boplan", projectName, date, "zip");
}

/**
 * GET …/backup/download: the project's archive, for planners; others get the guard's 403 or 404.
 *
 * @example
 * export async function loader({ request, params, context }: LoaderFunctionArgs) {
 *   return backupDownload(context, request, params.projectId);
 * }
 */
export async function backupDownload(context: AppLoadContext, request: Request, projectId: string | undefined): Promise<Response> {
  const { user, project } = await requireMember(context, request, projectId, "backup:export");
  const started = performance.now();
  const { bytes, manifest } = await exportProject(context.db, project.id);
  context.logger.info(
    { projectId: project.id, userId: user.id, bytes: bytes.byteLength, parts: manifest.parts.length, milliseconds: Math.round(performance.now() - started) },
    "backup exported",
  );
  return new Response(bytes, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `attachment; filename="${backupFileName(project.name, todayInOslo())}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** The uploaded archive's bytes; a refusal for a missing, doubled or too large one. */
async function readUpload(request: Request): Promise<Uint8Array> {
  if (!/^multipart\/form-data/i.test(request.headers.get("content-type") ?? "")) {
    throw invalidArchive("Send sikkerhetskopien som et skjema med filen i feltet «archive».", "Send the backup as a form with the file in the field 'archive'.");
  }
  const read: { archive: Uint8Array | null; refusal: BackupArchiveError | null } = { archive: null, refusal: null };
  const handler: UploadHandler = async (part) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    // Every part is read to its end (a server that stops reading resets the connection, and the
    // browser shows a network error instead of the answer); only the archive is kept.
    const keep = part.name === "archive" && typeof part.filename === "string" && read.archive === null && read.refusal === null;
    for await (const chunk of part.data) {
      size += chunk.byteLength;
      if (keep && size <= maxArchiveBytes) chunks.push(chunk);
    }
    if (!keep) return undefined;
    if (size > maxArchiveBytes) read.refusal = tooLargeArchive(maxArchiveBytes);
    else if (size > 0) read.archive = Buffer.concat(chunks, size);
    return undefined;
  };
  try {
    await unstable_parseMultipartFormData(request, handler);
  } catch (error) {
    if (error instanceof Error && error.name === "BodyTooLargeError") throw tooLargeArchive(maxArchiveBytes);
    throw invalidArchive("Skjemaet kunne ikke leses. Velg filen på nytt og prøv igjen.", "The form could not be read. Choose the file again and try again.");
  }
  if (read.refusal) throw read.refusal;
  if (!read.archive) throw new BackupArchiveError(noArchiveProblem);
  return read.archive;
}

/**
 * POST /projects/import (multipart, the file in `archive`): the archive checked and written as a
 * new project, then a redirect to it; a refusal is `{ problem }` with its status.
 *
 * @example
 * export async function action({ request, context }: ActionFunctionArgs) {
 *   return importAction(context, request);
 * }
 */
export async function importAction(context: AppLoadContext, request: Request) {
  const user = await requireUser(context.db, request);
  try {
    const started = performance.now();
    const archive = readArchive(await readUpload(request));
    const result = await importProject(context.db, archive, { userId: user.id });
    context.logger.info(
      { projectId: result.projectId, userId: user.id, createdAccounts: result.createdAccounts, milliseconds: Math.round(performance.now() - started) },
      "backup imported",
    );
    return redirect(`/projects/${result.projectId}`);
  } catch (error) {
    if (!(error instanceof BackupArchiveError)) throw error;
    const problem: BackupProblem = error.problem;
    context.logger.info({ userId: user.id, code: problem.code, details: problem.details }, "backup import refused");
    return data({ problem }, { status: problemStatus(problem.code) });
  }
}
