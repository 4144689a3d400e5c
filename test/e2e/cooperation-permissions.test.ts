/**
 * The cooperation agreement, attention flags and "new since your last visit" × every role,
 * generated from app/permissions.ts (decision 013): for each action one real request against the
 * production server with the demo data, made by each role's demo member. Where the table
 * allows it the request succeeds (2xx); where it does not it gets 403 and nothing a planner can
 * see changes (the agreement and every open flag, compared before and after). Then the rules
 * the table alone cannot say: a flag is cleared by planners and by its own role only, a meeting
 * is held once (409), a stranger learns nothing of the project (404).
 */
import { decode } from "turbo-stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can, permissions, roles, type Action, type Role } from "../../app/permissions";
import { addDays, todayInOslo } from "../../app/ui/format-time";
import { demoPassword } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

const demoMemberOf: Record<Role, string> = { owner: "kari", planner: "jonas", police: "silje", fire: "ahmed", resident: "mari", observer: "ola" };

/** The actions this test covers. */
const peopleActions = (Object.keys(permissions) as Action[]).filter((action) => /^(cooperation|attention|changes):/.test(action));

/** Checklist items to flag, one per round, so each allowed request is a new flag (not the locks item the demo flags). */
const itemsToFlag = ["policeOnLocation", "yearlyPoliceMeetings", "soundInsulation", "needsMapped", "oneVoice", "safeWalkingRoute"];

interface Probe {
  method: "GET" | "POST";
  path: string;
  fields?: Record<string, string>;
}

function probeFor(action: Action, role: Role, projectId: string, round: number): Probe {
  const project = `/projects/${projectId}`;
  switch (action) {
    case "cooperation:read":
      return { method: "GET", path: `${project}/cooperation` };
    case "cooperation:write":
      return { method: "POST", path: `${project}/cooperation`, fields: { intent: "addGoal", title: `Mål fra ${role}`, target: "3", achieved: "1", unit: "boliger" } };
    case "attention:flag":
      return { method: "POST", path: `${project}/attention`, fields: { intent: "add", subjectKind: "checklistItem", subjectId: itemsToFlag[round], role: "police", note: `Fra ${role}` } };
    case "changes:read":
      return { method: "GET", path: `${project}/changes` };
    default:
      throw new Error(`no probe for ${action}: add one when adding an action`);
  }
}

describe("issue 9's cooperation, attention and changes permissions over HTTP", () => {
  let app: RunningApp;
  let projectId: string;
  const cookies = new Map<Role | "stranger", string>();

  const request = (who: Role | "stranger", probe: Probe) =>
    fetch(`${app.url}${probe.path}`, {
      method: probe.method,
      redirect: "manual",
      headers: { Cookie: cookies.get(who)!, Origin: app.url, ...(probe.fields ? { "Content-Type": "application/x-www-form-urlencoded" } : {}) },
      body: probe.fields ? new URLSearchParams(probe.fields) : undefined,
    });

  async function loaderData<T>(role: Role, path: string, routeId: string): Promise<T> {
    const response = await fetch(`${app.url}${path}.data`, { headers: { Cookie: cookies.get(role)! } });
    expect(response.status, path).toBe(200);
    const decoded = await decode(response.body!);
    await decoded.done;
    return (decoded.value as Record<string, { data?: unknown }>)[routeId].data as T;
  }

  /** What a planner can see: the whole agreement and every open flag. */
  async function fingerprint(): Promise<string> {
    const project = `/projects/${projectId}`;
    const cooperation = await loaderData<unknown>("planner", `${project}/cooperation`, "routes/projects.$projectId.cooperation");
    const attention = await loaderData<unknown>("planner", `${project}/attention`, "routes/projects.$projectId.attention");
    return JSON.stringify([cooperation, attention]);
  }

  async function signIn(username: string): Promise<string> {
    const response = await fetch(`${app.url}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ username, password: demoPassword, redirectTo: "/projects" }),
    });
    expect(response.status).toBe(302);
    return (response.headers.get("set-cookie") ?? "").split(";")[0];
  }

  beforeAll(async () => {
    app = await startApp({ seedDemo: true });
    projectId = app.demoProjectId!;
    for (const role of roles) cookies.set(role, await signIn(demoMemberOf[role]));
    // Someone with an account who is not in the demo project.
    const signup = await fetch(`${app.url}/signup`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ name: "Utenfor", username: "utenfor", password: "passord-123" }),
    });
    expect(signup.status).toBe(302);
    cookies.set("stranger", (signup.headers.get("set-cookie") ?? "").split(";")[0]);
  });
  afterAll(() => app?.stop());

  it("covers every action of the cooperation, attention flags and what changed", () => {
    expect(peopleActions.sort()).toEqual(["attention:flag", "changes:read", "cooperation:read", "cooperation:write"]);
  });

  for (const action of peopleActions) {
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

  it("answers a stranger 404 for every page and write, so the project's existence is not revealed", async () => {
    for (const action of peopleActions) {
      const response = await request("stranger", probeFor(action, "planner", projectId, 5));
      expect(response.status, action).toBe(404);
    }
  });

  it("lets the flag's own role and planners clear it, not another role (403)", async () => {
    type AttentionData = { flags: Array<{ id: string; role: string; subjectId: string }> };
    const { flags } = await loaderData<AttentionData>("planner", `/projects/${projectId}/attention`, "routes/projects.$projectId.attention");
    const [first, second] = flags.filter((flag) => flag.role === "police");
    const clear = (role: Role, flagId: string) => request(role, { method: "POST", path: `/projects/${projectId}/attention`, fields: { intent: "clear", flagId } });
    const before = await fingerprint();
    for (const role of ["fire", "resident", "observer"] as const) expect((await clear(role, first.id)).status, role).toBe(403);
    expect(await fingerprint()).toBe(before);
    expect((await clear("police", first.id)).status).toBe(200);
    expect((await clear("planner", second.id)).status).toBe(200);
    expect((await clear("police", first.id)).status).toBe(409);
  });

  it("holds a meeting once: a second 'held' is 409 and makes no second activity", async () => {
    const project = `/projects/${projectId}`;
    const added = await request("planner", { method: "POST", path: `${project}/cooperation`, fields: { intent: "addMeeting", title: "Samarbeidsmøte i går", date: addDays(todayInOslo(), -1) } });
    expect(added.status).toBe(200);
    type CooperationData = { snapshot: { meetings: Array<{ id: string; title: string }> } };
    const { snapshot } = await loaderData<CooperationData>("planner", `${project}/cooperation`, "routes/projects.$projectId.cooperation");
    const meetingId = snapshot.meetings.find((meeting) => meeting.title === "Samarbeidsmøte i går")!.id;
    const held = { method: "POST" as const, path: `${project}/cooperation`, fields: { intent: "markHeld", meetingId } };
    expect((await request("planner", held)).status).toBe(200);
    const before = await fingerprint();
    expect((await request("owner", held)).status).toBe(409);
    expect((await request("police", held)).status).toBe(403);
    expect(await fingerprint()).toBe(before);
  });
});
