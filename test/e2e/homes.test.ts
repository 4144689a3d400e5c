/**
 * A planner sets up the homes and the catalogue (issue 8, items 2, 8 and 9), mostly by keyboard:
 * renames Hus 1, makes a house type, allocates a home to Mari; starts from the default catalogue,
 * adds an option with a colour and makes it the standard. Both pages pass axe, on a desktop and
 * a phone; a resident sees the catalogue read-only and cannot open the homes page.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { describeViolations, wcagViolations } from "./support/accessibility";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
let planner: BrowserContext;
let resident: BrowserContext;
let page: Page;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  planner = await browser.newContext({ baseURL: app.url, viewport: { width: 1920, height: 1080 } });
  resident = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  pageErrors = collectPageErrors(planner, resident);
  page = await planner.newPage();
  await signIn(page, "jonas");
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...planner.pages(), ...resident.pages()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function hydrated(target: Page): Promise<void> {
  await target.waitForFunction(() => (window as unknown as { __remixRouter?: unknown }).__remixRouter !== undefined);
}

/** Focuses an element and presses a key on it, as a keyboard user would after tabbing there. */
async function press(target: ReturnType<Page["getByRole"]>, key = "Enter"): Promise<void> {
  await target.focus();
  await target.press(key);
}

async function expectNoViolations(target: Page): Promise<void> {
  expect(describeViolations(await wcagViolations(target))).toBe("");
}

/** Every visible control is at least 44 px high (buttons, fields, selects, disclosure summaries). */
async function smallTargets(target: Page): Promise<string[]> {
  return target.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("main button, main input:not([type=hidden]), main select, main summary, main .homes-tabs a")]
      .filter((element) => element.offsetParent !== null)
      .filter((element) => element.getBoundingClientRect().height < 43.5)
      .map((element) => `${element.tagName.toLowerCase()} ${element.getAttribute("aria-label") ?? element.textContent?.trim() ?? ""} ${Math.round(element.getBoundingClientRect().height)}px`),
  );
}

