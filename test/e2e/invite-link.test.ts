/**
 * An invite link for a workshop: the owner copies it with one button (the
 * clipboard then holds exactly the link, and "Kopiert" is announced), the QR
 * code is large enough to scan across a room, and "Vis stor QR-kode" fills a
 * projector's screen — all by keyboard too. Where the clipboard is refused the
 * link is selected instead, ready for Ctrl+C.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collectPageErrors, launchBrowser, screenshotFolder, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";
import { join } from "node:path";
import { mkdirSync } from "node:fs";

let app: RunningApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
}, 180_000);

afterEach(async (test) => {
  await screenshotOnFailure(test, contexts.flatMap((context) => context.pages()));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function newInvite(page: Page): Promise<string> {
  await page.goto(`/projects/${app.demoProjectId}/members`);
  await page.getByRole("main").getByLabel("Rolle", { exact: true }).selectOption("police");
  await page.getByRole("button", { name: "Lag invitasjonslenke" }).click();
  const link = page.getByTestId("invite-url");
  await link.waitFor();
  return (await link.textContent())?.trim() ?? "";
}

/** A viewport screenshot at the projector's size, for people to look at. */
async function projectorShot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotFolder, { recursive: true });
  await page.screenshot({ path: join(screenshotFolder, `${name}.png`) });
}

describe("an invite link ready for a workshop", () => {
  it("copies the link with one button and says so, and shows a QR code at least 300 px wide", async () => {
    const context = await browser.newContext({ baseURL: app.url, viewport: { width: 1920, height: 1080 }, permissions: ["clipboard-read", "clipboard-write"] });
    contexts.push(context);
    pageErrors = collectPageErrors(context);
    const page = await context.newPage();
    await signIn(page, "kari");
    const url = await newInvite(page);
    expect(url).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);

    await page.getByRole("button", { name: "Kopier lenken" }).click();
    await page.getByRole("status").filter({ hasText: "Kopiert" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    const qr = page.getByRole("img", { name: "QR-kode for invitasjonslenken som Politi" });
    const box = await qr.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(300);
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(300);
    // The image decoded: the data URL passed the Content-Security-Policy's img-src.
    expect(await qr.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await qr.scrollIntoViewIfNeeded();
    await projectorShot(page, "invite-link-1920x1080");
    expect(pageErrors).toEqual([]);
  });

  it("opens a full-screen QR code for a projector from the keyboard, and Escape brings focus back", async () => {
    const context = contexts[0];
    const page = context.pages()[0];
    const open = page.getByRole("button", { name: "Vis stor QR-kode" });
    await page.getByRole("button", { name: "Kopier lenken" }).focus();
    await page.keyboard.press("Tab");
    expect(await open.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Skann for å bli med som Politi" });
    await dialog.waitFor();
    const large = dialog.getByRole("img", { name: "QR-kode for invitasjonslenken som Politi" });
    await large.waitFor();
    const box = await large.boundingBox();
    // The shorter side of a 1920×1080 screen, less the heading and margins.
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(850);
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(850);
    // Designsystemet fades a dialog in: photograph it once shown.
    await dialog.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
    await projectorShot(page, "invite-qr-projector-1920x1080");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await open.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("selects the link for Ctrl+C when the clipboard is refused", async () => {
    const context = await browser.newContext({ baseURL: app.url });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, "kari");
    const url = await newInvite(page);
    // As on a page the browser gives no clipboard (plain http on a workshop's network).
    await page.evaluate(() => Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true }));
    await page.getByRole("button", { name: "Kopier lenken" }).click();
    await page.getByRole("status").filter({ hasText: "Lenken er merket" }).waitFor();
    expect(await page.evaluate(() => window.getSelection()?.toString().trim())).toBe(url);
  });
});
