/**
 * Bad input gets a clear answer and changes nothing: forms list their errors
 * in a summary that takes focus, mark each field, keep what was typed; invite
 * links that are unknown or revoked say so plainly.
 */
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  collectPageErrors,
  fillSignup,
  launchBrowser,
  screenshot,
  screenshotOnFailure,
  signIn,
  uniqueName,
} from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
let visitorContext: BrowserContext;
let kariContext: BrowserContext;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  visitorContext = await browser.newContext({ baseURL: app.url });
  kariContext = await browser.newContext({ baseURL: app.url });
  pageErrors = collectPageErrors(visitorContext, kariContext);
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...visitorContext.pages(), ...kariContext.pages()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const errorSummary = (page: Page) => page.getByRole("group", { name: "Rett opp dette før du går videre:" });

async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __remixRouter?: unknown }).__remixRouter !== undefined);
}

/** The summary's links, in order, as their texts. */
async function summaryMessages(page: Page): Promise<string[]> {
  return (await errorSummary(page).getByRole("link").allTextContents()).map((text) => text.trim());
}

/** The field is marked invalid and its error message is part of its description. */
async function expectFieldError(field: Locator, message: string): Promise<void> {
  expect(await field.getAttribute("aria-invalid")).toBe("true");
  const description = await field.evaluate((element) =>
    (element.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
  expect(description).toContain(message);
}

async function expectFocusOnSummary(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute("role") ?? document.activeElement?.tagName))
    .toBe("group");
}