describe("the planner's homes and catalogue", () => {
  it("renames Hus 1, makes a house type and allocates a home to Mari, by keyboard", async () => {
    await page.goto(`/projects/${app.demoProjectId}/homes`);
    await hydrated(page);
    const main = page.getByRole("main");
    await expect.poll(() => main.getByRole("link", { name: "Boliger", exact: true }).getAttribute("aria-current")).toBe("page");
    await main.getByText("Bare navnet beboeren selv har valgt, lagres.", { exact: false }).waitFor();

    const name = main.getByLabel("Navn på Hus 1");
    await name.focus();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("Hus ved bekken");
    await page.keyboard.press("Enter");
    await main.getByText("Hus ved bekken er lagret.").waitFor();
    await expect.poll(() => main.getByLabel("Navn på Hus ved bekken").inputValue()).toBe("Hus ved bekken");

    // A second home cannot take the name.
    const second = main.getByLabel("Navn på Hus 2");
    await second.fill("hus ved Bekken");
    await press(main.getByRole("button", { name: "Lagre Hus 2" }));
    await main.getByText("En annen bolig i prosjektet heter allerede «hus ved Bekken».").waitFor();
    await expect.poll(() => second.getAttribute("aria-invalid")).toBe("true");
    await second.fill("Hus 2");

    const typeName = main.getByLabel("Navn på hustypen");
    await typeName.focus();
    await page.keyboard.type("Småhus type A");
    await page.keyboard.press("Enter");
    await main.getByText("Hustypen Småhus type A er lagt til.").waitFor();
    await expect.poll(() => typeName.inputValue()).toBe("");

    await main.getByLabel("Hustype for Hus ved bekken").selectOption({ label: "Småhus type A" });
    await press(main.getByRole("button", { name: "Lagre Hus ved bekken" }));
    const newType = main.getByTestId("house-types").getByRole("row").filter({ has: page.getByLabel("Nytt navn på Småhus type A") });
    await expect.poll(() => newType.getByText("1 bolig", { exact: true }).count()).toBe(1);

    // Mari lives in Hus 1 in the demo: allocating her to Hus 3 moves her, and Hus 1 is free.
    const residentOf3 = main.getByLabel("Beboer i Hus 3");
    await residentOf3.selectOption({ label: "Mari (har Hus ved bekken)" });
    await press(main.getByRole("button", { name: "Lagre Hus 3" }));
    await main.getByText("Mari er flyttet fra Hus ved bekken til Hus 3. Hus ved bekken er ikke tildelt nå.").waitFor();
    await expect.poll(() => main.getByLabel("Beboer i Hus ved bekken").locator("option:checked").textContent()).toBe("Ikke tildelt");
    await expect.poll(() => main.getByLabel("Beboer i Hus 4").locator("option", { hasText: "Mari (har Hus 3)" }).count()).toBe(1);

    await page.reload();
    await hydrated(page);
    expect(await main.getByLabel("Beboer i Hus 3").locator("option:checked").textContent()).toBe("Mari");
    expect(await main.getByLabel("Hustype for Hus ved bekken").locator("option:checked").textContent()).toBe("Småhus type A");

    await expectNoViolations(page);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, "homes-1-homes-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoViolations(page);
    await screenshot(page, "homes-2-homes-phone");
    await page.setViewportSize({ width: 1920, height: 1080 });
  });

  it("shows another planner's change live, without a reload", async () => {
    const owner = await (await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 900 } })).newPage();
    pageErrors.push(...collectPageErrors(owner.context()));
    await signIn(owner, "kari");
    await owner.goto(`/projects/${app.demoProjectId}/homes`);
    await hydrated(owner);
    // The live stream opens after hydration; give it a moment before the change.
    await owner.waitForTimeout(500);
    const main = page.getByRole("main");
    await main.getByLabel("Navn på Hus 4").fill("Hus i svingen");
    await press(main.getByRole("button", { name: "Lagre Hus 4" }));
    await main.getByText("Hus i svingen er lagret.").waitFor();
    await expect.poll(() => owner.getByRole("main").getByLabel("Navn på Hus i svingen").inputValue()).toBe("Hus i svingen");
    await owner.context().close();
  });

  it("shows the demo catalogue with each category's state, warnings and refusals", async () => {
    const main = page.getByRole("main");
    await press(main.getByRole("link", { name: "Katalog", exact: true }));
    await page.waitForURL(/\/catalogue$/);
    await hydrated(page);
    const category = (name: string) => main.getByTestId("catalogue-category").filter({ has: page.getByRole("heading", { name, exact: true }) });
    await expect.poll(() => category("Fasadefarge").getByText("Åpen", { exact: true }).count()).toBe(1);
    await expect.poll(() => category("Lister og vinduskarmer").getByText("Stengt", { exact: true }).count()).toBe(1);
    await expect.poll(() => category("Gulv").getByText("Ikke åpnet ennå", { exact: true }).count()).toBe(1);
    // Homes chose in the façade: deleting it is refused, saying how many.
    await press(main.getByRole("button", { name: "Slett kategorien Fasadefarge" }));
    await category("Fasadefarge").getByText("Kategorien kan ikke slettes: 2 boliger har allerede valgt eller merket noe i den.").waitFor();
    await expectNoViolations(page);
    await screenshot(page, "homes-3-demo-catalogue-desktop");
  });

  it("starts a new project's catalogue from the default catalogue, adds an option with a colour and makes it the standard", async () => {
    const main = page.getByRole("main");
    await page.goto("/projects/new");
    await main.getByLabel("Prosjektnavn").fill("Småhus på Bekkely");
    await main.getByLabel("Kommune").fill("Demo");
    await main.getByLabel("Boform").selectOption({ index: 1 });
    await main.getByLabel("Antall boliger").fill("3");
    await main.getByRole("button", { name: "Opprett prosjekt" }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.goto(`${new URL(page.url()).pathname}/catalogue`);
    await hydrated(page);

    const start = main.getByRole("button", { name: "Start fra standardkatalogen" });
    await start.waitFor();
    await press(start);
    await main.getByText("Standardkatalogen er lagt inn med 9 kategorier.").waitFor();
    // The button is gone; focus went to the catalogue's heading, not to the top of the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("catalogue-heading");

    const facade = main.getByTestId("catalogue-category").filter({ has: page.getByRole("heading", { name: "Fasadefarge", exact: true }) });
    await expect.poll(() => facade.getByText("Åpen", { exact: true }).count()).toBe(1);
    // An option that fails is shown to planners with its reason, and never as the standard.
    const wall = main.getByTestId("catalogue-category").filter({ has: page.getByRole("heading", { name: "Veggpanel inne", exact: true }) });
    await expect.poll(() => wall.getByText(/^Tilbys ikke: /).count()).toBe(1);
    await expect.poll(() => facade.getByText(/^Advarsel: /).count()).toBe(1);

    const adding = facade.locator("details").filter({ has: page.locator("summary", { hasText: "Legg til alternativ" }) });
    await press(adding.locator("summary"));
    await adding.getByLabel("Navn på alternativet").fill("Havblå");
    await adding.getByLabel("Farge (#rrggbb)").fill("#2A6F97");
    // The picker follows the text field.
    expect(await adding.getByLabel("Fargevelger").inputValue()).toBe("#2a6f97");
    await adding.getByLabel("Fargekode (NCS eller lignende)").fill("S 3040-R90B");
    await adding.getByLabel("Materiale").fill("Malt trepanel");
    await press(adding.getByRole("button", { name: "Legg til alternativ", exact: true }));
    await facade.getByText("Alternativet Havblå er lagt til.").waitFor();

    const havbla = facade.getByTestId("catalogue-option").filter({ has: page.getByRole("heading", { name: "Havblå" }) });
    await havbla.getByText("#2a6f97").waitFor();
    await havbla.getByText("S 3040-R90B").waitFor();
    await press(havbla.getByRole("button", { name: "Gjør til standard: Havblå" }));
    await havbla.getByText("Standard", { exact: true }).waitFor();
    await expect.poll(() => facade.getByText("Standard", { exact: true }).count()).toBe(1);

    // A photo of the option: uploaded, then shown on its card from the project's files.
    const photo = havbla.locator("details").filter({ has: page.locator("summary", { hasText: "Last opp foto" }) });
    await press(photo.locator("summary"));
    const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#2a6f97" } }).png().toBuffer();
    await photo.getByLabel("Bilde", { exact: true }).setInputFiles({ name: "havbla.png", mimeType: "image/png", buffer: png });
    await press(photo.getByRole("button", { name: "Last opp" }));
    const thumbnail = havbla.getByRole("img", { name: "Foto av Havblå" });
    await thumbnail.waitFor();
    await expect.poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);

    await expectNoViolations(page);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, "homes-4-catalogue-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoViolations(page);
    await screenshot(page, "homes-5-catalogue-phone");
    await page.setViewportSize({ width: 1920, height: 1080 });
  });

  it("shows a resident the catalogue read-only and keeps the homes page from them", async () => {
    const phone = await resident.newPage();
    await signIn(phone, "mari");
    await phone.goto(`/projects/${app.demoProjectId}/catalogue`);
    await hydrated(phone);
    const main = phone.getByRole("main");
    await main.getByText("Du kan se katalogen. Bare planleggere kan endre den.").waitFor();
    await main.getByRole("heading", { name: "Fasadefarge", exact: true }).waitFor();
    expect(await main.getByRole("button").count()).toBe(0);
    // Options that fail robustness are never offered to residents, and not shown to them here.
    expect(await main.getByText(/^Tilbys ikke: /).count()).toBe(0);
    expect(await main.getByRole("navigation", { name: "Boliger og valg" }).count()).toBe(0);
    await expectNoViolations(phone);
    await screenshot(phone, "homes-6-catalogue-resident-phone");

    const refused = await phone.goto(`/projects/${app.demoProjectId}/homes`);
    expect(refused?.status()).toBe(403);
    expect(pageErrors).toEqual([]);
  });
});
