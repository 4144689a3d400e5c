/**
 * The HTTP side of files (decision 012, "Files"): `POST /projects/:id/files` takes an upload (or
 * removes a file), `GET /projects/:id/files/:fileId` serves one. Every refusal is
 * `{ error: FileProblem }` with its status; nothing is stored when anything fails.
 *
 * The upload is read as a stream (its size was capped before it got here, server/body-limits.ts):
 * the form's `purpose` comes before its `file`, so the member's permission for that purpose is
 * checked before a byte of the file is kept, and no more than 10 MB of it is kept (413).
 */
import type { AppLoadContext, UploadHandler } from "@remix-run/node";
import { redirect, unstable_parseMultipartFormData } from "@remix-run/node";
import type { MemberContext } from "../auth/guards.server";
import { requireMember } from "../auth/guards.server";
import { safeRedirect } from "../auth/safe-redirect";
import type { FeedbackEvents, ProjectTopic } from "../feedback/feedback-events.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import type { FileProblem } from "./file-problem";
import { fileProblemResponse, maxFileBytes, tooLargeFileProblem } from "./file-problem";
import type { FileKind, FilePurpose, FileSize } from "./file-types";
import { isFilePurpose } from "./file-types";
import { deleteFile, filePurpose, readPermission, readStoredFile, storeFile, uploadPermission } from "./files.server";

/** A caption is at most 500 characters: 8 KB is room for any text field of the form. */
const maxFieldBytes = 8 * 1024;

const noStore = { "Cache-Control": "private, no-store" };

/** A refusal met while reading the form: answered as it is. */
class FormRefusal extends Error {
  constructor(readonly response: Response) {
    super(`upload refused with ${response.status}`);
    this.name = "FormRefusal";
  }
}

const notAFormProblem: FileProblem = {
  code: "badRequest",
  message: "Sendte data er ikke et skjema: send multipart/form-data med boundary.",
  messageEn: "The data sent is not a form: send multipart/form-data with a boundary.",
};

const purposeProblem: FileProblem = {
  code: "badRequest",
  message: "Si hva filen er til (purpose: checklist, catalogue, activity, communication eller notice), før selve filen i skjemaet.",
  messageEn: "Say what the file is for (purpose: checklist, catalogue, activity, communication or notice), before the file itself in the form.",
};

const noFileProblem: FileProblem = {
  code: "empty",
  message: "Velg et bilde eller en PDF å laste opp.",
  messageEn: "Choose an image or a PDF to upload.",
  fields: { file: { message: "Velg et bilde eller en PDF å laste opp.", messageEn: "Choose an image or a PDF to upload." } },
};

const oneFileProblem: FileProblem = {
  code: "badRequest",
  message: "Send én fil om gangen, i feltet «file».",
  messageEn: "Send one file at a time, in the field 'file'.",
};

const fileNotFoundProblem: FileProblem = {
  code: "notFound",
  message: "Fant ikke filen i dette prosjektet. Den kan være fjernet.",
  messageEn: "This project has no such file. It may have been removed.",
};

/**
 * The part's bytes, or the refusal once there are more than `maxBytes`. The rest of a refused
 * part is still read, and dropped as it comes: a server that stops reading an upload resets the
 * connection, and the browser then shows a network error instead of the 413's message. The body
 * as a whole is capped before it gets here (server/body-limits.ts), so that reading is bounded.
 */
async function readPart(data: AsyncIterable<Uint8Array>, maxBytes: number, tooLarge: FileProblem): Promise<Uint8Array | FormRefusal> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of data) {
    size += chunk.byteLength;
    if (size <= maxBytes) chunks.push(chunk);
  }
  if (size > maxBytes) return new FormRefusal(fileProblemResponse(tooLarge));
  return Buffer.concat(chunks, size);
}

/** Reads a part to its end without keeping it. */
async function dropPart(data: AsyncIterable<Uint8Array>): Promise<void> {
  for await (const chunk of data) void chunk;
}

interface UploadForm {
  fields: Map<string, string>;
  file: { name: string; type: string; bytes: Uint8Array } | null;
  /** Set once the purpose's permission was checked (before the file was read). */
  member: MemberContext | null;
}

/**
 * Reads the form; `authorize` is called with the purpose when the file part begins, before its
 * bytes are kept (and throws the guard's answer when the member may not). The first refusal is
 * thrown once the whole body is read, for the reason `readPart` gives.
 */
