/**
 * The project map with the keyboard alone: Tab reaches each site on the map (a
 * point's marker, an area's outline, both named "Tomt: <name>"), Enter or Space
 * selects it as a click does (the side panel shows that site, the page does
 * not scroll), and the drawing-only shapes (the walking network, the barriers,
 * the selected site's routes and reach, areas of concern) are never in the tab
 * order. Uses the demo project (points Tomt A, B, D, the area Tomt C).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  context = await browser.newContext({ baseURL: app.url, viewport: { width: 1400, height: 1000 } });
  pageErrors = collectPageErrors(context);
  page = await context.newPage();
});

afterEach(async (test) => {
  await screenshotOnFailure(test, context.pages());
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

interface Stop {
  tag: string;
  className: string;
  name: string;
  role: string;
}

/** Presses Tab from the element before the map until focus leaves the map, and lists what it stopped on inside. */
async function tabThroughMap(target: Page): Promise<Stop[]> {
  // The last control before the map: the map follows the page's status lines.
  await target.locator(".leaflet-container").evaluate((map) => {
    const before = document.createElement("button");
    before.textContent = "before the map";
    before.id = "before-map";
    map.closest("[data-testid=site-map]")?.before(before);
    before.focus();
  });
  const stops: Stop[] = [];
  for (let press = 0; press < 80; press += 1) {
    await target.keyboard.press("Tab");
    const stop = await target.evaluate(() => {
      const element = document.activeElement;
      if (!element || !element.closest(".leaflet-container")) return null;
      return {
        tag: element.tagName.toLowerCase(),
        className: element.getAttribute("class") ?? "",
        name: element.getAttribute("aria-label") ?? element.getAttribute("title") ?? element.textContent?.trim() ?? "",
        role: element.getAttribute("role") ?? "",
      };
    });
    if (!stop) {
      if (stops.length > 0) break;
      continue;
    }
    stops.push(stop);
  }
  await target.locator("#before-map").evaluate((button) => button.remove());
  return stops;
}

async function focusSiteOnMap(target: Page, name: string): Promise<void> {
  const found = await target.evaluate((label) => {
    const element = [...document.querySelectorAll<HTMLElement | SVGElement>(".leaflet-container [role=button]")].find(
      (candidate) => (candidate.getAttribute("aria-label") ?? candidate.getAttribute("title")) === label,
    );
    element?.focus();
    return element !== undefined && document.activeElement === element;
  }, `Tomt: ${name}`);
  expect(found, `a focusable site "${name}" on the map`).toBe(true);
}

const selectedHeading = (target: Page) => target.getByTestId("selected-site").getByRole("heading", { level: 3 });

describe("the map with the keyboard", () => {
  it("reaches every site on the map with Tab, named, and no drawing-only shape", async () => {
    await signIn(page, "silje"); // the police: the areas of concern are drawn too
    await page.goto(`/projects/${app.demoProjectId}/map`);
    await page.locator("[data-testid=connection-status][data-status=connected]").waitFor();
    await page.getByTestId("site-map").locator("path.reference-walking").waitFor({ state: "attached", timeout: 15_000 });
    await page.getByTestId("site-map").locator("path.concern-area").first().waitFor({ state: "attached" });
    // With a site selected its routes and reach network are drawn as well.
    await page.getByRole("button", { name: "Vis Tomt A – Eikelund senter" }).click();
    await page.getByTestId("site-map").locator("path.reach-network").first().waitFor({ state: "attached", timeout: 15_000 });
    await page.getByTestId("site-map").locator("path.selected-route").first().waitFor({ state: "attached" });

    const stops = await tabThroughMap(page);
    const names = stops.map((stop) => stop.name);
    for (const site of ["Tomt A – Eikelund senter", "Tomt B – Bjørkeveien", "Tomt C – Vollveien", "Tomt D – Skolebakken"]) {
      expect(names).toContain(`Tomt: ${site}`);
    }
    const shapes = stops.filter((stop) => ["path", "svg", "g", "polyline", "circle"].includes(stop.tag));
    // The only SVG shapes in the tab order are the area sites, each a named button.
    expect(shapes.length).toBeGreaterThan(0);
    for (const shape of shapes) expect(shape).toMatchObject({ tag: "path", role: "button", name: expect.stringMatching(/^Tomt: /) as unknown as string });
    expect(shapes.every((shape) => shape.className.includes("site-polygon"))).toBe(true);
  });

  it("selects a focused site marker with Enter, and another with Space without scrolling the page", async () => {
    await focusSiteOnMap(page, "Tomt B – Bjørkeveien");
    await page.keyboard.press("Enter");
    await expect.poll(() => selectedHeading(page).textContent()).toBe("Tomt: Tomt B – Bjørkeveien");

    await focusSiteOnMap(page, "Tomt D – Skolebakken");
    const scrolledBefore = await page.evaluate(() => window.scrollY);
    await page.keyboard.press(" ");
    await expect.poll(() => selectedHeading(page).textContent()).toBe("Tomt: Tomt D – Skolebakken");
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolledBefore);
    await screenshot(page, "map-keyboard-1-marker-selected");
  });

  it("selects a focused area site with Enter", async () => {
    await focusSiteOnMap(page, "Tomt C – Vollveien");
    await page.keyboard.press("Enter");
    await expect.poll(() => selectedHeading(page).textContent()).toBe("Tomt: Tomt C – Vollveien");
  });

  it("logged no script errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
