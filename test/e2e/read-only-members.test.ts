/**
 * Members who may only read the plan document (the observer, the police) send
 * it nothing: not on opening the map or the project page, and not when they
 * come back with the document kept on their device after others changed it
 * (a y-websocket client answers the server's sync request with everything
 * the server lacks, deletions included). The server logs any attempt, so its
 * output must not mention one.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collectPageErrors, launchBrowser, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
const contexts: Record<"planner" | "observer" | "police", BrowserContext | null> = { planner: null, observer: null, police: null };
let pageErrors: string[] = [];
const readOnlyWrite = "read-only connection tried to write";

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  for (const role of ["planner", "observer", "police"] as const) contexts[role] = await browser.newContext({ baseURL: app.url, viewport: { width: 1400, height: 1000 } });
  pageErrors = collectPageErrors(...Object.values(contexts).filter((context): context is BrowserContext => context !== null));
});

afterEach(async (test) => {
  await screenshotOnFailure(test, Object.values(contexts).flatMap((context) => context?.pages() ?? []));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

function context(role: keyof typeof contexts): BrowserContext {
  const found = contexts[role];
  if (!found) throw new Error(`no browser context for ${role}`);
  return found;
}

async function openMap(page: Page): Promise<void> {
  await page.goto(`/projects/${app.demoProjectId}/map`);
  await page.locator("[data-testid=connection-status][data-status=connected]").waitFor();
  await page.getByRole("button", { name: "Vis Tomt A – Eikelund senter" }).waitFor();
}

async function openProject(page: Page): Promise<void> {
  await page.goto(`/projects/${app.demoProjectId}`);
  await page.locator("[data-testid=connection-status][data-status=connected]").waitFor();
}

describe("read-only members never write to the plan document", () => {
  const readers: Record<"observer" | "police", Page | null> = { observer: null, police: null };

  it("lets the observer and the police open the map and the project page without any write", async () => {
    for (const [role, username] of [["observer", "ola"], ["police", "silje"]] as const) {
      const page = await context(role).newPage();
      readers[role] = page;
      await signIn(page, username);
      await openMap(page);
      await openProject(page);
    }
    // Time for a late answer to the server's sync request to arrive.
    await new Promise((done) => setTimeout(done, 1_000));
    expect(app.output()).not.toContain(readOnlyWrite);
  });

  it("sends nothing when they come back to a document that others changed in between", async () => {
    const planner = await context("planner").newPage();
    await signIn(planner, "jonas");
    await openMap(planner);
    // Saving a site's notes twice replaces a value: the document now has deletions a reader's copy lacks.
    await planner.getByRole("button", { name: "Vis Tomt A – Eikelund senter" }).click();
    for (const notes of ["Befaring avtalt.", "Befaring avtalt tirsdag."]) {
      await planner.getByLabel("Notater").fill(notes);
      await planner.getByRole("button", { name: "Lagre endringene" }).click();
      await planner.getByTestId("selected-site").getByText("Endringene er lagret.").waitFor();
    }
    for (const page of Object.values(readers)) {
      if (!page) throw new Error("the readers' pages were not opened");
      await openMap(page);
      await page.getByRole("button", { name: "Vis Tomt A – Eikelund senter" }).click();
      await page.getByTestId("selected-site").getByText("Befaring avtalt tirsdag.").waitFor();
      await openProject(page);
    }
    await new Promise((done) => setTimeout(done, 1_000));
    expect(app.output()).not.toContain(readOnlyWrite);
  });

  it("logged no script errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
