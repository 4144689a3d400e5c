/**
 * Debian's Chromium driven by playwright-core, plus small helpers the
 * end-to-end tests share: sign-in, sign-up and screenshots.
 *
 * @example
 * const browser = await launchBrowser();
 * const context = await browser.newContext({ baseURL: app.url });
 * const page = await context.newPage();
 * await signIn(page, "kari");
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

const root = fileURLToPath(new URL("../../..", import.meta.url));
export const screenshotFolder = join(root, "test-results");

export const demoPassword = "demo-passord";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Signs in through the login form and waits for the dashboard (or `expectPath`). */
export async function signIn(page: Page, username: string, password = demoPassword, expectPath = /\/projects$/): Promise<void> {
  await page.goto("/login");
  const main = page.getByRole("main");
  await main.getByLabel("Brukernavn").fill(username);
  await main.getByLabel("Passord").fill(password);
  await main.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL(expectPath);
}

export interface NewAccount {
  name: string;
  username: string;
  password: string;
  email?: string;
}

/** Fills the sign-up fields (on /signup or an invite page) and submits with `buttonName`. */
export async function fillSignup(page: Page, account: NewAccount, buttonName: string): Promise<void> {
  const main = page.getByRole("main");
  await main.getByLabel("Navn", { exact: true }).fill(account.name);
  await main.getByLabel("Brukernavn").fill(account.username);
  if (account.email !== undefined) await main.getByLabel("E-post (valgfritt)").fill(account.email);
  await main.getByLabel("Passord").fill(account.password);
  await main.getByRole("button", { name: buttonName }).click();
}

/** Saves a full-page screenshot as test-results/<name>.png for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotFolder, { recursive: true });
  await page.screenshot({ path: join(screenshotFolder, `${name}.png`), fullPage: true });
}

/** A name no other test run has used, so accounts never collide. */
export function uniqueName(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** After a failed test: screenshots of its open pages, named after the test. */
export async function screenshotOnFailure(
  test: { task: { name: string; result?: { state?: string } } },
  pages: Page[],
): Promise<void> {
  if (test.task.result?.state !== "fail") return;
  const base = `failed-${test.task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60)}`;
  await Promise.all(pages.map((page, index) => screenshot(page, `${base}-${index}`).catch(() => {})));
}

/**
 * Collects script errors from every page of a context: uncaught exceptions and
 * errors logged to the console (React logs render crashes there), leaving out
 * network failures, which offline tests cause on purpose.
 */
export function collectPageErrors(...contexts: BrowserContext[]): string[] {
  const errors: string[] = [];
  const network = /Failed to load resource|WebSocket connection to|net::ERR_/;
  for (const context of contexts) {
    context.on("weberror", (error) => errors.push(String(error.error())));
    context.on("console", (message) => {
      if (message.type() === "error" && !network.test(message.text())) errors.push(message.text().split("\n")[0]);
    });
  }
  return errors;
}
