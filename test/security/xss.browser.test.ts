/**
 * Hole 1 (stored XSS that ran for every role): the XSS corpus (script tags,
 * event handlers, SVG, attribute breakouts, `javascript:` URLs) is written into
 * every text field a user can set, each the way the app writes it — the plan
 * and concerns documents through real y-websocket clients, comments, ratings,
 * points and layers through the HTTP routes, a display name and a project
 * name through the forms — and then the project, map (a site selected, its
 * pins' popups open), members and map-data pages are loaded in Chromium as
 * every role. No payload may run (each would push its field's code into
 * `window.__xss`, or open a dialog); the texts show literally; and, reported
 * on their own, no payload even reaches the Content-Security-Policy.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { addArea } from "../../app/concerns/concern-document";
import { addDecision } from "../../app/decision-log/plan-document";
import { addSite } from "../../app/sites/site-document";
import { demoPassword, fillSignup, launchBrowser, screenshot, screenshotFolder, screenshotOnFailure, signIn, uniqueName } from "../e2e/support/browser";
import { startApp, type RunningApp } from "../e2e/support/server";
import { installTraps, waitForHydration, type CspViolation, type PageTraps } from "./support/page-traps";
import { javascriptUrl, longPayload, shortPayload } from "./support/xss-corpus";

/** The demo area's origin (db/demo-area): metres east and north of it as [longitude, latitude]. */
const toLonLat = (x: number, y: number): [number, number] => {
  const metresPerDegree = (6371008.8 * Math.PI) / 180;
  return [10.97 + x / (metresPerDegree * Math.cos((59.95 * Math.PI) / 180)), 59.95 + y / metresPerDegree];
};

/** Each field's text, by the code its payloads push. */
const fields = {
  projectName: shortPayload("pn"),
  projectDescription: longPayload("pd"),
  siteName: shortPayload("sn"),
  siteNotes: longPayload("so"),
  decision: longPayload("dd"),
  decidedBy: longPayload("db"),
  decisionBasis: longPayload("dg"),
  comment: longPayload("cm"),
  reply: longPayload("cr"),
  pinnedComment: longPayload("cp"),
  rating: longPayload("rt"),
  pointName: shortPayload("pt"),
  layerName: shortPayload("ln"),
  shopName: longPayload("gs"),
  shopWebsite: javascriptUrl("gw"),
  busStopName: shortPayload("gb"),
  areaName: shortPayload("an"),
  areaNote: longPayload("ao"),
  displayName: shortPayload("dn"),
};

const roles = [
  ["owner", "kari"],
  ["planner", "jonas"],
  ["police", "silje"],
  ["fire", "ahmed"],
  ["resident", "mari"],
  ["observer", "ola"],
] as const;

let app: RunningApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
let hostileProjectId = "";

