/**
 * A workshop in three browsers (decision 014), on the demo project: the shared screen (1920×1080,
 * signed in as Kari), Kari's console on a laptop, and a resident's phone (390×844, touch) that
 * joins as a guest with the code it reads off the screen. Kari moves to a site and the screen and
 * the phone follow her; the phone spends a dot; the screen says "1 har svart" and shows no result
 * until Kari reveals it; then both show it; Kari ends the workshop and its minutes are in the
 * participation log. axe on the console, the screen and the phone; screenshots kept in
 * test-results/workshop/.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { demoSiteNames } from "../../db/demo-area/demo-area";
import { describeViolations, wcagViolations } from "./support/accessibility";
import { collectPageErrors, launchBrowser, screenshot, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let browser: Browser;
let screenContext: BrowserContext;
let consoleContext: BrowserContext;
let phoneContext: BrowserContext;
let pageErrors: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  screenContext = await browser.newContext({ baseURL: app.url, viewport: { width: 1920, height: 1080 } });
  consoleContext = await browser.newContext({ baseURL: app.url, viewport: { width: 1440, height: 900 } });
  phoneContext = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  pageErrors = collectPageErrors(screenContext, consoleContext, phoneContext);
});

afterEach(async (test) => {
  await screenshotOnFailure(test, [...screenContext.pages(), ...consoleContext.pages(), ...phoneContext.pages()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const title = "Kveldsverksted om tomtene";
const question = "Hvilke tomter vil dere gå videre med?";
const siteItem = "Vi ser på tomt A";
const checklistItem = "Sjekklisten for boligene";

/** "59.9123,10.7500,15.3" → numbers. */
function viewOf(text: string | null): { lat: number; lon: number; zoom: number } | null {
  if (!text) return null;
  const [lat, lon, zoom] = text.split(",").map(Number);
  return { lat, lon, zoom };
}

