/**
 * The planners' matrix of the residents' choices in the demo project (issue 8, items 11–12):
 * Jonas, a planner, opens it on a 1920×1080 projector (axe: no violations), reaches Mari's home
 * and records a choice together with her with the keyboard only, and sees the cell say "Valgt
 * sammen med beboeren"; Mari picks on her phone (a POST to Mitt hjem, intent choose) and Jonas's
 * matrix changes without a reload. The order list opens as a printable page and downloads as CSV;
 * residents get neither. Screenshots at 1920×1080 and 390×844 in test-results/.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { describeViolations, wcagViolations } from "./support/accessibility";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

const projector = { viewport: { width: 1920, height: 1080 } };
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

interface Focused {
  tag: string;
  name: string | null;
  label: string | null;
  text: string;
  testid: string | null;
}

/** What has the keyboard focus now. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const form = element?.closest("[data-testid]");
    return {
      tag: element?.tagName.toLowerCase() ?? "",
      name: element?.getAttribute("name") ?? null,
      label: element?.getAttribute("aria-label") ?? null,
      text: (element?.textContent ?? "").trim(),
      testid: form?.getAttribute("data-testid") ?? null,
    };
  });
}

/** Presses Tab until `wanted` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, wanted: (element: Focused) => boolean, what: string, limit = 120): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press("Tab");
    if (wanted(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Moves a focused <select> with the arrow keys until its chosen option's text matches. */
async function arrowTo(page: Page, pattern: RegExp, what: string): Promise<void> {
  const current = () => page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");
  for (let press = 0; press < 30; press += 1) {
    if (pattern.test(await current())) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`the select never showed ${what}`);
}

