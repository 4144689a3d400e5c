/**
 * The checklist page's route (loader and action of /projects/:id/checklist) with real sessions
 * on a real database and the template that ships: every member reads it and a non-member gets
 * 404; every intent × every role, expected from the permission table (`app/permissions.ts` and
 * `canSetChecklistState`), never written out by hand: allowed ones go through, the others are
 * refused with 403 and change nothing; a forged form is refused at its field; a successful write
 * tells the project's open checklist streams.
 */
import type { AppLoadContext } from "@remix-run/node";
import { count, eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checklistEvents, checklistItems, checklistStates, memberships } from "../../db/schema";
import { testAppConfig } from "../../test/support/app-config";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createSession } from "../auth/session.server";
import { createUser } from "../auth/users.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import type { Role } from "../permissions";
import { can, canSetChecklistState, roles } from "../permissions";
import { createProject } from "../projects/projects.server";
import { action, loader } from "../routes/projects.$projectId.checklist";
import type { ChecklistIntent } from "./checklist-input";
import { checklistIntents, intentPermissions } from "./checklist-input";
import type { ChecklistSnapshot } from "./checklist-types";
import { templateItems } from "./template";

/** What a loader or action answered: a thrown or returned Response, or single fetch's `data()`. */
async function answerOf(result: unknown): Promise<{ status: number; body: unknown }> {
  if (result instanceof Response) return { status: result.status, body: result.headers.get("content-type")?.includes("json") ? await result.json() : await result.text() };
  if (result && typeof result === "object" && "type" in result && (result as { type: string }).type === "DataWithResponseInit") {
    const { data, init } = result as unknown as { data: unknown; init: ResponseInit | null };
    return { status: init?.status ?? 200, body: data };
  }
  return { status: 200, body: result };
}

const plainItem = templateItems().find((item) => item.scope === "project" && !item.signingRole && !item.requiresEvidence && !item.debated);
const fireItem = templateItems().find((item) => item.signingRole === "fire" && !item.requiresEvidence);
const debatedItem = templateItems().find((item) => item.debated);

/** A valid form for each intent, on an item whose rules the expectation below knows. */
function formOf(intent: ChecklistIntent): { fields: Record<string, string>; signingRole: Role | undefined } {
  if (!plainItem || !fireItem || !debatedItem) throw new Error("the template has a plain project item, a fire item and a debated item");
  switch (intent) {
    case "status":
      return { fields: { intent, itemKey: fireItem.key, status: "inProgress", target: "project" }, signingRole: fireItem.signingRole };
    case "assignment":
      return { fields: { intent, itemKey: plainItem.key, responsibleRole: "planner", duePhase: "design", dueDate: "2027-03-01" }, signingRole: undefined };
    case "comment":
    case "disagreement":
      return { fields: { intent, itemKey: plainItem.key, body: "Skriv om stedet." }, signingRole: undefined };
    case "decision":
      return { fields: { intent, itemKey: debatedItem.key, decision: "Ja", decisionReason: "Fordi beboerne ba om det." }, signingRole: undefined };
    case "linkDecision":
      return { fields: { intent, itemKey: debatedItem.key, decisionLogId: "entry-1" }, signingRole: undefined };
    case "takeIn":
      return { fields: { intent }, signingRole: undefined };
  }
}

/** Whether the permission table lets `role` do `intent` on that form's item. */
function allowed(intent: ChecklistIntent, role: Role, signingRole: Role | undefined): boolean {
  const byTable = intentPermissions[intent].some((permission) => can(role, permission));
  if (intent === "status") return byTable && canSetChecklistState(role, signingRole);
  if (intent === "disagreement") return byTable && !canSetChecklistState(role, signingRole);
  return byTable;
}

