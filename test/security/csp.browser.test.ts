/**
 * Hole 1 (stored XSS), the second line of defence: every HTML page carries a
 * Content-Security-Policy whose script-src allows only the app's files and
 * this response's nonce, every inline script Remix renders carries that nonce,
 * and in Chromium the pages hydrate without a single violation while a script
 * injected into the page is refused.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword, launchBrowser, signIn } from "../e2e/support/browser";
import { startApp, type RunningApp } from "../e2e/support/server";
import { installTraps, waitForHydration } from "./support/page-traps";

/** The directives of a policy header, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** The nonce attribute of every inline script (no src) in the HTML, `null` where it has none. */
function inlineScriptNonces(html: string): Array<string | null> {
  const nonces: Array<string | null> = [];
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = match[1];
    if (/\bsrc\s*=/.test(attributes)) continue;
    nonces.push(/\bnonce="([^"]*)"/.exec(attributes)?.[1] ?? null);
  }
  return nonces;
}

describe("hole 1: a Content-Security-Policy with a per-request nonce forbids inline script", () => {
  let app: RunningApp;
  let browser: Browser;
  let cookie: string;
  let pages: string[];

  beforeAll(async () => {
    app = await startApp({ seedDemo: true });
    browser = await launchBrowser();
    const login = await fetch(`${app.url}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ username: "kari", password: demoPassword, redirectTo: "/projects" }),
    });
    cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
    const project = `/projects/${app.demoProjectId}`;
    pages = [
      "/",
      "/login",
      "/signup",
      "/projects",
      "/projects/new",
      project,
      `${project}/map`,
      `${project}/members`,
      `${project}/map-data`,
      "/no-such-page",
    ];
    // The server's start alone can take two minutes on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("every HTML page's policy has a fresh nonce that each of its inline scripts carries, and no 'unsafe-inline' script", async () => {
    const seen = new Set<string>();
    for (const path of pages) {
      const response = await fetch(`${app.url}${path}`, { headers: { Cookie: cookie } });
      expect(response.headers.get("content-type"), path).toMatch(/text\/html/);
      const policy = directives(response.headers.get("content-security-policy") ?? "");
      const scriptSources = policy.get("script-src") ?? [];
      expect(scriptSources, path).not.toContain("'unsafe-inline'");
      expect(scriptSources, path).not.toContain("'unsafe-eval'");
      const nonces = scriptSources.filter((source) => source.startsWith("'nonce-")).map((source) => source.slice(7, -1));
      expect(nonces, path).toHaveLength(1);
      const [nonce] = nonces;
      expect(nonce.length, path).toBeGreaterThanOrEqual(22);
      expect(seen.has(nonce), `${path} reuses a nonce`).toBe(false);
      seen.add(nonce);

      const inline = inlineScriptNonces(await response.text());
      expect(inline.length, `${path} has Remix's inline scripts`).toBeGreaterThan(0);
      expect(inline, path).toEqual(inline.map(() => nonce));

      expect(policy.get("object-src"), path).toEqual(["'none'"]);
      expect(policy.get("base-uri"), path).toEqual(["'self'"]);
      expect(policy.get("frame-ancestors"), path).toEqual(["'none'"]);
      expect(policy.get("form-action"), path).toEqual(["'self'"]);
      expect(policy.get("connect-src"), path).toEqual(["'self'"]);
    }
  });

  it("in Chromium every page hydrates without a violation, the map's sync socket connects, and an injected script is refused", { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ baseURL: app.url });
    const traps = await installTraps(context);
    const page = await context.newPage();
    await signIn(page, "kari");
    for (const path of pages) {
      await page.goto(path);
      await waitForHydration(page);
      if (path.endsWith("/map")) {
        // A site listed from the plan document means the sync WebSocket got through connect-src 'self'.
        await page.getByRole("main").getByText("Tomt A", { exact: false }).first().waitFor();
      }
      expect((await traps.read(page)).violations, path).toEqual([]);
    }

    await page.goto(`/projects/${app.demoProjectId}`);
    await waitForHydration(page);
    const ran = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.__injectedRan = true";
      document.body.append(script);
      const image = document.createElement("img");
      image.setAttribute("src", "data:,x");
      image.setAttribute("onerror", "window.__injectedRan = true");
      image.setAttribute("onload", "window.__injectedRan = true");
      document.body.append(image);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return (window as unknown as { __injectedRan?: boolean }).__injectedRan === true;
    });
    expect(ran).toBe(false);
    const { violations } = await traps.read(page);
    expect(violations.length).toBeGreaterThanOrEqual(2);
    expect(violations.every((violation) => violation.directive.startsWith("script-src"))).toBe(true);
    expect(traps.dialogs).toEqual([]);
    await context.close();
  });
});