describe("bad input", () => {
  it("sign-up: lists every problem, marks the fields, keeps the text and stays on the form", async () => {
    const page = await visitorContext.newPage();
    await page.goto("/signup");
    await waitForHydration(page);
    const main = page.getByRole("main");
    await main.getByLabel("Brukernavn").fill("AB");
    await main.getByLabel("E-post (valgfritt)").fill("ikke-en-epost");
    await main.getByLabel("Passord").fill("kort");
    await main.getByRole("button", { name: "Opprett konto" }).click();

    await errorSummary(page).waitFor();
    await expectFocusOnSummary(page);
    expect(await summaryMessages(page)).toEqual([
      "Skriv inn et navn.",
      "Brukernavnet må ha minst 3 tegn.",
      "E-postadressen ser ikke riktig ut.",
      "Passordet må ha minst 8 tegn.",
    ]);
    await expectFieldError(main.getByLabel("Navn", { exact: true }), "Skriv inn et navn.");
    await expectFieldError(main.getByLabel("Brukernavn"), "Brukernavnet må ha minst 3 tegn.");
    await expectFieldError(main.getByLabel("E-post (valgfritt)"), "E-postadressen ser ikke riktig ut.");
    expect(await main.getByLabel("Brukernavn").inputValue()).toBe("AB");
    expect(await main.getByLabel("E-post (valgfritt)").inputValue()).toBe("ikke-en-epost");
    expect(new URL(page.url()).pathname).toBe("/signup");
    await screenshot(page, "bad-input-1-signup");

    // A summary link takes the user to the field.
    await errorSummary(page).getByRole("link", { name: "Skriv inn et navn." }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("name");
  });

  it("sign-up: a taken user name is refused with a message, keeping the rest", async () => {
    const page = await visitorContext.newPage();
    await page.goto("/signup");
    await waitForHydration(page);
    await fillSignup(page, { name: "Kari to", username: "kari", password: "langt-nok-passord" }, "Opprett konto");
    await errorSummary(page).waitFor();
    expect(await summaryMessages(page)).toEqual(["Brukernavnet er allerede i bruk. Velg et annet."]);
    expect(await page.getByRole("main").getByLabel("Navn", { exact: true }).inputValue()).toBe("Kari to");
    expect(new URL(page.url()).pathname).toBe("/signup");
  });

  it("new project: lists the problems, keeps what was typed, and works once corrected", async () => {
    const page = await kariContext.newPage();
    await signIn(page, "kari");
    await page.goto("/projects/new");
    await waitForHydration(page);
    const main = page.getByRole("main");
    await main.getByLabel("Kommune").fill("Bodø");
    await main.getByLabel("Antall boliger").fill("0");
    await main.getByLabel("Kort beskrivelse").fill("Fire boliger nær sentrum.");
    await main.getByRole("button", { name: "Opprett prosjekt" }).click();

    await errorSummary(page).waitFor();
    await expectFocusOnSummary(page);
    expect(await summaryMessages(page)).toEqual([
      "Skriv inn et navn.",
      "Velg boform.",
      "Antall boliger må være et helt tall fra 1 til 500.",
    ]);
    await expectFieldError(main.getByLabel("Prosjektnavn"), "Skriv inn et navn.");
    await expectFieldError(main.getByLabel("Boform"), "Velg boform.");
    await expectFieldError(main.getByLabel("Antall boliger"), "Antall boliger må være et helt tall fra 1 til 500.");
    expect(await main.getByLabel("Kommune").inputValue()).toBe("Bodø");
    expect(await main.getByLabel("Antall boliger").inputValue()).toBe("0");
    expect(await main.getByLabel("Kort beskrivelse").inputValue()).toBe("Fire boliger nær sentrum.");
    expect(new URL(page.url()).pathname).toBe("/projects/new");
    await screenshot(page, "bad-input-2-new-project");

    // Nothing was created.
    await page.goto("/projects");
    expect(await page.getByRole("main").getByRole("link", { name: /Bodø/ }).count()).toBe(0);
    expect(await page.getByText("Bodø").count()).toBe(0);

    // Corrected, the same form goes through.
    await page.goto("/projects/new");
    await main.getByLabel("Prosjektnavn").fill("Småhus i Bodø");
    await main.getByLabel("Kommune").fill("Bodø");
    await main.getByLabel("Boform").selectOption("smahus");
    await main.getByLabel("Antall boliger").fill("4");
    await main.getByRole("button", { name: "Opprett prosjekt" }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 1, name: "Småhus i Bodø" }).waitFor();
  });

  it("an unknown invite link says the invite is not valid", async () => {
    const page = await visitorContext.newPage();
    const response = await page.goto("/invite/finnes-ikke-0123456789abcdef");
    expect(response?.status()).toBe(410);
    await page.getByRole("heading", { level: 1, name: "Invitasjonen gjelder ikke" }).waitFor();
    await page.getByText("Lenken er utløpt, trukket tilbake eller feil.").waitFor();
    expect(await page.getByRole("button", { name: "Bli med i prosjektet" }).count()).toBe(0);
    await screenshot(page, "bad-input-3-invalid-invite");
  });

  it("invite sign-up: bad input keeps the text; a revoked link stops working", async () => {
    const kari = kariContext.pages()[0] ?? (await kariContext.newPage());
    await kari.goto(`/projects/${app.demoProjectId}/members`);
    await kari.getByRole("main").getByLabel("Rolle", { exact: true }).selectOption("fire");
    await kari.getByRole("button", { name: "Lag invitasjonslenke" }).click();
    const link = kari.getByTestId("invite-url");
    await link.waitFor();
    const inviteUrl = (await link.textContent())?.trim() ?? "";

    const page = await visitorContext.newPage();
    await page.goto(inviteUrl);
    await waitForHydration(page);
    const username = uniqueName("brann");
    await fillSignup(page, { name: "Bente Brann", username, password: "kort" }, "Bli med i prosjektet");
    await errorSummary(page).waitFor();
    expect(await summaryMessages(page)).toEqual(["Passordet må ha minst 8 tegn."]);
    const main = page.getByRole("main");
    expect(await main.getByLabel("Navn", { exact: true }).inputValue()).toBe("Bente Brann");
    expect(await main.getByLabel("Brukernavn").inputValue()).toBe(username);
    expect(new URL(page.url()).pathname).toBe(new URL(inviteUrl).pathname);

    // The owner revokes the invite: the same link now says it is not valid.
    const row = kari
      .getByRole("region", { name: "Inviter med lenke" })
      .getByRole("row")
      .filter({ hasText: "Brann og redning" });
    await row.getByRole("button", { name: "Trekk tilbake" }).click();
    await row.waitFor({ state: "detached" });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Invitasjonen gjelder ikke" }).waitFor();
  });

  it("logged no script errors along the way", () => {
    expect(pageErrors).toEqual([]);
  });
});
