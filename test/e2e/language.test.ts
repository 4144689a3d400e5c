/**
 * Bokmål is the default; the header's language button switches every text to
 * English (server-rendered pages and the live project workspace alike), sets
 * <html lang>, stays on the same page, is remembered, and switches back.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collectPageErrors, demoPassword, launchBrowser, screenshot, screenshotOnFailure } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  context = await browser.newContext({ baseURL: app.url });
  pageErrors = collectPageErrors(context);
  page = await context.newPage();
});

afterEach(async (test) => {
  await screenshotOnFailure(test, context.pages());
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const htmlLang = () => page.locator("html").getAttribute("lang");
const languageButton = (name: string) =>
  page.getByRole("banner").getByRole("button", { name, exact: true });

describe("language", () => {
  it("starts in Norwegian bokmål", async () => {
    await page.goto("/login");
    expect(await htmlLang()).toBe("nb");
    await page.getByRole("main").getByRole("heading", { level: 1, name: "Logg inn" }).waitFor();
    // The button names the other language in that language, marked up as such.
    expect(await languageButton("English").getAttribute("lang")).toBe("en");
  });

  it("switches to English on the same page and keeps it after signing in", async () => {
    await languageButton("English").click();
    const main = page.getByRole("main");
    await main.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(await htmlLang()).toBe("en");
    expect(await languageButton("Norsk").getAttribute("lang")).toBe("nb");

    await main.getByLabel("User name").fill("kari");
    await main.getByLabel("Password").fill(demoPassword);
    await main.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/projects$/);
    await page.getByRole("heading", { level: 1, name: "Your projects" }).waitFor();
    expect(await htmlLang()).toBe("en");
    await expect.poll(() => page.title()).toBe("Your projects – Boplan");
    await page.getByText("Your role: Project owner").waitFor();
    await screenshot(page, "language-1-dashboard-english");
  });

  it("shows the live project workspace in English too", async () => {
    await page.getByRole("link", { name: "Småhus på Eikelund", exact: true }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 2, name: "Decision log" }).waitFor();
    await page.getByTestId("connection-status").filter({ hasText: "Connected – changes are shared at once" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Here now" }).waitFor();
    await page.getByRole("button", { name: "Record decision" }).waitFor();
    expect(await page.getByText("Beslutningslogg").count()).toBe(0);
    await screenshot(page, "language-2-project-english");
  });

  it("switches back to Norwegian and remembers the choice", async () => {
    const here = new URL(page.url()).pathname;
    await languageButton("Norsk").click();
    await page.getByRole("heading", { level: 2, name: "Beslutningslogg" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(here);
    expect(await htmlLang()).toBe("nb");
    await page.getByTestId("connection-status").filter({ hasText: "Tilkoblet" }).waitFor();

    await page.goto("/projects");
    await page.getByRole("heading", { level: 1, name: "Dine prosjekter" }).waitFor();
    expect(await htmlLang()).toBe("nb");
  });

  it("logged no script errors (such as hydration mismatches) along the way", () => {
    expect(pageErrors).toEqual([]);
  });
});
