import type { NextFunction, Request, Response } from "express";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether an Origin header names exactly this server: same scheme, host and port.
 * `Origin: null` (sandboxed frames, `data:` pages, some redirects) never does.
 * Shared by the form guard below and the sync server's upgrade check.
 *
 * @example
 * originMatches("https://boplan.example", { protocol: "https", host: "boplan.example" }); // true
 * originMatches("http://boplan.example", { protocol: "https", host: "boplan.example" }); // false
 */
export function originMatches(origin: string, own: { protocol: string; host: string | undefined }): boolean {
  if (origin === "null" || !own.host) return false;
  try {
    const expected = new URL(`${own.protocol}://${own.host}`).origin;
    // URL normalises case and default ports on both sides, so http://h:80 equals http://h.
    return new URL(origin).origin === expected;
  } catch {
    return false;
  }
}

/**
 * Refuses state-changing requests that a browser sent from another site
 * (CSRF): the Origin header must name this site by scheme, host and port
 * (the request's own protocol, which honours `trust proxy`), or, when a
 * browser sends no Origin, Sec-Fetch-Site must say same-origin. `Origin: null`
 * is refused whatever else the request says. Requests with neither header are
 * not from a browser (no ambient cookies to abuse) and pass. Covers every form
 * action in one place, on top of SameSite session cookies.
 */
export function sameOriginGuard(request: Request, response: Response, next: NextFunction): void {
  if (safeMethods.has(request.method)) return next();
  const origin = request.get("origin");
  if (origin !== undefined) {
    if (originMatches(origin, { protocol: request.protocol, host: request.get("host") })) return next();
  } else {
    const site = request.get("sec-fetch-site");
    if (!site || site === "same-origin" || site === "none") return next();
  }
  response.status(403).type("text/plain").send("Cross-site request refused.");
}

/** Conservative headers on every response (the Content-Security-Policy is server/content-security-policy.ts). */
export function securityHeaders(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("X-Frame-Options", "DENY");
  response.setHeader("Referrer-Policy", "same-origin");
  next();
}
