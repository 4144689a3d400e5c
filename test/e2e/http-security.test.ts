/**
 * What the server refuses, seen from outside over real HTTP and WebSocket:
 * throttled sign-in, cross-site posts, non-members, roles without the right,
 * and sync connections without a session or membership.
 */
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

describe("server-side checks", () => {
  let app: RunningApp;
  let projectId: string;

  beforeAll(async () => {
    app = await startApp({ seedDemo: true });
    projectId = app.demoProjectId!;
  });
  afterAll(() => app?.stop());

  const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${app.url}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(fields),
    });

  async function sessionCookie(username: string): Promise<string> {
    const response = await post("/login", { username, password: demoPassword, redirectTo: "/projects" });
    expect(response.status).toBe(302);
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    return setCookie.split(";")[0];
  }

  it("reports a healthy database", async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "pglite" });
  });

  it("throttles repeated failed sign-ins for a user name, even with the right password afterwards", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      statuses.push((await post("/login", { username: "ola", password: "wrong-password" })).status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    const blocked = await post("/login", { username: "ola", password: demoPassword });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("refuses a form posted from another site and changes nothing", async () => {
    const cookie = await sessionCookie("kari");
    const response = await post(
      "/projects/new",
      { name: "Forged", municipality: "X", housingForm: "smahus", homeCount: "1", description: "" },
      { Cookie: cookie, Origin: "https://evil.example" },
    );
    expect(response.status).toBe(403);
    const dashboard = await fetch(`${app.url}/projects`, { headers: { Cookie: cookie } });
    expect(await dashboard.text()).not.toContain("Forged");
  });

  it("hides a project from someone who is not a member", async () => {
    const signup = await post("/signup", { name: "Outsider", username: "outsider", email: "", password: "passord-123" });
    expect(signup.status).toBe(302);
    const cookie = (signup.headers.get("set-cookie") ?? "").split(";")[0];
    const page = await fetch(`${app.url}/projects/${projectId}`, { headers: { Cookie: cookie }, redirect: "manual" });
    expect(page.status).toBe(404);
    const members = await fetch(`${app.url}/projects/${projectId}/members`, { headers: { Cookie: cookie } });
    expect(members.status).toBe(404);
  });

  it("sends a signed-out visitor to sign-in", async () => {
    const page = await fetch(`${app.url}/projects/${projectId}`, { redirect: "manual" });
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe(`/login?redirectTo=${encodeURIComponent(`/projects/${projectId}`)}`);
  });

  it("lets only the owner manage members and only planners invite", async () => {
    const police = await sessionCookie("silje");
    const planner = await sessionCookie("jonas");
    const resident = await sessionCookie("mari");
    const owner = await sessionCookie("kari");
    const membersPath = `/projects/${projectId}/members`;
    // Without the per-response CSP nonce, which differs on every page by design.
    const membersOf = async () =>
      (await (await fetch(`${app.url}${membersPath}`, { headers: { Cookie: owner } })).text()).replace(/nonce="[^"]*"|"nonce":"[^"]*"|nonce-[A-Za-z0-9+/=_-]+/g, "nonce");
    const memberIds = /name="userId" value="([0-9a-f-]{36})"/g;
    const html = await membersOf();
    const ids = [...html.matchAll(memberIds)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(0);

    expect((await post(membersPath, { intent: "removeMember", userId: ids[0] }, { Cookie: police })).status).toBe(403);
    expect((await post(membersPath, { intent: "changeRole", userId: ids[0], role: "planner" }, { Cookie: planner })).status).toBe(403);
    expect((await post(membersPath, { intent: "createInvite", role: "planner", validDays: "7" }, { Cookie: resident })).status).toBe(403);
    expect(await membersOf(), "refused requests changed nothing").toBe(html);

    const invite = await post(membersPath, { intent: "createInvite", role: "police", validDays: "7" }, { Cookie: planner });
    expect(invite.status).toBe(200);
  });

  it("answers bad form input with a clear error and no change", async () => {
    const owner = await sessionCookie("kari");
    const membersPath = `/projects/${projectId}/members`;
    const unknown = await post(membersPath, { intent: "dropDatabase" }, { Cookie: owner });
    expect(unknown.status).toBe(400);
    const badRole = await post(membersPath, { intent: "createInvite", role: "owner", validDays: "7" }, { Cookie: owner });
    expect(badRole.status).toBe(400);
    const badDays = await post(membersPath, { intent: "createInvite", role: "police", validDays: "100000" }, { Cookie: owner });
    expect(badDays.status).toBe(400);
  });

  it("refuses sync connections before the upgrade without a session or membership", async () => {
    const upgradeStatus = (documentName: string, cookie?: string) =>
      new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(`${app.url.replace("http", "ws")}/sync/${documentName}`, {
          headers: cookie ? { Cookie: cookie } : {},
        });
        socket.on("unexpected-response", (_request, response) => {
          resolve(response.statusCode ?? 0);
          socket.terminate();
        });
        socket.on("open", () => {
          resolve(101);
          socket.close();
        });
        socket.on("error", (error) => {
          if (!String(error.message).includes("Unexpected server response")) reject(error);
        });
      });
    expect(await upgradeStatus(`project/${projectId}/plan`)).toBe(401);
    const signup = await post("/signup", { name: "Stranger", username: "stranger", email: "", password: "passord-123" });
    const stranger = (signup.headers.get("set-cookie") ?? "").split(";")[0];
    expect(await upgradeStatus(`project/${projectId}/plan`, stranger)).toBe(403);
    expect(await upgradeStatus(`project/${projectId}/secrets`, await sessionCookie("kari"))).toBe(404);
    expect(await upgradeStatus(`project/${projectId}/plan`, await sessionCookie("silje"))).toBe(101);
  });
});
