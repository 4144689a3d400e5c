/**
 * The Content-Security-Policy (decision 011): the browser runs only the app's
 * own script files and inline scripts carrying this response's nonce, so if
 * user text ever reaches an HTML sink again, an injected `<script>` or
 * `onerror=` handler is refused instead of run.
 *
 * The nonce is new for every request and handed to Remix through the load
 * context (`cspNonce`); entry.server.tsx gives it to React's renderer and
 * root.tsx to `<Scripts>` and `<ScrollRestoration>`, Remix's only inline scripts.
 */
import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

export interface ContentSecurityPolicyOptions {
  /** Vite's dev server injects inline scripts without a nonce and talks to its HMR socket; relaxed only then. */
  development?: boolean;
  /** The base maps' tile URL templates (server/config.ts): plain-http hosts among them are allowed as images too. */
  tileUrls?: string[];
}

/** The nonce of this response, set by the middleware below. */
export function cspNonceOf(response: Response): string | undefined {
  const nonce: unknown = response.locals.cspNonce;
  return typeof nonce === "string" ? nonce : undefined;
}

/**
 * The policy for one response.
 *
 * - `script-src 'self' 'nonce-…'`: the built modules and nonce-carrying inline scripts only; no
 *   'unsafe-inline', so inline event handlers and injected script tags never run. The assessment
 *   Worker is a built file (`new Worker(new URL(…), { type: "module" })`), so `worker-src 'self'`.
 * - `style-src 'self' 'unsafe-inline'`: Leaflet and geoman position every tile, marker and handle
 *   with inline styles, and React renders `style` attributes; CSS cannot run script, and no user
 *   text is ever parsed as markup, so this opens no way to execute anything.
 * - `img-src 'self' data: blob: https:` plus plain-http tile hosts: map tiles (their hosts are
 *   configurable), Leaflet's and Designsystemet's inlined images, the invite QR code (a data URL).
 * - `connect-src 'self'`: fetches and the sync WebSocket; CSP Level 3 browsers let 'self' match
 *   ws:/wss: to the same host and port (verified in Chromium by the browser tests).
 *
 * @example
 * contentSecurityPolicy("abc123", {}); // "default-src 'self'; script-src 'self' 'nonce-abc123'; …"
 */
export function contentSecurityPolicy(nonce: string, options: ContentSecurityPolicyOptions): string {
  const httpTileOrigins = (options.tileUrls ?? [])
    .map(tileOrigin)
    .filter((origin): origin is string => origin?.startsWith("http:") ?? false);
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": options.development ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"] : ["'self'", `'nonce-${nonce}'`],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:", ...new Set(httpTileOrigins)],
    "font-src": ["'self'", "data:"],
    // Vite's HMR socket listens on a port of its own in development.
    "connect-src": options.development ? ["'self'", "ws:", "wss:"] : ["'self'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** The origin of a tile URL template like `http://tiles.example/{z}/{x}/{y}.png`, or undefined. */
function tileOrigin(template: string): string | undefined {
  try {
    return new URL(template.replace(/\{[a-z]\}/g, "0")).origin;
  } catch {
    return undefined;
  }
}

/**
 * Express middleware: a fresh nonce per request (128 random bits), kept in
 * `response.locals.cspNonce`, and the policy header that allows it.
 */
export function contentSecurityPolicyMiddleware(options: ContentSecurityPolicyOptions = {}) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const nonce = randomBytes(16).toString("base64");
    response.locals.cspNonce = nonce;
    // A served upload carries its own, stricter policy (`sandbox; default-src 'none'`, decision 012).
    if (!servedFilePath.test(request.path)) response.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce, options));
    next();
  };
}

/** GET /projects/:id/files/:fileId: an uploaded photo or PDF, answered with its own policy. */
const servedFilePath = /^\/projects\/[^/]+\/files\/[^/]+\/?$/;