async function readUploadForm(request: Request, authorize: (purpose: FilePurpose) => Promise<MemberContext>): Promise<UploadForm> {
  const form: UploadForm = { fields: new Map(), file: null, member: null };
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(contentType)) {
    // A removal is a plain form; it carries no file.
    const data = await request.formData();
    for (const [name, value] of data) if (typeof value === "string" && !form.fields.has(name)) form.fields.set(name, value);
    return form;
  }
  const tooLongField: FileProblem = { ...notAFormProblem, code: "tooLarge", message: "Et felt i skjemaet er for langt.", messageEn: "A field of the form is too long." };
  let refusal: FormRefusal | Response | null = null;
  const handler: UploadHandler = async (part) => {
    if (refusal) {
      await dropPart(part.data);
      return undefined;
    }
    if (typeof part.filename !== "string") {
      const bytes = await readPart(part.data, maxFieldBytes, tooLongField);
      if (bytes instanceof FormRefusal) refusal = bytes;
      else if (!form.fields.has(part.name)) form.fields.set(part.name, new TextDecoder().decode(bytes));
      return undefined;
    }
    const purpose = form.fields.get("purpose");
    if (part.name !== "file" || form.file) refusal = new FormRefusal(fileProblemResponse(oneFileProblem));
    else if (!isFilePurpose(purpose)) refusal = new FormRefusal(fileProblemResponse(purposeProblem));
    else {
      try {
        form.member = await authorize(purpose);
      } catch (error) {
        if (!(error instanceof Response)) throw error;
        refusal = error;
      }
    }
    if (refusal) {
      await dropPart(part.data);
      return undefined;
    }
    const bytes = await readPart(part.data, maxFileBytes, tooLargeFileProblem);
    if (bytes instanceof FormRefusal) refusal = bytes;
    else form.file = { name: part.filename, type: part.contentType, bytes };
    return undefined;
  };
  await unstable_parseMultipartFormData(request, handler);
  if (refusal) throw refusal;
  return form;
}

/** The guard's answer (a 403 or 404 problem, a redirect to sign-in) is returned, so a fetcher form shows it. */
async function answered<T>(work: () => Promise<T>): Promise<T | Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Response) return error;
    if (error instanceof FormRefusal) return error.response;
    throw error;
  }
}

/**
 * POST /projects/:id/files. An upload (multipart: purpose, subjectKey, homeId, caption,
 * keepPosition="on", file) answers 201 `{ file }`; `intent=delete` with purpose and fileId
 * answers `{ deleted }`. A plain browser form without JavaScript that sends `redirectTo` is sent
 * back there instead.
 *
 * @example
 * export async function action({ request, params, context }: ActionFunctionArgs) {
 *   return filesAction(context, request, params.projectId);
 * }
 */
export async function filesAction(context: AppLoadContext, request: Request, projectId: string | undefined, events: FeedbackEvents = feedbackEvents): Promise<Response> {
  const authorize = (purpose: FilePurpose) => requireMember(context, request, projectId, uploadPermission[purpose]);
  const form = await answered(async () => {
    try {
      return await readUploadForm(request, authorize);
    } catch (error) {
      if (error instanceof Response || error instanceof FormRefusal) throw error;
      if (error instanceof Error && error.name === "BodyTooLargeError") throw new FormRefusal(fileProblemResponse(tooLargeFileProblem));
      throw new FormRefusal(fileProblemResponse(notAFormProblem));
    }
  });
  if (form instanceof Response) return form;

  const purpose = form.fields.get("purpose");
  if (!isFilePurpose(purpose)) return fileProblemResponse(purposeProblem);
  const member = form.member ?? (await answered(() => authorize(purpose)));
  if (member instanceof Response) return member;
  const who = { projectId: member.project.id, userId: member.user.id, role: member.role };

  if (form.fields.get("intent") === "delete") {
    const fileId = form.fields.get("fileId") ?? "";
    const outcome = await deleteFile(context.db, who, purpose, fileId);
    if (outcome === "notFound") return fileProblemResponse(fileNotFoundProblem);
    if (outcome === "forbidden") {
      return fileProblemResponse({
        code: "forbidden",
        message: "Bare den som lastet opp filen, og planleggerne, kan fjerne den.",
        messageEn: "Only the member who uploaded the file, and the planners, can remove it.",
      });
    }
    context.logger.info({ projectId: who.projectId, fileId, purpose }, "file removed");
    events.publish(who.projectId, topicOf(purpose));
    return Response.json({ deleted: fileId }, { headers: noStore });
  }

  if (!form.file || (form.file.bytes.byteLength === 0 && form.file.name === "")) return fileProblemResponse(noFileProblem);
  const keepPosition = form.fields.get("keepPosition");
  const result = await storeFile(context.db, who, {
    purpose,
    subjectKey: form.fields.get("subjectKey") ?? "",
    homeId: form.fields.get("homeId") ?? "",
    caption: form.fields.get("caption") ?? "",
    keepPosition: keepPosition === "on" || keepPosition === "true",
    fileName: form.file.name,
    bytes: form.file.bytes,
  });
  if (!result.ok) {
    context.logger.info({ projectId: who.projectId, code: result.problem.code, declaredType: form.file.type }, "upload refused");
    return fileProblemResponse(result.problem);
  }
  context.logger.info({ projectId: who.projectId, fileId: result.file.id, purpose, kind: result.file.kind, bytes: result.file.byteSize }, "file uploaded");
  events.publish(who.projectId, topicOf(purpose));
  const redirectTo = form.fields.get("redirectTo");
  if (redirectTo && (request.headers.get("accept") ?? "").includes("text/html")) return redirect(safeRedirect(redirectTo));
  return Response.json({ file: result.file }, { status: 201, headers: noStore });
}

