/**
 * "Mitt hjem" on a phone (390×844, touch): Mari, a resident of the demo project, picks a façade
 * colour and sees the preview's façade change at once, confirms, and finds it chosen after a
 * reload; a closed category cannot be changed, not even by a forged request (409), nor another
 * home's choice (403); the page passes axe and works by keyboard only. The catalogue and Mari's
 * home are put into the app's embedded database before the server starts (the planners' pages
 * for them are another part of issue 8).
 */
import { eq } from "drizzle-orm";
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection";
import { seedDemo } from "../../db/seed-demo";
import sharp from "sharp";
import { choiceCategories, choiceOptions, files, homeChoices, homes, users } from "../../db/schema";
import { ensureHomes } from "../../app/homes/homes.server";
import { todayInOslo } from "../../app/ui/format-time";
import { createTestDatabaseLocation, type TestDatabaseLocation } from "../support/database";
import { describeViolations, wcagViolations } from "./support/accessibility";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { collectPageErrors, launchBrowser, screenshot, screenshotFolder, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

function dayFromToday(days: number): string {
  const [year, month, day] = todayInOslo().split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

const facade = { id: "e2e-facade", standard: "#d9d6cf", green: "#3f5e4a" };
const door = { id: "e2e-door" };
const floor = { id: "e2e-floor" };
const roof = { id: "e2e-roof" };

interface Setup {
  projectId: string;
  mariHomeId: string;
  otherHomeId: string;
}

/**
 * The demo project, a home allocated to Mari, and a catalogue of this test's own instead of the
 * demo's: façade and floor open, front door (chosen together with Mari at a meeting) and roof
 * closed yesterday.
 */
async function prepareDatabase(location: TestDatabaseLocation): Promise<Setup> {
  const handle = await openDatabase({ dataDir: location.dataDir, migrate: false });
  try {
    const created = await seedDemo(handle.db);
    if (!created) throw new Error("the demo project was not created");
    const { projectId } = created;
    const [mari] = await handle.db.select({ id: users.id }).from(users).where(eq(users.username, "mari"));
    const [jonas] = await handle.db.select({ id: users.id }).from(users).where(eq(users.username, "jonas"));
    await handle.db.delete(choiceCategories).where(eq(choiceCategories.projectId, projectId));
    const list = await ensureHomes(handle.db, projectId);
    let mariHome = list.find((home) => home.residentId === mari.id);
    if (!mariHome) {
      mariHome = list.find((home) => home.residentId === null)!;
      await handle.db.update(homes).set({ residentId: mari.id, allocatedAt: new Date() }).where(eq(homes.id, mariHome.id));
    }
    const otherHome = list.find((home) => home.id !== mariHome.id)!;
    const category = (id: string, name: string, previewPart: string, opensOn: string, closesOn: string, position: number) => ({ id, projectId, name, previewPart, opensOn, closesOn, position });
    await handle.db.insert(choiceCategories).values([
      category(facade.id, "Fasadefarge", "facade", dayFromToday(-7), dayFromToday(14), -30),
      category(door.id, "Inngangsdør", "door", dayFromToday(-30), dayFromToday(-1), -20),
      category(floor.id, "Gulv", "floor", dayFromToday(-7), dayFromToday(21), -10),
      category(roof.id, "Tak", "roof", dayFromToday(-30), dayFromToday(-1), 0),
    ]);
    const option = (categoryId: string, suffix: string, name: string, color: string, position: number, extra: Partial<typeof choiceOptions.$inferInsert> = {}) => ({
      id: `${categoryId}-${suffix}`,
      projectId,
      categoryId,
      name,
      color,
      position,
      ...extra,
    });
    await handle.db.insert(choiceOptions).values([
      option(facade.id, "grey", "Lys grå", facade.standard, 0, { colorCode: "NCS S 1502-Y", material: "Trekledning, stående", isStandard: true }),
      option(facade.id, "green", "Skogsgrønn", facade.green, 1, { colorCode: "NCS S 6020-G10Y", material: "Trekledning, stående" }),
      option(facade.id, "red", "Varm rød", "#9e3b2c", 2, { colorCode: "NCS S 4050-Y80R", material: "Trekledning, stående" }),
      option(facade.id, "white", "Kritthvit", "#f4f2ec", 3, { colorCode: "NCS S 0502-Y", material: "Trekledning, stående", robustness: "warning", robustnessNote: "Viser smuss lettere nær bakken." }),
      option(facade.id, "gloss", "Blank lakk", "#ffffff", 4, { robustness: "fails", robustnessNote: "Tåler ikke slag." }),
      option(door.id, "anthracite", "Antrasitt", "#3b3f44", 0, { colorCode: "NCS S 7502-B", material: "Stål", isStandard: true }),
      option(door.id, "blue", "Mørk blå", "#1f3a5f", 1, { colorCode: "NCS S 7020-R80B", material: "Stål" }),
      option(floor.id, "oak", "Eik natur", "#c8a77c", 0, { material: "Parkett, lakkert", isStandard: true }),
      option(floor.id, "ash", "Lys ask", "#e2d3b5", 1, { material: "Parkett, lakkert" }),
      option(floor.id, "vinyl", "Grå vinyl", "#8d8f8c", 2, { material: "Vinyl, slitesterk" }),
      option(roof.id, "black", "Svart", "#2b2c2e", 0, { material: "Takstein, betong", isStandard: true }),
      option(roof.id, "red", "Teglrød", "#8e3b2a", 1, { material: "Takstein, betong" }),
    ]);
    // A photo of the oak floor, as the planners' upload stores it (a re-encoded JPEG and its thumbnail).
    const photo = await sharp({ create: { width: 320, height: 200, channels: 3, background: "#b8895a" } }).jpeg().toBuffer();
    await handle.db.insert(files).values({
      id: "e2e-oak-photo",
      projectId,
      purpose: "catalogue",
      subjectKey: `${floor.id}-oak`,
      kind: "image",
      contentType: "image/jpeg",
      fileName: "eik.jpg",
      byteSize: photo.length,
      data: photo,
      thumbnail: photo,
      width: 320,
      height: 200,
      uploadedBy: jonas.id,
      uploadedRole: "planner",
    });
    await handle.db.update(choiceOptions).set({ photoFileId: "e2e-oak-photo" }).where(eq(choiceOptions.id, `${floor.id}-oak`));
    await handle.db.insert(homeChoices).values({
      homeId: mariHome.id,
      categoryId: door.id,
      projectId,
      optionId: `${door.id}-blue`,
      chosenBy: jonas.id,
      chosenRole: "planner",
      withResidentMeeting: "Boligmøte",
      withResidentDate: dayFromToday(-10),
    });
    return { projectId, mariHomeId: mariHome.id, otherHomeId: otherHome.id };
  } finally {
    await handle.close();
  }
}

let location: TestDatabaseLocation;
let setup: Setup;
let app: RunningApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Script errors of every page opened. */
const pageErrors: string[][] = [];

beforeAll(async () => {
  location = await createTestDatabaseLocation("pglite");
  setup = await prepareDatabase(location);
  [app, browser] = await Promise.all([startApp({ env: { DATA_DIR: location.dataDir!, SEED_DEMO: "0" } }), launchBrowser()]);
});

afterEach(async (test) => {
  await screenshotOnFailure(test, contexts.flatMap((context) => context.pages()));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await location?.drop();
});

async function newPage(options: Parameters<Browser["newContext"]>[0]): Promise<Page> {
  const context = await browser.newContext({ baseURL: app.url, ...options });
  contexts.push(context);
  pageErrors.push(collectPageErrors(context));
  return context.newPage();
}

/** What the phone's screen shows now (a full-page picture would move the sticky preview). */
async function phoneShot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotFolder, { recursive: true });
  await page.screenshot({ path: join(screenshotFolder, `${name}.png`) });
}

