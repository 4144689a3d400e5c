/**
 * Points added by hand on the project map, against the production build with
 * the demo data: the planner (jonas) adds an existing supported-housing unit
 * with 6 homes beside Tomt A, placed with a click on the map, and the site's
 * supported-homes figure goes up; changing and deleting it follow; the observer
 * (ola) sees the point but a forged POST is refused and changes nothing. No map
 * tiles are needed.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collectPageErrors, launchBrowser, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

const siteA = "Tomt A – Eikelund senter";
const unitName = "Eikelund bofellesskap";

let app: RunningApp;
let browser: Browser;
let plannerContext: BrowserContext;
let observerContext: BrowserContext;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  plannerContext = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 1000 } });
  observerContext = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 1000 } });
  pageErrors = collectPageErrors(plannerContext, observerContext);
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...plannerContext.pages(), ...observerContext.pages()]);
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

describe("points added by hand: existing supported housing counts in the assessment", () => {
  let planner: Page;
  let observer: Page;
  // The figure in the site details (the plain summary above it says the same in a sentence).
  const supportedHomes = (text: string) => planner.getByTestId("selected-site").getByTestId("supported-homes").filter({ hasText: text });

  it("shows the planner Tomt A with no supported homes nearby", async () => {
    planner = await plannerContext.newPage();
    await openMap(planner, "jonas");
    await planner.getByRole("button", { name: `Vis ${siteA}` }).click();
    await supportedHomes("0 tilrettelagte boliger innen 500 m").waitFor({ timeout: 15_000 });
    await planner.getByTestId("reference-points-panel").getByText("Ingen punkter er lagt inn for hånd.").waitFor();
  });

  it("adds a supported-housing unit with 6 homes placed by a click beside the site; the figure goes up", async () => {
    const panel = planner.getByTestId("reference-points-panel");
    await panel.getByRole("button", { name: "Legg til punkt" }).click();
    const form = panel.getByRole("form", { name: "Nytt punkt" });
    await form.getByLabel("Hva er det?").selectOption({ label: "Eksisterende tilrettelagt bolig" });
    await form.getByLabel("Navn").fill(unitName);

    // Choose the place on the map, a little east of the site's marker (the map shows the site up close).
    await form.getByRole("button", { name: "Velg plassering på kartet" }).click();
    await planner.locator(".leaflet-container.site-map--adding").waitFor();
    const marker = planner.getByTitle(`Tomt: ${siteA}`);
    await marker.scrollIntoViewIfNeeded();
    const box = await marker.boundingBox();
    if (!box) throw new Error("the site's marker is not on the map");
    await planner.mouse.click(box.x + box.width / 2 + 40, box.y + box.height / 2 + 30);
    await form.getByText("Plassering valgt:").waitFor();
    expect(Number(await form.getByLabel("Breddegrad").inputValue())).toBeCloseTo(59.9473, 2);
    expect(Number(await form.getByLabel("Lengdegrad").inputValue())).toBeCloseTo(10.9616, 2);

    // Without a number of homes the server refuses it and the form keeps what was typed.
    await form.getByRole("button", { name: "Lagre punktet" }).click();
    await form.getByText("Fyll ut dette feltet.").waitFor();
    expect(await form.getByLabel("Navn").inputValue()).toBe(unitName);
    await expect.poll(() => planner.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("homes");

    await form.getByLabel("Antall boliger").fill("6");
    await form.getByRole("button", { name: "Lagre punktet" }).click();
    await panel.getByRole("status").getByText(`Punktet «${unitName}» er lagret.`, { exact: false }).waitFor();
    await panel.getByTestId("reference-point").getByText("6 boliger", { exact: false }).waitFor();
    await supportedHomes("6 tilrettelagte boliger innen 500 m").waitFor({ timeout: 15_000 });
    await expect.poll(() => planner.locator("path.manual-point").count()).toBe(1);
    await planner.screenshot({ path: "/tmp/layers-reference-points-planner.png", fullPage: true });
  });

  it("lets the observer read the point but refuses the observer's forged POST, changing nothing", async () => {
    observer = await observerContext.newPage();
    await openMap(observer, "ola");
    const panel = observer.getByTestId("reference-points-panel");
    await panel.getByText(unitName, { exact: true }).waitFor();
    await panel.getByText("Bare planleggere kan legge inn og endre punkter.").waitFor();
    expect(await panel.getByRole("button").count()).toBe(0);

    const forged = await observer.evaluate(async (path) => {
      const form = new FormData();
      for (const [key, value] of Object.entries({ intent: "add", category: "supportedHousing", name: "Forfalsket", lat: "59.9473", lon: "10.9616", homes: "40" })) form.set(key, value);
      const response = await fetch(path, { method: "POST", body: form });
      const listed = (await (await fetch(path)).json()) as { points: Array<{ name: string }> };
      return { status: response.status, body: (await response.json()) as { error?: { code: string } }, names: listed.points.map((point) => point.name) };
    }, `/projects/${app.demoProjectId}/reference-points`);
    expect(forged.status).toBe(403);
    expect(forged.body.error?.code).toBe("forbidden");
    expect(forged.names).toEqual([unitName]);
    await observer.screenshot({ path: "/tmp/layers-reference-points-observer.png", fullPage: true });
  });

  it("changes the number of homes by keyboard, then deletes the point; the figure follows", async () => {
    const item = planner.getByTestId("reference-point").filter({ hasText: unitName });
    await item.getByRole("button", { name: `Endre ${unitName}` }).click();
    const form = planner.getByRole("form", { name: `Endre ${unitName}` });
    await form.getByLabel("Antall boliger").fill("2");
    await form.getByLabel("Antall boliger").press("Enter");
    await supportedHomes("2 tilrettelagte boliger innen 500 m").waitFor({ timeout: 15_000 });

    planner.once("dialog", (dialog) => void dialog.accept());
    await planner.getByTestId("reference-point").filter({ hasText: unitName }).getByRole("button", { name: `Slett ${unitName}` }).click();
    await supportedHomes("0 tilrettelagte boliger innen 500 m").waitFor({ timeout: 15_000 });
    await planner.getByTestId("reference-points-panel").getByText("Ingen punkter er lagt inn for hånd.").waitFor();
  });

  it("logged no script errors in any page along the way", () => {
    expect(pageErrors).toEqual([]);
  });
});
