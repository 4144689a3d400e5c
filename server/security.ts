import type { NextFunction, Request, Response } from "express";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests that a browser sent from another site
 * (CSRF): the Origin header, or failing that Sec-Fetch-Site, must say the
 * request comes from this site. Covers every form action in one place, on top
 * of SameSite session cookies.
 */
export function sameOriginGuard(request: Request, response: Response, next: NextFunction): void {
  if (safeMethods.has(request.method)) return next();
  const origin = request.get("origin");
  const host = request.get("host");
  if (origin && origin !== "null") {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost !== null && originHost === host) return next();
  } else {
    const site = request.get("sec-fetch-site");
    if (!site || site === "same-origin" || site === "none") return next();
  }
  response.status(403).type("text/plain").send("Cross-site request refused.");
}

/** Conservative headers on every response. */
export function securityHeaders(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("X-Frame-Options", "DENY");
  response.setHeader("Referrer-Policy", "same-origin");
  response.setHeader("Content-Security-Policy", "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'");
  next();
}
