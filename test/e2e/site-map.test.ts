/**
 * The project map with live site assessment, against the production build: a
 * planner uploads a small reference area, adds a site through the keyboard
 * form and reads its assessment in the table; moving it (form, then a drag of
 * its marker) changes the figures; the police, in a second browser, sees the
 * site appear and move live and has no way to add one. No map tiles are
 * needed (there is no internet here).
 */
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

// A railway between the site and the bus stop, with a level crossing far away (app/geo/fixtures).
const referenceArea = readFileSync(new URL("../../app/geo/fixtures/railway-level-crossing-600m/in.geojson", import.meta.url), "utf8");
const siteName = "Tomt ved jernbanen";

let app: RunningApp;
let browser: Browser;
let plannerContext: BrowserContext;
let policeContext: BrowserContext;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
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
});

describe("the project map: sites assessed live", () => {
  let planner: Page;
  let police: Page;
  let mapPath = "";
  /** The map and the comparison are tabs of the map page (decision 014). */
  const showTab = (page: Page, name: "Kart" | "Sammenligning") => page.getByRole("tab", { name, exact: true }).click();
  const plannerRow = (): Locator => planner.getByTestId("assessment-table").getByRole("row").filter({ hasText: siteName });

  it("lets a planner upload a reference area through the reference-data route", async () => {
    mapPath = `/projects/${app.demoProjectId}/map`;
    planner = await plannerContext.newPage();
    await signIn(planner, "kari");
    const status = await planner.evaluate(
      async ({ path, geojson }) => {
        const form = new FormData();
        form.set("intent", "upload");
        form.set("name", "Testområde ved jernbanen");
        form.set("geojson", geojson);
        const response = await fetch(path, { method: "POST", body: form });
        return response.status;
      },
      { path: `/projects/${app.demoProjectId}/reference-data`, geojson: referenceArea },
    );
    expect(status).toBe(201);
  });

  it("opens the map page from the project menu, with both base maps and the data layers", async () => {
    await planner.goto(`/projects/${app.demoProjectId}`);
    await planner.getByRole("link", { name: "Kart", exact: true }).click();
    await planner.waitForURL(new RegExp(`${mapPath}$`));
    await planner.locator("[data-testid=connection-status][data-status=connected]").waitFor();
    const map = planner.getByTestId("site-map");
    await map.waitFor();
    // Reference data draws as vector paths even without tiles.
    await map.locator("path.reference-walking").waitFor({ state: "attached", timeout: 10_000 });
    await expect.poll(() => map.locator("path.reference-barrier--railway").count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await map.getByText("OpenStreetMap contributors").waitFor({ state: "attached" });
    expect(await map.locator(".leaflet-control-layers-base").textContent()).toContain("Kartverket topografisk");
  });

  it("lets the police open the map page, without an add button", async () => {
    police = await policeContext.newPage();
    await signIn(police, "silje");
    await police.goto(mapPath);
    await police.locator("[data-testid=connection-status][data-status=connected]").waitFor();
    await police.getByTestId("site-map").waitFor();
    await police.getByText("Bare planleggere kan legge til og flytte tomter").waitFor();
    expect(await police.getByRole("button", { name: "Legg til tomt" }).count()).toBe(0);
  });

  it("adds a site through the keyboard form and shows its assessment in the table", async () => {
    await planner.getByRole("button", { name: "Legg til tomt" }).click();
    const form = planner.getByRole("form", { name: "Ny tomt", exact: true });
    await form.getByLabel("Navn på tomta").fill(siteName);
    await form.getByLabel("Breddegrad").fill("63,42");
    await form.getByLabel("Lengdegrad").fill("10.39799011");
    await form.getByRole("button", { name: "Lagre tomta" }).press("Enter");
    await form.waitFor({ state: "detached" });

    await showTab(planner, "Sammenligning");
    const row = plannerRow();
    await row.locator("[data-category=grocery]").getByText("Nærbutikken: 300 m å gå (4 min), 300 m i luftlinje").waitFor({ timeout: 15_000 });
    const busStop = await row.locator("[data-category=busStop]").textContent();
    expect(busStop).toContain("Stasjonen: 1400 m å gå");
    expect(busStop).toContain("Utenfor terskel");
    expect(await row.textContent()).toMatch(/Mulig risiko å drøfte: i luftlinje 200 m over jernbanen/);
    // Its routes are drawn on the map for the selected site.
    await showTab(planner, "Kart");
    await planner.getByTestId("selected-site").getByText("Gangrutene til nærmeste målpunkt").waitFor();
    await screenshot(planner, "site-map-1-planner-added");
  });

  it("shows the new site live on the police map and in the police table", async () => {
    // Markers of sites far apart may overlap at this zoom: wait for it in the page, not on top.
    await police.getByTitle(`Tomt: ${siteName}`).waitFor({ state: "attached", timeout: 5_000 });
    await showTab(police, "Sammenligning");
    await police.getByTestId("assessment-table").getByRole("row").filter({ hasText: siteName }).getByText("Nærbutikken: 300 m").waitFor({ timeout: 15_000 });
    expect(await police.getByTitle(`Tomt: ${siteName}`).getAttribute("draggable")).not.toBe("true");
    expect(await police.locator(".leaflet-marker-draggable").count()).toBe(0);
  });

  it("moves the site through the form; the figures change for both", async () => {
    await showTab(planner, "Sammenligning");
    const before = await plannerRow().locator("[data-category=grocery]").textContent();
    await showTab(planner, "Kart");
    const form = planner.getByRole("form", { name: "Flytt tomt" });
    await form.getByLabel("Breddegrad").fill("63.423");
    await form.getByRole("button", { name: "Flytt tomta" }).click();
    await showTab(planner, "Sammenligning");
    await expect.poll(() => plannerRow().locator("[data-category=grocery]").textContent(), { timeout: 15_000 }).not.toBe(before);
    const after = (await plannerRow().locator("[data-category=grocery]").textContent()) ?? "";
    expect(after).toMatch(/Nærbutikken: \d+ m å gå/);
    const policeRow = police.getByTestId("assessment-table").getByRole("row").filter({ hasText: siteName });
    await expect.poll(() => policeRow.locator("[data-category=grocery]").textContent(), { timeout: 15_000 }).toBe(after);
    await screenshot(planner, "site-map-2-planner-moved");
    await screenshot(police, "site-map-3-police-live");
  });

  it("moves the site by dragging its marker; the figures follow for both", async () => {
    const before = await plannerRow().locator("[data-category=grocery]").textContent();
    await showTab(planner, "Kart");
    await planner.getByRole("button", { name: `Vis ${siteName}` }).click();
    const marker = planner.getByTitle(`Tomt: ${siteName}`);
    const box = await marker.boundingBox();
    if (!box) throw new Error("the site's marker is not on the map");
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await planner.mouse.move(x, y);
    await planner.mouse.down();
    for (let step = 1; step <= 10; step += 1) await planner.mouse.move(x, y + step * 8);
    await planner.mouse.up();
    await showTab(planner, "Sammenligning");
    await expect.poll(() => plannerRow().locator("[data-category=grocery]").textContent(), { timeout: 15_000 }).not.toBe(before);
    const after = (await plannerRow().locator("[data-category=grocery]").textContent()) ?? "";
    const policeRow = police.getByTestId("assessment-table").getByRole("row").filter({ hasText: siteName });
    await expect.poll(() => policeRow.locator("[data-category=grocery]").textContent(), { timeout: 15_000 }).toBe(after);
    await screenshot(planner, "site-map-4-planner-dragged");
  });

  it("logged no script errors in any page along the way", () => {
    expect(pageErrors).toEqual([]);
  });
});
