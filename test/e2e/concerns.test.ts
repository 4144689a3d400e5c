/**
 * Areas of concern on the project map, against the production build with the
 * demo data: the police (silje) add an area by typing its corners and draw one
 * on the map with geoman; the planner (jonas) sees them live and cannot draw;
 * the assessment says a site is near an area of concern for both; the resident
 * (mari) sees no layer, no panel, no such words, and her page never opens the
 * concerns document. No map tiles are needed.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collectPageErrors, launchBrowser, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

const seededArea = "Grøntområdet ved Bjørkeveien";
const siteNearSeeded = "Tomt B – Bjørkeveien";
const siteA = "Tomt A – Eikelund senter";
const typedArea = "Området ved torget";
const drawnArea = "Tegnet område nord";

let app: RunningApp;
let browser: Browser;
let policeContext: BrowserContext;
let plannerContext: BrowserContext;
let residentContext: BrowserContext;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  policeContext = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 1000 } });
  plannerContext = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 1000 } });
  residentContext = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 1000 } });
  pageErrors = collectPageErrors(policeContext, plannerContext, residentContext);
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...policeContext.pages(), ...plannerContext.pages(), ...residentContext.pages()]);
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

describe("areas of concern: police draw, the municipality sees, residents never receive them", () => {
  let police: Page;
  let planner: Page;
  const areaNames = (page: Page) => page.getByTestId("area-of-concern").locator("strong").allTextContents();

  it("shows the police the seeded area, the restricted-layer notice and the drawing tools", async () => {
    police = await policeContext.newPage();
    await openMap(police, "silje");
    const panel = police.getByTestId("concerns-panel");
    await panel.getByText(seededArea, { exact: true }).waitFor();
    await panel.getByText("bare politiet og kommunen ser dette").waitFor();
    await panel.getByRole("button", { name: "Tegn område på kartet" }).waitFor();
    await expect.poll(() => police.locator("path.concern-area").count()).toBe(1);
  });

  it("lets the planner see the layer but not draw", async () => {
    planner = await plannerContext.newPage();
    await openMap(planner, "jonas");
    const panel = planner.getByTestId("concerns-panel");
    await panel.getByText(seededArea, { exact: true }).waitFor();
    await panel.getByText("Bare politiet kan tegne og endre områder.").waitFor();
    expect(await panel.getByRole("button", { name: "Tegn område på kartet" }).count()).toBe(0);
    expect(await panel.getByRole("form").count()).toBe(0);
  });

  it("refuses a name that labels people and typed corners that cannot be read, keeps what was typed, and saves once fixed", async () => {
    const form = police.getByRole("form", { name: "Nytt område" });
    await form.getByLabel("Navn på området").fill("Der narkomane samles");
    await form.getByLabel("Hjørner").fill("59.9474, 10.9630\n59.9478, 10.9630\n59.9478, 10.9638");
    await form.getByRole("button", { name: "Lagre området" }).click();
    await form.getByText("Beskriv stedet, ikke personer: bytt ut «narkomane» med nøytrale ord.").waitFor();
    await form.getByLabel("Navn på området").fill(typedArea);
    await form.getByLabel("Hjørner").fill("59.9474, 10.9630\nved torget\n59.9478, 10.9634");
    await form.getByRole("button", { name: "Lagre området" }).click();
    await form.getByText("Linje 2 kan ikke leses").waitFor();
    expect(await form.getByLabel("Navn på området").inputValue()).toBe(typedArea);
    expect(await areaNames(police)).toEqual([seededArea]);

    await form.getByLabel("Hjørner").fill("59.9474, 10.9630\n59.9478, 10.9630\n59.9478, 10.9638\n59.9474, 10.9638");
    await form.getByLabel("Merknad (valgfritt)").fill("Kveldstid i helgene.");
    await form.getByRole("button", { name: "Lagre området" }).press("Enter");
    await police.getByRole("status").getByText(`Området «${typedArea}» er lagret.`).waitFor();
    expect(await areaNames(police)).toEqual([seededArea, typedArea]);
  });

  it("shows the planner the new area live, and the site beside it as near an area of concern", async () => {
    await planner.getByTestId("concerns-panel").getByText(typedArea).waitFor();
    await expect.poll(() => planner.locator("path.concern-area").count()).toBe(2);
    await planner.getByRole("button", { name: `Vis ${siteA}` }).click();
    await planner.getByTestId("selected-site").getByText("nær et område med bekymring").waitFor({ timeout: 15_000 });
  });

  it("lets the police draw an area on the map with geoman, then name it", async () => {
    await police.getByRole("button", { name: "Tegn område på kartet" }).click();
    // The drawing tools load on demand.
    const map = police.locator(".leaflet-container.site-map--adding");
    await map.waitFor();
    await map.scrollIntoViewIfNeeded();
    const box = await map.boundingBox();
    if (!box) throw new Error("no map on the page");
    // In the lower right, clear of the layer legend (open in the upper left) and the sites.
    const corners = [
      [box.x + box.width * 0.62, box.y + box.height * 0.6],
      [box.x + box.width * 0.85, box.y + box.height * 0.6],
      [box.x + box.width * 0.74, box.y + box.height * 0.85],
    ] as const;
    for (const [x, y] of corners) await police.mouse.click(x, y);
    await police.mouse.click(corners[0][0], corners[0][1]);
    await police.getByText("Området er tegnet. Gi det et navn og lagre.").waitFor();
    const form = police.getByRole("form", { name: "Nytt område" });
    const typedCorners = await form.getByLabel("Hjørner").inputValue();
    expect(typedCorners.trim().split("\n")).toHaveLength(3);
    await expect.poll(() => police.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("name");
    await form.getByLabel("Navn på området").fill(drawnArea);
    await form.getByRole("button", { name: "Lagre området" }).click();
    await police.getByRole("status").getByText(`Området «${drawnArea}» er lagret.`).waitFor();
    await planner.getByTestId("concerns-panel").getByText(drawnArea).waitFor();
    await police.screenshot({ path: "/tmp/layers-concerns-police.png", fullPage: true });
  });

  it("tells the police the selected site lies near an area of concern", async () => {
    await police.getByRole("button", { name: `Vis ${siteNearSeeded}` }).click();
    await police.getByTestId("selected-site").getByText("nær et område med bekymring").waitFor({ timeout: 15_000 });
    await planner.screenshot({ path: "/tmp/layers-concerns-planner.png", fullPage: true });
  });

  it("gives the resident no layer, no panel, no such words, and no connection to the concerns document", async () => {
    const resident = await residentContext.newPage();
    const sockets: string[] = [];
    resident.on("websocket", (socket) => sockets.push(socket.url()));
    const requests: string[] = [];
    resident.on("request", (request) => requests.push(request.url()));
    await openMap(resident, "mari");
    await resident.getByRole("button", { name: `Vis ${siteNearSeeded}` }).click();
    // Wait for the assessment of the site near the seeded area, then look for what must not be there.
    await resident.getByTestId("selected-site").getByText("Gangrutene til nærmeste målpunkt").waitFor({ timeout: 15_000 });
    expect(await resident.getByTestId("concerns-panel").count()).toBe(0);
    expect(await resident.locator("path.concern-area").count()).toBe(0);
    const text = (await resident.locator("body").textContent()) ?? "";
    expect(text).not.toMatch(/bekymring/i);
    expect(text).not.toContain(seededArea);
    expect(sockets.some((url) => url.endsWith("/plan"))).toBe(true);
    expect(sockets.filter((url) => url.includes("concerns"))).toEqual([]);
    expect(requests.filter((url) => url.includes("concerns"))).toEqual([]);
    await resident.screenshot({ path: "/tmp/layers-concerns-resident.png", fullPage: true });
  });

  it("lets the police change and delete an area; the planner follows", async () => {
    const item = police.getByTestId("area-of-concern").filter({ hasText: drawnArea });
    await item.getByRole("button", { name: `Endre ${drawnArea}` }).click();
    const form = police.getByRole("form", { name: `Endre ${drawnArea}` });
    await form.getByLabel("Merknad (valgfritt)").fill("Oppdatert merknad");
    await form.getByRole("button", { name: "Lagre endringene" }).click();
    await planner.getByTestId("concerns-panel").getByText("Oppdatert merknad").waitFor();

    police.once("dialog", (dialog) => void dialog.accept());
    await police.getByTestId("area-of-concern").filter({ hasText: drawnArea }).getByRole("button", { name: `Slett ${drawnArea}` }).click();
    await expect.poll(() => areaNames(planner)).toEqual([seededArea, typedArea]);
  });

  it("logged no script errors in any page along the way", () => {
    expect(pageErrors).toEqual([]);
  });
});
