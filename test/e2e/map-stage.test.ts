/**
 * The map page as the main stage (issue 10, item 8; decision 014), against the
 * production build and the demo project, on a resident's phone (390×844,
 * touch), a laptop (1366×768) and the shared screen (1920×1080): the map fills
 * the window below the slim header (screenshots in test-results/map-stage/,
 * to be looked at), no two visible site labels overlap, labels are big enough
 * to read from the back of a room, touch targets are 44 px, a one-finger
 * swipe on the phone's bottom sheet scrolls the page and not the map, the
 * side panel collapses and the map grows, and the comparison has its own tab.
 * No map tiles are needed.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collectPageErrors, launchBrowser, screenshotFolder, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

interface Screen {
  name: string;
  username: string;
  phone: boolean;
  options: BrowserContextOptions;
}

const screens: Screen[] = [
  { name: "phone-390x844", username: "mari", phone: true, options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
  { name: "laptop-1366x768", username: "kari", phone: false, options: { viewport: { width: 1366, height: 768 } } },
  { name: "shared-screen-1920x1080", username: "kari", phone: false, options: { viewport: { width: 1920, height: 1080 } } },
];

const demoSites = ["Tomt A – Eikelund senter", "Tomt B – Bjørkeveien", "Tomt C – Vollveien", "Tomt D – Skolebakken"];

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

let app: RunningApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[][] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  mkdirSync(join(screenshotFolder, "map-stage"), { recursive: true });
});

afterEach(async (test) => {
  await screenshotOnFailure(test, contexts.flatMap((context) => context.pages()));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, width: rect.width, height: rect.height };
  });
  return box;
}

/** The site labels a person can see: drawn, not crowded out. */
async function visibleLabels(page: Page): Promise<Array<{ text: string; box: Box; fontSize: number; fontWeight: number }>> {
  return page.locator(".leaflet-tooltip.site-label").evaluateAll((elements) =>
    elements
      .filter((element) => getComputedStyle(element).visibility !== "hidden" && element.getBoundingClientRect().width > 0)
      .map((element) => {
        const rect = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return {
          text: element.textContent ?? "",
          box: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, width: rect.width, height: rect.height },
          fontSize: Number.parseFloat(style.fontSize),
          fontWeight: Number(style.fontWeight),
        };
      }),
  );
}

function overlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Leaflet's map pane moves when the map pans: its transform is where the map looks. */
function mapPaneTransform(page: Page): Promise<string> {
  return page.locator(".leaflet-map-pane").evaluate((pane) => getComputedStyle(pane).transform);
}

/** Opens the demo's map and waits until the sites are drawn and their labels laid out. */
async function openMap(page: Page, username: string): Promise<void> {
  await signIn(page, username);
  await page.goto(`/projects/${app.demoProjectId}/map`);
  await page.locator("[data-testid=connection-status][data-status=connected]").waitFor();
  await expect.poll(() => page.locator(".leaflet-tooltip.site-label").count(), { timeout: 20_000 }).toBe(demoSites.length);
  // The labels are laid out after the map has fitted the data: wait until the layout has settled.
  let previous = "";
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await visibleLabels(page));
        const settled = now === previous;
        previous = now;
        return settled;
      },
      { timeout: 20_000, interval: 500 },
    )
    .toBe(true);
}

