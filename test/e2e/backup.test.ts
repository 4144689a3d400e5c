/**
 * The backup in the browser (decision 014): Kari downloads the demo project's archive from its
 * backup page, then on a second installation (its own fresh database, no demo) a new account
 * imports it and sees the project with its sites on the map, which come from the shared
 * document the import wrote for the sync server. Importing the same file again is refused with
 * what was wrong. Both pages pass axe.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { demoSiteNames } from "../../db/demo-area/demo-area";
import { describeViolations, wcagViolations } from "./support/accessibility";
import { collectPageErrors, fillSignup, launchBrowser, screenshot, screenshotOnFailure, signIn, uniqueName } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let source: RunningApp;
let target: RunningApp;
let browser: Browser;
let sourceContext: BrowserContext;
let targetContext: BrowserContext;
let pageErrors: string[] = [];
const folder = mkdtempSync(join(tmpdir(), "boplan-backup-e2e-"));
let archivePath = "";

beforeAll(async () => {
  [source, target, browser] = await Promise.all([startApp({ seedDemo: true }), startApp(), launchBrowser()]);
  sourceContext = await browser.newContext({ baseURL: source.url, acceptDownloads: true });
  targetContext = await browser.newContext({ baseURL: target.url, viewport: { width: 1366, height: 768 } });
  pageErrors = collectPageErrors(sourceContext, targetContext);
}, 240_000);

afterEach(async (test) => {
  await screenshotOnFailure(test, [...sourceContext.pages(), ...targetContext.pages()]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([source?.stop(), target?.stop()]);
  rmSync(folder, { recursive: true, force: true });
});

describe("a project's backup", () => {
  it("lets Kari download the whole project as one file from its backup page", async () => {
    const page = await sourceContext.newPage();
    await signIn(page, "kari");
    await page.goto(`/projects/${source.demoProjectId}/backup`);
    await page.getByRole("heading", { name: "Sikkerhetskopi" }).waitFor();
    expect(describeViolations(await wcagViolations(page))).toBe("");
    await screenshot(page, "backup-1-page");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Last ned sikkerhetskopi" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^boplan-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.zip$/);
    archivePath = join(folder, download.suggestedFilename());
    await download.saveAs(archivePath);
    expect(statSync(archivePath).size).toBeGreaterThan(1000);
  });

  it("imports it in another installation for a new account, who sees the project with its sites", async () => {
    const page = await targetContext.newPage();
    await page.goto("/signup");
    await fillSignup(page, { name: "Kari Ny", username: uniqueName("kari"), password: "et-godt-passord" }, "Opprett konto");
    await page.waitForURL(/\/projects$/);
    await page.goto("/projects/import");
    await page.getByRole("heading", { name: "Importer prosjekt" }).waitFor();
    expect(describeViolations(await wcagViolations(page))).toBe("");
    await page.getByLabel("Sikkerhetskopi (zip-fil)").setInputFiles(archivePath);
    await page.getByRole("button", { name: "Importer" }).click();
    await page.waitForURL(new RegExp(`/projects/${source.demoProjectId}$`), { timeout: 60_000 });
    await page.getByRole("heading", { level: 1, name: "Småhus på Eikelund" }).waitFor();
    await page.getByText("Din rolle: Prosjekteier").first().waitFor();

    await page.goto(`/projects/${source.demoProjectId}/map`);
    for (const name of [demoSiteNames.safe, demoSiteNames.railwayShortcut]) {
      await page.getByText(name, { exact: false }).first().waitFor({ timeout: 30_000 });
    }
    await screenshot(page, "backup-2-imported-map");
  });

  it("refuses the same file again there, saying the project is already present", async () => {
    const page = await targetContext.newPage();
    await page.goto("/projects/import");
    await page.getByLabel("Sikkerhetskopi (zip-fil)").setInputFiles(archivePath);
    await page.getByRole("button", { name: "Importer" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Sikkerhetskopien ble ikke importert" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("har allerede prosjektet");
    expect(describeViolations(await wcagViolations(page))).toBe("");
    await screenshot(page, "backup-3-refused");
    expect(pageErrors).toEqual([]);
  });
});
