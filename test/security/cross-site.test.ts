/**
 * Hole 9: the cross-site guard let `Origin: null` through when no Sec-Fetch-Site came with it,
 * and compared only the host, not the scheme. The real guard, mounted as the app mounts it,
 * over real HTTP; once behind a proxy that says the site is https (trust proxy), once plain.
 */
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { originMatches, sameOriginGuard } from "../../server/security";

async function listen(trustProxy: boolean): Promise<{ base: string; close: () => void }> {
  const app = express();
  if (trustProxy) app.set("trust proxy", true);
  app.use(sameOriginGuard);
  app.all("*", (_request, response) => response.send("done"));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

describe("hole 9: the cross-site guard", () => {
  let plain: { base: string; close: () => void };
  let proxied: { base: string; close: () => void };
  beforeAll(async () => {
    [plain, proxied] = await Promise.all([listen(false), listen(true)]);
  });
  afterAll(() => {
    plain.close();
    proxied.close();
  });

  const post = (base: string, headers: Record<string, string>) => fetch(`${base}/projects/new`, { method: "POST", headers });

  it("hole 9: Origin: null without Sec-Fetch-Site is refused with 403", async () => {
    const response = await post(plain.base, { Origin: "null" });
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/Cross-site request refused/);
  });

  it("hole 9: Origin: null is refused even when Sec-Fetch-Site claims same-origin", async () => {
    expect((await post(plain.base, { Origin: "null", "Sec-Fetch-Site": "same-origin" })).status).toBe(403);
  });

  it("hole 9: an Origin with the same host but another scheme is refused", async () => {
    const host = new URL(plain.base).host;
    expect((await post(plain.base, { Origin: `https://${host}` })).status).toBe(403);
    // Behind a TLS proxy the site is https: a plain-http page on that host is another origin.
    expect((await post(proxied.base, { Origin: `http://${host}`, "X-Forwarded-Proto": "https" })).status).toBe(403);
  });

  it("hole 9: an Origin naming another host or port is refused", async () => {
    const { hostname, port } = new URL(plain.base);
    expect((await post(plain.base, { Origin: "https://evil.example" })).status).toBe(403);
    expect((await post(plain.base, { Origin: `http://${hostname}:${Number(port) + 1}` })).status).toBe(403);
    expect((await post(plain.base, { Origin: `http://${hostname}.evil.example:${port}` })).status).toBe(403);
    expect((await post(plain.base, { Origin: "not a url" })).status).toBe(403);
  });

  it("hole 9: the same origin passes, and a TLS proxy's https origin passes", async () => {
    expect((await post(plain.base, { Origin: plain.base })).status).toBe(200);
    expect((await post(plain.base, { "Sec-Fetch-Site": "same-origin" })).status).toBe(200);
    const host = new URL(proxied.base).host;
    expect((await post(proxied.base, { Origin: `https://${host}`, "X-Forwarded-Proto": "https" })).status).toBe(200);
  });

  it("hole 9: a browser's cross-site or same-site fetch without Origin is refused; reads pass", async () => {
    expect((await post(plain.base, { "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
    expect((await post(plain.base, { "Sec-Fetch-Site": "same-site" })).status).toBe(403);
    expect((await fetch(`${plain.base}/`, { headers: { Origin: "null" } })).status).toBe(200);
  });

  it("hole 9: originMatches compares scheme, host and port, default ports included", () => {
    expect(originMatches("http://boplan.example", { protocol: "http", host: "boplan.example:80" })).toBe(true);
    expect(originMatches("https://BOPLAN.example", { protocol: "https", host: "boplan.example" })).toBe(true);
    expect(originMatches("http://boplan.example", { protocol: "https", host: "boplan.example" })).toBe(false);
    expect(originMatches("null", { protocol: "http", host: "boplan.example" })).toBe(false);
    expect(originMatches("http://boplan.example", { protocol: "http", host: undefined })).toBe(false);
  });
});