function topicOf(purpose: FilePurpose): ProjectTopic {
  switch (purpose) {
    case "checklist":
      return "checklist";
    case "catalogue":
      return "choices";
    case "activity":
      return "participation";
    case "communication":
    case "notice":
      return "neighbours";
  }
}

/**
 * The served name: what the uploader's device called it, with the extension of what is served
 * (every image is a JPEG now).
 *
 * @example
 * servedFileName("skisse.png", "image"); // "skisse.jpg"
 */
export function servedFileName(fileName: string, kind: FileKind): string {
  const base = fileName.replace(/\.[^.]{1,8}$/, "") || (kind === "image" ? "bilde" : "dokument");
  if (kind === "pdf") return /\.pdf$/i.test(fileName) ? fileName : `${base}.pdf`;
  return /\.jpe?g$/i.test(fileName) ? fileName : `${base}.jpg`;
}

/**
 * `Content-Disposition` with the name in UTF-8 (RFC 6266, RFC 8187) and a plain ASCII fallback.
 *
 * @example
 * contentDisposition("attachment", "Brannrapport 2.pdf");
 * // "attachment; filename=\"Brannrapport 2.pdf\"; filename*=UTF-8''Brannrapport%202.pdf"
 */
export function contentDisposition(type: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** What nothing served may do: run script, load anything, be read by another site. */
export const servedFileHeaders = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "sandbox; default-src 'none'",
  "Cache-Control": "private, max-age=3600",
  "Cross-Origin-Resource-Policy": "same-origin",
} as const;

/**
 * GET /projects/:id/files/:fileId?size=thumb|view (default view; a PDF has one size): to members
 * who may read what the file belongs to. 404 for a file of another project.
 *
 * @example
 * export async function loader({ request, params, context }: LoaderFunctionArgs) {
 *   return fileResponse(context, request, params.projectId, params.fileId);
 * }
 */
export async function fileResponse(context: AppLoadContext, request: Request, projectId: string | undefined, fileId: string | undefined): Promise<Response> {
  const sizeParameter = new URL(request.url).searchParams.get("size");
  if (sizeParameter !== null && sizeParameter !== "thumb" && sizeParameter !== "view") {
    return fileProblemResponse({ code: "badRequest", message: "Størrelsen er thumb eller view.", messageEn: "The size is thumb or view." });
  }
  const size: FileSize = sizeParameter === "thumb" ? "thumb" : "view";
  const purpose = projectId && fileId ? await filePurpose(context.db, projectId, fileId) : null;
  if (!purpose) {
    // Non-members learn nothing (the project's 404); members learn that the file is not there.
    await requireMember(context, request, projectId, "project:read");
    return fileProblemResponse(fileNotFoundProblem);
  }
  const { project } = await requireMember(context, request, projectId, readPermission[purpose]);
  const content = await readStoredFile(context.db, project.id, fileId as string, size);
  if (!content) return fileProblemResponse(fileNotFoundProblem);
  const disposition = content.kind === "image" ? "inline" : "attachment";
  // A copy in a plain ArrayBuffer (what a Response body takes); files are at most 10 MB.
  return new Response(new Uint8Array(content.bytes), {
    status: 200,
    headers: {
      ...servedFileHeaders,
      "Content-Type": content.contentType,
      "Content-Length": String(content.bytes.byteLength),
      "Content-Disposition": contentDisposition(disposition, servedFileName(content.fileName, content.kind)),
    },
  });
}
