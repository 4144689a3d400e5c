/**
 * The decision memo in the browser and over HTTP (decision 014), on the demo project after a
 * planner chose Tomt A and revealed the police's ratings: Kari makes a memo from the memos page,
 * writes its texts (warned when a text names a candidate), and downloads the PDF. pdftotext of
 * the internal PDF holds each section's key figures as the app shows them (walking distances,
 * the checklist's and participation's figures from the overview, "Side 1 av"); the public PDF
 * holds the chosen site only: no candidate, no police area, no person's name from the demo.
 * pdftoppm renders every page to test-results/memo/ to look at. axe on the memo page and the
 * print page. Every memo route refuses the other roles (403) and changes nothing.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { chooseSite, postForm, signInCookie } from "../../app/public-page/testing/running-app";
import { assessSite, prepareArea } from "../../app/geo/index";
import { demoArea, demoAreaOfConcern, demoSiteNames, demoSites } from "../../db/demo-area/demo-area";
import { demoAccounts } from "../../db/seed-demo";
import { describeViolations, wcagViolations } from "./support/accessibility";
import { collectPageErrors, launchBrowser, screenshot, screenshotFolder, screenshotOnFailure, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

const memoFolder = join(screenshotFolder, "memo");
let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let kari = "";
let memoPath = "";
let pageErrors: string[] = [];

/** Text as a reader reads it: one space for every run of white space (pdftotext breaks lines in cells). */
const flat = (text: string) => text.replace(/\s+/g, " ");
const word = (text: string) => new RegExp(`(?<![\\p{L}])${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "iu");

async function download(path: string, cookie = kari): Promise<Response> {
  return fetch(`${app.url}${path}`, { headers: { Cookie: cookie } });
}

/** Saves the PDF, reads its text and renders its pages (at 60 dpi) into test-results/memo/. */
async function readPdf(path: string, name: string): Promise<{ text: string; pages: number }> {
  const response = await download(path);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const file = join(memoFolder, `${name}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  for (const old of readdirSync(memoFolder).filter((entry) => entry.startsWith(`${name}-`) && entry.endsWith(".png"))) rmSync(join(memoFolder, old));
  execFileSync("pdftoppm", ["-png", "-r", "60", file, join(memoFolder, name)]);
  const pages = readdirSync(memoFolder).filter((entry) => entry.startsWith(`${name}-`) && entry.endsWith(".png")).length;
  return { text, pages };
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  mkdirSync(memoFolder, { recursive: true });
  context = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 900 } });
  pageErrors = collectPageErrors(context);
  kari = await signInCookie(app, "kari");
  // A planner chose Tomt A on the map and revealed the police's ratings, as in the app.
  await chooseSite(app, app.demoProjectId!, kari, demoSiteNames.safe);
  const revealed = await postForm(app, `/projects/${app.demoProjectId}/feedback`, { intent: "reveal", aspect: "safety" }, kari);
  expect(revealed.status).toBeLessThan(400);
  page = await context.newPage();
  await signIn(page, "kari");
});

