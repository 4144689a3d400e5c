/**
 * Two people plan together: a planner signs up, creates a project and invites
 * the police by link; the police officer joins from a separate browser, both
 * see each other, and the planner's decisions and phase changes reach the
 * police page live. The police role can read but not edit or manage members.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collectPageErrors, fillSignup, launchBrowser, screenshot, screenshotOnFailure, uniqueName } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
let plannerContext: BrowserContext;
let policeContext: BrowserContext;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
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

const planner = { name: "Pia Planlegger", username: uniqueName("pia"), password: "hemmelig-passord-1" };
const police = { name: "Per Politi", username: uniqueName("per"), password: "hemmelig-passord-2", email: "per@example.no" };

describe("collaboration between a planner and the police", () => {
  let projectId = "";
  let plannerPage: Page;
  let policePage: Page;

  it("lets a new planner sign up and create a project", async () => {
    plannerPage = await plannerContext.newPage();
    await plannerPage.goto("/signup");
    await fillSignup(plannerPage, planner, "Opprett konto");
    await plannerPage.waitForURL(/\/projects$/);
    await plannerPage.getByRole("heading", { level: 1, name: "Dine prosjekter" }).waitFor();

    await plannerPage.getByRole("link", { name: "Nytt prosjekt" }).click();
    await plannerPage.waitForURL(/\/projects\/new$/);
    const main = plannerPage.getByRole("main");
    await main.getByLabel("Prosjektnavn").fill("Bofellesskap Solbakken");
    await main.getByLabel("Kommune").fill("Lillestrøm");
    await main.getByLabel("Boform").selectOption("bofellesskap");
    await main.getByLabel("Antall boliger").fill("6");
    await main.getByLabel("Kort beskrivelse").fill("Seks leiligheter med felles base.");
    await main.getByRole("button", { name: "Opprett prosjekt" }).click();
    await plannerPage.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    projectId = new URL(plannerPage.url()).pathname.split("/")[2];

    await plannerPage.getByRole("heading", { level: 1, name: "Bofellesskap Solbakken" }).waitFor();
    await plannerPage.locator('[data-testid=connection-status][data-status=connected]').waitFor();
    expect(await plannerPage.getByTestId("current-phase").textContent()).toBe("Kartlegging av behov");
    await screenshot(plannerPage, "collaboration-1-new-project");
  });

  it("invites the police by link, and the police officer joins with a new account", async () => {
    await plannerPage.getByRole("link", { name: "Medlemmer" }).click();
    await plannerPage.waitForURL(/\/members$/);
    const main = plannerPage.getByRole("main");
    await main.getByLabel("Rolle", { exact: true }).selectOption("police");
    await main.getByLabel("Gyldig i").selectOption("7");
    await main.getByRole("button", { name: "Lag invitasjonslenke" }).click();
    const link = plannerPage.getByTestId("invite-url");
    await link.waitFor();
    const inviteUrl = (await link.textContent())?.trim() ?? "";
    expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);
    expect(await link.getAttribute("href")).toBe(inviteUrl);
    await plannerPage.getByRole("img", { name: /QR-kode.*Politi/ }).waitFor();
    await screenshot(plannerPage, "collaboration-2-invite-link");

    policePage = await policeContext.newPage();
    await policePage.goto(inviteUrl);
    await policePage.getByRole("heading", { level: 1, name: "Invitasjon til Bofellesskap Solbakken" }).waitFor();
    await policePage.getByText("som Politi").waitFor();
    await screenshot(policePage, "collaboration-3-invite-page");
    await fillSignup(policePage, police, "Bli med i prosjektet");
    await policePage.waitForURL(new RegExp(`/projects/${projectId}$`));
    await policePage.getByText("Din rolle: Politi").waitFor();
  });

  it("shows each person in the other's presence list with name and role", async () => {
    await plannerPage.goto(`/projects/${projectId}`);
    const plannerPresence = plannerPage.getByTestId("presence");
    const policePresence = policePage.getByTestId("presence");
    await plannerPresence.getByRole("listitem").filter({ hasText: police.name }).filter({ hasText: "Politi" }).waitFor();
    await policePresence
      .getByRole("listitem")
      .filter({ hasText: planner.name })
      .filter({ hasText: "Prosjekteier" })
      .waitFor();
    // Each sees themselves marked, and nobody twice.
    await plannerPresence.getByText(`${planner.name} (deg)`).waitFor();
    await policePresence.getByText(`${police.name} (deg)`).waitFor();
    expect(await plannerPresence.getByRole("listitem").count()).toBe(2);
  });

  it("delivers a planner's decision to the police page live, stamped by the server", async () => {
    const decisionText = `Tomta på Solbakken velges ${uniqueName("#")}`;
    await plannerPage.getByRole("button", { name: "Før inn beslutning" }).click();
    const form = plannerPage.getByRole("form", { name: "Ny beslutning" });
    await form.getByLabel("Hva ble bestemt").fill(decisionText);
    await form.getByLabel("Hvem bestemte").fill("Kommunestyret");
    await form.getByLabel("Grunnlag").fill("Sak 12/2025");
    await form.getByRole("button", { name: "Lagre" }).click();
    await form.waitFor({ state: "detached" });

    const policeRow = policePage.getByTestId("decision-log").getByRole("row").filter({ hasText: decisionText });
    await policeRow.waitFor({ timeout: 5_000 });
    await policeRow.getByText(`Ført av ${planner.name}`).waitFor({ timeout: 5_000 });
    expect(await policeRow.textContent()).toContain("Kommunestyret");
    expect(await policeRow.textContent()).toContain("Sak 12/2025");
    await plannerPage.getByTestId("decision-log").getByText(`Ført av ${planner.name}`).waitFor();
  });

  it("delivers a planner's phase change to the police page", async () => {
    await plannerPage.getByLabel("Endre fase").selectOption("localisation");
    await policePage.getByTestId("current-phase").filter({ hasText: "Lokalisering" }).waitFor({ timeout: 5_000 });
    await expect.poll(() => plannerPage.getByTestId("current-phase").textContent()).toBe("Lokalisering");
    await screenshot(plannerPage, "collaboration-4-planner-overview");
    await screenshot(policePage, "collaboration-5-police-overview");
  });

  it("gives the police read access only", async () => {
    await policePage.getByText("Bare planleggere kan endre dem").waitFor();
    expect(await policePage.getByRole("button", { name: "Før inn beslutning" }).count()).toBe(0);
    expect(await policePage.locator("#phase-select").count()).toBe(0);
    expect(await policePage.getByRole("button", { name: /^Endre/ }).count()).toBe(0);

    await policePage.getByRole("link", { name: "Medlemmer" }).click();
    await policePage.waitForURL(/\/members$/);
    const members = policePage.getByTestId("members");
    await members.getByRole("row").filter({ hasText: planner.name }).waitFor();
    expect(await members.getByRole("button").count()).toBe(0);
    expect(await policePage.getByRole("button", { name: "Lag invitasjonslenke" }).count()).toBe(0);
    await screenshot(policePage, "collaboration-6-police-members");

    // The server refuses member management too, not just the page.
    const status = await policePage.evaluate(async (path) => {
      const response = await fetch(path, {
        method: "POST",
        body: new URLSearchParams({ intent: "removeMember", userId: "someone" }),
      });
      return response.status;
    }, `/projects/${projectId}/members`);
    expect(status).toBe(403);
    const viaRequest = await policePage.request.post(`/projects/${projectId}/members`, {
      form: { intent: "changeRole", userId: "someone", role: "planner" },
      headers: { Origin: app.url },
      maxRedirects: 0,
    });
    expect(viaRequest.status()).toBe(403);
  });

  it("logged no script errors in any page along the way", () => {
    expect(pageErrors).toEqual([]);
  });
});
