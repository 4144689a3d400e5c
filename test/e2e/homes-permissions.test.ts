/**
 * Every action of issue 8 × every role, generated from app/permissions.ts (decision 012): for
 * each action one real request against the production server with the demo data, made by each
 * role's demo member. Where the table allows it the request succeeds (2xx); where it does not it gets 403 and nothing the planners can see changes (the
 * checklist's JSON export, the catalogue and the order list, compared before and after).
 * Then the per-item and per-home rules the table alone cannot say: fire cannot sign off a police
 * item and police not a fire item; a resident's forged request for another home is 403 and one
 * for a closed category 409, both changing nothing.
 */
import { decode } from "turbo-stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canSetChecklistState, can, permissions, roles, type Action, type Role } from "../../app/permissions";
import { demoPassword } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

const demoMemberOf: Record<Role, string> = { owner: "kari", planner: "jonas", police: "silje", fire: "ahmed", resident: "mari", observer: "ola" };

/** The actions this test covers: every action of the checklist, homes, catalogue and choices. */
const homesActions = (Object.keys(permissions) as Action[]).filter((action) => /^(checklist|homes|catalogue|choices):/.test(action));

interface Ids {
  projectId: string;
  /** Mari's home, Emil's home. */
  ownHomeId: string;
  otherHomeId: string;
  openCategoryId: string;
  openOptionIds: string[];
  closedCategoryId: string;
  closedOptionId: string;
  firstOptionId: string;
}

interface Probe {
  method: "GET" | "POST";
  path: string;
  fields?: Record<string, string>;
}

/** One request that exercises the action, as this role would make it. */
function probeFor(action: Action, role: Role, ids: Ids, round: number): Probe {
  const project = `/projects/${ids.projectId}`;
  switch (action) {
    case "checklist:read":
      return { method: "GET", path: `${project}/checklist` };
    case "checklist:edit":
      return { method: "POST", path: `${project}/checklist`, fields: { intent: "assignment", itemKey: "needsMapped", responsibleRole: "planner", duePhase: "needs", dueDate: "" } };
    case "checklist:signOff":
      // An item this role would sign if it signs any: police's for police, fire's for everyone else.
      return { method: "POST", path: `${project}/checklist`, fields: { intent: "status", itemKey: role === "police" ? "yearlyPoliceMeetings" : "fireConsultedEarly", target: "project", status: "inProgress", reason: "" } };
    case "checklist:comment":
      return { method: "POST", path: `${project}/checklist`, fields: { intent: "comment", itemKey: "needsMapped", body: `Kommentar ${round} fra ${role}` } };
    case "homes:manage":
      return { method: "POST", path: `${project}/homes`, fields: { intent: "addHouseType", name: `Type ${role} ${round}` } };
    case "catalogue:read":
      return { method: "GET", path: `${project}/catalogue` };
    case "catalogue:edit":
      return { method: "POST", path: `${project}/catalogue`, fields: { intent: "setStandard", optionId: ids.firstOptionId } };
    case "choices:readAll":
      return { method: "GET", path: `${project}/choices/order-list?format=csv` };
    case "choices:chooseOwn":
      return { method: "POST", path: `${project}/my-home`, fields: { intent: "choose", categoryId: ids.openCategoryId, optionId: ids.openOptionIds[round % ids.openOptionIds.length] } };
    case "choices:withResident":
      return {
        method: "POST",
        path: `${project}/choices`,
        fields: { intent: "recordWithResident", homeId: ids.otherHomeId, categoryId: ids.openCategoryId, optionId: ids.openOptionIds[round % ids.openOptionIds.length], meeting: "Valgmøte", meetingDate: "2026-11-30" },
      };
    default:
      throw new Error(`no probe for ${action}: add one when adding an action`);
  }
}

/** Whether the table lets this role do what the probe does. */
function allowed(action: Action, role: Role): boolean {
  if (action === "checklist:signOff") return canSetChecklistState(role, role === "police" ? "police" : "fire");
  return can(role, action);
}

