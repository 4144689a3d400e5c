/**
 * Participation in the browser (decision 013), on the demo project: Kari logs a site visit with
 * Mari among the residents, records Mari's point on her behalf and answers it with a link to a
 * site; Mari, on a phone already open at "Dette sa dere – dette gjorde vi", sees her point and
 * then what came of it without reloading. A "not adopted" answer without a reason is stopped
 * at the field. Both pages pass axe; Mari raises a point of her own and Kari's log shows it live.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { describeViolations, wcagViolations } from "./support/accessibility";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
let plannerContext: BrowserContext;
let residentContext: BrowserContext;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  plannerContext = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 900 } });
  residentContext = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  pageErrors = collectPageErrors(plannerContext, residentContext);
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...plannerContext.pages(), ...residentContext.pages()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const navigations = (page: Page) => page.evaluate(() => performance.getEntriesByType("navigation").length);

describe("participation: you said, we did", () => {
  let kari: Page;
  let mari: Page;

  it("opens the log for Kari and 'Dette sa dere – dette gjorde vi' for Mari on her phone, both passing axe", async () => {
    kari = await plannerContext.newPage();
    mari = await residentContext.newPage();
    await Promise.all([signIn(kari, "kari"), signIn(mari, "mari")]);
    await kari.goto(`/projects/${app.demoProjectId}/participation`);
    await kari.getByRole("heading", { name: "Medvirkning", level: 2, exact: true }).waitFor();
    await kari.getByTestId("participation-figures").waitFor();
    // A resident who asks for the log is sent to the page she may read.
    await mari.goto(`/projects/${app.demoProjectId}/participation`);
    await mari.waitForURL(/\/you-said-we-did$/);
    await mari.getByRole("heading", { name: "Dette sa dere – dette gjorde vi" }).waitFor();
    expect(describeViolations(await wcagViolations(kari))).toBe("");
    expect(describeViolations(await wcagViolations(mari))).toBe("");
  });

  it("lets Kari log a site visit with Mari and her point; Mari sees it as her own without reloading", async () => {
    const loadsBefore = await navigations(mari);
    await kari.getByText("Før inn en aktivitet").click();
    const form = kari.locator(".participation-new-activity");
    await form.getByLabel("Hva slags aktivitet").selectOption("siteVisit");
    await form.getByLabel("Tittel").fill("Befaring på tomt A med beboerne");
    await form.getByLabel("Dato").fill("2026-11-20");
    await form.getByLabel("Fase").selectOption("localisation");
    await form.getByLabel("Sted").fill("Eikelund");
    await form.getByLabel("Kommunen").fill("2");
    await form.getByLabel("Politiet").fill("1");
    await form.getByRole("checkbox", { name: "Mari" }).check();
    await form.getByLabel("Beboere uten konto (kallenavn)").fill("Sara");
    expect(describeViolations(await wcagViolations(kari))).toBe("");
    await form.getByRole("button", { name: "Lagre aktiviteten" }).click();
    await form.getByText("Aktiviteten er lagret.").waitFor();

    const visit = kari.getByRole("article", { name: "Befaring på tomt A med beboerne" });
    await visit.waitFor();
    await visit.getByText("Beboere med navn: Mari, Sara").waitFor();
    await visit.getByText("Før inn et innspill").click();
    await visit.getByLabel("Innspillet").fill("Vi vil ha benker og lys langs stien til butikken.");
    await visit.getByLabel("Hvem kom med det").selectOption("resident");
    await visit.getByLabel("Hvilken beboer").selectOption({ label: "Mari" });
    await visit.getByRole("button", { name: "Lagre innspillet" }).click();
    await visit.getByText("Innspillet er lagret.").waitFor();
    const point = visit.getByTestId("participation-point").filter({ hasText: "benker og lys langs stien" });
    await point.getByText("Ført inn av Kari på vegne av beboeren").waitFor();

    // Mari's page was open all along: her point arrives, marked as hers, not answered yet.
    const hers = mari.getByTestId("said-done-point").filter({ hasText: "benker og lys langs stien" });
    await hers.waitFor({ timeout: 15_000 });
    await hers.getByText("Ditt innspill").waitFor();
    await hers.getByText("Vi har ikke svart ennå").waitFor();
    await hers.getByText("Kommunen skrev det inn for deg.").waitFor();
    expect(await mari.getByText("Sara").count()).toBe(0);
    expect(await navigations(mari)).toBe(loadsBefore);
    await screenshot(mari, "participation-1-mari-sees-her-point-390");
  });

  it("stops a 'not adopted' answer without a reason at the field, then Kari answers it and Mari sees what came of it live", async () => {
    const loadsBefore = await navigations(mari);
    const point = kari.getByTestId("participation-point").filter({ hasText: "benker og lys langs stien" });
    await point.getByText("Svar på innspillet").click();
    await point.getByRole("radio", { name: "Vurdert, men ikke tatt til følge" }).check();
    await point.getByRole("button", { name: "Lagre svaret" }).click();
    await point.getByText("Skriv en begrunnelse: et innspill som ikke er tatt til følge, må begrunnes.").waitFor();
    expect(await point.getByLabel("Begrunnelse").evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await point.getAttribute("data-status")).toBe("open");

    await point.getByRole("radio", { name: "Tatt til følge", exact: true }).check();
    await point.getByLabel("Svaret").fill("Tomt A går videre: fortau og gatelys hele veien til bussen.");
    await point.getByLabel("Hva ble endret").selectOption({ label: "Tomt A – Eikelund senter" });
    expect(describeViolations(await wcagViolations(kari))).toBe("");
    await point.getByRole("button", { name: "Lagre svaret" }).click();
    await point.getByText("Svaret er lagret.").waitFor();
    await point.getByRole("link", { name: "Tomt: Tomt A – Eikelund senter" }).waitFor();
    await screenshot(kari, "participation-2-kari-log-1280");

    const hers = mari.getByTestId("said-done-point").filter({ hasText: "benker og lys langs stien" });
    await hers.getByText("Ja, vi gjør det").waitFor({ timeout: 15_000 });
    await hers.getByText("Tomt A går videre: fortau og gatelys hele veien til bussen.").waitFor();
    await hers.getByRole("link", { name: "Se hva som ble endret: Tomt A – Eikelund senter" }).waitFor();
    expect(await navigations(mari)).toBe(loadsBefore);
    expect(describeViolations(await wcagViolations(mari))).toBe("");
    // Large type and touch targets on a phone.
    const fontSize = await hers.locator(".said-done-item__said").evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(20);
    const link = await hers.getByRole("link").boundingBox();
    expect(link?.height).toBeGreaterThanOrEqual(44);
    await screenshot(mari, "participation-3-mari-sees-the-answer-390");
  });

  it("lets Mari raise a point of her own, which reaches Kari's log live", async () => {
    await mari.getByLabel("Ditt innspill").fill("Kan det komme en benk ved inngangen?");
    await mari.getByLabel("Hvor sa du det?").selectOption({ label: "Befaring på tomt A med beboerne, 20. nov. 2026" });
    await mari.getByRole("button", { name: "Send innspillet" }).click();
    await mari.getByText("Takk! Innspillet ditt står nå øverst.").waitFor();
    await mari.getByTestId("said-done-point").first().getByText("Kan det komme en benk ved inngangen?").waitFor();
    const visit = kari.getByRole("article", { name: "Befaring på tomt A med beboerne" });
    const point = visit.getByTestId("participation-point").filter({ hasText: "benk ved inngangen" });
    await point.waitFor({ timeout: 15_000 });
    await point.getByText("Fra Mari (beboer) · Ført inn av beboeren selv", { exact: false }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
