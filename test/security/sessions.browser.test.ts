/**
 * Hole 5: signing out left that session's sync sockets open and writing, and a removed member's
 * live feedback stream kept sending. Against the production server (its own embedded database,
 * demo data), with real y-websocket clients and real event streams signed in over HTTP, and the
 * "sign out everywhere" page in Chromium. Runs with the browser tests (it needs the build).
 */
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { addSite, listSites } from "../../app/sites/site-document";
import { launchBrowser, signIn as signInBrowser } from "../e2e/support/browser";
import { startApp, type RunningApp } from "../e2e/support/server";
import { connectClient, tryUpgrade, waitFor, waitForSync, type TestClient } from "../sync/helpers";

const password = "demo-passord";

interface OpenStream {
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  isEnded(): boolean;
  text(): string;
}

describe("hole 5: signing out, removal and role changes end sockets and streams at once", () => {
  let app: RunningApp;
  let projectId: string;
  const clients: TestClient[] = [];
  const streams: AbortController[] = [];

  beforeAll(async () => {
    app = await startApp({ seedDemo: true });
    projectId = app.demoProjectId!;
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    for (const stream of streams.splice(0)) stream.abort();
  });
  afterAll(() => app?.stop());

  const post = (path: string, fields: Record<string, string>, cookie?: string) =>
    fetch(`${app.url}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
      body: new URLSearchParams(fields),
    });

  /** A new session of `username`: the `bs_session=…` pair. */
  async function signIn(username: string): Promise<string> {
    const response = await post("/login", { username, password, redirectTo: "/projects" });
    expect(response.status, `sign-in of ${username}`).toBe(302);
    return (response.headers.get("set-cookie") ?? "").split(";")[0];
  }

  const tokenOf = (cookie: string) => cookie.slice(cookie.indexOf("=") + 1);
  const syncUrl = () => `${app.url.replace("http", "ws")}/sync`;
  const planDocument = () => `project/${projectId}/plan`;

  /** A real y-websocket client of the plan document, with the close codes it saw. */
  async function connect(cookie: string): Promise<TestClient & { closeCodes: number[] }> {
    const client = connectClient(syncUrl(), planDocument(), { id: "", name: "", token: tokenOf(cookie) });
    clients.push(client);
    const closeCodes: number[] = [];
    client.provider.on("connection-close", (event) => {
      if (event) closeCodes.push(event.code);
    });
    await waitForSync(client);
    return Object.assign(client, { closeCodes });
  }

  /** The project's live feedback stream, read as the browser's EventSource would. */
  async function openStream(cookie: string): Promise<OpenStream> {
    const controller = new AbortController();
    streams.push(controller);
    const response = await fetch(`${app.url}/projects/${projectId}/feedback/events`, {
      headers: { Cookie: cookie, Accept: "text/event-stream" },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    let ended = false;
    const done = (async () => {
      try {
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value);
      } catch {
        // Aborted by the test's own clean-up.
      }
      ended = true;
    })();
    await waitFor(() => text.includes(": connected"), 5_000, "the stream's first line");
    return { ended: done, isEnded: () => ended, text: () => text };
  }

  const site = (name: string) => ({ name, status: "candidate" as const, notes: "", geometry: { type: "Point" as const, coordinates: [10.39, 63.43] } });

  /** Sites as stored: what a newly signed-in member loads from the server. */
  async function storedSiteNames(): Promise<string[]> {
    const reader = await connect(await signIn("kari"));
    return listSites(reader.doc).map((entry) => entry.name);
  }

  async function userIdOf(ownerCookie: string, name: string): Promise<string> {
    const page = await (await fetch(`${app.url}/projects/${projectId}/members`, { headers: { Cookie: ownerCookie } })).text();
    const row = page.slice(page.indexOf(name));
    const match = /name="userId" value="([^"]+)"/.exec(row);
    if (!match) throw new Error(`no member row for ${name}`);
    return match[1];
  }

  it("hole 5: signing out closes that session's socket (4401) and ends its event stream at once; a write after is not stored; the other session stays", async () => {
    const laptopCookie = await signIn("jonas");
    const phoneCookie = await signIn("jonas");
    const laptop = await connect(laptopCookie);
    const phone = await connect(phoneCookie);
    const laptopStream = await openStream(laptopCookie);
    const phoneStream = await openStream(phoneCookie);

    const signOut = await post("/logout", {}, laptopCookie);
    expect(signOut.status).toBe(302);
    // Written the moment the sign-out came back, before the close could reach the client.
    addSite(laptop.doc, site("Skrevet etter utlogging"));

    await waitFor(() => laptop.closeCodes.includes(4401), 3_000, "the laptop's socket to close with 4401");
    await Promise.race([laptopStream.ended, new Promise((_, reject) => setTimeout(() => reject(new Error("stream still open")), 3_000))]);
    expect(laptopStream.isEnded()).toBe(true);
    // Refused from now on: the cookie no longer opens a socket or a page.
    expect(await tryUpgrade(`${syncUrl()}/${planDocument()}`, { cookie: laptopCookie })).toBe(401);
    expect((await fetch(`${app.url}/projects`, { headers: { Cookie: laptopCookie }, redirect: "manual" })).status).toBe(302);

    // The phone's session is untouched: its socket still writes, its stream still runs.
    addSite(phone.doc, site("Skrevet fra telefonen"));
    const reader = await connect(await signIn("kari"));
    await waitFor(() => listSites(reader.doc).some((entry) => entry.name === "Skrevet fra telefonen"), 5_000, "the phone's site");
    expect(listSites(reader.doc).map((entry) => entry.name)).not.toContain("Skrevet etter utlogging");
    expect(phone.closeCodes).toEqual([]);
    expect(phoneStream.isEnded()).toBe(false);
  });

  it("hole 5: a role change ends the member's stream and sockets of that project at once, and removal ends the new ones", async () => {
    const ownerCookie = await signIn("kari");
    const policeCookie = await signIn("silje");
    const silje = await userIdOf(ownerCookie, "Silje");
    const socket = await connect(policeCookie);
    const stream = await openStream(policeCookie);

    const change = await post(`/projects/${projectId}/members`, { intent: "changeRole", userId: silje, role: "planner" }, ownerCookie);
    expect(change.status).toBe(200);
    await waitFor(() => socket.closeCodes.includes(4403), 3_000, "the socket to close with 4403");
    await waitFor(() => stream.isEnded(), 3_000, "the stream to end after the role change");

    // Reconnected with the new role (as the page does: 4403 is final for the provider), then
    // removed: everything ends again, and nothing reopens.
    socket.provider.connect();
    await waitFor(() => socket.provider.wsconnected && socket.provider.synced, 5_000, "the socket to reconnect as planner");
    const secondStream = await openStream(policeCookie);
    const removal = await post(`/projects/${projectId}/members`, { intent: "removeMember", userId: silje }, ownerCookie);
    expect(removal.status).toBe(200);
    await waitFor(() => secondStream.isEnded(), 3_000, "the stream to end after removal");
    await waitFor(() => socket.closeCodes.filter((code) => code === 4403).length === 2, 3_000, "the socket to close again");
    expect(await tryUpgrade(`${syncUrl()}/${planDocument()}`, { cookie: policeCookie })).toBe(403);
    expect((await fetch(`${app.url}/projects/${projectId}/feedback/events`, { headers: { Cookie: policeCookie } })).status).toBe(404);
  });

  it("hole 5: sign out everywhere ends both sessions' sockets and streams, and both cookies are refused afterwards", async () => {
    const first = await signIn("mari");
    const second = await signIn("mari");
    const sockets = [await connect(first), await connect(second)];
    const openStreams = [await openStream(first), await openStream(second)];

    const response = await post("/logout-everywhere", {}, first);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/logout-everywhere?ended=2");
    expect(response.headers.get("set-cookie")).toMatch(/Max-Age=0/);

    for (const socket of sockets) await waitFor(() => socket.closeCodes.includes(4401), 3_000, "a socket to close with 4401");
    for (const stream of openStreams) await waitFor(() => stream.isEnded(), 3_000, "a stream to end");
    for (const cookie of [first, second]) {
      expect(await tryUpgrade(`${syncUrl()}/${planDocument()}`, { cookie })).toBe(401);
      const page = await fetch(`${app.url}/projects`, { headers: { Cookie: cookie }, redirect: "manual" });
      expect(page.status).toBe(302);
      expect(page.headers.get("location")).toMatch(/^\/login/);
    }
    expect(await storedSiteNames()).not.toContain("Skrevet etter utlogging");
  });

  describe("in the browser", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser?.close());

    it("hole 5: the header's 'Logg ut overalt' asks first, then ends every session and says how many", async () => {
      const elsewhere = await signIn("ahmed");
      const context = await browser.newContext({ baseURL: app.url });
      const page = await context.newPage();
      await signInBrowser(page, "ahmed");
      // The account menu in the header holds it: its summary is the member's name.
      await page.getByRole("banner").locator("summary", { hasText: "Ahmed" }).click();
      await page.getByRole("banner").getByRole("link", { name: "Logg ut overalt" }).click();
      await page.getByRole("heading", { name: "Logg ut på alle enheter" }).waitFor();
      await page.getByRole("main").getByRole("button", { name: "Logg ut overalt" }).click();
      await page.getByRole("heading", { name: "Du er logget ut overalt" }).waitFor();
      expect(await page.getByRole("status").textContent()).toBe("2 innlogginger er avsluttet.");
      // Signed out here, and the other session too.
      await page.goto("/projects");
      await page.waitForURL(/\/login/);
      expect((await fetch(`${app.url}/projects`, { headers: { Cookie: elsewhere }, redirect: "manual" })).status).toBe(302);
      await context.close();
    });
  });
});
