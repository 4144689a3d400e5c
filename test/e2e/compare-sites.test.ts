/**
 * Comparing the demo project's four sites, against the production build: the
 * table lists every site with its figures, sorts by a column, downloads as CSV
 * and GeoJSON; the side panel shows a selected site's reach counts and school
 * distance, and the map draws its reachable network; a planner changes the
 * bus-stop threshold and the police, in another browser, sees a site's status
 * change live. No map tiles are needed.
 */
import { readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

const siteA = "Tomt A – Eikelund senter";
const siteB = "Tomt B – Bjørkeveien";
const siteC = "Tomt C – Vollveien";
const siteD = "Tomt D – Skolebakken";

let app: RunningApp;
let browser: Browser;
let plannerContext: BrowserContext;
let policeContext: BrowserContext;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  plannerContext = await browser.newContext({ baseURL: app.url, acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
  policeContext = await browser.newContext({ baseURL: app.url, viewport: { width: 1400, height: 1000 } });
  pageErrors = collectPageErrors(plannerContext, policeContext);
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...plannerContext.pages(), ...policeContext.pages()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function openMap(page: Page, username: string): Promise<void> {
  await signIn(page, username);
  await page.goto(`/projects/${app.demoProjectId}/map`);
  await page.locator("[data-testid=connection-status][data-status=connected]").waitFor();
  await page.getByTestId("site-map").waitFor();
}

/** The map and the comparison are tabs of the map page (decision 014). */
async function showTab(page: Page, name: "Kart" | "Sammenligning"): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
}

const table = (page: Page): Locator => page.getByTestId("assessment-table");
const bodyRows = (page: Page): Locator => table(page).locator("tbody tr");
const rowOf = (page: Page, name: string): Locator => bodyRows(page).filter({ has: page.getByRole("rowheader", { name }) });
const rowNames = (page: Page): Promise<string[]> => bodyRows(page).locator("th").allTextContents();

async function downloadText(page: Page, buttonName: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: buttonName }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, "utf8") };
}

