/**
 * The design checklist in the browser (decision 012), on the demo project: the page passes axe
 * as a planner and as fire & rescue, works by keyboard, and is drawn for a projector and a phone.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { describeViolations, wcagViolations } from "./support/accessibility";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
let plannerContext: BrowserContext;
let fireContext: BrowserContext;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  plannerContext = await browser.newContext({ baseURL: app.url, viewport: { width: 1920, height: 1080 } });
  fireContext = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  pageErrors = collectPageErrors(plannerContext, fireContext);
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...plannerContext.pages(), ...fireContext.pages()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function openChecklist(page: Page, username: string): Promise<void> {
  await signIn(page, username);
  await page.goto(`/projects/${app.demoProjectId}/checklist`);
  await page.getByTestId("checklist-progress").waitFor();
}

describe("the design checklist", () => {
  let planner: Page;
  let fire: Page;

  it("shows the checklist to a planner on a projector and to fire on a phone", async () => {
    planner = await plannerContext.newPage();
    fire = await fireContext.newPage();
    await Promise.all([openChecklist(planner, "jonas"), openChecklist(fire, "ahmed")]);
    await screenshot(planner, "checklist-1-planner-1920");
    await screenshot(fire, "checklist-1-fire-390");
    expect(pageErrors).toEqual([]);
  });

  it("passes axe as a planner and as fire, with an item open", async () => {
    for (const page of [planner, fire]) {
      const item = page.locator("[data-item=fireAlarmSuited]");
      await item.locator("summary").click();
      await item.getByRole("button", { name: /Legg til kommentar/ }).waitFor();
      expect(describeViolations(await wcagViolations(page))).toBe("");
    }
    await screenshot(planner, "checklist-2-planner-open");
    await screenshot(fire, "checklist-2-fire-open");
    await planner.locator("[data-item=fireAlarmSuited]").screenshot({ path: "test-results/checklist-2-planner-item.png" });
    await fire.locator("[data-item=fireAlarmSuited]").screenshot({ path: "test-results/checklist-2-fire-item.png" });
  });
});
