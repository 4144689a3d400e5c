/**
 * The map-data page against the production build, with OVERPASS_URL pointing to a local server
 * that answers like Overpass: a planner imports OpenStreetMap around the demo sites and follows the
 * progress; a file in the wrong CRS is refused with a clear message and changes nothing; a valid
 * file becomes a layer; the police see the layers but no import or upload.
 */
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeOverpass, type FakeOverpass } from "../../app/reference-data/testing/fake-overpass-server";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

const fixture = (name: string) => fileURLToPath(new URL(`../../app/reference-data/fixtures/${name}`, import.meta.url));

let overpass: FakeOverpass;
let app: RunningApp;
let browser: Browser;
let plannerContext: BrowserContext;
let policeContext: BrowserContext;
let pageErrors: string[] = [];

beforeAll(async () => {
  overpass = await startFakeOverpass({ slowMs: 2_000 });
  // The slow path answers after 2 s, so the progress is on screen long enough to be seen.
  [app, browser] = await Promise.all([startApp({ seedDemo: true, env: { OVERPASS_URL: `${overpass.url}/slow` } }), launchBrowser()]);
  plannerContext = await browser.newContext({ baseURL: app.url });
  policeContext = await browser.newContext({ baseURL: app.url });
  pageErrors = collectPageErrors(plannerContext, policeContext);
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...plannerContext.pages(), ...policeContext.pages()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await overpass?.close();
});

describe("the map-data page", () => {
  let planner: Page;
  const layerRows = () => planner.getByTestId("map-layers").getByRole("row");

  it("lets a planner import OpenStreetMap around the sites, showing the progress", async () => {
    planner = await plannerContext.newPage();
    await signIn(planner, "jonas");
    await planner.goto(`/projects/${app.demoProjectId}`);
    await planner.getByRole("link", { name: "Kartdata" }).click();
    await planner.waitForURL(/\/map-data$/);
    await expect.poll(() => layerRows().count()).toBe(2); // header + the demo area
    const around = planner.getByRole("radio", { name: /Rundt tomtene i prosjektet \(4\)/ });
    await expect.poll(() => around.isChecked(), { timeout: 15_000 }).toBe(true);
    await planner.getByRole("button", { name: "Hent kartdata" }).click();
    const progress = planner.getByTestId("import-progress");
    await expect.poll(() => progress.textContent(), { timeout: 10_000 }).toMatch(/Området er [\d,]+ km²/);
    await screenshot(planner, "map-data-import-progress");
    await expect.poll(() => planner.getByTestId("import-outcome").textContent(), { timeout: 20_000 }).toMatch(/Ferdig: \d+ objekter hentet fra OpenStreetMap/);
    // The import replaced the demo's OpenStreetMap layer: still one OSM layer, now from the import.
    await expect.poll(() => planner.getByTestId("map-layers").locator('tr[data-source="osm"]').count()).toBe(1);
    expect(overpass.queries.length).toBe(1);
    expect(overpass.queries[0]).toContain("highway");
  });

  it("refuses a file in the wrong coordinate system with a clear message, and keeps the layers as they were", async () => {
    const before = await layerRows().count();
    await planner.getByLabel("GeoJSON-fil").setInputFiles(fixture("wrong-crs.geojson"));
    await planner.getByRole("button", { name: "Last opp" }).click();
    await expect.poll(() => planner.getByTestId("upload-outcome").textContent()).toMatch(/Filen ble ikke lagret: .*(WGS84|EPSG:4326|CRS84)/);
    await screenshot(planner, "map-data-wrong-crs");
    expect(await layerRows().count()).toBe(before);
  });

  it("stores a valid file as a new layer", async () => {
    const before = await layerRows().count();
    await planner.getByLabel("GeoJSON-fil").setInputFiles(fixture("valid-upload.geojson"));
    await planner.getByLabel("Navn på kartlaget (valgfritt)").fill("Egne registreringer");
    await planner.getByRole("button", { name: "Last opp" }).click();
    await expect.poll(() => planner.getByTestId("upload-outcome").textContent()).toMatch(/Lastet opp «Egne registreringer» med \d+ objekter/);
    await expect.poll(() => layerRows().count()).toBe(before + 1);
    await expect.poll(() => layerRows().filter({ hasText: "Egne registreringer" }).count()).toBe(1);
  });

  it("shows the police the layers but no import, upload or delete", async () => {
    const police = await policeContext.newPage();
    await signIn(police, "silje");
    await police.goto(`/projects/${app.demoProjectId}/map-data`);
    await expect.poll(() => police.getByTestId("map-layers").getByRole("row").filter({ hasText: "Egne registreringer" }).count()).toBe(1);
    expect(await police.getByText("Bare planleggere kan hente og laste opp kartdata").count()).toBe(1);
    expect(await police.getByRole("button", { name: "Hent kartdata" }).count()).toBe(0);
    expect(await police.getByRole("button", { name: "Last opp" }).count()).toBe(0);
    expect(await police.getByRole("button", { name: /^Slett / }).count()).toBe(0);
    await screenshot(police, "map-data-police");
    expect(pageErrors).toEqual([]);
  });
});
