/**
 * What each page costs a phone to load: the JavaScript and CSS a real browser
 * fetches for it, raw and gzip-compressed, from the production build.
 *
 *   npm run build && npm run bench:page-weight
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { launchBrowser, signIn } from "../e2e/support/browser";
import { startApp } from "../e2e/support/server";
import { chooseSite, publishDemoPage, signInCookie } from "../../app/public-page/testing/running-app";
import { demoSiteNames } from "../../db/demo-area/demo-area";

const clientBuild = fileURLToPath(new URL(`../../${process.env.BUILD_DIR ?? "build"}/client`, import.meta.url));

async function assetsOf(page: Page, path: string, ready: (page: Page) => Promise<void>) {
  const assets = new Set<string>();
  const listener = (response: { url(): string }) => {
    const { pathname } = new URL(response.url());
    if (pathname.endsWith(".js") || pathname.endsWith(".css")) assets.add(pathname);
  };
  page.on("response", listener);
  await page.goto(path);
  await ready(page);
  page.off("response", listener);
  const sizes = { js: { raw: 0, gzip: 0, files: 0 }, css: { raw: 0, gzip: 0, files: 0 } };
  for (const asset of assets) {
    const bytes = readFileSync(join(clientBuild, asset));
    const kind = asset.endsWith(".js") ? sizes.js : sizes.css;
    kind.raw += bytes.length;
    kind.gzip += gzipSync(bytes, { level: 9 }).length;
    kind.files += 1;
  }
  return sizes;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main() {
  const app = await startApp({ seedDemo: true });
  const browser = await launchBrowser();
  try {
    const rows: Array<[string, Awaited<ReturnType<typeof assetsOf>>]> = [];
    const fresh = async () => (await browser.newContext({ baseURL: app.url })).newPage();
    rows.push(["sign-in page", await assetsOf(await fresh(), "/login", (page) => page.getByRole("main").waitFor())]);
    const page = await fresh();
    await signIn(page, "kari");
    const project = await page.context().newPage();
    rows.push([
      "project page (live)",
      await assetsOf(project, `/projects/${app.demoProjectId}`, (current) =>
        current.locator("[data-testid=connection-status][data-status=connected]").waitFor(),
      ),
    ]);
    // A browser opens at most six connections per host, and the project page's live streams hold
    // some: close it, or the map page's map data waits behind them and the bench times out.
    await project.close();
    const map = await page.context().newPage();
    rows.push([
      "map page (live)",
      // Done when the lazily loaded map has drawn the demo's sites and the worker has assessed them.
      await assetsOf(map, `/projects/${app.demoProjectId}/map`, async (current) => {
        await current.locator(".site-marker").first().waitFor({ state: "attached" });
        await current.getByTestId("assessment-table").locator("[data-status]").first().waitFor({ state: "attached", timeout: 120_000 });
      }),
    ]);
    // Pages without lazily loaded parts: done when loaded and hydrated (their live stream stays open, so no network idle).
    const settled = async (current: Page) => {
      await current.waitForLoadState("load");
      await current.waitForTimeout(1_000);
    };
    await map.close();
    const checklist = await page.context().newPage();
    rows.push(["checklist page", await assetsOf(checklist, `/projects/${app.demoProjectId}/checklist`, settled)]);
    const resident = await fresh();
    await resident.setViewportSize({ width: 390, height: 844 });
    await signIn(resident, "mari");
    const myHome = await resident.context().newPage();
    rows.push(["Mitt hjem (resident)", await assetsOf(myHome, `/projects/${app.demoProjectId}/my-home`, settled)]);
    // The workshop's phone view as a resident's phone loads it (decision 014: far less than the map page).
    // A fresh planner's context: the pages above keep their live streams open (a browser allows six per host).
    const workshops = await fresh();
    await signIn(workshops, "kari");
    await workshops.goto(`/projects/${app.demoProjectId}/workshops`);
    await workshops.getByLabel("Tittel").fill("Verksted for målingen");
    await workshops.getByRole("button", { name: "Lag verkstedet" }).click();
    await workshops.waitForURL(/\/workshops\/[^/]+$/);
    const workshopPath = new URL(workshops.url()).pathname;
    const phone = await resident.context().newPage();
    rows.push(["workshop phone view", await assetsOf(phone, `${workshopPath}/phone`, async (current) => {
      await current.getByTestId("workshop-phone").waitFor();
      await settled(current);
    })]);
    // The public page as a neighbour's phone loads it: published, with a chosen site, not signed in.
    const projectId = app.demoProjectId as string;
    const cookie = await signInCookie(app, "kari");
    await chooseSite(app, projectId, cookie, demoSiteNames.safe);
    const slug = await publishDemoPage(app, projectId, cookie);
    const neighbour = await fresh();
    await neighbour.setViewportSize({ width: 390, height: 844 });
    const html = await (await fetch(`${app.url}/p/${slug}`)).text();
    rows.push(["public page (phone)", await assetsOf(neighbour, `/p/${slug}`, (current) => current.waitForLoadState("load"))]);
    console.log(`public page HTML: ${kib(Buffer.byteLength(html))} raw, ${kib(gzipSync(html, { level: 9 }).length)} gzip`);
    console.log("page                  JS files  JS raw      JS gzip     CSS gzip");
    for (const [name, sizes] of rows) {
      console.log(
        `${name.padEnd(22)}${String(sizes.js.files).padEnd(10)}${kib(sizes.js.raw).padEnd(12)}${kib(sizes.js.gzip).padEnd(12)}${kib(sizes.css.gzip)}`,
      );
    }
    console.log(JSON.stringify(Object.fromEntries(rows)));
  } finally {
    await browser.close();
    await app.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
