/**
 * Hole 4 and hole 9 against the production server. Hole 4: `redirectTo=/%09/evil.example` sent
 * the browser to another host after sign-in. Hole 9: `Origin: null` without Sec-Fetch-Site was
 * accepted and the scheme was not compared.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword } from "../e2e/support/browser";
import { startApp, type RunningApp } from "../e2e/support/server";

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ seedDemo: true });
});
afterAll(() => app?.stop());

const signIn = (redirectTo: string, headers: Record<string, string> = { Origin: app.url }) =>
  fetch(`${app.url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams({ username: "mari", password: demoPassword, redirectTo }),
  });

describe("hole 4: sign-in redirects stay on the site", () => {
  it.each(["/%09/evil.example", "/\t/evil.example", "//evil.example", "/\\evil.example", "/%2F/evil.example", "https://evil.example/", "/%0A/evil.example"])(
    "hole 4: POST /login with redirectTo=%s signs in and goes to /projects, not off-site",
    async (target) => {
      const response = await signIn(target);
      expect(response.status).toBe(302);
      const location = response.headers.get("location") ?? "";
      expect(location).toBe("/projects");
      expect(new URL(location, app.url).origin).toBe(app.url);
    },
  );

  it("hole 4: a path on the site is kept", async () => {
    const response = await signIn("/projects?tab=map");
    expect(response.headers.get("location")).toBe("/projects?tab=map");
  });

  it("hole 4: a signed-in visitor sent to /login?redirectTo=/%09/evil.example stays on the site", async () => {
    const cookie = ((await signIn("/projects")).headers.get("set-cookie") ?? "").split(";")[0];
    const response = await fetch(`${app.url}/login?redirectTo=${encodeURIComponent("/\t/evil.example")}`, { headers: { Cookie: cookie }, redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/projects");
  });
});

describe("hole 9: the cross-site guard on the real server", () => {
  it("hole 9: Origin: null without Sec-Fetch-Site is refused with 403 and signs no one in", async () => {
    const response = await signIn("/projects", { Origin: "null" });
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("hole 9: the same host over another scheme, or another host, is refused; the same origin passes", async () => {
    const { host } = new URL(app.url);
    expect((await signIn("/projects", { Origin: `https://${host}` })).status).toBe(403);
    expect((await signIn("/projects", { Origin: "http://evil.example" })).status).toBe(403);
    expect((await signIn("/projects", { Origin: app.url })).status).toBe(302);
  });
});
