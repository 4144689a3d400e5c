/**
 * Neighbour communication in the browser (decision 013), on the demo project: a planner uploads
 * the address list, makes an information letter, is warned about a stigmatising word before
 * printing, downloads ONE PDF whose text (read with pdfjs) holds each address and the letter's
 * text on a page of its own, opens the print page and marks the letter as sent, which the log
 * shows; police on a phone read the information plan and see a row the planner adds turn up
 * overdue without reloading; the formal notice counts down and flags an open objection. Every
 * new page passes axe, as a planner on a wide screen and on a phone.
 */
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { pdfPageTexts } from "../../app/neighbours/testing/pdf-text";
import { demoAddressCsv } from "../../db/seed-demo-neighbours";
import { describeViolations, wcagViolations } from "./support/accessibility";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
let plannerContext: BrowserContext;
let phoneContext: BrowserContext;
let policeContext: BrowserContext;
let pageErrors: string[] = [];

const demoAddresses = demoAddressCsv
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split(";")[0]);

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  plannerContext = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  phoneContext = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  policeContext = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  pageErrors = collectPageErrors(plannerContext, phoneContext, policeContext);
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...plannerContext.pages(), ...phoneContext.pages(), ...policeContext.pages()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const base = () => `/projects/${app.demoProjectId}/neighbours`;

async function expectAxeClean(page: Page): Promise<void> {
  expect(describeViolations(await wcagViolations(page))).toBe("");
}

