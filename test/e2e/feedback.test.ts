/**
 * Agency ratings and comments live between browsers on the demo project (decision 009): the
 * police comment on a demo site and the planner sees it appear without reloading, replies, and
 * the police resolve the thread; the planner filters threads by role; the police rate safety and
 * the resident and the planner see only that a rating is hidden until the planner reveals it,
 * then everyone sees it, in the panel and in the comparison table; a planner reveals the residents'
 * ratings on one site only (the police see that site's, not the other site's) and undoes it; a
 * comment pinned to a place on
 * the map appears as a pin for the planner. The observer has no forms, and a forged POST from
 * the observer is refused (403) and changes nothing.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { describeViolations, wcagViolations } from "./support/accessibility";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
let policeContext: BrowserContext;
let plannerContext: BrowserContext;
let residentContext: BrowserContext;
let observerContext: BrowserContext;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  policeContext = await browser.newContext({ baseURL: app.url });
  plannerContext = await browser.newContext({ baseURL: app.url });
  residentContext = await browser.newContext({ baseURL: app.url });
  observerContext = await browser.newContext({ baseURL: app.url });
  pageErrors = collectPageErrors(policeContext, plannerContext, residentContext, observerContext);
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...policeContext.pages(), ...plannerContext.pages(), ...residentContext.pages(), ...observerContext.pages()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function openFirstSite(page: Page, username: string): Promise<void> {
  await signIn(page, username);
  await page.goto(`/projects/${app.demoProjectId}/map`);
  await page.locator("[data-testid=connection-status][data-status=connected]").waitFor();
  await page.locator(".site-list button").first().click();
  await page.getByTestId("feedback-panel").waitFor();
}

const safety = (page: Page) => page.getByTestId("ratings").locator("[data-aspect=safety]");

describe("ratings and comments on a site, live", () => {
  let police: Page;
  let planner: Page;
  let resident: Page;
  const text = "Gangveien hit er mørk om kvelden.";
  const reply = "Vi ser på belysning langs gangveien.";
  const reason = "Snarveien over jernbanen er fristende.";
  const thread = (page: Page) => page.getByTestId("site-comments").getByTestId("comment-thread").filter({ hasText: text });

  it("shows the police member's comment to the planner without reloading", async () => {
    police = await policeContext.newPage();
    planner = await plannerContext.newPage();
    await Promise.all([openFirstSite(police, "silje"), openFirstSite(planner, "jonas")]);
    const form = police.getByRole("form", { name: "Ny kommentar om tomta" });
    await form.getByLabel("Ny kommentar om tomta").fill(text);
    await form.getByRole("button", { name: "Legg til kommentar" }).click();
    await form.getByText("Kommentaren er lagt til.").waitFor();
    expect(await form.getByLabel("Ny kommentar om tomta").inputValue()).toBe("");
    await thread(planner).getByText("Silje").first().waitFor({ timeout: 15_000 });
    await screenshot(planner, "feedback-1-planner-sees-police-comment");
  });

  it("refuses an empty comment with a clear message and sends nothing", async () => {
    const form = police.getByRole("form", { name: "Ny kommentar om tomta" });
    await form.getByRole("button", { name: "Legg til kommentar" }).click();
    await form.getByText("Skriv en kommentar på 1–2000 tegn.").waitFor();
    expect(await police.getByTestId("site-comments").getByTestId("comment-thread").count()).toBe(1);
  });

  it("lets the planner reply; the police see the reply live and resolve the thread; the planner sees who resolved it", async () => {
    await thread(planner).getByRole("button", { name: "Svar" }).click();
    const form = planner.getByRole("form", { name: /^Svar til Silje/ });
    await form.getByRole("textbox").fill(reply);
    await form.getByRole("button", { name: "Send svaret" }).click();
    await thread(police).getByTestId("comment-reply").getByText(reply).waitFor({ timeout: 15_000 });
    await thread(police).getByRole("button", { name: "Marker som løst" }).click();
    await thread(planner).getByText(/Løst av Silje/).waitFor({ timeout: 15_000 });
    expect(await thread(planner).getAttribute("data-resolved")).toBe("true");
    await thread(planner).getByRole("button", { name: "Åpne igjen" }).waitFor();
  });

  it("filters the threads by role and by status", async () => {
    const comments = planner.getByTestId("site-comments");
    await comments.getByLabel("Vis kommentarer fra").selectOption({ label: "brann og redning" });
    await comments.getByText("Ingen kommentarer passer med filteret.").waitFor();
    await comments.getByLabel("Vis kommentarer fra").selectOption({ label: "kommunen" });
    await thread(planner).waitFor();
    await comments.getByLabel("Vis", { exact: true }).selectOption({ label: "åpne tråder" });
    await comments.getByText("Ingen kommentarer passer med filteret.").waitFor();
    await comments.getByLabel("Vis", { exact: true }).selectOption({ label: "løste tråder" });
    await thread(planner).waitFor();
  });

  it("lets the police rate safety; the resident and the planner see only that one rating is hidden", async () => {
    resident = await residentContext.newPage();
    await openFirstSite(resident, "mari");
    const form = police.getByRole("form", { name: "Din vurdering: Trygghet" });
    await form.getByRole("button", { name: "Lagre vurderingen" }).click();
    await form.getByText("Velg en karakter fra 1 til 5.").waitFor();
    await form.getByRole("radio", { name: "2", exact: true }).check();
    await form.getByLabel("Begrunnelse").fill(reason);
    await form.getByRole("button", { name: "Lagre vurderingen" }).click();
    await form.getByText("Vurderingen er lagret.").waitFor();
    await safety(police).getByText("Snitt 2 av 5 fra 1 vurdering").waitFor();
    for (const page of [resident, planner]) {
      await safety(page).getByText("1 vurdering er skjult til en planlegger viser den.").waitFor({ timeout: 15_000 });
      expect(await page.getByText(reason).count()).toBe(0);
    }
    // The resident rates their own aspect; police's is not theirs to rate.
    await resident.getByRole("form", { name: "Din vurdering: Hvordan det er å bo der" }).waitFor();
    expect(await resident.getByRole("form", { name: "Din vurdering: Trygghet" }).count()).toBe(0);
    await screenshot(resident, "feedback-2-resident-sees-hidden-rating");
  });

  it("lets the planner reveal the police's ratings; the resident sees the rating live, and so does the comparison table", async () => {
    expect(await resident.getByRole("button", { name: "Vis for alle tomter: Trygghet" }).count()).toBe(0);
    await planner.getByRole("button", { name: "Vis for alle tomter: Trygghet" }).click();
    await safety(planner).getByRole("status").getByText("Vurderingene av «Trygghet» vises nå for alle i prosjektet, på alle tomter.").waitFor();
    await safety(resident).getByText(reason).waitFor({ timeout: 15_000 });
    await safety(resident).getByTestId("rating").getByText("2 av 5").waitFor();
    // The comparison has its own tab beside the map (decision 014).
    await planner.getByRole("tab", { name: "Sammenligning", exact: true }).click();
    const row = planner.getByTestId("assessment-table").getByRole("row").filter({ hasText: "Tomt A" });
    await expect.poll(() => planner.getByTestId("assessment-table").getByRole("columnheader").allTextContents()).toContain("Vurdering: Trygghet");
    await row.getByText("2 av 5").waitFor();
    await screenshot(planner, "feedback-3-planner-revealed");
    // A thread with a reply, a resolved mark, a revealed rating and the planner's switches: WCAG 2.1 AA.
    expect(describeViolations(await wcagViolations(planner))).toBe("");
    expect(describeViolations(await wcagViolations(resident))).toBe("");
    await planner.getByRole("tab", { name: "Kart", exact: true }).click();
    await planner.getByRole("button", { name: "Skjul for alle tomter: Trygghet" }).click();
    await safety(resident).getByText("1 vurdering er skjult til en planlegger viser den.").waitFor({ timeout: 15_000 });
    expect(await resident.getByText(reason).count()).toBe(0);
  });

  it("lets the planner reveal the residents' ratings on one site only: the police see that site's and not the other's, and undo hides them again", async () => {
    const living = (page: Page) => page.getByTestId("ratings").locator("[data-aspect=living]");
    const selectSite = async (page: Page, name: string) => {
      await page.locator(".site-list button", { hasText: name }).click();
      await page.getByTestId("selected-site").getByText(name).first().waitFor();
    };
    // The resident rates the first site; the demo resident's rating of Tomt B is there already.
    const ownReason = "Fin utsikt, men lite lys om kvelden.";
    const form = resident.getByRole("form", { name: "Din vurdering: Hvordan det er å bo der" });
    await form.getByRole("radio", { name: "3", exact: true }).check();
    await form.getByLabel("Begrunnelse").fill(ownReason);
    await form.getByRole("button", { name: "Lagre vurderingen" }).click();
    await form.getByText("Vurderingen er lagret.").waitFor();

    await Promise.all([selectSite(planner, "Tomt B"), selectSite(police, "Tomt B")]);
    await living(police).getByText("1 vurdering er skjult til en planlegger viser den.").waitFor({ timeout: 15_000 });
    await planner.getByRole("button", { name: "Vis for denne tomta: Hvordan det er å bo der" }).click();
    const notice = living(planner).getByRole("status");
    await notice.getByText("Vurderingene av «Hvordan det er å bo der» vises nå for alle i prosjektet, bare på denne tomta.").waitFor();
    await living(planner).getByText("Vist for alle i prosjektet, bare på denne tomta.").waitFor();
    await living(police).getByText("Rolig gate. Fint å ha litt avstand til senteret.").waitFor({ timeout: 15_000 });
    await living(police).getByText("Vist for alle i prosjektet, bare på denne tomta.").waitFor();
    await screenshot(planner, "feedback-3b-planner-revealed-one-site");

    // The other site's rating stays hidden, on the page and in what the server sends.
    await selectSite(police, "Tomt A");
    await living(police).getByText("1 vurdering er skjult til en planlegger viser den.").waitFor();
    expect(await police.getByText(ownReason).count()).toBe(0);
    const json = await police.evaluate(async (path) => (await fetch(path)).text(), `/projects/${app.demoProjectId}/feedback`);
    expect(json).toContain("Rolig gate.");
    expect(json).not.toContain(ownReason);

    // Undo, right beside the notice, hides Tomt B's again.
    await selectSite(police, "Tomt B");
    await living(police).getByText("Rolig gate. Fint å ha litt avstand til senteret.").waitFor();
    await living(planner).getByRole("button", { name: "Angre" }).click();
    await living(planner).getByText("Vurderingene av «Hvordan det er å bo der» er skjult igjen på denne tomta.").waitFor();
    await expect.poll(() => planner.evaluate(() => document.activeElement?.textContent ?? "")).toBe("Vis for denne tomta");
    await living(police).getByText("1 vurdering er skjult til en planlegger viser den.").waitFor({ timeout: 15_000 });
    expect(await police.getByText("Rolig gate. Fint å ha litt avstand til senteret.").count()).toBe(0);
  });

  it("lets the police pin a comment to a place on the map; the planner sees the pin and the thread", async () => {
    const panel = police.getByTestId("map-comments-panel");
    const form = panel.getByRole("form", { name: "Ny kommentar i kartet" });
    await form.getByLabel("Ny kommentar i kartet").fill("Folk krysser sporet her.");
    await form.getByRole("button", { name: "Legg til kommentar" }).click();
    await form.getByText("Velg et sted i kartet, eller skriv inn breddegrad og lengdegrad.").waitFor();
    await form.getByRole("button", { name: "Velg sted i kartet" }).click();
    const map = police.locator(".leaflet-container.site-map--adding");
    await map.waitFor();
    await map.scrollIntoViewIfNeeded();
    const box = await map.boundingBox();
    if (!box) throw new Error("no map on the page");
    await police.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.7);
    await form.getByText(/^Sted valgt:/).waitFor();
    expect(Number((await form.getByLabel("Breddegrad").inputValue()).replace(",", "."))).toBeGreaterThan(50);
    await form.getByRole("button", { name: "Legg til kommentar" }).click();
    await form.getByText("Kommentaren er lagt til.").waitFor();
    await planner.getByTestId("map-comments-panel").getByText("Folk krysser sporet her.").waitFor({ timeout: 15_000 });
    await planner.getByTitle(/^Kommentar fra Silje.*Folk krysser sporet her\./).waitFor({ state: "attached" });
    await screenshot(planner, "feedback-4-planner-sees-pin");
  });

  it("shows the planner a listed comment's pin on the map, with its thread open and the pin focused", async () => {
    const thread = planner.getByTestId("map-comments-panel").getByTestId("comment-thread").filter({ hasText: "Folk krysser sporet her." });
    await thread.getByRole("button", { name: "Vis i kartet" }).click();
    await planner.locator(".leaflet-popup").getByText("Folk krysser sporet her.").waitFor();
    await expect.poll(() => planner.evaluate(() => document.activeElement?.getAttribute("title") ?? "")).toMatch(/^Kommentar fra Silje/);
  });

  it("gives the observer no forms and refuses a forged POST with 403, changing nothing", async () => {
    const observer = await observerContext.newPage();
    await openFirstSite(observer, "ola");
    await thread(observer).waitFor();
    expect(await observer.getByRole("form").filter({ hasText: /kommentar|vurdering/i }).count()).toBe(0);
    expect(await observer.getByRole("button", { name: "Svar" }).count()).toBe(0);
    const before = (await observer.evaluate(async (path) => (await fetch(path)).json(), `/projects/${app.demoProjectId}/feedback`)) as { comments: unknown[] };
    const status = await observer.evaluate(async (path) => {
      const form = new FormData();
      form.set("intent", "comment");
      form.set("siteId", "forged");
      form.set("body", "Forfalsket");
      return (await fetch(path, { method: "POST", body: form })).status;
    }, `/projects/${app.demoProjectId}/feedback`);
    expect(status).toBe(403);
    const after = (await observer.evaluate(async (path) => (await fetch(path)).json(), `/projects/${app.demoProjectId}/feedback`)) as { comments: unknown[] };
    expect(after.comments).toEqual(before.comments);
    await screenshot(observer, "feedback-5-observer-reads");
  });

  it("logged no script errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
