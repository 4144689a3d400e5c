/**
 * Hole 1 (stored XSS), the policy itself: what the Content-Security-Policy
 * allows in production and what only the development server gets.
 */
import { describe, expect, it } from "vitest";
import type { NextFunction, Request, Response } from "express";
import { contentSecurityPolicy, contentSecurityPolicyMiddleware, cspNonceOf } from "../../server/content-security-policy";

const directive = (policy: string, name: string): string[] =>
  policy
    .split(";")
    .map((part) => part.trim().split(/\s+/))
    .find(([first]) => first === name)
    ?.slice(1) ?? [];

/** Runs the middleware on a bare response object and returns the header it set and the nonce it kept. */
function respond(options: Parameters<typeof contentSecurityPolicyMiddleware>[0] = {}): { policy: string; nonce: string | undefined } {
  const headers = new Map<string, string>();
  const response = { locals: {}, setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value) } as unknown as Response;
  let passed = false;
  const next: NextFunction = () => {
    passed = true;
  };
  contentSecurityPolicyMiddleware(options)({} as Request, response, next);
  expect(passed).toBe(true);
  return { policy: headers.get("content-security-policy") ?? "", nonce: cspNonceOf(response) };
}

describe("hole 1: the Content-Security-Policy", () => {
  it("allows script only from the app and this response's nonce, and a new nonce for every response", () => {
    const first = respond();
    const second = respond();
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.nonce).not.toBe(first.nonce);
    expect(directive(first.policy, "script-src")).toEqual(["'self'", `'nonce-${first.nonce}'`]);
    expect(directive(first.policy, "object-src")).toEqual(["'none'"]);
    expect(directive(first.policy, "base-uri")).toEqual(["'self'"]);
    expect(directive(first.policy, "frame-ancestors")).toEqual(["'none'"]);
    expect(directive(first.policy, "form-action")).toEqual(["'self'"]);
    expect(directive(first.policy, "connect-src")).toEqual(["'self'"]);
    expect(directive(first.policy, "worker-src")).toEqual(["'self'"]);
  });

  it("lets map tiles load from any https host and from a configured plain-http tile cache", () => {
    const policy = contentSecurityPolicy("n", { tileUrls: ["http://tiles.kommune.example:8080/{z}/{x}/{y}.png", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"] });
    expect(directive(policy, "img-src")).toEqual(["'self'", "data:", "blob:", "https:", "http://tiles.kommune.example:8080"]);
  });

  it("relaxes script and connections only for the development server (Vite's inline scripts and HMR socket)", () => {
    const development = contentSecurityPolicy("n", { development: true });
    expect(directive(development, "script-src")).toEqual(["'self'", "'unsafe-inline'", "'unsafe-eval'"]);
    expect(directive(development, "connect-src")).toEqual(["'self'", "ws:", "wss:"]);
    const production = contentSecurityPolicy("n", {});
    expect(production).not.toContain("unsafe-eval");
    expect(directive(production, "script-src")).not.toContain("'unsafe-inline'");
  });
});
