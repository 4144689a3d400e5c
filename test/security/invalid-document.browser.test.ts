/**
 * Hole 2 (issue 7), in the browser: a site whose geometry was {"type":"Point","coordinates":[]}
 * used to put every map page on the error screen, for everyone, and offline copies brought it
 * back. The server now refuses such writes, but older data or an old offline copy may still hold
 * them, so this test stores invalid records straight into the database (past the server's check)
 * next to the demo project's valid ones, then opens the project page and the map page in Chromium
 * as a planner, the police and a resident: no error screen, no uncaught error, the valid sites,
 * decisions and area still show, and a polite notice says how many records were skipped.
 */
import { eq } from "drizzle-orm";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openDatabase } from "../../db/connection";
import { demoSiteNames } from "../../db/demo-area/demo-area";
import { documentUpdates } from "../../db/schema";
import { seedDemo } from "../../db/seed-demo";
import { launchBrowser, screenshotOnFailure, signIn } from "../e2e/support/browser";
import { startApp, type RunningApp } from "../e2e/support/server";
import { createTestDatabaseLocation, type TestDatabaseLocation } from "../support/database";
import { validSquare, writeCase, type InvalidCase } from "./support/invalid-records";

/** What an old offline copy or older data might hold: each would once have broken a page. */
const planRecords: InvalidCase[] = [
  { domain: "plan", map: "sites", key: "broken-empty", shape: "fields", value: { name: "Ødelagt 1", status: "candidate", notes: "", geometry: { type: "Point", coordinates: [] } } },
  { domain: "plan", map: "sites", key: "broken-strings", shape: "fields", value: { name: "Ødelagt 2", status: "candidate", notes: "", geometry: { type: "Point", coordinates: ["10.97", "59.95"] } } },
  { domain: "plan", map: "sites", key: "broken-array", shape: "array", value: { name: "Ødelagt 3", status: "candidate", notes: "", geometry: { type: "Point", coordinates: [10.97, 59.95] } } },
  { domain: "plan", map: "decisions", key: "broken-numbers", shape: "fields", value: { date: 20261022, phase: 3, decision: 42, decidedBy: 7, basis: 1 } },
  { domain: "plan", map: "assessmentSettings", key: "walkingMetersPerMinute", shape: "plain", value: "fast" },
];
const concernsRecords: InvalidCase[] = [
  { domain: "concerns", map: "areas", key: "broken-point", shape: "fields", value: { name: "Ødelagt område", note: "", geometry: { type: "Point", coordinates: [10.97, 59.95] } } },
  { domain: "concerns", map: "areas", key: "broken-ring", shape: "fields", value: { name: "Åpent område", note: "", geometry: { ...validSquare, coordinates: [validSquare.coordinates[0].slice(0, 3)] } } },
];

/** Appends the records to a stored document as one more update, the way a client's update is stored. */
async function storeInvalid(db: Awaited<ReturnType<typeof openDatabase>>["db"], documentName: string, records: InvalidCase[]): Promise<void> {
  const doc = new Y.Doc();
  for (const row of await db.select().from(documentUpdates).where(eq(documentUpdates.document, documentName))) Y.applyUpdate(doc, row.data);
  const before = Y.encodeStateVector(doc);
  doc.transact(() => {
    for (const record of records) writeCase(doc, record);
  });
  await db.insert(documentUpdates).values({ document: documentName, data: Y.encodeStateAsUpdate(doc, before) });
  doc.destroy();
}

const roles = [
  ["planner", "jonas"],
  ["police", "silje"],
  ["resident", "mari"],
] as const;

let location: TestDatabaseLocation;
let app: RunningApp;
let browser: Browser;
let projectId = "";
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  location = await createTestDatabaseLocation("pglite");
  const database = await openDatabase({ dataDir: location.dataDir });
  try {
    const created = await seedDemo(database.db);
    if (!created) throw new Error("the demo project was not created");
    projectId = created.projectId;
    await storeInvalid(database.db, `project/${projectId}/plan`, planRecords);
    await storeInvalid(database.db, `project/${projectId}/concerns`, concernsRecords);
  } finally {
    await database.close();
  }
  app = await startApp({ env: { DATA_DIR: location.dataDir ?? "", SEED_DEMO: "0" } });
  browser = await launchBrowser();
});

afterEach(async (test) => {
  await screenshotOnFailure(test, contexts.flatMap((context) => context.pages()));
  for (const context of contexts.splice(0)) await context.close();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await location?.drop();
});

/** A signed-in page that collects uncaught errors. */
async function pageAs(username: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL: app.url, locale: "nb-NO" });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await signIn(page, username);
  return { page, errors };
}

async function expectNoErrorScreen(page: Page): Promise<void> {
  expect(await page.getByRole("heading", { name: "Noe gikk galt" }).count()).toBe(0);
}

describe("hole 2: stored invalid records in the browser", () => {
  it.each(roles)("hole 2: the project page of a %s (%s) shows the valid decisions and says 1 could not be read", async (_role, username) => {
    const { page, errors } = await pageAs(username);
    await page.goto(`/projects/${projectId}`);
    await page.getByTestId("decision-log").waitFor({ timeout: 20_000 });
    await page.getByTestId("decision-log").getByText("Behov for tre småhus er kartlagt", { exact: false }).waitFor();
    await page.getByTestId("decision-log").getByText("Kommunestyret ber administrasjonen finne egnet tomt", { exact: false }).waitFor();
    const notice = page.getByTestId("skipped-records");
    await notice.getByText("1 beslutning i beslutningsloggen kunne ikke leses og vises ikke. Be en planlegger se på den.").waitFor();
    await expectNoErrorScreen(page);
    expect(errors).toEqual([]);
  });

  it.each(roles)("hole 2: the map page of a %s (%s) draws the valid sites and says 3 sites and 1 setting could not be read", async (role, username) => {
    const { page, errors } = await pageAs(username);
    await page.goto(`/projects/${projectId}/map`);
    await page.locator("[data-testid=connection-status][data-status=connected]").waitFor({ timeout: 20_000 });
    await page.getByTestId("site-map").waitFor({ timeout: 20_000 });
    // Point sites are markers titled by name; every site is named on the page (the polygon's in the list and table).
    for (const name of [demoSiteNames.safe, demoSiteNames.railwayShortcut, demoSiteNames.neighbourhood]) await page.getByTitle(`Tomt: ${name}`).waitFor({ state: "attached", timeout: 15_000 });
    for (const name of Object.values(demoSiteNames)) await page.getByText(name).first().waitFor({ timeout: 15_000 });
    const notice = page.getByTestId("skipped-records");
    await notice.getByText("3 tomter i planen kunne ikke leses og vises ikke. Be en planlegger se på dem.").waitFor({ timeout: 10_000 });
    await notice.getByText("1 innstilling for vurderingen kunne ikke leses, så standardverdien brukes. Be en planlegger se på den.").waitFor();
    if (role === "police") await page.getByText("Grøntområdet ved Bjørkeveien").first().waitFor({ timeout: 10_000 });
    expect(await page.getByText("Ødelagt").count()).toBe(0);
    await expectNoErrorScreen(page);
    expect(errors).toEqual([]);
  });
});