describe("issue 8's permission table over HTTP", () => {
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

  /** A route's loader data, read as the browser reads it (Remix single fetch). */
  async function loaderData<T>(role: Role, path: string, routeId: string): Promise<T> {
    const response = await fetch(`${app.url}${path}.data`, { headers: { Cookie: cookies.get(role)! } });
    expect(response.status, path).toBe(200);
    const decoded = await decode(response.body!);
    await decoded.done;
    const routes = decoded.value as Record<string, { data?: unknown }>;
    return routes[routeId].data as T;
  }

  /** What the planners can see of the homes: the checklist export, the catalogue and the order list. */
  async function fingerprint(): Promise<string> {
    const project = `/projects/${ids.projectId}`;
    const texts = await Promise.all(
      [`${project}/checklist/export?format=json`, `${project}/choices/order-list?format=csv`].map(async (path) => (await request("planner", { method: "GET", path })).text()),
    );
    const catalogue = await loaderData<unknown>("planner", `${project}/catalogue`, "routes/projects.$projectId.catalogue");
    const homes = await loaderData<unknown>("planner", `${project}/homes`, "routes/projects.$projectId.homes");
    return JSON.stringify([texts, catalogue, homes]);
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
    type MyHomeData = { mine: { home: { id: string }; categories: Array<{ id: string; previewPart: string; state: string; options: Array<{ id: string }> }> } };
    const mine = (await loaderData<MyHomeData>("resident", `/projects/${projectId}/my-home`, "routes/projects.$projectId.my-home")).mine;
    type MatrixData = { matrix: { homes: Array<{ id: string; resident: { name: string } | null }> } };
    const matrix = (await loaderData<MatrixData>("planner", `/projects/${projectId}/choices`, "routes/projects.$projectId.choices")).matrix;
    const open = mine.categories.find((category) => category.state === "open")!;
    const closed = mine.categories.find((category) => category.state === "closed")!;
    ids = {
      projectId,
      ownHomeId: mine.home.id,
      otherHomeId: matrix.homes.find((home) => home.resident?.name === "Emil")!.id,
      openCategoryId: open.id,
      openOptionIds: open.options.map((option) => option.id),
      closedCategoryId: closed.id,
      closedOptionId: closed.options[0].id,
      firstOptionId: open.options[1].id,
    };
  });
  afterAll(() => app?.stop());

  it("covers every action of the checklist, homes, catalogue and choices", () => {
    expect(homesActions.length).toBeGreaterThanOrEqual(10);
  });

  for (const action of homesActions) {
    for (const role of roles) {
      const expected = allowed(action, role);
      it(`${action} as ${role}: ${expected ? "allowed" : "refused with 403, nothing changed"}`, async () => {
        const before = expected ? "" : await fingerprint();
        const response = await request(role, probeFor(action, role, ids, roles.indexOf(role)));
        if (expected) {
          expect(response.status, `${action} as ${role}: HTTP ${response.status} ${await response.text()}`).toBeLessThan(400);
        } else {
          expect(response.status, `${action} as ${role}`).toBe(403);
          expect(await fingerprint()).toBe(before);
        }
      });
    }
  }

  it("fire cannot sign off a police item, and police cannot sign off a fire item", async () => {
    const before = await fingerprint();
    const project = `/projects/${ids.projectId}`;
    const fire = await request("fire", { method: "POST", path: `${project}/checklist`, fields: { intent: "status", itemKey: "workingLocks", target: "project", status: "inProgress", reason: "" } });
    expect(fire.status).toBe(403);
    const police = await request("police", { method: "POST", path: `${project}/checklist`, fields: { intent: "status", itemKey: "fireAlarmSuited", target: "project", status: "inProgress", reason: "" } });
    expect(police.status).toBe(403);
    expect(await fingerprint()).toBe(before);
  });

  it("refuses a resident's forged choice for another home (403) and a choice in a closed category (409), changing nothing", async () => {
    const before = await fingerprint();
    const project = `/projects/${ids.projectId}`;
    const forged = await request("resident", {
      method: "POST",
      path: `${project}/my-home`,
      fields: { intent: "choose", homeId: ids.otherHomeId, categoryId: ids.openCategoryId, optionId: ids.openOptionIds[0] },
    });
    expect(forged.status).toBe(403);
    const closed = await request("resident", { method: "POST", path: `${project}/my-home`, fields: { intent: "choose", categoryId: ids.closedCategoryId, optionId: ids.closedOptionId } });
    expect(closed.status).toBe(409);
    expect(await fingerprint()).toBe(before);
  });
});
