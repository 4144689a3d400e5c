/**
 * Signing in with the keyboard alone: the skip link is the first thing Tab
 * reaches, it is visible when focused and moves focus to the main content,
 * and the form can be filled and sent without a mouse.
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

/** What has focus: its id, tag, class and text, enough to tell elements apart. */
function focused(target: Page) {
  return target.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return null;
    const box = element.getBoundingClientRect();
    return {
      id: element.id,
      tag: element.tagName.toLowerCase(),
      className: typeof element.className === "string" ? element.className : "",
      text: element.textContent?.trim() ?? "",
      onScreen: box.right > 0 && box.bottom > 0 && box.left < window.innerWidth && box.width > 0,
    };
  });
}

describe("keyboard only", () => {
  it("reaches the skip link first, sees it, and it moves focus to the main content", async () => {
    await page.goto("/login");
    // Wait for hydration, so the keys go to the page the user will really use.
    await page.waitForFunction(() => (window as unknown as { __remixRouter?: unknown }).__remixRouter !== undefined);
    await page.keyboard.press("Tab");
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: "a", text: "Hopp til hovedinnhold", onScreen: true });
    await screenshot(page, "keyboard-1-skip-link-focused");

    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focused(page))?.id).toBe("main");
  });

  it("signs in with Tab, typing and Enter, and lands on the dashboard", async () => {
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ id: "username" });
    await page.keyboard.type("kari");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ id: "password" });
    await page.keyboard.type(demoPassword);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/projects$/);
    await page.getByRole("heading", { level: 1, name: "Dine prosjekter" }).waitFor();
  });

  it("keeps the skip link first on the dashboard and follows a project link with Enter", async () => {
    await page.goto("/projects");
    await page.waitForFunction(() => (window as unknown as { __remixRouter?: unknown }).__remixRouter !== undefined);
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "a", text: "Hopp til hovedinnhold" });
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focused(page))?.id).toBe("main");

    // From the top of main: the "Nytt prosjekt" button-link, importing from a backup, then the demo project.
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "a", text: "Nytt prosjekt" });
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "a", text: "Importer prosjekt fra sikkerhetskopi" });
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "a", text: "Småhus på Eikelund" });
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 1, name: "Småhus på Eikelund" }).waitFor();
    // A page change inside the app starts the new page's content, as a page load would.
    await expect.poll(async () => (await focused(page))?.id).toBe("main");
  });

  it("moves focus into the decision form when it opens, to the first problem, and back when it closes", async () => {
    const add = page.getByRole("button", { name: "Før inn beslutning" });
    await add.focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focused(page))?.tag).toBe("input");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("date");

    await page.getByRole("button", { name: "Lagre" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLTextAreaElement).name)).toBe("decision");

    await page.getByRole("button", { name: "Avbryt" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focused(page))?.id).toBe("add-decision");
  });

  it("moves focus to a new invite link so it is announced", async () => {
    await page.goto(`/projects/${app.demoProjectId}/members`);
    await page.locator("#invite-role").focus();
    await page.getByRole("button", { name: "Lag invitasjonslenke" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focused(page))?.text).toMatch(/^Ny invitasjonslenke/);
  });

  it("logged no script errors along the way", () => {
    expect(pageErrors).toEqual([]);
  });
});