afterEach(async (test) => {
  await screenshotOnFailure(test, contexts.flatMap((context) => context.pages()));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function sessionCookie(username: string, password = demoPassword): Promise<string> {
  const response = await fetch(`${app.url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ username, password, redirectTo: "/projects" }),
  });
  if (response.status !== 302) throw new Error(`sign-in as ${username} failed with ${response.status}`);
  return (response.headers.get("set-cookie") ?? "").split(";")[0];
}

async function post(path: string, cookie: string, body: URLSearchParams | FormData): Promise<Response> {
  const response = await fetch(`${app.url}${path}`, { method: "POST", redirect: "manual", headers: { Origin: app.url, Cookie: cookie }, body });
  if (response.status >= 400) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return response;
}

/**
 * Connects to one shared document as the signed-in user, like the browser
 * does, applies `write` once the document has loaded, and waits until the
 * server has had time to check, store and relay it.
 */
async function writeDocument(cookie: string, documentName: string, write: (doc: Y.Doc) => void): Promise<void> {
  const origin = app.url;
  class SignedInWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { Cookie: cookie, Origin: origin } });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${app.url.replace(/^http/, "ws")}/sync`, documentName, doc, {
    WebSocketPolyfill: SignedInWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${documentName} did not load within 20 s`)), 20_000);
      provider.once("sync", () => {
        clearTimeout(timer);
        resolve();
      });
    });
    write(doc);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    if (provider.wsconnected !== true) throw new Error(`the server closed ${documentName} after the write: it refused it`);
  } finally {
    provider.destroy();
    doc.destroy();
  }
}

/** Writes every field of the corpus, as the members who may set each one. */
async function plantCorpus(): Promise<{ siteId: string }> {
  const projectId = app.demoProjectId as string;
  const planner = await sessionCookie("jonas");
  const police = await sessionCookie("silje");
  const owner = await sessionCookie("kari");

  let siteId = "";
  await writeDocument(planner, `project/${projectId}/plan`, (doc) => {
    siteId = addSite(doc, {
      name: fields.siteName,
      status: "candidate",
      notes: fields.siteNotes,
      geometry: { type: "Polygon", coordinates: [[toLonLat(-300, -200), toLonLat(-230, -200), toLonLat(-230, -140), toLonLat(-300, -140), toLonLat(-300, -200)]] },
    });
    addDecision(doc, { date: "2026-11-30", phase: "localisation", decision: fields.decision, decidedBy: fields.decidedBy, basis: fields.decisionBasis });
  });
  await writeDocument(police, `project/${projectId}/concerns`, (doc) => {
    addArea(doc, {
      name: fields.areaName,
      note: fields.areaNote,
      geometry: { type: "Polygon", coordinates: [[toLonLat(-320, -220), toLonLat(-210, -220), toLonLat(-210, -120), toLonLat(-320, -120), toLonLat(-320, -220)]] },
    });
  });

  const feedback = `/projects/${projectId}/feedback`;
  const commented = await post(feedback, police, new URLSearchParams({ intent: "comment", body: fields.comment, siteId }));
  const commentId = JSON.stringify(await commented.json()).match(/"id":"([A-Za-z0-9_-]+)"/)?.[1];
  if (commentId) await post(feedback, planner, new URLSearchParams({ intent: "reply", parentId: commentId, body: fields.reply }));
  const [longitude, latitude] = toLonLat(-260, -100);
  await post(feedback, police, new URLSearchParams({ intent: "comment", body: fields.pinnedComment, latitude: String(latitude), longitude: String(longitude) }));
  for (const username of ["silje", "ahmed", "mari"]) {
    await post(feedback, await sessionCookie(username), new URLSearchParams({ intent: "rate", siteId, score: "2", comment: fields.rating }));
  }
  await post(feedback, planner, new URLSearchParams({ intent: "reveal", aspect: "all" }));

  const [pointLongitude, pointLatitude] = toLonLat(-200, -260);
  await post(
    `/projects/${projectId}/reference-points`,
    planner,
    new URLSearchParams({ intent: "add", category: "grocery", name: fields.pointName, lat: String(pointLatitude), lon: String(pointLongitude) }),
  );
  const layer = new FormData();
  layer.set("intent", "upload");
  layer.set("name", fields.layerName);
  layer.set(
    "geojson",
    JSON.stringify({
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { shop: "supermarket", name: fields.shopName, website: fields.shopWebsite, url: fields.shopWebsite, opening_hours: fields.shopName }, geometry: { type: "Point", coordinates: toLonLat(-240, -320) } },
        { type: "Feature", properties: { highway: "bus_stop", name: fields.busStopName }, geometry: { type: "Point", coordinates: toLonLat(-180, -300) } },
      ],
    }),
  );
  await post(`/projects/${projectId}/reference-data`, planner, layer);

  const created = await post(
    "/projects/new",
    owner,
    new URLSearchParams({ name: fields.projectName, municipality: "Eikelund", housingForm: "smahus", homeCount: "3", description: fields.projectDescription }),
  );
  hostileProjectId = /\/projects\/([0-9a-f-]{36})/.exec(created.headers.get("location") ?? "")?.[1] ?? "";
  if (!hostileProjectId) throw new Error(`creating the project answered ${created.status} without its address`);
  return { siteId };
}

/** A member whose display name is a payload, joined through an invite link, left on the map so others see them present. */
async function joinWithHostileName(): Promise<void> {
  const ownerContext = await browser.newContext({ baseURL: app.url });
  contexts.push(ownerContext);
  const owner = await ownerContext.newPage();
  await signIn(owner, "kari");
  await owner.goto(`/projects/${app.demoProjectId}/members`);
  await owner.getByRole("main").getByLabel("Rolle", { exact: true }).selectOption("resident");
  await owner.getByRole("button", { name: "Lag invitasjonslenke" }).click();
  const link = owner.getByTestId("invite-url");
  await link.waitFor();
  const inviteUrl = (await link.textContent())?.trim() ?? "";
  await ownerContext.close();
  contexts.pop();

  const memberContext = await browser.newContext({ baseURL: app.url });
  contexts.push(memberContext);
  const member = await memberContext.newPage();
  await member.goto(inviteUrl);
  await waitForHydration(member);
  await fillSignup(member, { name: fields.displayName, username: uniqueName("xss"), password: "passord-123" }, "Bli med i prosjektet");
  await member.waitForURL(new RegExp(`/projects/${app.demoProjectId}`));
  await member.goto(`/projects/${app.demoProjectId}/map`);
  await member.locator("[data-testid=connection-status][data-status=connected]").waitFor();
}

interface Findings {
  executed: string[];
  dialogs: string[];
  violations: CspViolation[];
  javascriptLinks: string[];
}

/** What a page ran, what the CSP blocked, and any link to a `javascript:` URL. */
async function inspect(page: Page, traps: PageTraps, where: string, findings: Findings): Promise<void> {
  // Time for an onerror of an image that fails to load, or an ontoggle, to fire.
  await page.waitForTimeout(400);
  const { executed, violations } = await traps.read(page);
  findings.executed.push(...executed.map((code) => `${code} on ${where}`));
  findings.violations.push(...violations.map((violation) => ({ ...violation, page: where })));
  const links = await page.evaluate(() =>
    [...document.querySelectorAll("a[href], area[href], [src], form[action]")]
      .map((element) => element.getAttribute("href") ?? element.getAttribute("src") ?? element.getAttribute("action") ?? "")
      .filter((url) => /^\s*javascript:/i.test(url)),
  );
  findings.javascriptLinks.push(...links.map((url) => `${url} on ${where}`));
}

/** Loads every page as one member, opening what shows user text, and returns what ran. */
async function visitAs(username: string, role: string): Promise<Findings & { shown: string[] }> {
  const context = await browser.newContext({ baseURL: app.url, viewport: { width: 1400, height: 1000 } });
  contexts.push(context);
  const traps = await installTraps(context);
  const page = await context.newPage();
  const findings: Findings = { executed: [], dialogs: traps.dialogs, violations: [], javascriptLinks: [] };
  const shown: string[] = [];
  const project = `/projects/${app.demoProjectId}`;
  await signIn(page, username);
  await inspect(page, traps, `${role} /projects`, findings);

  await page.goto(project);
  await page.locator("[data-testid=connection-status][data-status=connected]").waitFor();
  await page.getByText(fields.decision, { exact: false }).first().waitFor().catch(() => {});
  if (await page.getByText(fields.decision).count()) shown.push("decision");
  await inspect(page, traps, `${role} project page`, findings);

  await page.goto(`${project}/map`);
  await page.locator("[data-testid=connection-status][data-status=connected]").waitFor();
  const selectSite = page.getByRole("button", { name: `Vis ${fields.siteName}` });
  await selectSite.waitFor();
  shown.push("site name");
  await selectSite.click();
  await page.getByTestId("selected-site").waitFor();
  if (await page.getByTestId("selected-site").getByText(fields.siteNotes).count()) shown.push("site notes");
  if (await page.getByText(fields.comment).count()) shown.push("comment");
  await inspect(page, traps, `${role} map, site selected`, findings);
  // Open every popup the map offers: comment pins, points, areas. Tooltips of sites are permanent.
  const markers = page.locator(".leaflet-marker-icon.comment-pin, .leaflet-interactive");
  const count = Math.min(await markers.count(), 25);
  for (let index = 0; index < count; index++) {
    await markers.nth(index).click({ force: true, timeout: 2_000 }).catch(() => {});
    await markers.nth(index).hover({ force: true, timeout: 2_000 }).catch(() => {});
  }
  await inspect(page, traps, `${role} map, popups opened`, findings);
  await screenshot(page, `xss-map-${role}`);

  await page.goto(`${project}/members`);
  await waitForHydration(page);
  if (await page.getByText(fields.displayName).count()) shown.push("display name");
  await inspect(page, traps, `${role} members page`, findings);

  await page.goto(`${project}/map-data`);
  await waitForHydration(page);
  await page.waitForTimeout(1_000);
  await inspect(page, traps, `${role} map-data page`, findings);

  if (username === "kari") {
    await page.goto(`/projects/${hostileProjectId}`);
    await waitForHydration(page);
    if (await page.getByText(fields.projectName).count()) shown.push("project name");
    await inspect(page, traps, `${role} project with a hostile name`, findings);
    await page.goto("/projects");
    await inspect(page, traps, `${role} dashboard with a hostile project`, findings);
  }
  await context.close();
  contexts.splice(contexts.indexOf(context), 1);
  return { ...findings, shown };
}

describe("hole 1: the XSS corpus in every text field runs no script for any role", () => {
  const results = new Map<string, Findings & { shown: string[] }>();

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
    await plantCorpus();
    await joinWithHostileName();
    // The server's start alone can take two minutes on a busy machine.
  }, 300_000);

  it.each(roles)("as the %s (%s) no payload runs and no dialog opens on any page", { timeout: 180_000 }, async (role, username) => {
    const found = await visitAs(username, role);
    results.set(role, found);
    expect(found.executed).toEqual([]);
    expect(found.dialogs).toEqual([]);
    expect(found.javascriptLinks).toEqual([]);
  });

  it("shows the texts literally: the site name, its notes, the comment, the decision and the display name", () => {
    const planner = results.get("planner");
    const owner = results.get("owner");
    expect(planner?.shown).toEqual(expect.arrayContaining(["site name", "site notes", "comment", "decision", "display name"]));
    expect(owner?.shown).toEqual(expect.arrayContaining(["project name"]));
  });

  it("no payload even reaches the Content-Security-Policy (a blocked attempt means text was parsed as HTML somewhere)", () => {
    const violations = [...results.values()].flatMap((found) => found.violations);
    mkdirSync(screenshotFolder, { recursive: true });
    writeFileSync(join(screenshotFolder, "xss-csp-violations.json"), JSON.stringify(violations, null, 2));
    expect(violations).toEqual([]);
  });
});
