/**
 * Every request body is capped as a stream before any handler reads it (decision 011, hole 3 of
 * issue 7): a chunked body has no Content-Length to check, and Remix's `request.formData()`
 * buffers whatever arrives, so a 300 MB chunked sign-in grew the server by 1.2 GB.
 *
 * The cap depends on the route class: forms and feedback are small, uploads take the configured
 * REFERENCE_MAX_UPLOAD_BYTES plus room for the multipart framing. Over the cap the server answers
 * 413 at once (plain text for pages, the JSON problem for resource routes whose clients read
 * one), drops the rest of the body unread and closes the connection.
 */
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { maxArchiveBytes } from "../app/backup/archive-format";

export type RouteClass = "form" | "feedback" | "upload";

export interface BodyLimit {
  routeClass: RouteClass;
  maxBytes: number;
}

/** Forms (sign-in, sign-up, projects, members…): far above any field this app has. */
export const formMaxBytes = 64 * 1024;
/** Comments, ratings and points: a comment is at most 2,000 characters. */
export const feedbackMaxBytes = 64 * 1024;
/** The multipart framing and the other fields around an uploaded file. */
export const uploadSlackBytes = 64 * 1024;

// Remix's single fetch posts forms to the same path with a `.data` suffix. Uploads: GeoJSON map
// data, and evidence photos and PDFs (app/files, which caps each file at 10 MB itself).
const uploadPath = /^\/projects\/[^/]+\/(?:reference-data|files)(?:\.data)?\/?$/;
const feedbackPath = /^\/projects\/[^/]+\/(?:feedback|reference-points)(?:\.data)?\/?$/;
// A project's backup (app/backup, decision 014): one zip of at most maxArchiveBytes (200 MB).
const backupImportPath = /^\/projects\/import(?:\.data)?\/?$/;

/**
 * The cap of a request path's class.
 *
 * @example
 * bodyLimitFor("/login", { maxUploadBytes: 20 * 1024 * 1024 }); // { routeClass: "form", maxBytes: 65536 }
 */
export function bodyLimitFor(path: string, options: { maxUploadBytes: number }): BodyLimit {
  if (uploadPath.test(path)) return { routeClass: "upload", maxBytes: options.maxUploadBytes + uploadSlackBytes };
  if (backupImportPath.test(path)) return { routeClass: "upload", maxBytes: maxArchiveBytes + uploadSlackBytes };
  if (feedbackPath.test(path)) return { routeClass: "feedback", maxBytes: feedbackMaxBytes };
  return { routeClass: "form", maxBytes: formMaxBytes };
}

function sizeText(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
  return `${Math.round(bytes / 1024)} KiB`;
}

/** What a handler still reading a refused body gets instead of the rest of it. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: BodyLimit) {
    super(`request body over the ${limit.routeClass} cap of ${limit.maxBytes} bytes; answered 413`);
    this.name = "BodyTooLargeError";
  }
}

/** How long a refused client may go on sending (dropped) after the answer before it is cut. */
const lingerMilliseconds = 2_000;

/**
 * Ends the connection without losing the answer: closing a socket with unread data makes the
 * kernel send a reset, which can reach the client before it has read the 413, so the socket is
 * half-closed (FIN after the answer) and what the client still sends is read and dropped until
 * it hangs up or the linger time is over.
 */
function closeLingering(socket: Socket): void {
  const timer = setTimeout(() => socket.destroy(), lingerMilliseconds);
  timer.unref();
  socket.once("close", () => clearTimeout(timer));
  socket.end();
}

/**
 * After the 413, nothing else may touch the response: a handler that was still reading the body
 * (Remix's action) or Express's final handler would otherwise try to answer too, and a header
 * set after sending throws from inside a socket event, which would crash the server.
 */
function seal(response: Response): void {
  // Express's helpers first (append would throw on a Content-Type it already sees), then Node's.
  response.append = () => response;
  response.set = () => response;
  response.header = () => response;
  response.setHeader = () => response;
  response.removeHeader = () => {};
  response.writeHead = () => response;
  response.write = () => true;
  response.end = () => response;
}

function refuse(request: IncomingMessage, response: Response, limit: BodyLimit): void {
  const socket = request.socket;
  // A handler still reading (Remix's formData) fails with a clear reason instead of waiting;
  // with no reader, there is no one to tell (and an unheard error event would throw).
  if (request.listenerCount("error") > 0) request.emit("error", new BodyTooLargeError(limit));
  if (response.headersSent) {
    // A handler answered without reading the body (a redirect to sign-in): end after its answer.
    closeLingering(socket);
    return;
  }
  // Node ends a `Connection: close` answer with destroySoon, which resets the unread rest.
  socket.destroySoon = () => closeLingering(socket);
  response.status(413).setHeader("Connection", "close");
  const allowed = sizeText(limit.routeClass === "upload" ? limit.maxBytes - uploadSlackBytes : limit.maxBytes);
  const message = `Forespørselen er for stor: høyst ${allowed}.`;
  const messageEn = `The request is too large: at most ${allowed}.`;
  if (limit.routeClass === "form") {
    response.type("text/plain").send(`${message}\n${messageEn}\n`);
  } else {
    // The upload and feedback clients read `{ error: Problem }` from every refusal.
    response.json({ error: { code: "tooLarge", message, messageEn, details: { maxBytes: limit.maxBytes } } });
  }
  seal(response);
}

/**
 * Counts the body as Node's HTTP parser hands it to the request stream, before any reader sees it:
 * nothing past `maxBytes` ever reaches the stream (so no handler can buffer it), and once over,
 * what still arrives is dropped as it comes, keeping memory flat. The stream never ends normally
 * after that, so no handler acts on a cut-off body.
 */
function capStream(request: IncomingMessage, maxBytes: number, onOverflow: () => void): void {
  // Whatever the parser pushed before this middleware ran is already in the stream's buffer.
  let received = request.readableLength;
  let overflowed = false;
  const push = request.push.bind(request);
  const overflow = () => {
    overflowed = true;
    // Keep the parser reading (and this hook dropping) even if no one reads the stream.
    request.resume();
    onOverflow();
  };
  request.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (overflowed) return true;
    if (chunk === null) return push(null);
    received += chunk instanceof Uint8Array ? chunk.byteLength : Buffer.byteLength(String(chunk));
    if (received > maxBytes) {
      overflow();
      return true;
    }
    return push(chunk, encoding);
  };
  if (received > maxBytes) overflow();
}

/**
 * Express middleware capping each request body by route class; mount before anything that reads
 * a body (the Remix handler).
 *
 * @example
 * app.use(bodyLimits({ maxUploadBytes: importConfigFromEnvironment().maxUploadBytes }));
 */
export function bodyLimits(options: { maxUploadBytes: number }): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const limit = bodyLimitFor(request.path, options);
    const declared = Number(request.get("content-length"));
    const declaredTooLarge = Number.isFinite(declared) && declared > limit.maxBytes;
    // A declared length over the cap is refused before a byte is read: a cap below zero is over at once.
    capStream(request, declaredTooLarge ? -1 : limit.maxBytes, () => refuse(request, response, limit));
    if (!response.headersSent) next();
  };
}