describe.each(screens)("the map page as the stage at $name", (screen) => {
  let page: Page;

  it("fills the window below the slim header, the panel beside it or, on the phone, a sheet over its lower part", async () => {
    const context = await browser.newContext({ baseURL: app.url, ...screen.options });
    contexts.push(context);
    pageErrors.push(collectPageErrors(context));
    page = await context.newPage();
    await openMap(page, screen.username);
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    const header = await boxOf(page, ".map-stage__bar");
    const map = await boxOf(page, ".leaflet-container");
    const panel = await boxOf(page, "[data-testid=map-side-panel]");
    await page.screenshot({ path: join(screenshotFolder, "map-stage", `${screen.name}.png`) });

    expect(map.top).toBeLessThanOrEqual(header.bottom + 4);
    // The headers above the map take at most a quarter of the window.
    expect(header.bottom).toBeLessThanOrEqual(viewport.height * 0.26);
    expect(map.left).toBeLessThanOrEqual(1);
    if (screen.phone) {
      // The map takes the first screen; the sheet covers its lower part and starts within the window.
      expect(map.width).toBeGreaterThanOrEqual(viewport.width - 1);
      expect(map.bottom).toBeGreaterThanOrEqual(viewport.height - 1);
      expect(panel.top).toBeLessThan(viewport.height);
      expect(panel.top - map.top).toBeGreaterThanOrEqual(viewport.height * 0.4);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    } else {
      // Map and panel side by side take the whole width and reach the bottom; the page itself does not scroll.
      expect(map.bottom).toBeGreaterThanOrEqual(viewport.height * 0.9);
      expect(map.width + panel.width).toBeGreaterThanOrEqual(viewport.width * 0.95);
      expect(map.width).toBeGreaterThanOrEqual(viewport.width * 0.6);
      expect(panel.left).toBeGreaterThanOrEqual(map.right - 1);
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(viewport.height + 1);
    }
  });

  it("shows no two site labels overlapping, each big and bold enough to read from afar, and every site in the list", async () => {
    const labels = await visibleLabels(page);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    for (const [index, label] of labels.entries()) {
      for (const other of labels.slice(index + 1)) expect(overlap(label.box, other.box), `${label.text} overlaps ${other.text}`).toBe(false);
      expect(label.fontSize).toBeGreaterThanOrEqual((page.viewportSize()?.width ?? 0) >= 1600 ? 20 : 16);
      expect(label.fontWeight).toBeGreaterThanOrEqual(700);
    }
    // A label left out keeps its site on the map and in the panel's list.
    expect(await page.locator(".site-marker").count()).toBeGreaterThanOrEqual(3);
    for (const name of demoSites) await page.getByRole("button", { name: `Vis ${name}` }).waitFor({ state: "attached" });
  });

  it("keeps the other sites in view when a site is chosen in the list, and brings one from outside the view back", async () => {
    if (screen.phone) return; // the phone's sheet covers the list's map; the camera's rule is the same
    const markerCentres = () =>
      page.locator(".site-marker").evaluateAll((elements) =>
        elements.map((element) => {
          const rect = element.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }),
      );
    const inside = (point: { x: number; y: number }, box: Box) => point.x > box.left && point.x < box.right && point.y > box.top && point.y < box.bottom;
    const map = await boxOf(page, ".leaflet-container");
    for (const name of demoSites) {
      await page.getByRole("button", { name: `Vis ${name}` }).click();
      await expect.poll(() => page.locator("#selected-site-heading").textContent()).toContain(name);
      for (const marker of await markerCentres()) expect(inside(marker, map), `${name} chosen: a site left the view`).toBe(true);
    }
    // Drag the map until the sites are out of sight on the left, then choose one in the list: it comes back into view.
    const start = { x: map.left + map.width * 0.85, y: map.top + map.height * 0.9 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step += 1) await page.mouse.move(start.x - step * map.width * 0.08, start.y);
    await page.mouse.up();
    expect((await markerCentres()).some((marker) => inside(marker, map))).toBe(false);
    await page.getByRole("button", { name: `Vis ${demoSites[1]}` }).click();
    await expect.poll(async () => inside((await page.getByTitle(`Tomt: ${demoSites[1]}`).evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    })), map)).toBe(true);
  });

  it("gives touch screens 44 px targets: markers, map controls, tabs and the panel's button", async () => {
    if (!screen.phone) return;
    expect(await page.evaluate(() => matchMedia("(pointer: coarse)").matches)).toBe(true);
    const hitAreas = await page.locator(".site-marker").evaluateAll((elements) =>
      elements.map((element) => {
        const rect = element.getBoundingClientRect();
        const area = getComputedStyle(element, "::after");
        return { width: rect.width - Number.parseFloat(area.left) - Number.parseFloat(area.right), height: rect.height - Number.parseFloat(area.top) - Number.parseFloat(area.bottom) };
      }),
    );
    for (const area of hitAreas) {
      expect(area.width).toBeGreaterThanOrEqual(44);
      expect(area.height).toBeGreaterThanOrEqual(44);
    }
    for (const selector of [".leaflet-control-zoom-in", ".leaflet-control-zoom-out", ".leaflet-control-layers-toggle", "[role=tab]", ".map-stage__panel-toggle", ".map-layer-panel summary"]) {
      const box = await boxOf(page, selector);
      expect(box.height, selector).toBeGreaterThanOrEqual(44);
    }
  });

  it("scrolls the sheet, not the map, on a one-finger swipe on the phone; a swipe on the map pans the map", async () => {
    if (!screen.phone) return;
    const panel = await boxOf(page, "[data-testid=map-side-panel]");
    const before = { scroll: await page.evaluate(() => window.scrollY), pane: await mapPaneTransform(page) };
    const client = await page.context().newCDPSession(page);
    const x = Math.round(panel.left + panel.width / 2);
    const startY = Math.round(Math.min(panel.top + 60, 830));
    await client.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y: startY }] });
    for (let step = 1; step <= 10; step += 1) {
      await client.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y: startY - step * 30 }] });
    }
    await client.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(before.scroll + 100);
    expect(await mapPaneTransform(page)).toBe(before.pane);
    await page.screenshot({ path: join(screenshotFolder, "map-stage", `${screen.name}-sheet-up.png`) });
    // Back down: there, a one-finger swipe on the map above the sheet moves the map (one-finger panning is kept), not the page.
    // (Again until it stays there: the swipe's fling may still be scrolling.)
    await expect
      .poll(async () => {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForTimeout(300);
        return page.evaluate(() => window.scrollY);
      })
      .toBe(0);
    const map = await boxOf(page, ".leaflet-container");
    const mapBefore = await mapPaneTransform(page);
    const start = { x: Math.round(map.left + map.width * 0.6), y: Math.round(map.top + 120) };
    await client.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [start] });
    for (let step = 1; step <= 10; step += 1) {
      await client.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: start.x - step * 8, y: start.y + step * 8 }] });
    }
    await client.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await expect.poll(() => mapPaneTransform(page), { timeout: 5_000 }).not.toBe(mapBefore);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it("collapses the side panel with its button and the map grows; the button brings it back", async () => {
    const toggle = page.getByRole("button", { name: "Skjul panelet" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    const before = await boxOf(page, ".leaflet-container");
    await toggle.click();
    const show = page.getByRole("button", { name: "Vis panelet" });
    expect(await show.getAttribute("aria-expanded")).toBe("false");
    await page.getByTestId("map-side-panel").waitFor({ state: "hidden" });
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    if (screen.phone) {
      // Nothing covers the map any more; the page has nothing to scroll.
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(viewport.height + 1);
    } else {
      await expect.poll(async () => (await boxOf(page, ".leaflet-container")).width).toBeGreaterThan(before.width);
      expect((await boxOf(page, ".leaflet-container")).width).toBeGreaterThanOrEqual(viewport.width * 0.95);
      // Leaflet was told of its new size: the layer control sits at the new right edge.
      const control = await boxOf(page, ".leaflet-control-layers");
      expect(control.right).toBeGreaterThan(viewport.width * 0.95);
    }
    await page.screenshot({ path: join(screenshotFolder, "map-stage", `${screen.name}-collapsed.png`) });
    await show.click();
    await page.getByTestId("map-side-panel").waitFor();
    expect(await page.getByRole("button", { name: "Skjul panelet" }).getAttribute("aria-expanded")).toBe("true");
  });

  it("shows the comparison table in its own tab, reached with the keyboard too", async () => {
    const compareTab = page.getByRole("tab", { name: "Sammenligning" });
    const mapTab = page.getByRole("tab", { name: "Kart" });
    expect(await mapTab.getAttribute("aria-selected")).toBe("true");
    // The table is not below the map.
    expect(await page.getByTestId("assessment-table").isVisible()).toBe(false);
    await compareTab.click();
    expect(await compareTab.getAttribute("aria-selected")).toBe("true");
    await page.getByTestId("assessment-table").waitFor();
    await expect.poll(() => page.getByTestId("assessment-table").locator("tbody tr").count()).toBe(demoSites.length);
    expect(await page.locator(".leaflet-container").isVisible()).toBe(false);
    await page.screenshot({ path: join(screenshotFolder, "map-stage", `${screen.name}-comparison.png`) });
    // Roving focus: the arrow key moves to the other tab, which then shows the map again.
    await compareTab.focus();
    await page.keyboard.press("ArrowLeft");
    expect(await mapTab.evaluate((tab) => tab === document.activeElement)).toBe(true);
    if ((await mapTab.getAttribute("aria-selected")) !== "true") await page.keyboard.press("Enter");
    expect(await mapTab.getAttribute("aria-selected")).toBe("true");
    await page.locator(".leaflet-container").waitFor();
    await expect.poll(async () => (await visibleLabels(page)).length).toBeGreaterThanOrEqual(1);
    // Laid out again for the map shown anew: still no two overlap.
    const labels = await visibleLabels(page);
    for (const [index, label] of labels.entries()) for (const other of labels.slice(index + 1)) expect(overlap(label.box, other.box)).toBe(false);
  });
});

describe("along the way", () => {
  it("logged no script errors in any page", () => {
    expect(pageErrors.flat()).toEqual([]);
  });
});
