/**
 * Issue 8's round trip between the two ends of the residents' choices, in the demo project: Mari,
 * a resident on a 390×844 touch phone, taps a façade colour on "Mitt hjem", sees the house
 * preview change at once and confirms; Jonas, a planner on a 1920×1080 screen with the choices
 * matrix open, sees the cell change without reloading. A category whose closing date has passed
 * cannot be changed, neither by tapping nor by a forged request.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectPageErrors, launchBrowser, screenshot, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

describe("a resident's choice reaches the planners' matrix live", () => {
  let app: RunningApp;
  let browser: Browser;
  let phone: BrowserContext;
  let desk: BrowserContext;
  let errors: string[];

  beforeAll(async () => {
    app = await startApp({ seedDemo: true });
    browser = await launchBrowser();
    phone = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    desk = await browser.newContext({ baseURL: app.url, viewport: { width: 1920, height: 1080 } });
    errors = collectPageErrors(phone, desk);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const facadeSection = (page: Page) => page.locator("section[data-category]", { has: page.getByRole("heading", { name: /^Fasadefarge – \d+ av \d+$/ }) });
  const facadeFill = (page: Page) => page.getByTestId("house-preview").locator('svg[data-view="outside"] [data-surface="facade"]').getAttribute("fill");
  const matrixCell = async (page: Page, home: string, category: string) => {
    const headers = await page.getByTestId("choice-matrix").locator("thead th .choice-matrix__category-name").allTextContents();
    const column = headers.indexOf(category);
    expect(column, `no column ${category} in ${headers.join(", ")}`).toBeGreaterThanOrEqual(0);
    return page.getByTestId("choice-matrix").locator(`tr[data-home="${home}"] > :nth-child(${column + 2})`);
  };

  it("shows Mari's pick in the preview at once, and in Jonas's matrix without a reload", async () => {
    const planner = await desk.newPage();
    await signIn(planner, "jonas");
    await planner.goto(`/projects/${app.demoProjectId}/choices`);
    const cell = await matrixCell(planner, "Hus 1", "Fasadefarge");
    await expect.poll(() => cell.locator(".choice-cell__name").textContent()).toBe("Okergul");

    const resident = await phone.newPage();
    await signIn(resident, "mari");
    await resident.goto(`/projects/${app.demoProjectId}/my-home`);
    // The page opens at the first category still waiting; the façade was chosen in the demo.
    await resident.locator(".category-list a", { hasText: "Fasadefarge" }).first().tap();
    const facade = facadeSection(resident);
    await facade.waitFor();
    expect(await facadeFill(resident)).toBe("#d49e3c");
    await facade.locator("label", { hasText: "Skoggrønn" }).tap();
    // The preview follows the tap before the server has answered.
    await expect.poll(() => facadeFill(resident)).toBe("#5f6d50");
    await facade.getByText(/Lagret/).waitFor();
    await facade.getByRole("button", { name: "Bekreft valget" }).tap();
    await facade.getByText(/^Du bekreftet valget /).waitFor();
    await screenshot(resident, "choices-live-phone-confirmed");

    // Jonas's page reloads its data on the server's notice; nobody touched it.
    await expect.poll(() => cell.locator(".choice-cell__name").textContent(), { timeout: 10_000 }).toBe("Skoggrønn");
    await expect.poll(() => cell.textContent()).toContain("Bekreftet");
    await screenshot(planner, "choices-live-matrix");
    expect(errors).toEqual([]);
  });

  it("keeps a closed category's choice locked for the resident, by tap and by a forged request", async () => {
    // The phone is still signed in as Mari from the first test.
    const resident = await phone.newPage();
    await resident.goto(`/projects/${app.demoProjectId}/my-home`);
    await resident.locator(".category-list a", { hasText: "Lister og vinduskarmer" }).first().tap();
    const trim = resident.locator("section[data-category]", { has: resident.getByRole("heading", { name: /^Lister og vinduskarmer – \d+ av \d+$/ }) });
    await trim.getByText(/^Valget ble stengt /).waitFor();
    const radios = await trim.getByRole("radio").all();
    expect(radios.length).toBeGreaterThan(1);
    for (const radio of radios) expect(await radio.isDisabled()).toBe(true);

    const categoryId = await trim.getAttribute("data-category");
    const optionId = await radios[0].getAttribute("value");
    const forged = await resident.request.post(`/projects/${app.demoProjectId}/my-home`, {
      form: { intent: "choose", categoryId: categoryId!, optionId: optionId! },
      headers: { Origin: app.url },
    });
    expect(forged.status()).toBe(409);
    await resident.reload();
    expect(await resident.locator(".category-list").textContent()).toContain("Lys grå");
  });
});
