/**
 * The inquiries page in the browser (decision 013), on the demo project: a planner on a phone
 * enters a letter that came 20 days ago and sees it flagged overdue in red and in words, counted
 * in the figures; answers it, shows it on the public page (where the question and answer appear
 * without the sender), turns it into a point in the participation log, and deletes the sender's
 * name and contact on request; sets the project's answer days, which the next inquiry's due date
 * follows; another planner's page follows live.
 * axe on the page with its forms open.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { publishDemoPage, signInCookie } from "../../app/public-page/testing/running-app";
import { addDays, formatDate, todayInOslo } from "../../app/ui/format-time";
import { describeViolations, wcagViolations } from "./support/accessibility";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
let phone: BrowserContext;
let desk: BrowserContext;
let pageErrors: string[] = [];
let slug = "";
const today = todayInOslo();
const topic = "Støy fra anleggsarbeidet";

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  phone = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  desk = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 900 } });
  pageErrors = collectPageErrors(phone, desk);
  slug = await publishDemoPage(app, app.demoProjectId!, await signInCookie(app, "kari"));
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...phone.pages(), ...desk.pages()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const card = (page: Page, text: string) => page.getByTestId("inquiry").filter({ hasText: text });

describe("inquiries", () => {
  let jonas: Page;
  let kari: Page;

  it("flags a letter received 20 days ago as overdue, in red and in words, and counts it", async () => {
    [jonas, kari] = await Promise.all([phone.newPage(), desk.newPage()]);
    await Promise.all([signIn(jonas, "jonas"), signIn(kari, "kari")]);
    await Promise.all([jonas.goto(`/projects/${app.demoProjectId}/inquiries`), kari.goto(`/projects/${app.demoProjectId}/inquiries`)]);
    const overdueBefore = Number((await kari.getByTestId("inquiry-figures").getAttribute("data-overdue")) ?? 0);

    await jonas.getByText("Registrer en henvendelse").first().click();
    const form = jonas.getByRole("form", { name: "Registrer en henvendelse" });
    await form.getByLabel("Mottatt").fill(addDays(today, -20));
    await form.getByLabel("Kom inn via").selectOption("letter");
    await form.getByLabel("Fra (navn eller organisasjon, valgfritt)").fill("Berit Hansen");
    await form.getByLabel("Kontakt (e-post, telefon eller adresse, valgfritt)").fill("Eikelundveien 3");
    await form.getByLabel("Emne").fill(topic);
    await form.getByLabel("Henvendelsen", { exact: true }).fill("Hvilke tider på døgnet skal det arbeides?");
    expect(describeViolations(await wcagViolations(jonas))).toBe("");
    await form.getByRole("button", { name: "Registrer henvendelsen" }).click();
    await form.getByText("Henvendelsen er registrert.").waitFor();

    const item = card(jonas, topic);
    await item.waitFor();
    expect(await item.getAttribute("data-state")).toBe("overdue");
    await item.getByText("Over fristen", { exact: true }).waitFor();
    const due = item.getByTestId("inquiry-due");
    expect(await due.innerText()).toBe(`Svarfrist ${formatDate(addDays(today, -6), "nb")} – 6 dager over fristen`);
    const colour = await due.evaluate((element) => getComputedStyle(element).color);
    expect(colour).not.toBe(await item.locator(".inquiry__meta").evaluate((element) => getComputedStyle(element).color));
    await item.getByText("Berit Hansen").waitFor();
    await screenshot(jonas, "inquiries-overdue-390");

    // Kari's page on the projector follows without a reload.
    await card(kari, topic).waitFor({ timeout: 15_000 });
    await expect.poll(async () => Number(await kari.getByTestId("inquiry-figures").getAttribute("data-overdue")), { timeout: 15_000 }).toBe(overdueBefore + 1);
    await kari.getByTestId("inquiry-figures").getByText(/over fristen/).waitFor();
  });

  it("answers the inquiry and shows it on the public page with its answer, never its sender", async () => {
    const item = card(jonas, topic);
    await item.getByLabel("Svaret", { exact: true }).fill("Det arbeides bare på hverdager mellom kl. 7 og 17.");
    await item.getByRole("button", { name: "Lagre svaret" }).click();
    await item.getByText("Besvart", { exact: true }).waitFor();
    await item.getByTestId("inquiry-answer").getByText("Det arbeides bare på hverdager").waitFor();
    await item.getByRole("button", { name: new RegExp(`^Vis på prosjektsiden.*${topic}`) }).click();
    await item.getByText("Vises på prosjektsiden, uten avsender.").waitFor();

    const neighbour = await phone.newPage();
    await neighbour.goto(`/p/${slug}`);
    const answers = neighbour.getByTestId("public-answers");
    await answers.getByRole("heading", { name: topic }).waitFor();
    await answers.getByText("Det arbeides bare på hverdager mellom kl. 7 og 17.").waitFor();
    const text = await neighbour.locator("main").innerText();
    expect(text).not.toContain("Berit");
    expect(text).not.toContain("Eikelundveien 3");
    await neighbour.close();
  });

  it("turns the inquiry into a point in the participation log, once", async () => {
    const item = card(jonas, topic);
    await item.getByText("Gjør til innspill i medvirkningsloggen").click();
    await item.getByLabel("Tatt opp av").selectOption("neighbour");
    await item.getByRole("button", { name: "Gjør til innspill" }).click();
    await item.getByTestId("inquiry-point").getByText("Er gjort til et innspill i medvirkningsloggen.").waitFor();
    expect(await item.getByRole("button", { name: "Gjør til innspill" }).count()).toBe(0);
  });

  it("deletes the sender's name and contact on request, after a second step, keeping the question and answer", async () => {
    const item = card(jonas, topic);
    await item.getByText("Slett avsenderens navn og kontakt").click();
    await item.getByRole("button", { name: "Slett navn og kontakt for godt" }).click();
    await item.getByText(/Navn og kontakt ble slettet .* etter ønske fra avsenderen\./).waitFor();
    expect(await item.getByTestId("inquiry-sender").count()).toBe(0);
    expect(await item.innerText()).not.toContain("Berit Hansen");
    await item.getByText("Hvilke tider på døgnet skal det arbeides?").waitFor();
    await expect.poll(() => card(kari, topic).innerText(), { timeout: 15_000 }).not.toContain("Berit Hansen");
  });

  it("uses the answer days a planner sets for the next inquiry", async () => {
    await kari.getByText(/Henvendelser skal besvares innen \d+ dager\./).first().click();
    await kari.getByLabel("Dager til svar").fill("10");
    await kari.getByRole("button", { name: "Lagre svarfristen" }).click();
    await kari.getByText("Svarfristen er lagret.").waitFor();
    await kari.getByText("Registrer en henvendelse").first().click();
    const form = kari.getByRole("form", { name: "Registrer en henvendelse" });
    await form.getByLabel("Kom inn via").selectOption("phone");
    await form.getByLabel("Emne").fill("Parkering for besøkende");
    await form.getByLabel("Henvendelsen", { exact: true }).fill("Hvor skal de som besøker husene, parkere?");
    await form.getByRole("button", { name: "Registrer henvendelsen" }).click();
    const item = card(kari, "Parkering for besøkende");
    await item.waitFor();
    await item.getByText(`Svarfrist ${formatDate(addDays(today, 10), "nb")}`).waitFor();
    await item.getByText("Avsenderen oppga ikke navn eller kontakt.").waitFor();
    expect(describeViolations(await wcagViolations(kari))).toBe("");
    await screenshot(kari, "inquiries-answered-1280");
  });

  it("has no script errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
