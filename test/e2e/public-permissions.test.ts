/**
 * Every action of the inquiries and the public page (decision 013) × every role, generated from
 * app/permissions.ts: one real request per action against the production server with the demo
 * data, made by each role's demo member. Where the table allows it the request succeeds (2xx);
 * where it does not it gets 403 and nothing the planners can see changes (the inquiries page's
 * and the editor's loader data, compared before and after). The pages' reads (the editor, its
 * preview, the event streams) follow the same table.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can, permissions, roles, type Action, type Role } from "../../app/permissions";
import { loaderData, postForm, signInCookie } from "../../app/public-page/testing/running-app";
import { todayInOslo } from "../../app/ui/format-time";
import { startApp, type RunningApp } from "./support/server";

const demoMemberOf: Record<Role, string> = { owner: "kari", planner: "jonas", police: "silje", fire: "ahmed", resident: "mari", observer: "ola" };

/** The actions this test covers: every action of the inquiries and the public page. */
const publicActions = (Object.keys(permissions) as Action[]).filter((action) => /^(inquiries|publicPage):/.test(action));

interface Probe {
  method: "GET" | "POST";
  path: string;
  fields?: Record<string, string>;
}

function probeFor(action: Action, role: Role, projectId: string, round: number): Probe {
  const project = `/projects/${projectId}`;
  switch (action) {
    case "inquiries:read":
      return { method: "GET", path: `${project}/inquiries` };
    case "inquiries:write":
      return { method: "POST", path: `${project}/inquiries`, fields: { intent: "add", receivedDate: todayInOslo(), channel: "phone", topic: `Spørsmål ${round} via ${role}`, body: "Når starter byggingen?" } };
    case "publicPage:edit":
      return { method: "POST", path: `${project}/public-page`, fields: { intent: "addUpdate", date: todayInOslo(), title: `Nytt ${round} fra ${role}`, body: "Kort nytt." } };
    default:
      throw new Error(`no probe for ${action}: add one when adding an action`);
  }
}

describe("the inquiries' and the public page's permission table over HTTP", () => {
  let app: RunningApp;
  const cookies = new Map<Role, string>();
  let projectId: string;

  const request = (role: Role, probe: Probe) =>
    probe.method === "POST" ? postForm(app, probe.path, probe.fields ?? {}, cookies.get(role)) : fetch(`${app.url}${probe.path}`, { redirect: "manual", headers: { Cookie: cookies.get(role)! } });

  /** What the planners can see: every inquiry, and the public page's editor. */
  async function fingerprint(): Promise<string> {
    const [inquiries, editor] = await Promise.all([
      loaderData(app, `/projects/${projectId}/inquiries`, "routes/projects.$projectId.inquiries", cookies.get("planner")),
      loaderData(app, `/projects/${projectId}/public-page`, "routes/projects.$projectId.public-page", cookies.get("planner")),
    ]);
    return JSON.stringify([inquiries, editor]);
  }

  beforeAll(async () => {
    app = await startApp({ seedDemo: true });
    projectId = app.demoProjectId!;
    for (const role of roles) cookies.set(role, await signInCookie(app, demoMemberOf[role]));
  });
  afterAll(() => app?.stop());

  it("covers every action of the inquiries and the public page", () => {
    expect(publicActions).toEqual(["inquiries:read", "inquiries:write", "publicPage:edit"]);
  });

  for (const action of publicActions) {
    for (const role of roles) {
      const expected = can(role, action);
      it(`${action} as ${role}: ${expected ? "allowed" : "refused with 403, nothing changed"}`, async () => {
        const before = expected ? "" : await fingerprint();
        const response = await request(role, probeFor(action, role, projectId, roles.indexOf(role)));
        const body = await response.text();
        if (expected) {
          expect(response.status, `${action} as ${role}: HTTP ${response.status} ${body.slice(0, 300)}`).toBeLessThan(400);
        } else {
          expect(response.status, `${action} as ${role}`).toBe(403);
          expect(await fingerprint()).toBe(before);
        }
      });
    }
  }

  for (const role of roles) {
    const inquiries = can(role, "inquiries:read");
    const editor = can(role, "publicPage:edit");
    it(`the editor, its preview and both event streams as ${role}: ${editor ? "open" : "403"} / inquiries stream ${inquiries ? "open" : "403"}`, async () => {
      const project = `/projects/${projectId}`;
      const expectations: Array<[string, boolean]> = [
        [`${project}/public-page`, editor],
        [`${project}/public-page/preview`, editor],
        [`${project}/public-page/events`, editor],
        [`${project}/inquiries/events`, inquiries],
      ];
      for (const [path, allowed] of expectations) {
        const abort = new AbortController();
        const response = await fetch(`${app.url}${path}`, { headers: { Cookie: cookies.get(role)! }, redirect: "manual", signal: abort.signal });
        expect(response.status, `${path} as ${role}`).toBe(allowed ? 200 : 403);
        if (path.endsWith("/events") && allowed) expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
        abort.abort();
      }
    });
  }
});
