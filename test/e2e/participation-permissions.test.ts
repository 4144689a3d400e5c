/**
 * Every participation action of issue 9 × every role, generated from app/permissions.ts
 * (decision 013): for each action one real request against the production server with the demo
 * data, made by each role's demo member. Where the table allows it the request succeeds; where
 * it does not it is refused (403; a resident asking for the planners' log is sent to "Dette sa
 * dere – dette gjorde vi" instead, without the log) and nothing the planners can see changes.
 * Writes are sent as the pages' fetchers send them (`….data`), so the answer is the action's.
 * Then the rules the table alone cannot say: a resident's forged point for another resident or
 * in an activity they did not attend is 403, a "not adopted" answer without a reason is 400
 * naming the field, all changing nothing.
 */
import { decode } from "turbo-stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can, permissions, roles, type Action, type Role } from "../../app/permissions";
import { demoPassword } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

const demoMemberOf: Record<Role, string> = { owner: "kari", planner: "jonas", police: "silje", fire: "ahmed", resident: "mari", observer: "ola" };

/** The actions this test covers: every participation action. */
const participationActions = (Object.keys(permissions) as Action[]).filter((action) => action.startsWith("participation:"));

interface Ids {
  projectId: string;
  mari: string;
  emil: string;
  /** An activity Mari attended, one she did not, a point to answer, a file of the minutes. */
  withMari: string;
  withoutMari: string;
  pointId: string;
  fileId: string;
}

interface Probe {
  method: "GET" | "POST";
  path: string;
  fields?: Record<string, string>;
}

const activityFields = (title: string, extra: Record<string, string> = {}) => ({
  intent: "addActivity",
  kind: "workshop",
  title,
  date: "2026-11-30",
  phase: "localisation",
  "count.planner": "2",
  ...extra,
});

/** One request that exercises the action, as this role would make it. */
function probeFor(action: Action, role: Role, ids: Ids, round: number): Probe[] {
  const project = `/projects/${ids.projectId}`;
  switch (action) {
    case "participation:read":
      return [{ method: "GET", path: `${project}/you-said-we-did` }];
    case "participation:log":
      return [
        { method: "GET", path: `${project}/participation` },
        { method: "GET", path: `${project}/files/${ids.fileId}` },
      ];
    case "participation:write":
      return [
        { method: "POST", path: `${project}/participation`, fields: activityFields(`Verksted ${role} ${round}`) },
        { method: "POST", path: `${project}/participation`, fields: { intent: "answerPoint", pointId: ids.pointId, status: "partly", answer: `Svar fra ${role}` } },
      ];
    case "participation:raiseOwn":
      return [{ method: "POST", path: `${project}/you-said-we-did`, fields: { intent: "raiseOwn", body: `Mitt innspill ${round}` } }];
    default:
      throw new Error(`no probe for ${action}: add one when adding an action`);
  }
}