describe("neighbour communication", () => {
  let planner: Page;
  let letterUrl = "";

  it("lets a planner upload the address list from the property register", async () => {
    planner = await plannerContext.newPage();
    await signIn(planner, "jonas");
    await planner.goto(`${base()}/addresses`);
    await planner.getByRole("heading", { name: "Adresseliste", exact: true }).waitFor();
    await planner.getByLabel("CSV-fil").setInputFiles({ name: "adresser.csv", mimeType: "text/csv", buffer: Buffer.from(demoAddressCsv) });
    await planner.getByRole("button", { name: "Last opp" }).click();
    await planner.locator(`[data-testid=address-count][data-count="${demoAddresses.length}"]`).waitFor();
    for (const address of demoAddresses) await planner.getByTestId("address-list").getByText(address, { exact: true }).waitFor();
    await screenshot(planner, "neighbours-1-addresses-1280");
    await expectAxeClean(planner);
  });

  it("refuses a CSV with a bad line, naming the line, and takes none of it", async () => {
    await planner.getByLabel("CSV-fil").setInputFiles({ name: "feil.csv", mimeType: "text/csv", buffer: Buffer.from("Adresse;Postnummer;Poststed\nNy vei 1;1357;Eikelund\nNy vei 2;12;Eikelund\n") });
    await planner.getByRole("button", { name: "Last opp" }).click();
    await expect.poll(async () => planner.getByTestId("csv-problem").textContent()).toContain("Linje 3");
    expect(await planner.getByTestId("address-count").getAttribute("data-count")).toBe(String(demoAddresses.length));
  });

  it("makes an information letter and warns about a stigmatising word before printing", async () => {
    await planner.goto(`${base()}/letters`);
    await planner.getByLabel("Mal", { exact: true }).selectOption("information");
    await planner.getByLabel("Tittel (valgfritt)").fill("Informasjon om byggeplanene");
    await planner.getByRole("button", { name: "Lag brevet" }).click();
    await planner.waitForURL(/\/neighbours\/letters\/[0-9a-f-]{36}$/);
    letterUrl = new URL(planner.url()).pathname;
    await planner.getByLabel("Kontaktperson").fill("Jonas (planlegger)");
    const about = planner.getByLabel("Om prosjektet");
    await about.fill("Småhusene er ingen siste utvei.");
    await planner.locator("[data-testid=word-warnings][data-count='1']").waitFor();
    expect(await planner.getByTestId("word-warnings").textContent()).toContain("en vei til selvstendighet og mestring");
    await screenshot(planner, "neighbours-2-letter-warning-1280");
    await about.fill("Husene blir små og frittliggende, med egen inngang og en liten hage. Adkomsten blir fra Eikelundveien.");
    await planner.locator("[data-testid=word-warnings][data-count='0']").waitFor();
    await planner.getByRole("button", { name: "Lagre brevet" }).click();
    await planner.getByRole("status").filter({ hasText: "Lagret." }).first().waitFor();
    await screenshot(planner, "neighbours-3-letter-1280");
    await expectAxeClean(planner);
  });

  it("gives one PDF with a page for each address, holding the address and the letter's text", async () => {
    const [download] = await Promise.all([planner.waitForEvent("download"), planner.getByTestId("pdf-link").click()]);
    expect(download.suggestedFilename()).toBe("informasjon-om-byggeplanene.pdf");
    const path = await download.path();
    const pages = await pdfPageTexts(new Uint8Array(readFileSync(path)));
    expect(pages.length).toBe(demoAddresses.length);
    const sorted = [...demoAddresses].sort((a, b) => a.localeCompare(b, "nb", { numeric: true }));
    pages.forEach((text, index) => {
      expect(text).toContain(sorted[index]);
      expect(text).toContain("Informasjon om nye boliger i nabolaget");
      expect(text).toContain("Husene blir små og frittliggende");
      expect(text).toContain("4 småhus");
    });
    expect(pages.join(" ")).toContain("Til Liv Demo Haugen");
  });

  it("shows the same letters on the print page, one per address", async () => {
    await planner.goto(`${base()}/letters/${letterUrl.split("/").pop()}/print?to=list`);
    await planner.getByTestId("letter-sheet").first().waitFor();
    expect(await planner.getByTestId("letter-sheet").count()).toBe(demoAddresses.length);
    await expectAxeClean(planner);
    await planner.emulateMedia({ media: "print" });
    await screenshot(planner, "neighbours-4-print");
    await planner.emulateMedia({ media: "screen" });
  });

  it("marks the letter as sent, and the communication log shows it", async () => {
    await planner.goto(letterUrl);
    await planner.getByRole("button", { name: "Merk brevet som sendt" }).click();
    await planner.getByText(`Merket som sendt til ${demoAddresses.length} adresser.`).waitFor();
    await planner.goto(`${base()}/log`);
    await planner.locator("[data-testid=log-entry][data-kind=letter]").filter({ hasText: "Informasjon om byggeplanene: sendt til" }).waitFor();
    await screenshot(planner, "neighbours-5-log-1280");
    await expectAxeClean(planner);
  });

  it("lets police on a phone read the information plan, and shows a row the planner adds as overdue, live", async () => {
    const police = await policeContext.newPage();
    await signIn(police, "silje");
    await police.goto(base());
    await police.getByRole("heading", { name: "Informasjonsplan" }).first().waitFor();
    expect(await police.getByRole("link", { name: "Naboer og adresser" }).count()).toBe(0);
    expect(await police.getByRole("button", { name: "Legg til raden" }).count()).toBe(0);
    // The demo may or may not have an information plan yet: count what is there now.
    const overdueFigure = police.getByTestId("info-plan-overdue");
    const before = (await overdueFigure.count()) > 0 ? Number(await overdueFigure.getAttribute("data-count")) : 0;
    await screenshot(police, "neighbours-6-info-plan-police-390");
    await expectAxeClean(police);

    await planner.goto(base());
    const form = planner.getByRole("form", { name: "Ny rad i informasjonsplanen" });
    await form.getByLabel("Hvem").selectOption("school");
    await form.getByLabel("Hva de får vite").fill("Orientering til rektor om planene.");
    await form.getByLabel("Dato", { exact: true }).fill("2026-01-15");
    await form.getByRole("button", { name: "Legg til raden" }).click();
    await police.locator(`[data-testid=info-plan-overdue][data-count="${before + 1}"]`).waitFor();
    await police.locator("[data-testid=info-plan-row][data-overdue=true]").filter({ hasText: "Orientering til rektor" }).waitFor();
    await screenshot(planner, "neighbours-7-info-plan-1280");
    await expectAxeClean(planner);
  });

  it("counts down the formal notice's 14 days and flags an objection without the applicant's comment", async () => {
    await planner.goto(`${base()}/notice`);
    if ((await planner.getByTestId("notice").count()) === 0) {
      const form = planner.getByRole("form", { name: "Registrer et sendt nabovarsel" });
      await form.getByLabel("Sendt til").fill("Eierne av naboeiendommene i Eikelundveien");
      await form.getByLabel("Antall mottakere").fill("8");
      await form.getByRole("button", { name: "Registrer nabovarselet" }).click();
      await planner.getByTestId("notice").first().waitFor();
    }
    const notice = planner.getByTestId("notice").first();
    expect(await notice.getByTestId("notice-countdown").textContent()).toMatch(/dager? igjen til fristen for merknader|Fristen for merknader/);
    const openFigure = notice.getByTestId("open-objections");
    const openBefore = (await openFigure.count()) > 0 ? Number(await openFigure.getAttribute("data-count")) : 0;
    const add = notice.getByRole("form", { name: "Registrer en merknad" });
    await add.getByLabel("Hva merknaden sier").fill("Ønsker at anleggstrafikken går fra Senterveien.");
    await add.getByRole("button", { name: "Registrer merknaden" }).click();
    await notice.locator(`[data-testid=open-objections][data-count="${openBefore + 1}"]`).waitFor();
    await screenshot(planner, "neighbours-8-notice-1280");
    await expectAxeClean(planner);
  });

  it("passes axe on a phone on every page planners use", async () => {
    const phone = await phoneContext.newPage();
    await signIn(phone, "kari");
    for (const [path, name] of [
      [base(), "info-plan"],
      [`${base()}/addresses`, "addresses"],
      [`${base()}/letters`, "letters"],
      [letterUrl, "letter"],
      [`${base()}/notice`, "notice"],
      [`${base()}/log`, "log"],
    ] as const) {
      await phone.goto(path);
      await phone.getByRole("heading", { name: "Naboer og informasjon" }).waitFor();
      await screenshot(phone, `neighbours-9-${name}-390`);
      await expectAxeClean(phone);
    }
    expect(pageErrors).toEqual([]);
  });
});
