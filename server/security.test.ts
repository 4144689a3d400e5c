import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sameOriginGuard, securityHeaders } from "./security";

describe("cross-site request guard", () => {
  let base: string;
  let close: () => void;
  beforeAll(async () => {
    const app = express();
    app.use(securityHeaders, sameOriginGuard);
    app.all("*", (_request, response) => response.send("done"));
    const server = app.listen(0);
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  const post = (headers: Record<string, string>) => fetch(`${base}/projects/new`, { method: "POST", headers });

  it("accepts a form posted from the same site", async () => {
    const host = new URL(base).host;
    expect((await post({ Origin: base })).status).toBe(200);
    expect((await post({ "Sec-Fetch-Site": "same-origin" })).status).toBe(200);
    expect(host).toContain("127.0.0.1");
  });

  it("refuses a form posted from another site", async () => {
    const response = await post({ Origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/Cross-site/);
    expect((await post({ "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
    expect((await post({ Origin: "null" , "Sec-Fetch-Site": "cross-site"})).status).toBe(403);
  });

  it("lets reads through and forbids framing", async () => {
    const response = await fetch(`${base}/`, { headers: { Origin: "https://evil.example" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });
});