const myHomePath = () => `/projects/${setup.projectId}/my-home`;
const preview = (page: Page) => page.getByTestId("house-preview");
const facadeFill = (page: Page) => preview(page).locator('svg[data-view="outside"] [data-surface="facade"]').getAttribute("fill");
const category = (page: Page, id: string) => page.locator(`section[data-category="${id}"]`);

async function openCategory(page: Page, id: string, name: string): Promise<void> {
  await page.locator(`.category-list a[href="?category=${id}"]`).click();
  await category(page, id).getByRole("heading", { name: new RegExp(`^${name} – \\d+ av \\d+$`) }).waitFor();
}

describe("Mitt hjem on a phone", () => {
  let page: Page;

  it("opens from the project's menu and shows Mari's own home with the standard", async () => {
    page = await newPage(phone);
    await signIn(page, "mari");
    await page.goto(`/projects/${setup.projectId}`);
    await page.getByRole("link", { name: "Mitt hjem" }).tap();
    await page.waitForURL(/\/my-home$/);
    await page.getByRole("heading", { name: "Mitt hjem", level: 2 }).waitFor();
    await openCategory(page, facade.id, "Fasadefarge");
    expect(await facadeFill(page)).toBe(facade.standard);
    const tiles = category(page, facade.id).getByRole("radio");
    // The option that fails robustness is not offered; the one with a warning shows its reason.
    expect(await tiles.count()).toBe(4);
    await expect(category(page, facade.id).getByText("Blank lakk").count()).resolves.toBe(0);
    await category(page, facade.id).getByText("Obs: Viser smuss lettere nær bakken.").waitFor();
    await category(page, facade.id).getByText("Du har ikke valgt ennå. Standard gjelder: Lys grå.").waitFor();
    expect(await category(page, facade.id).getByRole("radio", { name: /Lys grå/ }).isChecked()).toBe(true);
    await page.getByText("Fasade: Lys grå (NCS S 1502-Y), standard").waitFor();
    // The standard nobody chose "applies"; it is not called chosen.
    await category(page, facade.id).locator(".tile", { hasText: "Lys grå" }).getByText("Gjelder nå").waitFor();
    await phoneShot(page, "my-home-1-phone-start");
    await screenshot(page, "my-home-1-phone-start-full");
  });

  it("shows a tapped façade colour in the preview at once, saves it, confirms it, and keeps it after a reload", async () => {
    await category(page, facade.id).locator("label", { hasText: "Skogsgrønn" }).tap();
    await expect.poll(() => facadeFill(page), { timeout: 1_000 }).toBe(facade.green);
    await category(page, facade.id).getByText("Du har valgt Skogsgrønn. Lagret. Trykk «Bekreft valget» når du er sikker.").waitFor();
    expect(await category(page, facade.id).getByRole("radio", { name: /Skogsgrønn/ }).isChecked()).toBe(true);
    await phoneShot(page, "my-home-2-phone-picked");

    await category(page, facade.id).getByRole("button", { name: "Bekreft valget" }).tap();
    await category(page, facade.id).getByText(/^Du bekreftet valget /).waitFor();
    await expect(category(page, facade.id).getByRole("button", { name: "Bekreft valget" }).count()).resolves.toBe(0);

    await page.reload();
    await openCategory(page, facade.id, "Fasadefarge");
    expect(await facadeFill(page)).toBe(facade.green);
    expect(await category(page, facade.id).getByRole("radio", { name: /Skogsgrønn/ }).isChecked()).toBe(true);
    await category(page, facade.id).getByText(/^Du bekreftet valget /).waitFor();
    await page.locator(".category-list").getByText("Bekreftet: Skogsgrønn").waitFor();
    await page.getByText("Fasade: Skogsgrønn (NCS S 6020-G10Y)").waitFor();
  });

  it("marks a favourite with the heart and keeps it", async () => {
    const heart = category(page, facade.id).getByRole("button", { name: "Favoritt: Varm rød" });
    expect(await heart.getAttribute("aria-pressed")).toBe("false");
    await heart.tap();
    await expect.poll(() => heart.getAttribute("aria-pressed")).toBe("true");
    await page.reload();
    await openCategory(page, facade.id, "Fasadefarge");
    expect(await category(page, facade.id).getByRole("button", { name: "Favoritt: Varm rød" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("locks a closed category: tiles disabled, the standard said, and a forged request refused with 409", async () => {
    await openCategory(page, door.id, "Inngangsdør");
    const closed = category(page, door.id);
    await closed.getByText(/^Valget ble stengt .+\. Valgt sammen med deg på Boligmøte .+: Mørk blå\.$/).waitFor();
    await page.locator(".category-list").getByText("Stengt · Valgt sammen med deg: Mørk blå").waitFor();
    expect(await closed.getByRole("radio", { name: /Mørk blå/ }).isChecked()).toBe(true);
    for (const radio of await closed.getByRole("radio").all()) expect(await radio.isDisabled()).toBe(true);
    await expect(closed.getByRole("button", { name: "Bekreft valget" }).count()).resolves.toBe(0);
    await phoneShot(page, "my-home-3-phone-closed");

    const forged = await page.request.post(myHomePath(), {
      form: { intent: "choose", categoryId: door.id, optionId: `${door.id}-anthracite` },
      headers: { Origin: app.url },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(409);
    const anotherHome = await page.request.post(myHomePath(), {
      form: { intent: "choose", categoryId: facade.id, optionId: `${facade.id}-red`, homeId: setup.otherHomeId },
      headers: { Origin: app.url },
      maxRedirects: 0,
    });
    expect(anotherHome.status()).toBe(403);
    const failing = await page.request.post(myHomePath(), {
      form: { intent: "choose", categoryId: facade.id, optionId: `${facade.id}-gloss` },
      headers: { Origin: app.url },
      maxRedirects: 0,
    });
    expect(failing.status()).toBe(409);

    await page.reload();
    await openCategory(page, door.id, "Inngangsdør");
    await category(page, door.id).getByText(/Valgt sammen med deg på Boligmøte .+: Mørk blå\.$/).waitFor();
    await openCategory(page, roof.id, "Tak");
    await category(page, roof.id).getByText(/^Valget ble stengt .+\. Standard gjelder: Svart\.$/).waitFor();
    await openCategory(page, facade.id, "Fasadefarge");
    expect(await facadeFill(page)).toBe(facade.green);
  });

  it("says why when the server refuses a tap, or cannot be reached, and puts the tile back", async () => {
    await openCategory(page, facade.id, "Fasadefarge");
    const section = category(page, facade.id);
    const isData = (url: URL) => url.pathname.endsWith("/my-home.data");
    const onActions = (handle: (route: Route) => Promise<void>) => (route: Route) => (route.request().method() === "POST" ? handle(route) : route.fallback());
    // A request altered on its way to name another home: the server refuses it (403).
    await page.route(isData, onActions((route) => route.continue({ postData: route.request().postData()!.replace(setup.mariHomeId, setup.otherHomeId) })));
    await section.locator("label", { hasText: "Varm rød" }).tap();
    await section.getByText("Valget ble ikke lagret: Du kan bare velge for din egen bolig.").waitFor();
    expect(await section.getByRole("radio", { name: /Skogsgrønn/ }).isChecked()).toBe(true);
    expect(await facadeFill(page)).toBe(facade.green);
    await page.unroute(isData);
    // No network: the same, with its own words.
    await page.route(isData, onActions((route) => route.abort("internetdisconnected")));
    await section.locator("label", { hasText: "Varm rød" }).tap();
    await section.getByText("Valget ble ikke lagret: Fikk ikke kontakt. Sjekk nettet og prøv igjen.").waitFor();
    expect(await section.getByRole("radio", { name: /Skogsgrønn/ }).isChecked()).toBe(true);
    expect(await facadeFill(page)).toBe(facade.green);
    await page.unroute(isData);
  });

  it("has large touch targets: tiles, hearts, steps and the category list", async () => {
    await openCategory(page, facade.id, "Fasadefarge");
    const sizes = async (selector: string) => Promise.all((await page.locator(selector).all()).map(async (element) => (await element.boundingBox())!));
    for (const box of await sizes(`section[data-category="${facade.id}"] .tile__label`)) {
      expect(box.height).toBeGreaterThanOrEqual(120);
      expect(box.width).toBeGreaterThanOrEqual(120);
    }
    for (const selector of [".tile__favourite", ".my-home__step", ".category-list__link", ".my-home__view-button", ".help-request__summary", ".category__confirm"]) {
      for (const box of await sizes(selector)) {
        expect(box.height, selector).toBeGreaterThanOrEqual(44);
        expect(box.width, selector).toBeGreaterThanOrEqual(44);
      }
    }
  });

  it("asks for help from a category", async () => {
    await page.getByText("Jeg vil gjerne snakke med noen om dette").tap();
    await page.getByLabel("Vil du skrive noe først? (valgfritt)").fill("Jeg lurer på om grønn passer med taket.");
    await page.getByRole("button", { name: "Send til kommunen" }).tap();
    await page.getByText("Takk! Kommunen har fått beskjed, og noen tar kontakt med deg.").waitFor();
    expect(await page.getByLabel("Vil du skrive noe først? (valgfritt)").inputValue()).toBe("");
  });

  it("passes axe with no violations, with the help form open and inside the house", async () => {
    expect(describeViolations(await wcagViolations(page))).toBe("");
    await page.getByRole("button", { name: "Inne" }).tap();
    await openCategory(page, floor.id, "Gulv");
    // The oak floor's photo fills its tile (the thumbnail, served to members).
    const photo = category(page, floor.id).locator(".tile", { hasText: "Eik natur" }).locator("img");
    expect(await photo.getAttribute("src")).toBe(`/projects/${setup.projectId}/files/e2e-oak-photo?size=thumb`);
    await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(320);
    expect(describeViolations(await wcagViolations(page))).toBe("");
    await phoneShot(page, "my-home-4-phone-inside");
  });

});

describe("Mitt hjem by keyboard only", () => {
  it("picks, marks a favourite, confirms, steps to the next category and asks for help without a pointer", async () => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, "mari");
    await page.goto(`${myHomePath()}?category=${floor.id}`);
    const floorSection = category(page, floor.id);
    await floorSection.getByRole("heading", { name: /^Gulv – / }).waitFor();
    const floorFill = () => preview(page).locator('svg[data-view="inside"] [data-surface="floor"]').getAttribute("fill");
    expect(await floorFill()).toBe("#c8a77c");

    /** Presses Tab until `matches` holds for the focused element (at most 80 times). */
    async function tabTo(matches: (element: { tag: string; name: string | null; value: string | null; text: string; type: string | null }) => boolean): Promise<void> {
      for (let presses = 0; presses < 80; presses += 1) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLInputElement | null;
          return element ? { tag: element.tagName, name: element.getAttribute("name"), value: element.getAttribute("value"), text: (element.getAttribute("aria-label") ?? element.textContent ?? "").trim(), type: element.getAttribute("type") } : null;
        });
        if (focused && matches(focused)) return;
      }
      throw new Error("Tab never reached the element");
    }

    // Into the radio group: the checked tile (the standard) takes focus; an arrow picks the next.
    await tabTo((element) => element.type === "radio" && element.value === `${floor.id}-oak`);
    await page.keyboard.press("ArrowRight");
    await expect.poll(floorFill, { timeout: 1_000 }).toBe("#e2d3b5");
    await floorSection.getByText(/^Du har valgt Lys ask\./).waitFor();
    await phoneShot(page, "my-home-6-keyboard-focus");

    // The heart of the tile in focus, then "Bekreft valget".
    await tabTo((element) => element.text === "Favoritt: Lys ask");
    await page.keyboard.press("Enter");
    await expect.poll(() => floorSection.getByRole("button", { name: "Favoritt: Lys ask" }).getAttribute("aria-pressed")).toBe("true");
    await tabTo((element) => element.text === "Bekreft valget");
    await page.keyboard.press("Enter");
    await floorSection.getByText(/^Du bekreftet valget /).waitFor();

    // "Forrige" goes to the category before, and focus lands on its heading.
    await tabTo((element) => element.tag === "A" && element.text.startsWith("Forrige"));
    await page.keyboard.press("Enter");
    const doorHeading = category(page, door.id).getByRole("heading", { name: /^Inngangsdør – / });
    await doorHeading.waitFor();
    expect(await doorHeading.evaluate((element) => element === document.activeElement)).toBe(true);

    // Asking for help: open the disclosure, write, send.
    await tabTo((element) => element.tag === "SUMMARY");
    await page.keyboard.press("Enter");
    await tabTo((element) => element.tag === "TEXTAREA");
    await page.keyboard.type("Kan jeg få en annen dør?");
    await tabTo((element) => element.text === "Send til kommunen");
    await page.keyboard.press("Enter");
    await page.getByText("Takk! Kommunen har fått beskjed, og noen tar kontakt med deg.").waitFor();
    expect(describeViolations(await wcagViolations(page))).toBe("");
  });

  it("looks right on a large screen too", async () => {
    const page = await newPage({ viewport: { width: 1920, height: 1080 } });
    await signIn(page, "mari");
    await page.goto(`${myHomePath()}?category=${facade.id}`);
    await category(page, facade.id).getByRole("heading", { name: /^Fasadefarge – / }).waitFor();
    expect(await preview(page).locator('svg[data-view="inside"]').isVisible()).toBe(true);
    expect(await preview(page).locator('svg[data-view="outside"]').isVisible()).toBe(true);
    await screenshot(page, "my-home-5-desktop");
    expect(describeViolations(await wcagViolations(page))).toBe("");
  });
});

describe("Mitt hjem live", () => {
  it("shows a pick made on the phone at once on Mari's other open page", async () => {
    const phonePage = await newPage(phone);
    const laptop = await newPage({ viewport: { width: 1280, height: 900 } });
    for (const page of [phonePage, laptop]) {
      await signIn(page, "mari");
      await page.goto(`${myHomePath()}?category=${floor.id}`);
      await category(page, floor.id).getByRole("heading", { name: /^Gulv – / }).waitFor();
    }
    // Give the laptop's event stream a moment to open.
    await new Promise((done) => setTimeout(done, 500));
    const floorFill = (page: Page) => preview(page).locator('svg[data-view="inside"] [data-surface="floor"]').getAttribute("fill");
    await category(phonePage, floor.id).locator("label", { hasText: "Grå vinyl" }).tap();
    await category(phonePage, floor.id).getByText(/^Du har valgt Grå vinyl\./).waitFor();
    await expect.poll(() => floorFill(laptop), { timeout: 5_000 }).toBe("#8d8f8c");
    expect(await category(laptop, floor.id).getByRole("radio", { name: /Grå vinyl/ }).isChecked()).toBe(true);
  });
});

describe("Mitt hjem in English", () => {
  it("says everything in English, with the catalogue's names as the planners wrote them", async () => {
    const page = await newPage(phone);
    await signIn(page, "mari");
    await page.goto(`${myHomePath()}?category=${door.id}`);
    await page.getByRole("banner").getByRole("button", { name: "English", exact: true }).tap();
    const section = category(page, door.id);
    await section.getByRole("heading", { name: /^Inngangsdør – 2 of 4$/ }).waitFor();
    await section.getByText(/^Choosing closed on .+\. Chosen together with you at Boligmøte on .+: Mørk blå\.$/).waitFor();
    await page.getByRole("heading", { name: "My home", level: 2 }).waitFor();
    await page.getByText("Front door: Mørk blå (NCS S 7020-R80B)").waitFor();
    // No message key shows through untranslated.
    expect(await page.getByRole("main").innerText()).not.toMatch(/myHome\./);
    expect(describeViolations(await wcagViolations(page))).toBe("");
  });
});

describe("along the way", () => {
  it("logged no script errors", () => {
    expect(pageErrors.flat()).toEqual([]);
  });
});
