/**
 * Comments live between two browsers on the demo project (decision 009): the police comment on a
 * demo site and the planner sees it appear without reloading; the observer has no comment form
 * and a forged POST from the observer is refused (403) and changes nothing.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
let policeContext: BrowserContext;
let plannerContext: BrowserContext;
let observerContext: BrowserContext;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  policeContext = await browser.newContext({ baseURL: app.url });
  plannerContext = await browser.newContext({ baseURL: app.url });
  observerContext = await browser.newContext({ baseURL: app.url });
  pageErrors = collectPageErrors(policeContext, plannerContext, observerContext);
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...policeContext.pages(), ...plannerContext.pages(), ...observerContext.pages()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function openFirstSite(page: Page, username: string): Promise<void> {
  await signIn(page, username);
  await page.goto(`/projects/${app.demoProjectId}/map`);
  await page.locator("[data-testid=connection-status][data-status=connected]").waitFor();
  await page.locator(".site-list button").first().click();
  await page.getByTestId("feedback-panel").waitFor();
}

describe("comments on a site, live", () => {
  let police: Page;
  let planner: Page;
  const text = "Gangveien hit er mørk om kvelden.";

  it("shows the police member's comment to the planner without reloading", async () => {
    police = await policeContext.newPage();
    planner = await plannerContext.newPage();
    await Promise.all([openFirstSite(police, "silje"), openFirstSite(planner, "jonas")]);
    const form = police.getByRole("form", { name: "Ny kommentar om tomta" });
    await form.getByLabel("Ny kommentar om tomta").fill(text);
    await form.getByRole("button", { name: "Legg til kommentar" }).click();
    await planner.getByTestId("feedback-panel").getByText(text).waitFor({ timeout: 15_000 });
    await screenshot(planner, "feedback-1-planner-sees-police-comment");
  });

  it("gives the observer no comment form and refuses a forged POST with 403", async () => {
    const observer = await observerContext.newPage();
    await openFirstSite(observer, "ola");
    await observer.getByTestId("feedback-panel").getByText(text).waitFor();
    expect(await observer.getByRole("form", { name: "Ny kommentar om tomta" }).count()).toBe(0);
    const status = await observer.evaluate(async (path) => {
      const form = new FormData();
      form.set("intent", "comment");
      form.set("siteId", "forged");
      form.set("body", "Forfalsket");
      return (await fetch(path, { method: "POST", body: form })).status;
    }, `/projects/${app.demoProjectId}/feedback`);
    expect(status).toBe(403);
    const snapshot = (await observer.evaluate(async (path) => (await fetch(path)).json(), `/projects/${app.demoProjectId}/feedback`)) as { comments: Array<{ body: string }> };
    expect(snapshot.comments.map((comment) => comment.body)).toEqual([text]);
    await screenshot(observer, "feedback-2-observer-reads");
  });

  it("logged no script errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
