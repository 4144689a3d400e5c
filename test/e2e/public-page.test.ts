/**
 * The public project page in the browser (decision 013), on the demo project: a planner writes
 * the texts in the editor, is warned about a stigmatising word and sees the warning go, publishes
 * the page; a neighbour on a phone with JavaScript switched off reads it (only the chosen site),
 * sends a question through the plain form and gets the receipt with the answer's due date; the
 * planner, with the inquiries page open, sees the inquiry and its due date arrive without
 * reloading. axe on the public page (both languages), the receipt, the inquiries page and the
 * editor; screenshots at 390×844 and 1280.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { chooseSite, postForm, signInCookie, contentFields } from "../../app/public-page/testing/running-app";
import { addDays, formatDate, todayInOslo } from "../../app/ui/format-time";
import { demoSiteNames, demoSites } from "../../db/demo-area/demo-area";
import { demoPublicContent } from "../../db/seed-demo-public";
import { describeViolations, wcagViolations } from "./support/accessibility";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
let plannerContext: BrowserContext;
let neighbourContext: BrowserContext;
let desktopContext: BrowserContext;
let checkContext: BrowserContext;
let pageErrors: string[] = [];
let slug = "";

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  plannerContext = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 900 } });
  // A neighbour's phone with JavaScript switched off: the page must work as plain HTML.
  neighbourContext = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled: false });
  desktopContext = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  // axe runs as a script, so it checks the same page in a context that allows one (the page itself sends none).
  checkContext = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  pageErrors = collectPageErrors(plannerContext, checkContext);
  // The texts as a planner typed them before (the editor's form is tested below); the site chosen on the map.
  const kari = await signInCookie(app, "kari");
  const saved = await postForm(app, `/projects/${app.demoProjectId}/public-page`, contentFields(demoPublicContent), kari);
  expect(saved.status).toBe(200);
  await chooseSite(app, app.demoProjectId!, kari, demoSiteNames.safe);
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...plannerContext.pages(), ...neighbourContext.pages(), ...desktopContext.pages(), ...checkContext.pages()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function axeClean(path: string, ready: (page: Page) => Promise<void>): Promise<void> {
  const page = await checkContext.newPage();
  await page.goto(path);
  await ready(page);
  expect(describeViolations(await wcagViolations(page))).toBe("");
  await page.close();
}

describe("the public project page", () => {
  let planner: Page;

  it("warns the planner of a stigmatising word in the editor, the warning goes with the word, and the page is published", async () => {
    planner = await plannerContext.newPage();
    await signIn(planner, "kari");
    await planner.goto(`/projects/${app.demoProjectId}/public-page`);
    const status = planner.getByTestId("editor-status");
    await status.getByText("Ikke publisert", { exact: true }).waitFor();
    await status.getByText("Siden viser tomta «Tomt A – Eikelund senter».").waitFor();
    expect(describeViolations(await wcagViolations(planner))).toBe("");

    const what = planner.getByLabel("Hva bygges, og hvorfor", { exact: true });
    await what.fill("Husene er ikke en siste utvei, men et eget hjem.");
    await planner.getByRole("button", { name: "Lagre tekstene" }).click();
    await planner.getByText("Tekstene er lagret.").waitFor();
    const warning = planner.getByTestId("word-warnings").filter({ hasText: "«siste utvei»" }).first();
    await warning.waitFor();
    await warning.getByText("Forslag: «en vei til selvstendighet og mestring»").waitFor();
    await screenshot(planner, "public-page-editor-warning-1280");

    // Publishing while the word remains asks the planner to tick that the warning is read.
    await planner.getByRole("button", { name: "Publiser siden" }).click();
    await status.getByText(/ord som kan virke stigmatiserende/).first().waitFor();
    await status.getByText("Ikke publisert", { exact: true }).waitFor();

    await planner.getByLabel("Hva bygges, og hvorfor", { exact: true }).fill(demoPublicContent.whatAndWhy.nb);
    await planner.getByRole("button", { name: "Lagre tekstene" }).click();
    await expect.poll(() => planner.getByTestId("word-warnings").count()).toBe(0);
    await status.getByText(/Grunnlag: beslutningsloggen har «Politisk behandling»/).waitFor();
    await planner.getByRole("button", { name: "Publiser siden" }).click();
    await status.getByText("Publisert", { exact: true }).waitFor();
    slug = ((await planner.getByTestId("public-link").getAttribute("href")) ?? "").replace("/p/", "");
    expect(slug).toBe("smahus-pa-eikelund");
    expect(describeViolations(await wcagViolations(planner))).toBe("");
    await screenshot(planner, "public-page-editor-published-1280");
  });

  it("shows a neighbour's phone without JavaScript the page with the chosen site only, in bokmål and English", async () => {
    const neighbour = await neighbourContext.newPage();
    await neighbour.goto(`/p/${slug}`);
    await neighbour.getByRole("heading", { level: 1, name: "Fire små hus på Eikelund" }).waitFor();
    await neighbour.getByTestId("public-site").locator(".public-site__name").getByText(demoSiteNames.safe).waitFor();
    const text = await neighbour.locator("main").innerText();
    for (const site of demoSites()) if (site.name !== demoSiteNames.safe) expect(text).not.toContain(site.name);
    expect(await neighbour.locator("script").count()).toBe(0);
    await neighbour.locator("[data-testid=public-timeline] [aria-current=step]").getByText("Lokalisering").waitFor();
    await screenshot(neighbour, "public-page-390");

    const desktop = await desktopContext.newPage();
    await desktop.goto(`/p/${slug}`);
    await desktop.getByRole("heading", { level: 1 }).waitFor();
    await screenshot(desktop, "public-page-1280");
    await desktop.getByRole("link", { name: "English" }).click();
    await desktop.getByRole("heading", { level: 1, name: "Four small houses at Eikelund" }).waitFor();
    await desktop.getByRole("heading", { name: "What is being built, and why" }).waitFor();
    await screenshot(desktop, "public-page-en-1280");

    await axeClean(`/p/${slug}`, (page) => page.getByRole("heading", { level: 1 }).waitFor());
    await axeClean(`/p/${slug}?lng=en`, (page) => page.getByRole("heading", { level: 1 }).waitFor());
  });

  it("takes a neighbour's question through the plain form and answers with the receipt and the due date, which the planner sees arrive", async () => {
    await planner.goto(`/projects/${app.demoProjectId}/inquiries`);
    await planner.getByRole("heading", { name: "Henvendelser", level: 2 }).waitFor();
    const due = formatDate(addDays(todayInOslo(), 14), "nb");

    const neighbour = await neighbourContext.newPage();
    await neighbour.goto(`/p/${slug}`);
    await neighbour.getByLabel("E-post eller telefon (valgfritt)").fill("nabo@example.no");
    await neighbour.getByLabel("Hva gjelder det?").fill("Lys på gangveien");
    await neighbour.getByLabel("Spørsmålet eller meldingen din").fill("Blir det gatelys langs gangveien til bussen?");
    await neighbour.getByRole("button", { name: "Send" }).click();
    await neighbour.getByRole("heading", { level: 1, name: "Takk for henvendelsen" }).waitFor();
    const receipt = (await neighbour.getByTestId("receipt-number").innerText()).trim();
    expect(receipt).toMatch(/^H-[2-9A-Z]{6}$/);
    expect((await neighbour.getByTestId("receipt-due").innerText()).trim()).toBe(due);
    await screenshot(neighbour, "public-page-receipt-390");

    // The planner's page was open before: the inquiry arrives through the live stream.
    const card = planner.getByTestId("inquiry").filter({ hasText: "Lys på gangveien" });
    await card.waitFor({ timeout: 15_000 });
    await card.getByText(`Svarfrist ${due}`).waitFor();
    await card.getByText(`Kvittering ${receipt}`).waitFor();
    await card.getByText("via skjemaet på prosjektsiden").waitFor();
    await card.getByText("nabo@example.no").waitFor();
    expect(await planner.evaluate(() => performance.getEntriesByType("navigation").length)).toBe(1);
    expect(describeViolations(await wcagViolations(planner))).toBe("");
    await screenshot(planner, "inquiries-1280");
  });

  it("passes axe on the receipt, shown to a sender whose question came in", async () => {
    const page = await checkContext.newPage();
    await page.goto(`/p/${slug}`);
    await page.getByLabel("Hva gjelder det?").fill("Møte");
    await page.getByLabel("Spørsmålet eller meldingen din").fill("Når er neste møte?");
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByTestId("public-receipt").waitFor();
    await page.getByText("Du oppga ikke hvordan vi kan nå deg").waitFor();
    expect(describeViolations(await wcagViolations(page))).toBe("");
  });

  it("has no script errors on the planners' pages", () => {
    expect(pageErrors).toEqual([]);
  });
});