afterEach(async (test) => {
  await screenshotOnFailure(test, context.pages());
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("the decision memo", () => {
  it("lets Kari make a memo from the memos page and write its texts, warning when a text names a candidate", async () => {
    await page.goto(`/projects/${app.demoProjectId}/memos`);
    // The demo's draft is version 1; the new one is the next.
    await page.getByRole("link", { name: "Valg av tomt for fire småhus på Eikelund" }).waitFor();
    await page.getByRole("button", { name: "Lag beslutningsnotat" }).click();
    await page.waitForURL(/\/memos\/[0-9a-f-]{36}$/);
    memoPath = new URL(page.url()).pathname;
    await page.getByTestId("memo-meta").getByText(/Versjon 2/).waitFor();
    await page.locator("form[data-hydrated]").waitFor();

    await page.getByLabel("Tittel").fill("Valg av tomt på Eikelund");
    await page.getByLabel("Forslag til vedtak").fill("Kommunestyret slutter seg til at Tomt A – Eikelund senter brukes til fire småhus.");
    await page.getByLabel("Sammendrag").fill("Fire tomter er vurdert.\nTomt A ligger nærmest butikk og buss.\nEtatene og beboerne er hørt.");
    await page.getByRole("textbox", { name: "Risikoer å drøfte" }).fill("Snarveien over jernbanen ved Tomt B.");
    await page.getByTestId("memo-public-warning").getByText(/Tomt B – Bjørkeveien/).waitFor();
    await page.getByRole("textbox", { name: "Risikoer å drøfte" }).fill("Trafikken ved senteret på ettermiddagen.");
    await expect.poll(() => page.getByTestId("memo-public-warning").count()).toBe(0);
    await page.getByRole("button", { name: "Lagre utkastet" }).click();
    await page.getByText("Utkastet er lagret.").waitFor();
    await screenshot(page, "memo/memo-page");
    expect(describeViolations(await wcagViolations(page))).toBe("");
  });

  it("refuses a summary of six lines with a message at the field, and keeps the saved text", async () => {
    await page.getByLabel("Sammendrag").fill("1\n2\n3\n4\n5\n6");
    await page.getByRole("button", { name: "Lagre utkastet" }).click();
    await page.getByText(/høyst 5 linjer; nå har det 6/).waitFor();
    await page.reload();
    await page.locator("form[data-hydrated]").waitFor();
    await expect.poll(() => page.getByLabel("Sammendrag").inputValue()).toContain("Tomt A ligger nærmest butikk og buss.");
  });

  it("prints the internal version with every section's figures as the app shows them, on numbered pages", async () => {
    // The figures as the overview shows them: the checklist's and participation's.
    await page.goto(`/projects/${app.demoProjectId}`);
    const overview = flat(await page.locator("main").innerText());
    const checklistFigure = /\d+ av \d+ punkter er avklart/.exec(overview)?.[0];
    const residentsFigure = /\d+ beboere? har deltatt/.exec(overview)?.[0];
    const answeredFigure = /\d+ av \d+ innspill er besvart \(\d+ %\)/.exec(overview)?.[0];
    expect([checklistFigure, residentsFigure, answeredFigure].every(Boolean)).toBe(true);

    const { text, pages } = await readPdf(`${memoPath}/pdf?version=internal`, "memo-internal");
    const pdf = flat(text);
    expect(pages).toBeGreaterThan(1);
    for (const heading of ["Forslag til vedtak", "Sammendrag", "Saksopplysninger", "Vurdering", "Dette sa dere – dette gjorde vi", "Naboer og kommunikasjon"]) expect(pdf).toContain(heading);
    expect(pdf).toContain("Valg av tomt på Eikelund");
    expect(pdf).toContain("Versjon 2");
    expect(pdf).toContain("Side 1 av");
    expect(pdf).toContain(`Side ${pages} av ${pages}`);
    // Each site with its walking distances to the grocery and the bus stop, as the assessment gives them.
    const area = prepareArea({ osm: demoArea() });
    for (const site of demoSites()) {
      expect(pdf).toContain(site.name);
      const assessment = assessSite(area, site);
      for (const category of ["grocery", "busStop"] as const) {
        const nearest = assessment.nearest[category];
        if (nearest) expect(pdf).toContain(`${nearest.name}: ${Math.round(nearest.walkMeters)} m å gå`);
      }
    }
    expect(pdf).toContain(checklistFigure);
    expect(pdf).toContain(residentsFigure);
    expect(pdf).toContain(answeredFigure);
    // Internal: the police's area and their revealed rating are there.
    expect(pdf).toContain(demoAreaOfConcern().name);
    expect(pdf).toMatch(/Politi: 2 av 5/);
  });

  it("prints the public version with the chosen site only: no candidate, no police area, no person's name", async () => {
    const { text, pages } = await readPdf(`${memoPath}/pdf?version=public`, "memo-public");
    const pdf = flat(text);
    expect(pages).toBeGreaterThan(0);
    expect(pdf).toContain("Offentlig versjon");
    expect(pdf).toContain(demoSiteNames.safe);
    for (const candidate of [demoSiteNames.railwayShortcut, demoSiteNames.noiseBarrier, demoSiteNames.neighbourhood]) {
      expect(pdf).not.toMatch(word(candidate));
      expect(pdf).not.toMatch(word(candidate.split(" – ")[0]));
    }
    expect(pdf).not.toMatch(word(demoAreaOfConcern().name));
    for (const account of demoAccounts) expect(pdf).not.toMatch(word(account.name));
    expect(pdf).toContain("Side 1 av");
  });

  it("shows the print page without the app's header when printed, and it is axe-clean in both versions", async () => {
    for (const version of ["internal", "public"] as const) {
      await page.goto(`${memoPath}/print?version=${version}`);
      await page.getByRole("heading", { level: 1, name: "Valg av tomt på Eikelund" }).waitFor();
      await page.getByRole("img", { name: "Kart over tomtene" }).waitFor();
      expect(describeViolations(await wcagViolations(page))).toBe("");
      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".site-header").isVisible()).toBe(false);
      await page.emulateMedia({ media: "screen" });
      await screenshot(page, `memo/print-${version}`);
    }
    const publicPage = await page.content();
    expect(publicPage).not.toContain(demoSiteNames.railwayShortcut);
    expect(publicPage).not.toContain(demoAreaOfConcern().name);
  });

  it("refuses every memo route to the other roles with 403, and a bad version with 400", async () => {
    const memoId = memoPath.split("/").at(-1)!;
    const base = `/projects/${app.demoProjectId}/memos`;
    const mainOf = async () => /<main[\s\S]*<\/main>/.exec(await (await download(`${base}/${memoId}/print?version=internal`)).text())?.[0];
    const before = await mainOf();
    expect(before).toBeTruthy();
    for (const username of ["silje", "ahmed", "mari", "ola"]) {
      const cookie = await signInCookie(app, username);
      for (const path of [base, `${base}/${memoId}`, `${base}/${memoId}/print?version=public`, `${base}/${memoId}/pdf?version=public`]) {
        expect({ username, path, status: (await download(path, cookie)).status }).toEqual({ username, path, status: 403 });
      }
      expect((await postForm(app, `${base}?index`, { intent: "create" }, cookie)).status).toBe(403);
      expect((await postForm(app, `${base}/${memoId}`, { intent: "issue" }, cookie)).status).toBe(403);
    }
    expect((await download(`${base}/${memoId}/pdf?version=everything`)).status).toBe(400);
    expect((await download(`${base}/00000000-0000-0000-0000-000000000000`)).status).toBe(404);
    expect(await mainOf()).toBe(before);
  });

  it("issues the memo, after which it refuses changes with 409", async () => {
    await page.goto(memoPath);
    await page.locator("form[data-hydrated]").waitFor();
    await page.getByLabel("Jeg vil sende ut notatet. Det kan ikke endres etterpå.").check();
    await page.getByRole("button", { name: "Send ut notatet" }).click();
    await page.getByText(/Notatet er sendt ut .* og kan ikke endres\./).waitFor();
    const refused = await postForm(app, memoPath, { intent: "save", title: "Endret", proposedDecision: "", summary: "", risks: "" }, kari);
    expect(refused.status).toBe(409);
    expect(pageErrors).toEqual([]);
  });
});
