/**
 * Every action of the information plan and the neighbour records × every role, generated from
 * app/permissions.ts (decision 013): for each action one real request against the production
 * server with the demo data, made by each role's demo member. Where the table allows it the
 * request succeeds (2xx); where it does not it gets 403 and nothing the planners can see changes
 * (the information plan, the address list export, the log, the letters and the notices, compared
 * before and after). Then every neighbour page a role may not read answers 403, and one that
 * only planners read never shows a neighbour's name to anyone else.
 */
import { decode } from "turbo-stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAddressCsv } from "../../db/seed-demo-neighbours";
import { can, permissions, roles, type Action, type Role } from "../../app/permissions";
import { demoPassword } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

const demoMemberOf: Record<Role, string> = { owner: "kari", planner: "jonas", police: "silje", fire: "ahmed", resident: "mari", observer: "ola" };

/** The actions this test covers: the information plan's and the neighbours'. */
const neighbourActions = (Object.keys(permissions) as Action[]).filter((action) => /^(infoPlan|neighbours):/.test(action));

interface Probe {
  method: "GET" | "POST";
  path: string;
  fields?: Record<string, string>;
}

function probeFor(action: Action, role: Role, projectId: string, round: number): Probe {
  const base = `/projects/${projectId}/neighbours`;
  switch (action) {
    case "infoPlan:read":
      return { method: "GET", path: base };
    case "infoPlan:write":
      return { method: "POST", path: `${base}?index`, fields: { intent: "addRow", audience: "school", message: `Orientering ${round} fra ${role}`, phase: "localisation", date: "", channel: "meeting", responsible: "" } };
    case "neighbours:read":
      return { method: "GET", path: `${base}/addresses/export` };
    case "neighbours:write":
      return { method: "POST", path: `${base}/log`, fields: { intent: "addEntry", kind: "call", date: "2026-01-05", audience: "neighbours", channel: "", summary: `Samtale ${round} registrert av ${role}` } };
    default:
      throw new Error(`no probe for ${action}: add one when adding an action`);
  }
}

