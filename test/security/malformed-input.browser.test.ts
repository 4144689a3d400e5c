/**
 * Hole 7: a NUL character in a project name, comment, rating reason, point or layer name, or
 * display name gave a 500; so did a lone surrogate, 50,000-deep properties or a multipart body
 * without a boundary in an upload. Against the production server, signed in as the demo users:
 * each gets a 400 with a clear message, and reading back shows nothing was stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword } from "../e2e/support/browser";
import { startApp, type RunningApp } from "../e2e/support/server";

let app: RunningApp;
let projectId: string;
const cookies = new Map<string, string>();
const textCharactersNb = "Teksten har tegn som ikke kan lagres";

beforeAll(async () => {
  app = await startApp({ seedDemo: true });
  projectId = app.demoProjectId!;
  for (const username of ["kari", "jonas", "silje"]) cookies.set(username, await signIn(username));
});
afterAll(() => app?.stop());

function post(path: string, body: URLSearchParams | FormData | string, options: { as?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  return fetch(`${app.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      Origin: app.url,
      Accept: "application/json",
      ...(typeof body === "string" || body instanceof URLSearchParams ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
      ...(options.as ? { Cookie: cookies.get(options.as)! } : {}),
      ...options.headers,
    },
    body,
  });
}

async function signIn(username: string): Promise<string> {
  const response = await post("/login", new URLSearchParams({ username, password: demoPassword, redirectTo: "/projects" }));
  expect(response.status).toBe(302);
  return (response.headers.get("set-cookie") ?? "").split(";")[0];
}

async function read<T>(path: string, as: string): Promise<T> {
  const response = await fetch(`${app.url}${path}`, { headers: { Cookie: cookies.get(as)!, Accept: "application/json" } });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

type ProblemAnswer = { error: { code: string; message: string; messageEn: string; fields?: Record<string, unknown> } };

const feedbackPath = () => `/projects/${projectId}/feedback`;
const pointsPath = () => `/projects/${projectId}/reference-points`;
const layersPath = () => `/projects/${projectId}/reference-data`;

describe("hole 7: bad text and bad files get a 400 and change nothing", () => {
  it("hole 7: a NUL or control character in a new project's name, municipality or description is refused with 400 and a message", async () => {
    const base = { name: "Ny tomt-plan", municipality: "Lillestrøm", housingForm: "samlokaliserte", homeCount: "4", description: "" };
    for (const [field, value] of [["name", "Null\u0000prosjekt"], ["municipality", "Lille\u0000strøm"], ["description", "Beskrivelse\u0001"]] as const) {
      const response = await post("/projects/new", new URLSearchParams({ ...base, [field]: value }), { as: "kari", headers: { Accept: "text/html" } });
      expect(response.status, field).toBe(400);
      expect(await response.text(), field).toContain(textCharactersNb);
    }
    const dashboard = await (await fetch(`${app.url}/projects`, { headers: { Cookie: cookies.get("kari")! } })).text();
    expect(dashboard).not.toContain("Null");
    expect(dashboard).not.toContain("prosjekt\u0000");
  });

  it("hole 7: a NUL in a display name at sign-up is refused with 400 and no account is made", async () => {
    const response = await post("/signup", new URLSearchParams({ name: "Null\u0000Navn", username: "nullnavn", email: "", password: "passord-123" }), {
      headers: { Accept: "text/html" },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(textCharactersNb);
    const login = await post("/login", new URLSearchParams({ username: "nullnavn", password: "passord-123" }));
    expect(login.status, "no account was stored").toBe(401);
  });

  it("hole 7: a NUL or another control character in the sign-in name is a plain failed sign-in (401), not a 500, and the real account still signs in", async () => {
    for (const username of ["kari\u0000", "ka\u0000ri", "kari\u0007"]) {
      const response = await post("/login", new URLSearchParams({ username, password: demoPassword }), { headers: { Accept: "text/html" } });
      expect(response.status, JSON.stringify(username)).toBe(401);
    }
    const login = await post("/login", new URLSearchParams({ username: "kari", password: demoPassword, redirectTo: "/projects" }));
    expect(login.status).toBe(302);
  });

  it("hole 7: a NUL in a comment, a reply or a rating's reason is refused with 400 naming the field", async () => {
    type Snapshot = { comments: Array<{ id: string; body: string }>; ratings: Array<{ comment: string }> };
    const before = await read<Snapshot>(feedbackPath(), "silje");
    const siteMatch = /"siteId":"([^"]+)"/.exec(JSON.stringify(before));
    const siteId = siteMatch?.[1] ?? before.comments[0]?.id;
    const parentId = before.comments[0].id;
    const cases: Array<[Record<string, string>, string]> = [
      [{ intent: "comment", siteId: siteId!, body: "Mørk\u0000gangvei" }, "body"],
      [{ intent: "comment", latitude: "59.95", longitude: "10.96", body: "Escape \u001B[31m" }, "body"],
      [{ intent: "reply", parentId, body: "Svar\u0000" }, "body"],
      [{ intent: "rate", siteId: siteId!, score: "3", comment: "Begrunnelse\u0000" }, "comment"],
    ];
    for (const [fields, field] of cases) {
      const response = await post(feedbackPath(), new URLSearchParams(fields), { as: "silje" });
      expect(response.status, JSON.stringify(fields)).toBe(400);
      const { error } = (await response.json()) as ProblemAnswer;
      expect(error.code).toBe("invalidInput");
      expect(Object.keys(error.fields ?? {})).toEqual([field]);
      expect(error.message).toContain(textCharactersNb);
    }
    expect(await read<Snapshot>(feedbackPath(), "silje")).toEqual(before);
  });

  it("hole 7: a NUL in a point's name is refused with 400 (field name: textCharacters), and a NUL in a point id with 400", async () => {
    type Points = { points: unknown[] };
    const before = await read<Points>(pointsPath(), "jonas");
    const added = await post(pointsPath(), new URLSearchParams({ intent: "add", category: "busStop", name: "Torget\u0000", lat: "59.95", lon: "10.96" }), { as: "jonas" });
    expect(added.status).toBe(400);
    expect(((await added.json()) as ProblemAnswer).error).toMatchObject({ code: "invalid", fields: { name: "textCharacters" } });
    const removed = await post(pointsPath(), new URLSearchParams({ intent: "delete", pointId: "p\u0000" }), { as: "jonas" });
    expect(removed.status).toBe(400);
    expect(await read<Points>(pointsPath(), "jonas")).toEqual(before);
  });

  it("hole 7: a NUL in a layer's name or in uploaded GeoJSON properties, a lone surrogate, or 50,000-deep properties is refused with 400", async () => {
    type Layers = { layers: unknown[] };
    const before = await read<Layers>(`${layersPath()}?include=list`, "jonas");
    const feature = (properties: string) => `{"type":"Feature","properties":${properties},"geometry":{"type":"Point","coordinates":[10.96,59.95]}}`;
    const deep = `${"[".repeat(50_000)}${"]".repeat(50_000)}`;
    const cases: Array<[string, Record<string, string>, string]> = [
      ["layer name", { name: "Lag\u0000", geojson: feature('{"name":"ok"}') }, "invalidText"],
      ["NUL in properties", { geojson: feature('{"name":"Tomt\\u0000B"}') }, "invalidText"],
      ["lone surrogate", { geojson: feature('{"name":"Tomt \\ud800"}') }, "invalidText"],
      ["50,000 deep", { geojson: feature(`{"deep":${deep}}`) }, "tooDeep"],
    ];
    for (const [name, fields, code] of cases) {
      const form = new FormData();
      form.set("intent", "upload");
      for (const [key, value] of Object.entries(fields)) form.set(key, value);
      const response = await post(layersPath(), form, { as: "jonas" });
      expect(response.status, name).toBe(400);
      const { error } = (await response.json()) as ProblemAnswer;
      expect(error.code, name).toBe(code);
      expect(error.message.length, name).toBeGreaterThan(20);
    }
    // The same file as a file, named with a NUL.
    const file = new FormData();
    file.set("intent", "upload");
    file.set("file", new Blob([feature('{"name":"ok"}')], { type: "application/geo+json" }), "lag\u0000.geojson");
    expect((await post(layersPath(), file, { as: "jonas" })).status).toBe(400);
    expect(await read<Layers>(`${layersPath()}?include=list`, "jonas")).toEqual(before);
  });

  it("hole 7: an upload in multipart without a boundary is refused with 400, not 500", async () => {
    const body = '--x\r\nContent-Disposition: form-data; name="intent"\r\n\r\nupload\r\n--x--\r\n';
    for (const path of [layersPath(), feedbackPath(), pointsPath()]) {
      const response = await post(path, body, { as: "jonas", headers: { "Content-Type": "multipart/form-data" } });
      expect(response.status, path).toBe(400);
      expect(((await response.json()) as ProblemAnswer).error.message.length, path).toBeGreaterThan(10);
    }
  });

  it("hole 7: a NUL in a member or invite id is refused with 400", async () => {
    const cases: Array<Record<string, string>> = [{ intent: "removeMember", userId: "x\u0000" }, { intent: "revokeInvite", inviteId: "x\u0000" }];
    for (const fields of cases) {
      const response = await post(`/projects/${projectId}/members`, new URLSearchParams(fields), { as: "kari", headers: { Accept: "text/html" } });
      expect(response.status, fields.intent).toBe(400);
    }
  });
});