describe("comparing the sites", () => {
  let planner: Page;
  let police: Page;

  it("lists the four demo sites with their figures and statuses in words", async () => {
    planner = await plannerContext.newPage();
    await openMap(planner, "jonas");
    await showTab(planner, "Sammenligning");
    await expect.poll(() => bodyRows(planner).count(), { timeout: 15_000 }).toBe(4);
    await rowOf(planner, siteB).locator("[data-category=busStop]").getByText("Skolebakken: 612 m å gå").waitFor({ timeout: 15_000 });
    expect(await rowOf(planner, siteB).locator("[data-category=busStop]").textContent()).toContain("Utenfor terskel");
    expect(await rowOf(planner, siteA).locator("[data-category=grocery]").textContent()).toContain("Innenfor terskel");
    expect(await rowOf(planner, siteC).locator("[data-category=shortcuts]").textContent()).toContain("2 å drøfte");
    expect(await rowOf(planner, siteD).locator("[data-category=supportedHomes]").textContent()).toMatch(/7 innen 500 m\s*Bør vurderes/);
    expect(await planner.getByTestId("site-summaries").textContent()).toContain("Utenfor terskel: bussholdeplass.");
    await screenshot(planner, "compare-1-table");
    await planner.locator("section.compare-sites").screenshot({ path: "/tmp/compare-table.png" });
  });

  it("sorts by bus stop distance, nearest first, then the other way", async () => {
    const header = table(planner).locator("th[data-column=busStop]");
    await header.getByRole("button", { name: "Bussholdeplass" }).click();
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    expect(await rowNames(planner)).toEqual([siteD, siteA, siteB, siteC]);
    await header.getByRole("button", { name: "Bussholdeplass" }).press("Enter");
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    expect(await rowNames(planner)).toEqual([siteC, siteB, siteA, siteD]);
  });

  it("downloads the table as CSV and the sites as GeoJSON, with their figures", async () => {
    const csv = await downloadText(planner, "Last ned tabellen (CSV)");
    expect(csv.name).toBe("tomtevurdering.csv");
    const lines = csv.text.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(5);
    const header = lines[0].split(";");
    expect(header[0]).toBe("Tomt");
    const busStopColumn = header.indexOf("Bussholdeplass: gange (m)");
    expect(busStopColumn).toBeGreaterThan(0);
    const rowB = lines.find((line) => line.startsWith(siteB))!.split(";");
    expect(rowB[busStopColumn]).toBe("612");
    expect(rowB[header.indexOf("Bussholdeplass: vurdering")]).toBe("Utenfor terskel");

    const geojson = await downloadText(planner, "Last ned tomtene med tallene (GeoJSON)");
    expect(geojson.name).toBe("tomtevurdering.geojson");
    const collection = JSON.parse(geojson.text) as FeatureCollection;
    expect(collection.features.map((feature) => feature.properties?.name).sort()).toEqual([siteA, siteB, siteC, siteD]);
    const polygon = collection.features.find((feature) => feature.properties?.name === siteC)!;
    expect(polygon.geometry.type).toBe("Polygon");
    expect(polygon.properties).toMatchObject({ busStop_walk_m: 660, busStop_status: "fail", shortcuts: 2 });
  });

  it("shows a selected site's reach counts and school distance, and draws its reachable network", async () => {
    await showTab(planner, "Kart");
    await planner.getByRole("button", { name: `Vis ${siteD}` }).click();
    const details = planner.getByTestId("site-details");
    await details.waitFor({ timeout: 15_000 });
    const school = details.locator("li[data-category=school]");
    expect(await school.textContent()).toMatch(/Eikelund skole.*280 m å gå.*128 m i luftlinje.*Bør vurderes/);
    const reach = details.getByTestId("reach-counts");
    expect(await reach.locator("thead th").allTextContents()).toEqual(["Målpunkt", "5 min", "10 min", "15 min"]);
    expect(await reach.locator("tr[data-category=busStop] td").allTextContents()).toEqual(["1", "1", "2"]);
    await details.getByText("Slik er tallene regnet ut").click();
    await details.getByText(/Korteste gangvei langs kartlagte gangveier/).waitFor();

    const map = planner.getByTestId("site-map");
    await expect.poll(() => map.locator("path.reach-network").count(), { timeout: 10_000 }).toBe(3);
    expect(await map.locator("path.reach-network--15").count()).toBe(1);
    await map.getByTestId("reach-legend").getByText(`Nås til fots fra ${siteD}`).waitFor();
    // Reference layers drawn by the engine's tag mapping, with a marker per kind.
    expect(await map.locator(".reference-marker--busStop:not(.layer-swatch)").count()).toBeGreaterThan(0);
    expect(await map.locator(".reference-marker--supportedHousing").count()).toBeGreaterThan(0);
    expect(await map.locator("path.reference-barrier--railway").count()).toBeGreaterThan(0);
    await screenshot(planner, "compare-2-selected-site");
    await map.screenshot({ path: "/tmp/compare-map.png" });
    await details.screenshot({ path: "/tmp/compare-details.png" });
  });

  it("lets a keyboard user open the map's layer panel and hide the reachable network", async () => {
    const map = planner.getByTestId("site-map");
    const summary = map.locator("summary", { hasText: "Kartlag og tegnforklaring" });
    await summary.focus();
    await planner.keyboard.press("Enter");
    const toggle = map.getByRole("checkbox", { name: "Gangavstand fra valgt tomt" });
    await toggle.focus();
    await planner.keyboard.press("Space");
    await expect.poll(() => map.locator("path.reach-network").count()).toBe(0);
    await screenshot(planner, "compare-3-layer-panel");
    await map.screenshot({ path: "/tmp/compare-layer-panel.png" });
    await planner.keyboard.press("Space");
    await expect.poll(() => map.locator("path.reach-network").count()).toBe(3);
  });

  it("lets a planner change the bus-stop threshold; the police sees the status change live", async () => {
    police = await policeContext.newPage();
    await openMap(police, "silje");
    await showTab(police, "Sammenligning");
    const policeBusStop = rowOf(police, siteB).locator("[data-category=busStop]");
    await policeBusStop.getByText("Utenfor terskel").waitFor({ timeout: 15_000 });
    await police.getByText("Terskler for prosjektet").click();
    await police.getByText("Bare planleggere kan endre tersklene.").waitFor();
    expect(await police.getByLabel("Innenfor terskel inntil (m)").count()).toBe(0);

    await showTab(planner, "Sammenligning");
    await planner.getByText("Terskler for prosjektet").click();
    const busStop = planner.getByRole("group", { name: "Bussholdeplass" });
    // Out of order first: a clear message, nothing stored.
    await busStop.getByLabel("Innenfor terskel inntil (m)").fill("700");
    await planner.getByRole("button", { name: "Lagre tersklene" }).click();
    await busStop.getByText("Må være minst like stort som grensen for «innenfor terskel».").waitFor();
    expect(await busStop.getByLabel("Bør vurderes inntil (m)").evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await policeBusStop.textContent()).toContain("Utenfor terskel");
    await screenshot(planner, "compare-4-threshold-error");
    await planner.getByTestId("threshold-settings").screenshot({ path: "/tmp/compare-thresholds.png" });

    await busStop.getByLabel("Bør vurderes inntil (m)").fill("900");
    await planner.getByRole("button", { name: "Lagre tersklene" }).click();
    await planner.getByText("Tersklene er lagret.").waitFor();
    await rowOf(planner, siteB).locator("[data-category=busStop]").getByText("Innenfor terskel").waitFor({ timeout: 15_000 });
    await policeBusStop.getByText("Innenfor terskel").waitFor({ timeout: 15_000 });
    await police.getByTestId("threshold-list").getByText("Bussholdeplass: innenfor høyst 700 m, bør vurderes høyst 900 m").waitFor();
    await screenshot(police, "compare-5-police-live");

    await planner.getByRole("form", { name: "Terskler for prosjektet" }).getByRole("button", { name: "Tilbake til standard" }).click();
    await policeBusStop.getByText("Utenfor terskel").waitFor({ timeout: 15_000 });
  });

  it("lets a planner change what counts as a bus stop: a broken mapping is refused, a valid one reaches the police's table and map live", async () => {
    const policeBusStop = rowOf(police, siteB).locator("[data-category=busStop]");
    const busStopMarkers = (page: Page) => page.getByTestId("site-map").locator(".reference-marker--busStop:not(.layer-swatch)").count();
    const policeMarkers = await busStopMarkers(police);
    expect(policeMarkers).toBeGreaterThan(0);
    await police.getByText("Hva som teller som hva i kartdataene").click();
    await police.getByTestId("tag-mapping-state").getByText("Prosjektet bruker standardoppsettet.").waitFor();
    expect(await police.getByLabel("Eget tagg-oppsett (JSON)").count()).toBe(0);

    await planner.getByText("Hva som teller som hva i kartdataene").click();
    const form = planner.getByRole("form", { name: "Eget tagg-oppsett" });
    await form.getByLabel("Eget tagg-oppsett (JSON)").fill('{ "destinations": { "busStop": ');
    await form.getByRole("button", { name: "Lagre oppsettet" }).click();
    await form.getByText("Oppsettet er ikke gyldig, og ingenting er endret: not JSON").waitFor();
    expect(await form.getByLabel("Eget tagg-oppsett (JSON)").inputValue()).toBe('{ "destinations": { "busStop": ');
    await form.getByLabel("Eget tagg-oppsett (JSON)").fill('{ "destinations": { "busStop": [{ "tags": { "highway": 5 } }] } }');
    await form.getByRole("button", { name: "Lagre oppsettet" }).click();
    await form.getByText("Oppsettet er ikke gyldig, og ingenting er endret: destinations.busStop.0.tags.highway").waitFor();
    expect(await policeBusStop.textContent()).toContain("Utenfor terskel");

    // No bus stop is tagged like this: every site says so, and the stops leave the map.
    await form.getByLabel("Eget tagg-oppsett (JSON)").fill('{ "destinations": { "busStop": [{ "tags": { "highway": "bus_stop", "shelter": "golden" } }] } }');
    await form.getByRole("button", { name: "Lagre oppsettet" }).click();
    await form.getByText("Oppsettet er lagret.").waitFor();
    await policeBusStop.getByText("Ingen i kartdataene").waitFor({ timeout: 15_000 });
    await police.getByTestId("tag-mapping-state").getByText("Prosjektet bruker sitt eget oppsett.").waitFor();
    await expect.poll(() => busStopMarkers(police), { timeout: 15_000 }).toBe(0);
    await screenshot(planner, "compare-6-tag-mapping");
    await planner.getByTestId("tag-mapping-settings").screenshot({ path: "/tmp/compare-tag-mapping.png" });

    await form.getByRole("button", { name: "Tilbake til standard" }).click();
    await policeBusStop.getByText("Utenfor terskel").waitFor({ timeout: 15_000 });
    await expect.poll(() => busStopMarkers(police), { timeout: 15_000 }).toBe(policeMarkers);
  });

  it("logged no script errors in any page along the way", () => {
    expect(pageErrors).toEqual([]);
  });
});
