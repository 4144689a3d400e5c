/**
 * Working without a network: a planner's decision typed offline is kept on the
 * device (IndexedDB) even when the page is closed, and reaches the others once
 * the planner is back; edits others made meanwhile arrive after reconnecting.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, signIn, uniqueName } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
let kariContext: BrowserContext;
let jonasContext: BrowserContext;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  kariContext = await browser.newContext({ baseURL: app.url });
  jonasContext = await browser.newContext({ baseURL: app.url });
  pageErrors = collectPageErrors(kariContext, jonasContext);
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...kariContext.pages(), ...jonasContext.pages()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const connection = (page: Page, status: "connected" | "disconnected") =>
  page.locator(`[data-testid=connection-status][data-status=${status}]`);

async function openProject(page: Page): Promise<void> {
  await page.goto(`/projects/${app.demoProjectId}`);
  await connection(page, "connected").waitFor();
  await page.getByTestId("decision-log").waitFor();
}

async function addDecision(page: Page, text: string): Promise<void> {
  await page.getByRole("button", { name: "Før inn beslutning" }).click();
  const form = page.getByRole("form", { name: "Ny beslutning" });
  await form.getByLabel("Hva ble bestemt").fill(text);
  await form.getByLabel("Hvem bestemte").fill("Prosjektgruppa");
  await form.getByRole("button", { name: "Lagre" }).click();
  await form.waitFor({ state: "detached" });
}

/**
 * Slows the page's CPU down, as on a cheap phone. This widens the gap between a
 * render and its effects, where the decision log used to miss the server's
 * first sync (and its stamps) and stayed stale until the next change: with this
 * throttle the reopened page failed two runs in three before the fix in
 * useObserveDeep (app/sync/use-shared-document.ts).
 */
async function slowDevice(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  await session.send("Emulation.setCPUThrottlingRate", { rate: 6 });
}

const decisionRow = (page: Page, text: string) =>
  page.getByTestId("decision-log").getByRole("row").filter({ hasText: text });

describe("offline work", () => {
  let kari: Page;
  let jonas: Page;

  beforeAll(async () => {
    kari = await kariContext.newPage();
    jonas = await jonasContext.newPage();
    await Promise.all([signIn(kari, "kari"), signIn(jonas, "jonas")]);
    await Promise.all([openProject(kari), openProject(jonas)]);
  });

  it("keeps a decision typed offline after the page is closed and shares it when back online", async () => {
    await kariContext.setOffline(true);
    await connection(kari, "disconnected").waitFor({ timeout: 5_000 });
    await kari.getByText("Frakoblet – du kan jobbe videre").waitFor();

    const text = `Avklart med grunneier uten nett ${uniqueName("#")}`;
    await addDecision(kari, text);
    // Shown at once, marked as not yet stamped by the server.
    await decisionRow(kari, text).getByText("Venter på serveren").waitFor();
    await screenshot(kari, "offline-1-decision-while-offline");
    // A round trip of Jonas's through the server (his entry comes back stamped):
    // had Kari's entry got out, Jonas would have it by now.
    const barrier = `Jonas sjekker inn ${uniqueName("#")}`;
    await addDecision(jonas, barrier);
    await decisionRow(jonas, barrier).getByText("Ført av Jonas").waitFor();
    expect(await decisionRow(jonas, text).count()).toBe(0);

    await kari.close();
    await kariContext.setOffline(false);
    kari = await kariContext.newPage();
    await slowDevice(kariContext, kari);
    await openProject(kari);
    // Restored from this device's store, then confirmed by the server.
    await decisionRow(kari, text).getByText("Ført av Kari").waitFor({ timeout: 10_000 });
    await decisionRow(jonas, text).getByText("Ført av Kari").waitFor({ timeout: 10_000 });
  });

  it("brings in what others changed while this page was offline once the network is back", async () => {
    await kariContext.setOffline(true);
    await connection(kari, "disconnected").waitFor({ timeout: 5_000 });
    const startPhase = (await kari.getByTestId("current-phase").textContent()) ?? "";
    expect(startPhase).not.toBe("Høring");

    const fromJonas = `Høringsfrist satt til tre uker ${uniqueName("#")}`;
    await addDecision(jonas, fromJonas);
    await jonas.getByLabel("Endre fase").selectOption("consultation");
    await decisionRow(jonas, fromJonas).getByText("Ført av Jonas").waitFor();
    const fromKari = `Brannvesenet befarer tomta ${uniqueName("#")}`;
    await addDecision(kari, fromKari);

    expect(await decisionRow(kari, fromJonas).count()).toBe(0);
    expect(await kari.getByTestId("current-phase").textContent()).toBe(startPhase);

    await kariContext.setOffline(false);
    await connection(kari, "connected").waitFor({ timeout: 10_000 });
    await decisionRow(kari, fromJonas).getByText("Ført av Jonas").waitFor({ timeout: 10_000 });
    await kari.getByTestId("current-phase").filter({ hasText: "Høring" }).waitFor({ timeout: 10_000 });
    await decisionRow(jonas, fromKari).getByText("Ført av Kari").waitFor({ timeout: 10_000 });
    await screenshot(kari, "offline-2-after-reconnect");
  });

  it("logged no script errors in any page along the way", () => {
    expect(pageErrors).toEqual([]);
  });
});