describe.each(testDatabaseKinds)("the checklist route on %s", (kind) => {
  let database: TestDatabase;
  let projectId: string;
  const cookies = new Map<Role | "stranger", string>();
  const context = (): AppLoadContext =>
    ({ db: database.db, logger: pino({ level: "silent" }), sync: { revokeMember() {}, revokeSession() {}, revokeUser() {} }, clientAddress: "test", config: testAppConfig }) as AppLoadContext;
  const url = () => `http://localhost/projects/${projectId}/checklist`;

  async function read(who: Role | "stranger") {
    const request = new Request(url(), { headers: { Cookie: cookies.get(who) ?? "" } });
    try {
      return await answerOf(await loader({ request, params: { projectId }, context: context() }));
    } catch (thrown) {
      return answerOf(thrown);
    }
  }

  async function send(who: Role | "stranger", fields: Record<string, string>) {
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) body.set(key, value);
    const request = new Request(url(), { method: "POST", body, headers: { Cookie: cookies.get(who) ?? "" } });
    try {
      return await answerOf(await action({ request, params: { projectId }, context: context() }));
    } catch (thrown) {
      return answerOf(thrown);
    }
  }

  async function everything() {
    const [[events], [states], items] = await Promise.all([
      database.db.select({ n: count() }).from(checklistEvents).where(eq(checklistEvents.projectId, projectId)),
      database.db.select({ n: count() }).from(checklistStates).where(eq(checklistStates.projectId, projectId)),
      database.db.select().from(checklistItems).where(eq(checklistItems.projectId, projectId)),
    ]);
    return { events: events.n, states: states.n, items };
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const ids = new Map<string, string>();
    for (const who of [...roles, "stranger"] as const) {
      const user = await createUser(database.db, { name: `Person ${who}`, username: `person-${who}`, email: null, password: "passord-123" });
      ids.set(who, user.id);
      cookies.set(who, (await createSession(database.db, user.id, new Request("http://localhost/"))).split(";")[0]);
    }
    projectId = (await createProject(database.db, ids.get("owner") as string, { name: "Eikelund", municipality: "Demo", housingForm: "smahus", homeCount: 2, description: "" })).id;
    for (const role of roles) if (role !== "owner") await database.db.insert(memberships).values({ projectId, userId: ids.get(role) as string, role });
  });
  afterAll(() => database.drop());

  it("lets every member read the checklist and tells a non-member it does not exist", async () => {
    for (const role of roles) {
      const answer = await read(role);
      expect(answer.status).toBe(200);
      const { snapshot } = answer.body as { snapshot: ChecklistSnapshot };
      expect(snapshot.self.role).toBe(role);
      expect(snapshot.sections.length).toBeGreaterThan(0);
    }
    expect((await read("stranger")).status).toBe(404);
  });

  for (const intent of checklistIntents) {
    it(`answers ${intent} for each role as the permission table says, and a refusal changes nothing`, async () => {
      const { fields, signingRole } = formOf(intent);
      for (const role of roles) {
        const before = await everything();
        const answer = await send(role, fields);
        if (allowed(intent, role, signingRole)) {
          // Allowed by role; the item's own state may still answer 409 (e.g. no decision to link yet).
          expect([200, 409], `${intent} by ${role}`).toContain(answer.status);
        } else {
          expect(answer.status, `${intent} by ${role}`).toBe(403);
          expect((answer.body as { error: { code: string } }).error.code).toBe("forbidden");
          expect(await everything(), `${intent} by ${role} changed something`).toEqual(before);
        }
      }
      expect((await send("stranger", fields)).status).toBe(404);
    });
  }

  it("refuses a reason state without a reason, a bad date and a forged id at their fields", async () => {
    if (!plainItem) throw new Error("no plain item");
    const before = await everything();
    const noReason = await send("planner", { intent: "status", itemKey: plainItem.key, status: "notRelevant", reason: "" });
    expect(noReason.status).toBe(400);
    expect(Object.keys((noReason.body as { error: { fields: object } }).error.fields)).toEqual(["reason"]);
    const badDate = await send("planner", { intent: "assignment", itemKey: plainItem.key, dueDate: "2027-02-30" });
    expect(Object.keys((badDate.body as { error: { fields: object } }).error.fields)).toEqual(["dueDate"]);
    expect((await send("planner", { intent: "comment", itemKey: "../../etc", body: "Hei" })).status).toBe(400);
    expect((await send("planner", { intent: "status", itemKey: plainItem.key, status: "done", target: "home:<script>" })).status).toBe(400);
    expect((await send("planner", { intent: "comment", itemKey: plainItem.key, body: "Hei\u0000" })).status).toBe(400);
    expect((await send("planner", { intent: "explode" })).status).toBe(400);
    expect(await everything()).toEqual(before);
  });

  it("tells the project's open checklist streams after a write, not after a refusal", async () => {
    if (!plainItem) throw new Error("no plain item");
    let notices = 0;
    const stop = feedbackEvents.subscribe(projectId, () => (notices += 1), undefined, "checklist");
    try {
      expect((await send("resident", { intent: "comment", itemKey: plainItem.key, body: "Fint!" })).status).toBe(200);
      expect((await send("observer", { intent: "comment", itemKey: plainItem.key, body: "Fint!" })).status).toBe(403);
    } finally {
      stop();
    }
    expect(notices).toBe(1);
  });
});
