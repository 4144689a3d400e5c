/**
 * The backup's routes with real sessions on real databases: the page and the download answer
 * each role as the permission table says (`backup:export`, read from app/permissions.ts, not
 * written out here), a non-member gets 404; the download is a zip named after the project and
 * the day; the import takes that zip in another installation and lands the importer on the
 * project as its owner, refuses it with 409 where the project is already present and a broken
 * file with 400, and sends a visitor who is not signed in to sign in.
 */
import type { AppLoadContext } from "@remix-run/node";
import { count } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberships, projects } from "../../db/schema";
import { testAppConfig } from "../../test/support/app-config";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createSession } from "../auth/session.server";
import { createUser } from "../auth/users.server";
import type { Role } from "../permissions";
import { can, roles } from "../permissions";
import { createProject, findMembership } from "../projects/projects.server";
import { loader as downloadLoader } from "../routes/projects.$projectId.backup.download";
import { loader as pageLoader } from "../routes/projects.$projectId.backup";
import { action as importRouteAction } from "../routes/projects.import";
import { readArchive } from "./read-archive.server";

/** What a loader or action answered: a thrown or returned Response, or single fetch's `data()`. */
async function answerOf(result: unknown): Promise<{ status: number; headers: Headers; body: unknown }> {
  if (result instanceof Response) {
    const type = result.headers.get("content-type") ?? "";
    const body = type.includes("json") ? await result.json() : type.includes("zip") ? new Uint8Array(await result.arrayBuffer()) : await result.text();
    return { status: result.status, headers: result.headers, body };
  }
  if (result && typeof result === "object" && "type" in result && (result as { type: string }).type === "DataWithResponseInit") {
    const { data, init } = result as unknown as { data: unknown; init: ResponseInit | null };
    return { status: init?.status ?? 200, headers: new Headers(init?.headers), body: data };
  }
  return { status: 200, headers: new Headers(), body: result };
}

async function answered(work: () => Promise<unknown>) {
  try {
    return await answerOf(await work());
  } catch (thrown) {
    return answerOf(thrown);
  }
}

describe.each(testDatabaseKinds)("the backup routes on %s", (kind) => {
  let source: TestDatabase;
  let other: TestDatabase;
  let projectId: string;
  const cookies = new Map<Role | "stranger", string>();
  let otherCookie: string;
  let newcomerId: string;
  const context = (db: TestDatabase): AppLoadContext =>
    ({ db: db.db, logger: pino({ level: "silent" }), sync: { revokeMember() {}, revokeSession() {}, revokeUser() {} }, clientAddress: "test", config: testAppConfig }) as AppLoadContext;

  const download = (who: Role | "stranger") =>
    answered(() =>
      downloadLoader({ request: new Request(`http://localhost/projects/${projectId}/backup/download`, { headers: { Cookie: cookies.get(who) ?? "" } }), params: { projectId }, context: context(source) }),
    );
  const page = (who: Role | "stranger") =>
    answered(() => pageLoader({ request: new Request(`http://localhost/projects/${projectId}/backup`, { headers: { Cookie: cookies.get(who) ?? "" } }), params: { projectId }, context: context(source) }));
  const upload = (db: TestDatabase, cookie: string, bytes: Uint8Array) => {
    const body = new FormData();
    body.set("archive", new Blob([new Uint8Array(bytes)], { type: "application/zip" }), "boplan.zip");
    const request = new Request("http://localhost/projects/import", { method: "POST", body, headers: { Cookie: cookie } });
    return answered(() => importRouteAction({ request, params: {}, context: context(db) }));
  };

  beforeAll(async () => {
    [source, other] = await Promise.all([createTestDatabase(kind), createTestDatabase(kind)]);
    const ids = new Map<string, string>();
    for (const who of [...roles, "stranger"] as const) {
      const user = await createUser(source.db, { name: `Person ${who}`, username: `person-${who}`, email: null, password: "passord-123" });
      ids.set(who, user.id);
      cookies.set(who, (await createSession(source.db, user.id, new Request("http://localhost/"))).split(";")[0]);
    }
    projectId = (await createProject(source.db, ids.get("owner")!, { name: "Småhus på Eikelund", municipality: "Demo", housingForm: "smahus", homeCount: 2, description: "" })).id;
    for (const role of roles) if (role !== "owner") await source.db.insert(memberships).values({ projectId, userId: ids.get(role)!, role });
    const newcomer = await createUser(other.db, { name: "Ny planlegger", username: "ny", email: null, password: "passord-123" });
    newcomerId = newcomer.id;
    otherCookie = (await createSession(other.db, newcomer.id, new Request("http://localhost/"))).split(";")[0];
  });
  afterAll(async () => {
    await Promise.all([source?.drop(), other?.drop()]);
  });

  it("lets only the roles the permission table names export, and tells a non-member the project does not exist", async () => {
    for (const role of roles) {
      const expected = can(role, "backup:export") ? 200 : 403;
      expect((await page(role)).status, `page for ${role}`).toBe(expected);
      expect((await download(role)).status, `download for ${role}`).toBe(expected);
    }
    expect((await page("stranger")).status).toBe(404);
    expect((await download("stranger")).status).toBe(404);
  });

  it("downloads one zip named after the project and the day, which an import can read", async () => {
    const answer = await download("planner");
    expect(answer.headers.get("content-type")).toBe("application/zip");
    expect(answer.headers.get("content-disposition")).toMatch(/^attachment; filename="boplan-smahus-pa-eikelund-\d{4}-\d{2}-\d{2}\.zip"$/);
    expect(readArchive(answer.body as Uint8Array).manifest.projectName).toBe("Småhus på Eikelund");
  });

  it("imports the zip in another installation, lands on the project and makes the importer its owner", async () => {
    const zip = (await download("owner")).body as Uint8Array;
    const answer = await upload(other, otherCookie, zip);
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe(`/projects/${projectId}`);
    expect((await findMembership(other.db, projectId, newcomerId))?.role).toBe("owner");
  });

  it("refuses the project where it is already present (409) and a file that is no backup (400), changing nothing", async () => {
    const zip = (await download("owner")).body as Uint8Array;
    const [before] = await source.db.select({ n: count() }).from(projects);
    const present = await upload(source, cookies.get("stranger")!, zip);
    expect(present.status).toBe(409);
    expect((present.body as { problem: { code: string } }).problem.code).toBe("conflict");
    const broken = await upload(source, cookies.get("stranger")!, new TextEncoder().encode("ikke en zip"));
    expect(broken.status).toBe(400);
    expect((broken.body as { problem: { message: string } }).problem.message).toContain("ikke en zip-fil");
    const [after] = await source.db.select({ n: count() }).from(projects);
    expect(after.n).toBe(before.n);
  });

  it("sends a visitor who is not signed in to sign in", async () => {
    const answer = await upload(other, "", new Uint8Array([1, 2, 3]));
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toMatch(/^\/login/);
  });
});
