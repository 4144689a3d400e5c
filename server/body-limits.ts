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
import type { NextFunction, Request, RequestHandler, Response } from "express";

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

// Remix's single fetch posts forms to the same path with a `.data` suffix.
const uploadPath = /^\/projects\/[^/]+\/reference-data(?:\.data)?\/?$/;
const feedbackPath = /^\/projects\/[^/]+\/(?:feedback|reference-points)(?:\.data)?\/?$/;

/**
 * The cap of a request path's class.
 *
 * @example
 * bodyLimitFor("/login", { maxUploadBytes: 20 * 1024 * 1024 }); // { routeClass: "form", maxBytes: 65536 }
 */
export function bodyLimitFor(path: string, options: { maxUploadBytes: number }): BodyLimit {
  if (uploadPath.test(path)) return { routeClass: "upload", maxBytes: options.maxUploadBytes + uploadSlackBytes };
  if (feedbackPath.test(path)) return { routeClass: "feedback", maxBytes: feedbackMaxBytes };
  return { routeClass: "form", maxBytes: formMaxBytes };
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KiB`;
}

/** Why a request's body stream ended early; a handler still reading it fails with this. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: BodyLimit) {
    super(`request body over the ${limit.routeClass} cap of ${limit.maxBytes} bytes; answered 413`);
    this.name = "BodyTooLargeError";
  }
}

/**
 * After the 413, nothing else may touch the response: a handler that was still reading the body
 * (Remix's action) or Express's final handler would otherwise try to answer too, and a header
 * set after sending throws from inside a socket event, which would crash the server.
 */
function seal(response: Response): void {
  response.setHeader = () => response;
  response.removeHeader = () => {};
  response.writeHead = () => response;
  response.write = () => true;
  response.end = () => response;
}

function refuse(request: IncomingMessage, response: Response, limit: BodyLimit): void {
  const error = new BodyTooLargeError(limit);
  if (response.headersSent) {
    // An answer is already under way (a handler that never read the body): cut the connection.
    request.destroy(error);
    return;
  }
  // Once the answer is out, end the request (and with it the connection, which carries the rest).
  response.once("finish", () => request.destroy(error));
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
 * what still arrives is dropped as it comes, keeping memory flat. The stream is then neither ended
 * nor errored, so a handler that was reading never acts on a cut-off body.
 */
function capStream(request: IncomingMessage, maxBytes: number, onOverflow: () => void): void {
  // Whatever the parser pushed before this middleware ran is already in the stream's buffer.
  let received = request.readableLength;
  let overflowed = false;
  const push = request.push.bind(request);
  request.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (overflowed) return true;
    if (chunk === null) return push(null);
    received += chunk instanceof Uint8Array ? chunk.byteLength : Buffer.byteLength(String(chunk));
    if (received > maxBytes) {
      overflowed = true;
      onOverflow();
      return true;
    }
    return push(chunk, encoding);
  };
  if (received > maxBytes) {
    overflowed = true;
    onOverflow();
  }
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
    if (Number.isFinite(declared) && declared > limit.maxBytes) {
      // Stop reading from the socket: the body is never wanted.
      request.pause();
      refuse(request, response, limit);
      return;
    }
    capStream(request, limit.maxBytes, () => refuse(request, response, limit));
    next();
  };
}