describe("issue 9's neighbour permissions over HTTP", () => {
  let app: RunningApp;
  let projectId: string;
  const cookies = new Map<Role, string>();

  const request = (role: Role, probe: Probe, body?: BodyInit) =>
    fetch(`${app.url}${probe.path}`, {
      method: probe.method,
      redirect: "manual",
      headers: { Cookie: cookies.get(role)!, Origin: app.url, ...(probe.fields ? { "Content-Type": "application/x-www-form-urlencoded" } : {}) },
      body: body ?? (probe.fields ? new URLSearchParams(probe.fields) : undefined),
    });

  async function loaderData<T>(role: Role, path: string, routeId: string): Promise<T> {
    const response = await fetch(`${app.url}${path}.data`, { headers: { Cookie: cookies.get(role)! } });
    expect(response.status, path).toBe(200);
    const decoded = await decode(response.body!);
    await decoded.done;
    return (decoded.value as Record<string, { data?: unknown }>)[routeId].data as T;
  }

  /** What the planners can see of the neighbour records. */
  async function fingerprint(): Promise<string> {
    const base = `/projects/${projectId}/neighbours`;
    const csv = await (await request("planner", { method: "GET", path: `${base}/addresses/export` })).text();
    const pages = await Promise.all([
      loaderData("planner", base, "routes/projects.$projectId.neighbours._index"),
      loaderData("planner", `${base}/log`, "routes/projects.$projectId.neighbours.log"),
      loaderData("planner", `${base}/notice`, "routes/projects.$projectId.neighbours.notice"),
      loaderData("planner", `${base}/letters`, "routes/projects.$projectId.neighbours.letters._index"),
    ]);
    return JSON.stringify([csv, pages]);
  }

  beforeAll(async () => {
    app = await startApp({ seedDemo: true });
    projectId = app.demoProjectId!;
    for (const role of roles) {
      const response = await fetch(`${app.url}/login`, {
        method: "POST",
        redirect: "manual",
        headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ username: demoMemberOf[role], password: demoPassword, redirectTo: "/projects" }),
      });
      expect(response.status).toBe(302);
      cookies.set(role, (response.headers.get("set-cookie") ?? "").split(";")[0]);
    }
    // The demo's address list, with owners' names, whether or not the demo seed has it yet (taken once either way).
    const form = new FormData();
    form.set("intent", "importCsv");
    form.set("csv", new File([demoAddressCsv], "adresser.csv", { type: "text/csv" }));
    const upload = await request("planner", { method: "POST", path: `/projects/${projectId}/neighbours/addresses` }, form);
    expect(upload.status).toBe(200);
    // A letter to print, whether or not the demo seed has one yet.
    const created = await request("planner", { method: "POST", path: `/projects/${projectId}/neighbours/letters?index`, fields: { intent: "createLetter", templateKey: "information", title: "" } });
    expect(created.status).toBe(200);
  });
  afterAll(() => app?.stop());

  it("covers every action of the information plan and the neighbours", () => {
    expect(neighbourActions).toEqual(["infoPlan:read", "infoPlan:write", "neighbours:read", "neighbours:write"]);
  });

  for (const action of neighbourActions) {
    for (const role of roles) {
      const expected = can(role, action);
      it(`${action} as ${role}: ${expected ? "allowed" : "refused with 403, nothing changed"}`, async () => {
        const before = expected ? "" : await fingerprint();
        const response = await request(role, probeFor(action, role, projectId, roles.indexOf(role)));
        if (expected) {
          expect(response.status, `${action} as ${role}: HTTP ${response.status} ${await response.text()}`).toBeLessThan(400);
        } else {
          expect(response.status, `${action} as ${role}`).toBe(403);
          expect(await fingerprint()).toBe(before);
        }
      });
    }
  }

  it("answers 403 on every planners' page, print page, PDF and event stream a role may not read", async () => {
    const base = `/projects/${projectId}/neighbours`;
    const letters = await loaderData<{ letters: Array<{ id: string }> }>("planner", `${base}/letters`, "routes/projects.$projectId.neighbours.letters._index");
    const pages = [`${base}/addresses`, `${base}/letters`, `${base}/notice`, `${base}/log`];
    const id = letters.letters[0].id;
    pages.push(`${base}/letters/${id}`, `/projects/${projectId}/neighbours/letters/${id}/print`, `${base}/letters/${id}/pdf?to=neighbourhood`);
    for (const role of roles) {
      for (const path of pages) {
        const response = await request(role, { method: "GET", path });
        expect(response.status, `${role} ${path}`).toBe(can(role, "neighbours:read") ? 200 : 403);
        await response.body?.cancel();
      }
      const events = await request(role, { method: "GET", path: `${base}/events` });
      expect(events.status, `${role} events`).toBe(can(role, "infoPlan:read") ? 200 : 403);
      await events.body?.cancel();
    }
  }, 120_000);

  it("shows the neighbours' names to planners only", async () => {
    const base = `/projects/${projectId}/neighbours`;
    for (const role of roles) {
      const texts = await Promise.all([base, `${base}/addresses`, `${base}/notice`].map(async (path) => (await request(role, { method: "GET", path })).text()));
      const shown = texts.join("\n").includes("Liv Demo Haugen");
      expect(shown, role).toBe(can(role, "neighbours:read"));
    }
  });

  it("refuses a non-member with 404 and changes nothing", async () => {
    const before = await fingerprint();
    const response = await fetch(`${app.url}/projects/${projectId}/neighbours/log`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded", Cookie: "boplan_session=nobody" },
      body: new URLSearchParams({ intent: "addEntry", kind: "call", date: "2026-01-05", audience: "neighbours", summary: "x" }),
    });
    expect([302, 303, 401, 404]).toContain(response.status);
    expect(await fingerprint()).toBe(before);
  });
});