describe("a workshop on the shared screen, the console and a phone", () => {
  let kari: Page;
  let screen: Page;
  let phone: Page;
  let workshopUrl = "";

  it("lets Kari create a workshop with a site on the agenda and a dot-vote, and start it", async () => {
    kari = await consoleContext.newPage();
    await signIn(kari, "kari");
    await kari.goto(`/projects/${app.demoProjectId}/workshops`);
    await kari.getByRole("heading", { name: "Verksteder", level: 2 }).waitFor();
    await kari.getByLabel("Tittel").fill(title);
    await kari.getByLabel("Dato").fill("2026-12-10");
    await kari.getByRole("button", { name: "Lag verkstedet" }).click();
    await kari.waitForURL(/\/workshops\/[^/]+$/);
    workshopUrl = new URL(kari.url()).pathname;
    await kari.getByTestId("workshop-console").getByRole("heading", { name: title }).waitFor();

    const addItem = async (kind: string, itemTitle: string, minutes: string, site?: string) => {
      const form = kari.getByRole("form", { name: "Nytt punkt på agendaen" });
      await form.getByLabel("Hva slags punkt").selectOption({ label: kind });
      if (site) await form.getByLabel("Tomt", { exact: true }).selectOption({ label: site });
      if (kind === "Gå gjennom en del av sjekklisten") await form.getByLabel("Del av sjekklisten").selectOption({ index: 1 });
      await form.getByLabel("Tittel").fill(itemTitle);
      await form.getByLabel("Planlagte minutter").fill(minutes);
      await form.getByRole("button", { name: "Legg til punktet" }).click();
      await kari.getByTestId("agenda-item").filter({ hasText: itemTitle }).waitFor();
    };
    await addItem("Fritt punkt", "Velkommen", "5");
    await addItem("Gå gjennom en tomt", siteItem, "15", demoSiteNames.safe);
    await addItem("Gå gjennom en del av sjekklisten", checklistItem, "10");
    expect(await kari.getByTestId("agenda-item").allTextContents()).toEqual([
      expect.stringContaining("Velkommen"),
      expect.stringContaining(siteItem),
      expect.stringContaining(checklistItem),
    ]);

    const pollForm = kari.getByRole("form", { name: "Ny avstemning" });
    await pollForm.getByLabel("Hva slags avstemning").selectOption({ label: "Prikkstemming" });
    await pollForm.getByLabel("Spørsmål").fill(question);
    await pollForm.getByLabel("Hører til punktet").selectOption({ label: siteItem });
    await pollForm.getByLabel("Hent alternativer fra").selectOption({ label: "Tomtene" });
    await pollForm.getByLabel("Stemmer per deltaker").fill("3");
    await pollForm.getByRole("button", { name: "Lag avstemningen" }).click();
    await kari.getByTestId("workshop-poll").filter({ hasText: question }).waitFor();
    expect(describeViolations(await wcagViolations(kari))).toBe("");

    // A dot-vote can also be over the catalogue's options (or a checklist section's items).
    const colourQuestion = "Hvilke fasadefarger liker dere?";
    await pollForm.getByLabel("Spørsmål").fill(colourQuestion);
    await pollForm.getByLabel("Hent alternativer fra").selectOption({ label: "Alternativene i katalogen: Fasadefarge" });
    expect(await pollForm.getByTestId("poll-picked-options").textContent()).toContain("Låverød");
    await pollForm.getByLabel("Stemmer per deltaker").fill("2");
    await pollForm.getByRole("button", { name: "Lag avstemningen" }).click();
    await kari.getByTestId("workshop-poll").filter({ hasText: colourQuestion }).waitFor();

    await kari.getByRole("button", { name: "Start verkstedet" }).click();
    await kari.locator("[data-testid=workshop-console][data-status=running]").waitFor();
    await kari.getByTestId("agenda-item").filter({ hasText: "Velkommen" }).getByText("Nå", { exact: true }).waitFor();
    expect(describeViolations(await wcagViolations(kari))).toBe("");
  });

  it("shows the join code on the screen, and a guest joins with it on her phone", async () => {
    screen = await screenContext.newPage();
    await signIn(screen, "kari");
    await screen.goto(`${workshopUrl}/screen`);
    await screen.locator("[data-testid=workshop-screen][data-status=running]").waitFor();
    await screen.getByTestId("screen-item").getByText("Velkommen").waitFor();
    const code = (await screen.getByTestId("join-code-value").textContent())?.replace(/\s+/g, "") ?? "";
    expect(code).toMatch(/^[A-Z0-9]{6,}$/);
    await screen.getByRole("img", { name: "QR-kode for å bli med i verkstedet som Beboer" }).waitFor();

    phone = await phoneContext.newPage();
    await phone.goto("/w");
    await phone.getByLabel("Deltakerkode").fill(code);
    await phone.getByRole("button", { name: "Gå videre" }).tap();
    await phone.getByLabel("Kallenavn").fill("Sol");
    await phone.getByRole("button", { name: "Bli med som gjest" }).tap();
    await phone.waitForURL(/\/phone$/);
    await phone.getByTestId("follow-bar").getByText(/^Følger Kari/).waitFor();
    await phone.getByTestId("phone-item").getByText("Velkommen").waitFor();
    await phone.getByRole("button", { name: "Slutt å følge" }).waitFor();

    // The room counts her on the screen, by role, without her name.
    await screen.getByTestId("screen-in-room").getByRole("listitem").filter({ hasText: "Beboer: 1" }).waitFor({ timeout: 15_000 });
    expect(await screen.getByText("Sol").count()).toBe(0);
    expect(describeViolations(await wcagViolations(screen))).toBe("");
    expect(describeViolations(await wcagViolations(phone))).toBe("");
  });

  it("moves the room to the site: the screen and the phone follow Kari's item and map view", async () => {
    await kari.getByRole("button", { name: `Gå til «${siteItem}»` }).click();
    await kari.getByTestId("agenda-item").filter({ hasText: siteItem }).getByText("Nå", { exact: true }).waitFor();

    await screen.getByTestId("screen-item").getByText(siteItem).waitFor({ timeout: 15_000 });
    await screen.getByTestId("screen-assessment").getByRole("heading", { name: demoSiteNames.safe }).waitFor();
    await screen.getByTestId("workshop-map").waitFor();
    await phone.getByTestId("phone-item").getByText(siteItem).waitFor({ timeout: 15_000 });
    await phone.getByTestId("phone-map").locator("svg").getByText(demoSiteNames.safe).first().waitFor();

    // Follow mode: Kari's map view reaches the screen and the phone through the plan's awareness.
    const consoleMap = kari.getByTestId("console-map");
    await expect.poll(async () => viewOf(await consoleMap.getAttribute("data-view"))?.zoom ?? 0, { timeout: 15_000 }).toBeGreaterThan(12);
    const driven = viewOf(await consoleMap.getAttribute("data-view"));
    const followed = async (locator: ReturnType<Page["getByTestId"]>) => {
      const view = viewOf(await locator.getAttribute("data-view"));
      return view && driven ? Math.abs(view.lat - driven.lat) + Math.abs(view.lon - driven.lon) : Number.POSITIVE_INFINITY;
    };
    await expect.poll(() => followed(screen.getByTestId("workshop-screen")), { timeout: 15_000 }).toBeLessThan(0.01);
    await expect.poll(() => followed(phone.getByTestId("phone-map")), { timeout: 15_000 }).toBeLessThan(0.01);
    await screenshot(screen, "workshop/1-screen-site-1920");
    await screenshot(phone, "workshop/1-phone-site-390");
  });

  it("takes a dot on the phone; the screen says 1 har svart and shows no result before the reveal", async () => {
    const poll = kari.getByTestId("workshop-poll").filter({ hasText: question });
    await poll.getByRole("button", { name: "Vis på skjermen" }).click();
    await poll.getByRole("button", { name: "Åpne", exact: true }).click();
    await poll.getByRole("button", { name: "Lukk", exact: true }).waitFor();

    await screen.getByTestId("screen-poll").getByRole("heading", { name: question }).waitFor({ timeout: 15_000 });
    await screen.getByTestId("screen-answered").getByText("0 har svart").waitFor();
    const phonePoll = phone.getByTestId("phone-poll");
    await phonePoll.getByRole("heading", { name: question }).waitFor({ timeout: 15_000 });
    await phonePoll.getByText("0 av 3 stemmer brukt").waitFor();
    await phonePoll.getByRole("button", { name: `Én stemme til «${demoSiteNames.safe}»` }).tap();
    await phonePoll.getByRole("button", { name: `Én stemme til «${demoSiteNames.safe}»` }).tap();
    await phonePoll.getByText("2 av 3 stemmer brukt").waitFor();
    await phonePoll.getByRole("button", { name: "Send svaret" }).tap();
    await phonePoll.getByText("Svaret ditt er lagret").waitFor();

    await screen.getByTestId("screen-answered").getByText("1 har svart").waitFor({ timeout: 15_000 });
    await poll.getByTestId("poll-answered").getByText("1 har svart").waitFor({ timeout: 15_000 });
    // Kari sees the results before the room, marked so; the screen and the phone do not.
    await poll.getByText("Bare du ser dette til du viser resultatet").waitFor();
    await poll.getByTestId("console-results").getByTestId("poll-result-row").filter({ hasText: demoSiteNames.safe }).getByText("2 stemmer").waitFor();
    expect(await screen.getByTestId("poll-results").count()).toBe(0);
    expect(await phone.getByTestId("phone-results").count()).toBe(0);
    expect(describeViolations(await wcagViolations(phone))).toBe("");
    await screenshot(screen, "workshop/2-screen-answered-1920");
    await screenshot(phone, "workshop/2-phone-answered-390");
  });

  it("reveals the results on the screen and the phone", async () => {
    const poll = kari.getByTestId("workshop-poll").filter({ hasText: question });
    await poll.getByRole("button", { name: "Lukk", exact: true }).click();
    await poll.getByRole("button", { name: "Vis resultatet" }).click();
    await poll.getByRole("button", { name: "Skjul resultatet" }).waitFor();

    const onScreen = screen.getByTestId("poll-results").getByTestId("poll-result-row").filter({ hasText: demoSiteNames.safe });
    await onScreen.getByText("2 stemmer").waitFor({ timeout: 15_000 });
    const onPhone = phone.getByTestId("phone-results").getByTestId("poll-result-row").filter({ hasText: demoSiteNames.safe });
    await onPhone.getByText("2 stemmer").waitFor({ timeout: 15_000 });
    expect(describeViolations(await wcagViolations(screen))).toBe("");
    expect(describeViolations(await wcagViolations(phone))).toBe("");
    await screenshot(screen, "workshop/3-screen-revealed-1920");
    await screenshot(phone, "workshop/3-phone-revealed-390");
  });

  it("asks the guest who is typing before it moves her on, keeps her text over a reload, and parks her question", async () => {
    const parking = phone.getByLabel("Spørsmål til parkeringsplassen");
    await parking.tap();
    await parking.fill("Kan vi få en benk ved inngangen?");
    await kari.getByRole("button", { name: `Gå til «${checklistItem}»` }).click();
    await screen.getByTestId("screen-item").getByText(checklistItem).waitFor({ timeout: 15_000 });
    await screen.getByTestId("screen-checklist").getByRole("listitem").first().waitFor({ timeout: 15_000 });
    await screenshot(screen, "workshop/4-screen-checklist-1920");

    const ask = phone.getByRole("alertdialog");
    await ask.getByText(`Kari har gått videre til «${checklistItem}».`).waitFor({ timeout: 15_000 });
    expect(await phone.getByTestId("phone-item").textContent()).toBe(siteItem);
    await screenshot(phone, "workshop/4-phone-asks-390");
    await ask.getByRole("button", { name: "Gå videre" }).tap();
    await phone.getByTestId("phone-item").getByText(checklistItem).waitFor();

    await phone.reload();
    await expect.poll(() => phone.getByLabel("Spørsmål til parkeringsplassen").inputValue(), { timeout: 15_000 }).toBe("Kan vi få en benk ved inngangen?");
    await phone.getByRole("button", { name: "Legg på parkeringsplassen" }).tap();
    await phone.getByText("Spørsmålet er lagt på parkeringsplassen.").waitFor();
    await kari.getByTestId("parking-lot").getByText("Kan vi få en benk ved inngangen?").waitFor({ timeout: 15_000 });
  });

  it("ends the workshop after asking, and its minutes are in the participation log", async () => {
    await kari.getByRole("button", { name: "Avslutt verkstedet" }).click();
    const ask = kari.getByRole("alertdialog");
    await ask.getByText(/Avslutte verkstedet\?/).waitFor();
    await ask.getByRole("button", { name: "Avslutt verkstedet" }).click();
    await kari.locator("[data-testid=workshop-console][data-status=ended]").waitFor({ timeout: 30_000 });
    await screen.getByText("Takk for i dag!").waitFor({ timeout: 15_000 });
    await phone.getByText("Verkstedet er avsluttet. Takk for at du var med!").waitFor({ timeout: 15_000 });

    await kari.getByRole("link", { name: "Se referatet i medvirkningsloggen" }).click();
    await kari.waitForURL(/\/participation#activity-/);
    const minutes = kari.getByRole("article", { name: title });
    await minutes.waitFor();
    // The minutes (folded away until opened) hold the attendance by role and the poll.
    const written = (await minutes.textContent()) ?? "";
    expect(written).toContain(question);
    expect(written).toMatch(/beboere 1/);
    expect(written).toContain("Kan vi få en benk ved inngangen?");
    await screenshot(kari, "workshop/5-minutes-1440");
    expect(pageErrors).toEqual([]);
  });
});
