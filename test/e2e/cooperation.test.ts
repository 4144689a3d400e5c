/**
 * The cooperation agreement in the browser (decision 013), on the demo project: a planner on a
 * large screen adds a partner, a responsibility and a meeting and marks the meeting held; the
 * link to its activity in the participation log appears, and the police, reading the page on a
 * phone, see each change without reloading and no forms. The page passes axe for both.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayInOslo } from "../../app/ui/format-time";
import { describeViolations, wcagViolations } from "./support/accessibility";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
let plannerContext: BrowserContext;
let policeContext: BrowserContext;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  plannerContext = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 900 } });
  policeContext = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  pageErrors = collectPageErrors(plannerContext, policeContext);
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...plannerContext.pages(), ...policeContext.pages()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function openCooperation(page: Page, username: string): Promise<void> {
  await signIn(page, username);
  await page.goto(`/projects/${app.demoProjectId}/cooperation`);
  await page.getByRole("heading", { name: "Samarbeidsavtale" }).waitFor();
}

describe("the cooperation agreement", () => {
  let planner: Page;
  let police: Page;
  const meetingTitle = "Samarbeidsmøte med politiet, høst";

  it("shows the agreement to a planner with its forms and to the police read-only, passing axe", async () => {
    planner = await plannerContext.newPage();
    police = await policeContext.newPage();
    await Promise.all([openCooperation(planner, "jonas"), openCooperation(police, "silje")]);
    await expect(planner.getByRole("button", { name: "Legg til samarbeidspartner" }).count()).resolves.toBe(1);
    await police.getByTestId("read-only").waitFor();
    expect(await police.locator(".cooperation-page form").count()).toBe(0);
    expect(describeViolations(await wcagViolations(planner))).toBe("");
    expect(describeViolations(await wcagViolations(police))).toBe("");
  });

  it("lets the planner add a partner, and the police see it without reloading", async () => {
    const form = planner.getByRole("form", { name: "Ny samarbeidspartner" });
    await form.getByLabel("Navn").fill("Politiet, seksjon for nærpoliti");
    await form.getByLabel("Hva slags").selectOption("police");
    await form.getByLabel("Kontaktens rolle").fill("Leder for nærpolitiet");
    await form.getByLabel("Jobbkontakt").fill("Sentralbord for nærpolitiet");
    await expect(form.getByText("Ikke skriv private opplysninger.").count()).resolves.toBe(1);
    await form.getByRole("button", { name: "Legg til samarbeidspartner" }).click();
    await form.getByText("Samarbeidspartneren er lagt til.").waitFor();
    // The form is empty again for the next partner.
    expect(await form.getByLabel("Navn").inputValue()).toBe("");
    await police.locator('[data-partner="Politiet, seksjon for nærpoliti"]').waitFor();
    await expect(police.getByTestId("partners").getByText("Sentralbord for nærpolitiet").count()).resolves.toBe(1);
  });

  it("lets the planner share out a responsibility, shown in the matrix under the phase and the partner", async () => {
    const form = planner.getByRole("form", { name: "Nytt ansvar" });
    await form.getByLabel("Samarbeidspartner").selectOption({ label: "Politiet, seksjon for nærpoliti" });
    await form.getByLabel("Fase").selectOption("localisation");
    // Not the demo's own line, which says more.
    await form.getByLabel("Ansvar", { exact: true }).fill("Gir råd om plassering tidlig");
    await form.getByRole("button", { name: "Legg til ansvar" }).click();
    for (const page of [planner, police]) {
      const matrix = page.getByTestId("responsibility-matrix").getByRole("table");
      const row = matrix.getByRole("row", { name: /Lokalisering/ });
      await row.getByText("Gir råd om plassering tidlig", { exact: true }).waitFor();
      await expect(matrix.getByRole("columnheader", { name: "Politiet, seksjon for nærpoliti" }).count()).resolves.toBe(1);
    }
  });

  it("lets the planner plan a meeting with the partner and mark it held; the activity link appears for both", async () => {
    const form = planner.getByRole("form", { name: "Nytt møte" });
    await form.getByLabel("Møte", { exact: true }).fill(meetingTitle);
    await form.getByLabel("Dato").fill(addDays(todayInOslo(), -2));
    await form.getByLabel("Formål (valgfritt)").fill("Status for tomtene og plan for vinteren");
    await form.getByLabel("Politiet, seksjon for nærpoliti").check();
    await form.getByRole("button", { name: "Legg til møte" }).click();
    const meeting = planner.locator(`[data-meeting="${meetingTitle}"]`);
    await meeting.waitFor();
    await expect(meeting.getByText("Politiet, seksjon for nærpoliti").count()).resolves.toBe(1);
    await screenshot(planner, "cooperation-1-planner-1280");

    await meeting.getByText("Marker som holdt").click();
    await meeting.getByLabel("Sted (valgfritt)").fill("Politihuset");
    expect(describeViolations(await wcagViolations(planner))).toBe("");
    await meeting.getByRole("button", { name: "Lagre som holdt" }).click();
    const link = meeting.getByTestId("activity-link");
    await link.waitFor();
    expect(await link.getAttribute("href")).toMatch(new RegExp(`/projects/${app.demoProjectId}/participation#activity-[0-9a-f-]{36}$`));
    expect(await meeting.getAttribute("data-held")).toBe("true");
    // Held once: no second "held" to press, and it cannot be removed.
    expect(await meeting.getByText("Marker som holdt").count()).toBe(0);
    expect(await meeting.getByRole("button", { name: /^Fjern/ }).count()).toBe(0);

    const seen = police.locator(`[data-meeting="${meetingTitle}"]`);
    await seen.getByTestId("activity-link").waitFor();
    await screenshot(police, "cooperation-2-police-390");
    expect(describeViolations(await wcagViolations(police))).toBe("");
  });

  it("refuses a second 'held' on the same meeting with 409, as the server answers a forged request", async () => {
    const meetingId = (await planner.locator(`[data-meeting="${meetingTitle}"]`).getAttribute("id"))?.replace(/^meeting-/, "");
    const status = await planner.evaluate(async (id) => {
      const body = new URLSearchParams({ intent: "markHeld", meetingId: id ?? "" });
      const response = await fetch(window.location.pathname, { method: "POST", body });
      return response.status;
    }, meetingId);
    expect(status).toBe(409);
  });

  it("sets a goal and shows its progress in words beside the bar", async () => {
    const form = planner.getByRole("form", { name: "Nytt mål" });
    await form.getByLabel("Mål", { exact: true }).fill("Leiligheter tilbudt i høst");
    await form.getByLabel("Tallet dere vil nå").fill("4");
    await form.getByLabel("Nådd så langt").fill("2");
    await form.getByLabel("Hva som telles").fill("boliger");
    await form.getByRole("button", { name: "Legg til mål" }).click();
    const goal = police.locator('[data-goal="Leiligheter tilbudt i høst"]');
    await goal.getByText("2 av 4 boliger (50 %)").waitFor();
    await screenshot(planner, "cooperation-3-planner-1280-goal");
  });

  it("fits a planner's phone, with the forms passing axe", async () => {
    const phone = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await openCooperation(page, "kari");
    await page.locator(`[data-meeting="${meetingTitle}"]`).getByText("Marker for oppmerksomhet").click();
    await page.getByText("Ikke markert for noen.").waitFor();
    // The opening slides; the picture is taken once the whole form is inside it.
    await page.getByRole("button", { name: "Marker", exact: true }).waitFor();
    await page.waitForFunction(() => {
      const details = document.querySelector(".cooperation-meeting .attention-flag[open]");
      const button = [...(details?.querySelectorAll("button") ?? [])].find((candidate) => candidate.textContent === "Marker");
      return details && button && button.getBoundingClientRect().bottom <= details.getBoundingClientRect().bottom;
    });
    await screenshot(page, "cooperation-4-owner-390");
    expect(describeViolations(await wcagViolations(page))).toBe("");
    // The page is no wider than the phone: only the matrix scrolls sideways, in its own region.
    expect(await page.evaluate(() => document.querySelector(".cooperation-page")!.scrollWidth <= window.innerWidth)).toBe(true);
    await phone.close();
    expect(pageErrors).toEqual([]);
  });
});
