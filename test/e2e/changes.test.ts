/**
 * "Nytt siden sist" and attention flags in the browser (decision 013), on the demo project: Kari
 * flags the checklist item about the police's advice on the location for them; Silje, with the page of what is new open
 * on her phone, sees it arrive without reloading, and her dashboard counts it; fire & rescue see
 * nothing of it; Silje clears it when done, and Kari's list of flags empties live. The pages
 * pass axe at 1280 and 390 wide.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { describeViolations, wcagViolations } from "./support/accessibility";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
let ownerContext: BrowserContext;
let policeContext: BrowserContext;
let fireContext: BrowserContext;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  ownerContext = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 900 } });
  policeContext = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  fireContext = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 900 } });
  pageErrors = collectPageErrors(ownerContext, policeContext, fireContext);
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...ownerContext.pages(), ...policeContext.pages(), ...fireContext.pages()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const note = "Kan dere si hva dere mener om Tomt B før befaringen?";
const itemTitle = "Politiet tatt med på råd om plasseringen";
const dashboardLine = (page: Page) => page.getByTestId("dashboard-changes");

describe("new since your last visit", () => {
  let owner: Page;
  let police: Page;
  let fire: Page;
  /** What Silje's dashboard counted before the flag (the demo may hold flags of its own). */
  let before = 0;
  let flaggedBefore = 0;

  it("shows each member's line on the dashboard and the page of what is new, passing axe", async () => {
    [owner, police, fire] = await Promise.all([ownerContext.newPage(), policeContext.newPage(), fireContext.newPage()]);
    await Promise.all([signIn(owner, "kari"), signIn(police, "silje"), signIn(fire, "ahmed")]);
    await dashboardLine(police).waitFor();
    before = Number(await dashboardLine(police).getAttribute("data-new-count"));
    flaggedBefore = Number(await dashboardLine(police).getAttribute("data-flag-count"));
    expect(describeViolations(await wcagViolations(police))).toBe("");

    await police.goto(`/projects/${app.demoProjectId}/changes`);
    await police.getByTestId("changes-since").getByText("Dette er første besøket ditt her.", { exact: false }).waitFor();
    expect(describeViolations(await wcagViolations(police))).toBe("");
  });

  it("lets Kari flag the item about locks for the police, and Silje's open page shows it without reloading", async () => {
    // The flag button on the checklist item, as Kari finds it.
    await owner.goto(`/projects/${app.demoProjectId}/checklist`);
    const card = owner.locator("[data-item=policeOnLocation]");
    await card.locator("summary").first().click();
    const flagDetails = card.locator("summary", { hasText: "Marker for oppmerksomhet" });
    await flagDetails.click();
    const flagForm = card.getByRole("form", { name: /^Marker for oppmerksomhet: «/ });
    await flagForm.getByLabel("Hvem skal se dette").selectOption({ label: "Politi" });
    await flagForm.getByLabel("Kort notat").fill(note);
    await flagForm.getByRole("button", { name: "Marker", exact: true }).click();
    await flagForm.getByText("Markert.").waitFor();
    const flags = police.getByTestId("changes-flags");
    await flags.getByText(note).waitFor();
    const flag = flags.locator('[data-flag="policeOnLocation"]');
    const link = flag.getByRole("link", { name: itemTitle });
    expect(await link.getAttribute("href")).toBe(`/projects/${app.demoProjectId}/checklist#item-policeOnLocation`);
    await expect(flag.getByText("Markert av Kari", { exact: false }).count()).resolves.toBe(1);
    await screenshot(police, "changes-1-police-390");
    expect(describeViolations(await wcagViolations(police))).toBe("");

    await owner.goto(`/projects/${app.demoProjectId}/attention`);
    await owner.getByText(note).waitFor();
    await expect(owner.locator('[data-flag="policeOnLocation"]').getByText("Markert for Politi", { exact: false }).count()).resolves.toBe(1);
    await screenshot(owner, "changes-2-owner-attention-1280");
    expect(describeViolations(await wcagViolations(owner))).toBe("");
  });

  it("counts the flag on Silje's dashboard, and shows fire & rescue nothing of it", async () => {
    const dashboard = await policeContext.newPage();
    await dashboard.goto("/projects");
    await dashboard.locator(`[data-testid="dashboard-changes"][data-new-count="${before + 1}"][data-flag-count="${flaggedBefore + 1}"]`).waitFor();
    if (before === 0) await dashboardLine(dashboard).getByText("1 nytt siden sist · 1 markert for deg").waitFor();
    await screenshot(dashboard, "changes-3-police-dashboard-390");
    expect(describeViolations(await wcagViolations(dashboard))).toBe("");
    await dashboard.close();

    await fire.goto("/projects");
    await dashboardLine(fire).getByText("Ingenting nytt siden sist").waitFor();
    await screenshot(fire, "changes-4-fire-dashboard-1280");
    await fire.goto(`/projects/${app.demoProjectId}/changes`);
    await fire.getByTestId("changes-since").waitFor();
    expect(await fire.getByText(note).count()).toBe(0);
    await fire.goto(`/projects/${app.demoProjectId}/attention`);
    await fire.getByRole("heading", { name: "Markert for oppmerksomhet" }).waitFor();
    expect(await fire.getByText(note).count()).toBe(0);
  });

  it("lets Silje clear the flag when done, and Kari's list empties live", async () => {
    await police.getByRole("button", { name: `Ferdig – fjern markeringen av «${itemTitle}»` }).click();
    await police.getByTestId("changes-since").getByText(note).waitFor({ state: "detached" });
    await owner.getByText(note).waitFor({ state: "detached" });
    await screenshot(police, "changes-5-police-cleared-390");
    expect(pageErrors).toEqual([]);
  });
});