describe("the planners' matrix of the residents' choices", () => {
  let app: RunningApp;
  let browser: Browser;
  let projectId: string;
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  let errors: string[] = [];

  async function newPage(options: Parameters<Browser["newContext"]>[0], person: string): Promise<Page> {
    const context = await browser.newContext({ baseURL: app.url, locale: "nb-NO", timezoneId: "Europe/Oslo", ...options });
    contexts.push(context);
    errors.push(...collectPageErrors(context));
    const page = await context.newPage();
    pages.push(page);
    await signIn(page, person);
    return page;
  }

  /** The cell of a home (by name) and a category (by its column header's name). */
  async function cellOf(page: Page, home: string, category: string) {
    const headers = await page.getByTestId("choice-matrix").locator("thead th .choice-matrix__category-name").allTextContents();
    const column = headers.indexOf(category);
    expect(column, `a column for ${category}`).toBeGreaterThanOrEqual(0);
    // Child 1 of a row is the home's row header.
    return page.getByTestId("choice-matrix").locator(`tr[data-home="${home}"] > :nth-child(${column + 2})`);
  }

  beforeAll(async () => {
    app = await startApp({ seedDemo: true });
    projectId = app.demoProjectId ?? "";
    expect(projectId).not.toBe("");
    browser = await launchBrowser();
  });
  afterEach(async (test) => {
    await screenshotOnFailure(test, pages);
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    pages.splice(0);
    expect(errors).toEqual([]);
    errors = [];
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("shows every home's choices on a projector, passes axe, and records a choice together with the resident by keyboard only", async () => {
    const page = await newPage(projector, "jonas");
    await page.goto(`/projects/${projectId}/choices`);
    const matrix = page.getByTestId("choice-matrix");
    await expect.poll(() => matrix.locator("tbody tr").count()).toBe(4);
    // The demo: Hus 2's façade was chosen together with its resident; Hus 3 is unallocated and waits.
    expect(await (await cellOf(page, "Hus 2", "Fasadefarge")).textContent()).toContain("Valgt sammen med beboeren");
    expect(await matrix.locator('tr[data-home="Hus 3"] th').textContent()).toContain("Ikke tildelt");
    expect(await page.getByTestId("help-requests").textContent()).toContain("Hus 2");
    expect(describeViolations(await wcagViolations(page))).toBe("");
    await screenshot(page, "choices-matrix-1920x1080");

    // Keyboard only: Tab to Mari's home, open it, and record the front door chosen at a meeting.
    await page.locator("body").focus();
    await tabTo(page, (element) => element.tag === "a" && element.label === "Vis Hus 1", "the link to Hus 1");
    await page.keyboard.press("Enter");
    await page.waitForURL(/home=/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("home-detail-heading");
    expect(await page.getByTestId("home-detail").textContent()).toContain("Beboer: Mari");

    await tabTo(page, (element) => element.testid === "record-form" && element.name === "categoryId", "the record form's category");
    await arrowTo(page, /^Inngangsdør/, "the front door");
    await page.keyboard.press("Tab");
    expect((await focused(page)).name).toBe("optionId");
    await page.keyboard.press("ArrowDown");
    const chosen = await page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");
    const optionName = chosen.replace(/ \(.*\)$/, "");
    await page.keyboard.press("Tab");
    expect((await focused(page)).name).toBe("meeting");
    await page.keyboard.type("Hjemmebesøk");
    // The date field (today by default) has a stop per part; on to the button.
    await tabTo(page, (element) => element.tag === "button" && element.text === "Registrer valget", "the submit button", 6);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("record-form").getByRole("status").textContent()).toContain("registrert");

    const cell = await cellOf(page, "Hus 1", "Inngangsdør");
    await expect.poll(() => cell.textContent()).toContain("Valgt sammen med beboeren");
    expect(await cell.textContent()).toContain(optionName);
    await expect.poll(() => page.getByTestId("home-history").locator("li").first().textContent()).toContain("valgt sammen med beboeren på Hjemmebesøk");
    expect(describeViolations(await wcagViolations(page))).toBe("");
    await screenshot(page, "choices-home-detail-1920x1080");
  });

  it("changes the matrix live, without a reload, when a resident picks on her phone", async () => {
    const planner = await newPage(projector, "jonas");
    await planner.goto(`/projects/${projectId}/choices?home=`);
    await expect.poll(() => planner.getByTestId("choice-matrix").locator("tbody tr").count()).toBe(4);
    await planner.evaluate(() => ((window as unknown as { keptAlive: boolean }).keptAlive = true));
    const before = (await (await cellOf(planner, "Hus 1", "Fasadefarge")).locator(".choice-cell__name").textContent()) ?? "";

    // The ids of the façade's options, as the planner's own form lists them.
    await planner.getByRole("link", { name: "Vis Hus 1" }).click();
    const form = planner.getByTestId("record-form");
    const categoryId = await form.locator("select[name=categoryId]").evaluate((select: HTMLSelectElement) => [...select.options].find((option) => option.text.startsWith("Fasadefarge"))?.value ?? "");
    await form.locator("select[name=categoryId]").selectOption(categoryId);
    const options = await form.locator("select[name=optionId] option").evaluateAll((list: HTMLOptionElement[]) => list.map((option) => ({ id: option.value, name: option.text.replace(/ \(.*\)$/, "") })));
    const next = options.find((option) => option.name !== before);
    expect(next, "another façade option").toBeDefined();

    const resident = await newPage(phone, "mari");
    await resident.goto(`/projects/${projectId}/my-home`);
    const status = await resident.evaluate(
      async ({ url, categoryId, optionId }) => {
        const body = new FormData();
        body.set("intent", "choose");
        body.set("categoryId", categoryId);
        body.set("optionId", optionId);
        return (await fetch(url, { method: "POST", body })).status;
      },
      { url: `/projects/${projectId}/my-home`, categoryId, optionId: next?.id ?? "" },
    );
    expect(status).toBe(200);

    const cell = await cellOf(planner, "Hus 1", "Fasadefarge");
    await expect.poll(() => cell.locator(".choice-cell__name").textContent(), { timeout: 10_000 }).toBe(next?.name);
    expect(await cell.textContent()).not.toContain("Bekreftet");
    expect(await planner.evaluate(() => (window as unknown as { keptAlive?: boolean }).keptAlive)).toBe(true);
    await expect.poll(() => planner.getByTestId("home-history").locator("li").first().textContent()).toContain(`Mari (Beboer) valgte «${next?.name}» i Fasadefarge`);
  });

  it("reopens a closed category for one home and ends it, answers a request for help, and filters the homes still waiting", async () => {
    const page = await newPage(projector, "jonas");
    await page.goto(`/projects/${projectId}/choices`);
    await page.getByRole("checkbox", { name: "Bare boliger som venter på valg" }).check();
    await page.waitForURL(/waiting=1/);
    expect(await page.getByRole("checkbox", { name: "Bare boliger som venter på valg" }).isChecked()).toBe(true);

    await page.getByRole("link", { name: "Vis Hus 1" }).click();
    await page.waitForURL(/home=/);
    const reopen = page.getByTestId("reopen-form");
    await reopen.getByLabel("Kategori", { exact: true }).selectOption({ label: "Lister og vinduskarmer" });
    await reopen.getByRole("button", { name: "Åpne igjen" }).click();
    await expect.poll(() => reopen.getByRole("status").textContent()).toContain("åpnet igjen");
    const trim = await cellOf(page, "Hus 1", "Lister og vinduskarmer");
    await expect.poll(() => trim.textContent()).toContain("Åpnet igjen til");
    await page.getByRole("button", { name: "Avslutt gjenåpningen av Lister og vinduskarmer" }).click();
    await expect.poll(() => trim.textContent()).not.toContain("Åpnet igjen til");
    await expect.poll(() => page.getByTestId("home-history").locator("li").first().textContent()).toContain("avsluttet gjenåpningen av Lister og vinduskarmer");

    await page.getByRole("button", { name: /^Merk som besvart: ønsket fra Hus 2/ }).click();
    await expect.poll(() => page.locator(".choice-help").textContent()).toContain("Ingen ubesvarte ønsker om hjelp.");
  });

  it("works on a phone, and gives the builder the order list to print and as CSV, to planners only", async () => {
    const page = await newPage(phone, "jonas");
    await page.goto(`/projects/${projectId}/choices?home=`);
    await page.getByRole("link", { name: "Vis Hus 2" }).click();
    await expect.poll(() => page.getByTestId("home-detail").textContent()).toContain("Hus 2");
    expect(describeViolations(await wcagViolations(page))).toBe("");
    // Touch targets: the home links and the form's button at least 44 px high.
    const heights = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".choice-matrix__home-link, [data-testid=record-form] button, .choice-help__item button")].map((element) => element.getBoundingClientRect().height),
    );
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "choices-matrix-390x844");

    await page.goto(`/projects/${projectId}/choices/order-list`);
    await page.waitForURL(/view=order-list/);
    const rows = await page.getByTestId("order-list").locator("tbody tr").count();
    const homesListed = await page.getByTestId("order-list").locator("tbody tr th").evaluateAll((cells) => new Set(cells.map((cell) => cell.textContent)).size);
    // The demo: four homes × the default catalogue's nine categories.
    expect(homesListed).toBe(4);
    expect(rows).toBe(4 * 9);
    expect(await page.getByTestId("order-list").textContent()).not.toContain("Mari");
    expect(describeViolations(await wcagViolations(page))).toBe("");
    await screenshot(page, "choices-order-list-390x844");

    const wide = await newPage(projector, "kari");
    await wide.goto(`/projects/${projectId}/choices/order-list`);
    await wide.waitForURL(/view=order-list/);
    await wide.emulateMedia({ media: "print" });
    expect(await wide.locator(".project-nav").isVisible()).toBe(false);
    expect(await wide.locator(".site-header").isVisible()).toBe(false);
    expect(await wide.getByTestId("order-list").isVisible()).toBe(true);
    await screenshot(wide, "choices-order-list-print-1920x1080");

    const csv = await wide.context().request.get(`/projects/${projectId}/choices/order-list?format=csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="bestillingsliste-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0].split(";")[0]).toBe("Bolig");
    expect(lines.filter((line) => line !== "")).toHaveLength(rows + 1);

    const resident = await newPage(phone, "mari");
    expect((await resident.context().request.get(`/projects/${projectId}/choices/order-list?format=csv`)).status()).toBe(403);
    expect((await resident.context().request.get(`/projects/${projectId}/choices`)).status()).toBe(403);
  });
});
