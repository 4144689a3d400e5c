/**
 * WCAG 2.1 A and AA rules checked by axe-core on every page a member meets,
 * signed out and signed in, with form errors showing and live content loaded.
 * axe finds the machine-checkable part of WCAG (contrast, names, labels,
 * landmarks, ARIA); keyboard use is covered in keyboard.test.ts.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeViolations, wcagViolations } from "./support/accessibility";
import { launchBrowser, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

describe("WCAG 2.1 AA (axe-core)", () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startApp({ seedDemo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const check = async (path: string, ready?: (page: Page) => Promise<void>) => {
    await page.goto(path);
    if (ready) await ready(page);
    const violations = await wcagViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  };

  it("signed out: front page, sign-in, sign-up with errors, invalid invite", async () => {
    context = await browser.newContext({ baseURL: app.url });
    page = await context.newPage();
    await check("/");
    await check("/login");
    await check("/signup", async (current) => {
      await current.getByRole("main").getByRole("button", { name: "Opprett konto" }).click();
      await current.getByText("Rett opp dette før du går videre:").waitFor();
    });
    await check("/invite/not-a-valid-token");
    await context.close();
  });

  it("signed in: dashboard, new project with errors, live project page, members with a new invite, in both languages", async () => {
    context = await browser.newContext({ baseURL: app.url });
    page = await context.newPage();
    await signIn(page, "kari");
    for (const language of ["nb", "en"] as const) {
      if (language === "en") {
        await page.getByRole("button", { name: "English" }).click();
        await page.waitForFunction(() => document.documentElement.lang === "en");
      }
      await check("/projects");
      await check("/projects/new", async (current) => {
        await current.getByRole("main").getByRole("button").last().click();
        await current.locator(".ds-error-summary, [data-testid=error-summary], h2").first().waitFor();
      });
      await check(`/projects/${app.demoProjectId}`, async (current) => {
        await current.locator("[data-testid=connection-status][data-status=connected]").waitFor();
        await current.getByTestId("decision-log").waitFor();
      });
      await check(`/projects/${app.demoProjectId}/members`, async (current) => {
        await current.locator("#invite-role").selectOption("resident");
        await current.locator("form:has(#invite-role) button[type=submit]").click();
        await current.getByTestId("invite-url").waitFor();
      });
    }
    await context.close();
  });

  it("map pages: the project map with a site chosen and the map data page, as a planner and as the police", async () => {
    for (const username of ["jonas", "silje"]) {
      context = await browser.newContext({ baseURL: app.url });
      page = await context.newPage();
      await signIn(page, username);
      await check(`/projects/${app.demoProjectId}/map`, async (current) => {
        await current.locator("[data-testid=connection-status][data-status=connected]").waitFor();
        await current.locator(".leaflet-container").waitFor();
        await current.getByRole("button", { name: /Tomt B/ }).first().click();
        await current.getByTestId("selected-site").waitFor();
        // The comparison is a tab beside the map (decision 014): the map with its panel first, then the table.
        const mapViolations = await wcagViolations(current);
        expect(mapViolations, describeViolations(mapViolations)).toEqual([]);
        await current.getByRole("tab", { name: "Sammenligning", exact: true }).click();
        await current.getByTestId("assessment-table").getByText("Tomt B – Bjørkeveien").first().waitFor();
      });
      await check(`/projects/${app.demoProjectId}/map-data`, async (current) => {
        await current.getByTestId("map-layers").waitFor();
      });
      await context.close();
    }
  });
});