describe("issue 9's participation permissions over HTTP", () => {
  let app: RunningApp;
  const cookies = new Map<Role, string>();
  let ids: Ids;

  const request = (role: Role, probe: Probe) =>
    fetch(`${app.url}${probe.path}`, {
      method: probe.method,
      redirect: "manual",
      headers: { Cookie: cookies.get(role)!, Origin: app.url, ...(probe.fields ? { "Content-Type": "application/x-www-form-urlencoded" } : {}) },
      body: probe.fields ? new URLSearchParams(probe.fields) : undefined,
    });

  async function loaderData<T>(role: Role, path: string, routeId: string): Promise<T> {
    const response = await fetch(`${app.url}${path}.data`, { headers: { Cookie: cookies.get(role)! } });
    expect(response.status, path).toBe(200);
    const decoded = await decode(response.body!);
    await decoded.done;
    return (decoded.value as Record<string, { data?: unknown }>)[routeId].data as T;
  }

  type LogData = {
    log: {
      residents: Array<{ userId: string; alias: string }>;
      activities: Array<{ id: string; title: string; residents: Array<{ userId?: string }>; points: Array<{ id: string }> }>;
    };
  };
  const readLog = () => loaderData<LogData>("planner", `/projects/${ids.projectId}/participation`, "routes/projects.$projectId.participation");

  /** What the planners can see of the participation. */
  const fingerprint = async () => JSON.stringify(await readLog());

  /** An action's answer as a page's fetcher reads it (Remix single fetch). */
  async function post(role: Role, path: string, fields: Record<string, string>) {
    const response = await request(role, { method: "POST", path: `${path}.data`, fields });
    const decoded = await decode(response.body!);
    await decoded.done;
    const value = decoded.value as { data?: unknown };
    const body = ("data" in value ? value.data : value) as { ok: boolean; id?: string; error?: { code: string; fields?: Record<string, unknown> } };
    return { status: response.status, body };
  }

  beforeAll(async () => {
    app = await startApp({ seedDemo: true });
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
    const projectId = app.demoProjectId!;
    ids = { projectId } as Ids;
    const { log } = await readLog();
    ids.mari = log.residents.find((resident) => resident.alias === "Mari")!.userId;
    ids.emil = log.residents.find((resident) => resident.alias === "Emil")!.userId;
    const path = `/projects/${projectId}/participation`;
    const withMari = await post("planner", path, activityFields("Befaring med Mari", { residentId: ids.mari, aliases: "Sara" }));
    const withoutMari = await post("planner", path, activityFields("Befaring uten Mari", { residentId: ids.emil }));
    expect(withMari.status).toBe(200);
    ids.withMari = withMari.body.id!;
    ids.withoutMari = withoutMari.body.id!;
    const point = await post("planner", path, { intent: "addPoint", activityId: ids.withMari, body: "Trygg vei til bussen", raisedByRole: "resident", raisedByUserId: ids.mari });
    ids.pointId = point.body.id!;
    const upload = new FormData();
    upload.set("purpose", "activity");
    upload.set("subjectKey", ids.withMari);
    upload.set("homeId", "");
    upload.set("caption", "Referat");
    upload.set("file", new Blob([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")], { type: "application/pdf" }), "referat.pdf");
    const stored = await fetch(`${app.url}/projects/${projectId}/files`, { method: "POST", headers: { Cookie: cookies.get("planner")!, Origin: app.url }, body: upload });
    expect(stored.status, await stored.clone().text()).toBe(201);
    ids.fileId = ((await stored.json()) as { file: { id: string } }).file.id;
  });
  afterAll(() => app?.stop());

  it("covers every participation action", () => {
    expect(participationActions.sort()).toEqual(["participation:log", "participation:raiseOwn", "participation:read", "participation:write"]);
  });

  for (const action of participationActions) {
    for (const role of roles) {
      const expected = can(role, action);
      it(`${action} as ${role}: ${expected ? "allowed" : "refused, nothing changed"}`, async () => {
        const before = expected ? "" : await fingerprint();
        for (const probe of probeFor(action, role, ids, roles.indexOf(role))) {
          // Writes as the page's forms send them (a fetcher's single-fetch request): the action's own answer.
          const response = await request(role, probe.method === "POST" ? { ...probe, path: `${probe.path}.data` } : probe);
          const what = `${probe.method} ${probe.path} as ${role}`;
          if (expected) {
            expect(response.status, `${what}: HTTP ${response.status} ${await response.text()}`).toBeLessThan(300);
          } else if (action === "participation:log" && probe.path.endsWith("/participation")) {
            // The page a resident may read instead; no log data in the answer.
            expect(response.status, what).toBe(302);
            expect(response.headers.get("location"), what).toMatch(/\/you-said-we-did$/);
            expect(await response.text()).not.toMatch(/Sara/);
          } else {
            expect(response.status, what).toBe(403);
          }
        }
        if (!expected) expect(await fingerprint()).toBe(before);
      });
    }
  }

  it("refuses a resident's point for another resident, in an activity they did not attend, and their answer, changing nothing", async () => {
    const before = await fingerprint();
    const project = `/projects/${ids.projectId}`;
    const forOther = await post("resident", `${project}/participation`, { intent: "addPoint", body: "For Emil", raisedByRole: "resident", raisedByUserId: ids.emil });
    // The resident's own form has no such fields: their point is always their own, so the forged fields are ignored …
    expect(forOther.status).toBe(200);
    const made = await readLog();
    const all = made.log.activities.flatMap((activity) => activity.points);
    expect(all.find((point) => point.id === forOther.body.id)).toBeUndefined();
    // … and it shows as Mari's own on her page, never as Emil's.
    type SaidDone = { page: { points: Array<{ id: string; own: boolean }> } };
    const mine = await loaderData<SaidDone>("resident", `${project}/you-said-we-did`, "routes/projects.$projectId.you-said-we-did");
    expect(mine.page.points.find((point) => point.id === forOther.body.id)?.own).toBe(true);
    const after = await fingerprint();

    const elsewhere = await post("resident", `${project}/you-said-we-did`, { intent: "raiseOwn", activityId: ids.withoutMari, body: "Jeg var ikke der" });
    expect(elsewhere.status).toBe(403);
    const answer = await post("resident", `${project}/participation`, { intent: "answerPoint", pointId: ids.pointId, status: "adopted" });
    expect(answer.status).toBe(403);
    const activity = await post("resident", `${project}/participation`, activityFields("Mitt eget møte"));
    expect(activity.status).toBe(403);
    expect(await fingerprint()).toBe(after);
    expect(before).not.toBe(after);
  });

  it("refuses a 'not adopted' answer without a reason with 400 naming the field, and a link to a site that does not exist", async () => {
    const before = await fingerprint();
    const project = `/projects/${ids.projectId}`;
    const noReason = await post("planner", `${project}/participation`, { intent: "answerPoint", pointId: ids.pointId, status: "notAdopted", answer: "Nei", reason: " " });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error?.fields).toHaveProperty("reason");
    const noSite = await post("planner", `${project}/participation`, { intent: "answerPoint", pointId: ids.pointId, status: "adopted", link: "site:no-such-site" });
    expect(noSite.status).toBe(400);
    expect(noSite.body.error?.fields).toHaveProperty("linkId");
    expect(await fingerprint()).toBe(before);
  });
});
