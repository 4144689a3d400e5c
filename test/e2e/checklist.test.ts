/**
 * The design checklist in the browser (decision 012), on the demo project: fire & rescue on a
 * phone upload a photo on a fire-safety item that needs evidence and sign it off, while a planner
 * on a projector sees the progress figure change without reloading; the page passes axe as a
 * planner and as fire; a planner sets a state by keyboard alone; a debated item's decision goes
 * into the decision log with one click and the item links to it; a resident records a
 * disagreement that leaves the state as it was; a planner takes in the template's new items; the
 * print page and the overview's summary.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { describeViolations, wcagViolations } from "./support/accessibility";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, screenshotFolder, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
let plannerContext: BrowserContext;
let fireContext: BrowserContext;
let residentContext: BrowserContext;
let observerContext: BrowserContext;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  plannerContext = await browser.newContext({ baseURL: app.url, viewport: { width: 1920, height: 1080 } });
  fireContext = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  residentContext = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  observerContext = await browser.newContext({ baseURL: app.url });
  pageErrors = collectPageErrors(plannerContext, fireContext, residentContext, observerContext);
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...plannerContext.pages(), ...fireContext.pages(), ...residentContext.pages(), ...observerContext.pages()]);
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

const item = (page: Page, key: string) => page.locator(`[data-item=${key}]`);
const closedCount = async (page: Page) => Number(await page.getByTestId("checklist-progress").getAttribute("data-closed"));

async function openItem(page: Page, key: string): Promise<void> {
  await item(page, key).locator("summary").first().click();
  await item(page, key).locator(".checklist-item__body").waitFor();
}

/** What is in view, for people to look at (the full page of 50 items is very tall). */
async function viewShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${screenshotFolder}/${name}.png` });
}

describe("the design checklist", () => {
  let planner: Page;
  let fire: Page;

  it("shows the checklist to a planner on a projector and to fire on a phone, passing axe", async () => {
    planner = await plannerContext.newPage();
    fire = await fireContext.newPage();
    await Promise.all([openChecklist(planner, "jonas"), openChecklist(fire, "ahmed")]);
    await viewShot(planner, "checklist-1-planner-1920");
    await viewShot(fire, "checklist-1-fire-390");
    expect(describeViolations(await wcagViolations(planner))).toBe("");
    expect(describeViolations(await wcagViolations(fire))).toBe("");
  });

  it("lets fire upload a photo on a fire-safety item and sign it off, and the planner sees the progress change live", async () => {
    const before = await closedCount(planner);
    await openItem(fire, "fireAlarmSuited");
    const card = item(fire, "fireAlarmSuited");
    expect(describeViolations(await wcagViolations(fire))).toBe("");

    // Without evidence the item cannot be done: the form says so before it is sent.
    await card.getByRole("radio", { name: "Ferdig" }).check();
    await card.getByText("Punktet kan ikke settes til ferdig før det har dokumentasjon").waitFor();
    // Sent anyway, the server refuses it (409) and the form says why.
    await card.getByRole("button", { name: "Lagre status" }).click();
    await card.getByText("Dette punktet krever dokumentasjon (et bilde eller en PDF) før det kan settes til ferdig.").waitFor();
    expect(await card.locator(".checklist-item__tags [data-status=inProgress]").count()).toBe(1);

    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 60, b: 40 } } }).jpeg().toBuffer();
    await card.getByLabel("Bilde eller PDF").setInputFiles({ name: "brannvarsler-hus-1.jpg", mimeType: "image/jpeg", buffer: photo });
    await card.getByLabel("Beskrivelse (valgfritt)").fill("Røykvarsler koblet til alarmsentralen");
    await card.getByRole("button", { name: "Last opp" }).click();
    await card.getByText("«brannvarsler-hus-1.jpg» er lastet opp.").waitFor();
    await card.getByRole("img", { name: "Røykvarsler koblet til alarmsentralen" }).waitFor();
    await expect.poll(() => card.getByText("Punktet kan ikke settes til ferdig").count()).toBe(0);

    // The planner has the same item open; its form follows the state fire sets.
    await openItem(planner, "fireAlarmSuited");
    expect(await item(planner, "fireAlarmSuited").getByRole("radio", { name: "Ferdig" }).isChecked()).toBe(false);
    await card.getByRole("button", { name: "Lagre status" }).click();
    await card.getByText("Statusen er lagret.").waitFor();
    await card.locator(".checklist-item__tags [data-status=done]").waitFor();
    await viewShot(fire, "checklist-2-fire-signed-off");
    await card.screenshot({ path: `${screenshotFolder}/checklist-2-fire-item-390.png` });

    // The planner's page was not reloaded: its figure and the item follow through the live stream.
    await expect.poll(() => closedCount(planner), { timeout: 15_000 }).toBe(before + 1);
    const plannerCard = item(planner, "fireAlarmSuited");
    await plannerCard.locator(".checklist-item__tags [data-status=done]").waitFor();
    await plannerCard.getByText("Satt av Ahmed (Brann og redning)").waitFor();
    await expect.poll(() => plannerCard.getByRole("radio", { name: "Ferdig" }).isChecked()).toBe(true);
    expect(await planner.evaluate(() => performance.getEntriesByType("navigation").length)).toBe(1);
    await viewShot(planner, "checklist-3-planner-sees-progress");
  });

  it("lets fire remove a photo they uploaded by mistake, after asking, and the planner sees it go", async () => {
    await openItem(fire, "accessNotThroughFireStation");
    const card = item(fire, "accessNotThroughFireStation");
    const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 40, g: 90, b: 160 } } }).jpeg().toBuffer();
    await card.getByLabel("Bilde eller PDF").setInputFiles({ name: "feil-bilde.jpg", mimeType: "image/jpeg", buffer: photo });
    await card.getByRole("button", { name: "Last opp" }).click();
    await card.getByText("«feil-bilde.jpg» er lastet opp.").waitFor();
    await openItem(planner, "accessNotThroughFireStation");
    const plannerCard = item(planner, "accessNotThroughFireStation");
    await plannerCard.getByRole("img", { name: "Bilde: feil-bilde.jpg" }).waitFor();

    await card.getByRole("button", { name: "Fjern feil-bilde.jpg" }).click();
    await card.getByText("Fjerne feil-bilde.jpg? Den kan ikke hentes tilbake.").waitFor();
    await card.getByRole("button", { name: "Avbryt" }).click();
    expect(await card.getByRole("img", { name: "Bilde: feil-bilde.jpg" }).count()).toBe(1);
    await card.getByRole("button", { name: "Fjern feil-bilde.jpg" }).click();
    await card.getByRole("button", { name: "Ja, fjern" }).click();
    await expect.poll(() => card.getByRole("img", { name: "Bilde: feil-bilde.jpg" }).count()).toBe(0);
    await expect.poll(() => plannerCard.getByRole("img", { name: "Bilde: feil-bilde.jpg" }).count(), { timeout: 15_000 }).toBe(0);
  });

  it("shows the state per home where homes differ, on a phone too", async () => {
    await openItem(fire, "privateOutdoorArea");
    const card = item(fire, "privateOutdoorArea");
    await card.locator(".checklist-item__tags [data-status=mixed]").waitFor();
    const table = card.getByRole("table", { name: "Status per bolig" });
    await table.waitFor();
    expect(await table.getByRole("row").count()).toBe(5);
    await card.screenshot({ path: `${screenshotFolder}/checklist-2-fire-homes-differ-390.png` });
  });

  it("refuses fire a police item: no state form, and the role's reason in words", async () => {
    await openItem(fire, "workingLocks");
    const card = item(fire, "workingLocks");
    expect(await card.getByRole("button", { name: "Lagre status" }).count()).toBe(0);
    await card.getByText("Dette punktet signeres av politiet").waitFor();
    await card.getByRole("button", { name: "Registrer uenighet" }).waitFor();
  });

  it("passes axe for a planner with an item open, and works by keyboard alone", async () => {
    await openItem(planner, "fireAlarmSuited");
    expect(describeViolations(await wcagViolations(planner))).toBe("");

    const key = "neighboursAnswered";
    const summary = item(planner, key).locator("summary").first();
    await planner.locator("#main").focus();
    let found = false;
    for (let presses = 0; presses < 400 && !found; presses += 1) {
      await planner.keyboard.press("Tab");
      found = await summary.evaluate((element) => element === document.activeElement);
    }
    expect(found).toBe(true);
    await planner.keyboard.press("Enter");
    const card = item(planner, key);
    const notStarted = card.getByRole("radio", { name: "Ikke påbegynt" });
    await notStarted.waitFor();
    // Tab into the form: the checked state first, then an arrow moves the choice.
    await planner.keyboard.press("Tab");
    expect(await notStarted.evaluate((element) => element === document.activeElement)).toBe(true);
    await planner.keyboard.press("ArrowDown");
    expect(await card.getByRole("radio", { name: "Pågår" }).isChecked()).toBe(true);
    await planner.keyboard.press("Tab");
    await planner.keyboard.type("Svar til naboene er sendt for to av tre henvendelser.");
    await planner.keyboard.press("Tab");
    await planner.keyboard.press("Enter");
    await card.getByText("Statusen er lagret.").waitFor();
    await card.locator(".checklist-item__tags [data-status=inProgress]").waitFor();
    await card.getByText("Begrunnelse: Svar til naboene er sendt").waitFor();
  });

  it("puts a debated item's decision into the decision log with one click, and links to it", async () => {
    await openItem(planner, "leaseType");
    const card = item(planner, "leaseType");
    await card.getByRole("textbox", { name: "Beslutning", exact: true }).fill("Vanlig tidsbestemt leiekontrakt for alle fire husene");
    await card.getByLabel("Begrunnelse for beslutningen").fill("Beboerne skal ha samme rettigheter som andre leietakere.");
    await card.getByRole("button", { name: "Lagre beslutningen" }).click();
    await card.getByText("Beslutningen er lagret.").waitFor();
    await card.getByRole("button", { name: "Før inn i beslutningsloggen" }).click();
    await card.getByTestId("decision-logged").waitFor({ timeout: 20_000 });
    expect(await card.getByRole("button", { name: "Før inn i beslutningsloggen" }).count()).toBe(0);

    await card.getByRole("link", { name: "Se beslutningsloggen i oversikten" }).click();
    await planner.waitForURL(new RegExp(`/projects/${app.demoProjectId}$`));
    await planner.getByText(/Sjekkliste, «.*»: Vanlig tidsbestemt leiekontrakt/).first().waitFor({ timeout: 20_000 });
    await planner.getByTestId("checklist-summary").waitFor();
    expect(describeViolations(await wcagViolations(planner))).toBe("");
    await planner.getByTestId("checklist-summary").screenshot({ path: `${screenshotFolder}/checklist-4-overview-summary.png` });
  });

  it("records a resident's disagreement beside the state without changing it", async () => {
    const resident = await residentContext.newPage();
    await openChecklist(resident, "mari");
    await openItem(resident, "fireAlarmSuited");
    const card = item(resident, "fireAlarmSuited");
    expect(await card.getByRole("button", { name: "Lagre status" }).count()).toBe(0);
    await card.getByLabel("Kommentar eller uenighet").fill("Jeg lager mat sent, og alarmen går ofte i leiligheten jeg bor i nå.");
    await card.getByRole("button", { name: "Registrer uenighet" }).click();
    await card.getByText("Uenigheten er registrert.").waitFor();
    await card.getByText("Uenighet, ikke besvart").waitFor();
    await card.locator(".checklist-item__tags [data-status=done]").waitFor();
    expect(describeViolations(await wcagViolations(resident))).toBe("");
  });

  it("shows an observer everything, with its evidence and thread, and no forms", async () => {
    const observer = await observerContext.newPage();
    await openChecklist(observer, "ola");
    await observer.getByText("Du kan lese hele sjekklisten med tråder og dokumentasjon.").waitFor();
    await openItem(observer, "fireAlarmSuited");
    const card = item(observer, "fireAlarmSuited");
    await card.getByRole("img", { name: "Røykvarsler koblet til alarmsentralen" }).waitFor();
    await card.getByText("Uenighet, ikke besvart").waitFor();
    expect(await observer.locator("main form").count()).toBe(0);
    expect(await observer.getByRole("button", { name: /Ta inn/ }).count()).toBe(0);
    expect(describeViolations(await wcagViolations(observer))).toBe("");
  });

  it("lets a planner take in the template's new items, once", async () => {
    await planner.goto(`/projects/${app.demoProjectId}/checklist`);
    const total = Number(await planner.getByTestId("checklist-progress").getAttribute("data-total"));
    await planner.getByRole("button", { name: /^Ta inn 4 nye punkter fra versjon 2$/ }).click();
    await planner.getByText("De nye punktene er tatt inn.").waitFor();
    await expect.poll(async () => Number(await planner.getByTestId("checklist-progress").getAttribute("data-total"))).toBe(total + 4);
    expect(await planner.getByRole("button", { name: /Ta inn/ }).count()).toBe(0);
  });

  it("prints a clean checklist without navigation", async () => {
    await planner.goto(`/projects/${app.demoProjectId}/checklist/print`);
    await planner.getByRole("heading", { level: 1, name: /Sjekkliste – / }).waitFor();
    expect(describeViolations(await wcagViolations(planner))).toBe("");
    await planner.emulateMedia({ media: "print" });
    expect(await planner.locator(".site-header").isVisible()).toBe(false);
    expect(await planner.getByRole("button", { name: "Skriv ut" }).isVisible()).toBe(false);
    await screenshot(planner, "checklist-5-print");
    await planner.emulateMedia({ media: "screen" });
    expect(pageErrors).toEqual([]);
  });
});
