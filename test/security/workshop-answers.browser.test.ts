/**
 * Issue 10's wire test: a participant cannot see others' answers before the reveal through any
 * channel. Against the production server with demo data: a guest joins by the code over HTTP
 * (and cannot make itself more than a resident), subscribes to the workshop's event stream,
 * loads the phone's loader data (Remix single fetch) and syncs the plan document with a real
 * y-websocket client; three others answer a dot vote and a text poll with distinctive words.
 * Every byte the guest received before the reveal lacks the results and those words; after the
 * reveal the loader data holds them. Runs with the browser tests (it needs the build).
 */
import { decode } from "turbo-stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInOslo } from "../../app/ui/format-time";
import { startApp, type RunningApp } from "../e2e/support/server";
import { connectClient, waitFor, waitForSync, type TestClient } from "../sync/helpers";

const password = "demo-passord";
const secretWords = ["ZEBRA-7731", "OKAPI-4402", "NARHVAL-9915"];

describe("issue 10: no one's answers reach a participant before the reveal", () => {
  let app: RunningApp;
  let projectId: string;
  const cookies = new Map<string, string>();
  const clients: TestClient[] = [];
  const streams: AbortController[] = [];

  beforeAll(async () => {
    app = await startApp({ seedDemo: true });
    projectId = app.demoProjectId!;
    for (const username of ["jonas", "emil", "silje", "ahmed"]) {
      const response = await post("/login", { username, password, redirectTo: "/projects" });
      expect(response.status, `sign-in of ${username}`).toBe(302);
      cookies.set(username, cookieOf(response));
    }
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    for (const stream of streams) stream.abort();
    await app?.stop();
  });

  function post(path: string, fields: Record<string, string>, cookie?: string) {
    return fetch(`${app.url}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
      body: new URLSearchParams(fields),
    });
  }
  const cookieOf = (response: Response) => (response.headers.get("set-cookie") ?? "").split(";")[0];

  /** An action's answer as a fetcher reads it (single fetch), with the raw bytes. */
  async function act(username: string, path: string, fields: Record<string, string>, cookie = cookies.get(username)) {
    const response = await post(`${path}.data`, fields, cookie);
    const raw = await response.text();
    const decoded = await decode(new Response(raw).body!);
    await decoded.done;
    const value = decoded.value as { data?: unknown };
    return { status: response.status, raw, body: ("data" in value ? value.data : value) as Record<string, unknown> & { ok?: boolean; error?: { code: string } } };
  }

  /** A page's loader data as the browser's single fetch gets it: raw bytes and the decoded routes. */
  async function loaderData(path: string, cookie: string) {
    const response = await fetch(`${app.url}${path}.data`, { headers: { Cookie: cookie } });
    const raw = await response.text();
    if (response.status !== 200) return { status: response.status, raw, routes: {} as Record<string, { data?: unknown }> };
    const decoded = await decode(new Response(raw).body!);
    await decoded.done;
    return { status: response.status, raw, routes: decoded.value as Record<string, { data?: unknown }> };
  }

  it("keeps results and text answers out of a guest's stream, loader data and sync until revealed", async () => {
    const workshops = `/projects/${projectId}/workshops`;
    const created = await post(workshops, { title: "Verksted på kvelden", date: todayInOslo() }, cookies.get("jonas"));
    expect(created.status).toBe(302);
    const workshopPath = new URL(created.headers.get("location")!, app.url).pathname;
    const workshopId = workshopPath.split("/").at(-1)!;
    expect(workshopPath).toBe(`${workshops}/${workshopId}`);

    const started = await act("jonas", workshopPath, { intent: "start" });
    expect(started.body.ok).toBe(true);
    const code = (started.body.code as { code: string; path: string }).path;
    expect(code).toMatch(/^\/w\/[A-Z2-9]{8}$/);

    // A guest joins with an alias; the role in the form is not theirs to choose.
    const joined = await post(code, { intent: "guest", alias: "Solsikke", role: "planner" });
    expect(joined.status).toBe(302);
    expect(joined.headers.get("location")).toBe(`${workshopPath}/phone`);
    const guest = cookieOf(joined);
    const start = await act("guest", workshopPath, { intent: "revealPoll", pollId: "x" }, guest);
    expect(start.status).toBe(403);
    const invite = await post(`/projects/${projectId}/members`, { intent: "createInvite", role: "planner", validDays: "7" }, guest);
    expect(invite.status).toBeGreaterThanOrEqual(400);
    const signIn = await post("/login", { username: "solsikke", password: "" });
    expect(signIn.status).not.toBe(302);

    // The guest's three channels, every byte kept.
    const streamBytes: string[] = [];
    const controller = new AbortController();
    streams.push(controller);
    const stream = await fetch(`${app.url}${workshopPath}/events`, { headers: { Cookie: guest, Accept: "text/event-stream" }, signal: controller.signal });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    void (async () => {
      try {
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) streamBytes.push(decoder.decode(chunk.value));
      } catch {
        // Aborted at the end.
      }
    })();
    await waitFor(() => streamBytes.join("").includes('"type":"state"'), 10_000, "the stream's first state");

    const syncBytes: Buffer[] = [];
    const sync = connectClient(`${app.url.replace("http", "ws")}/sync`, `project/${projectId}/plan`, { id: "", name: "", token: guest.slice(guest.indexOf("=") + 1) });
    clients.push(sync);
    sync.provider.on("status", ({ status }: { status: string }) => {
      if (status === "connected") sync.provider.ws?.addEventListener("message", (event: MessageEvent) => syncBytes.push(Buffer.from(event.data as ArrayBuffer)));
    });
    await waitForSync(sync);
    // The facilitator's view rides on awareness, which the guest receives too.
    const facilitator = connectClient(`${app.url.replace("http", "ws")}/sync`, `project/${projectId}/plan`, { id: "", name: "", token: cookies.get("jonas")!.split("=")[1] });
    clients.push(facilitator);
    await waitForSync(facilitator);
    facilitator.provider.awareness.setLocalStateField("workshop", { workshopId, view: { lat: 63.43, lon: 10.39, zoom: 15 }, itemId: null });
    await waitFor(
      () => [...sync.provider.awareness.getStates().values()].some((state) => (state.workshop as { workshopId?: string } | undefined)?.workshopId === workshopId),
      10_000,
      "the facilitator's view at the guest",
    );

    const phone = `${workshopPath}/phone`;
    const loads: string[] = [];
    const load = async () => {
      const results = await Promise.all([loaderData(phone, guest), loaderData(workshopPath, guest)]);
      const ok = results.filter((result) => result.status === 200);
      expect(ok.length, "the phone view or the workshop page loads for the guest").toBeGreaterThan(0);
      loads.push(...ok.map((result) => result.raw));
      return ok;
    };
    await load();

    const dots = await act("jonas", workshopPath, { intent: "addPoll", kind: "dots", question: "Hvor vil dere ha benken?", options: JSON.stringify([{ id: "opt-kiwi", label: "Ved inngangen" }, { id: "opt-lime", label: "Ved hagen" }]), budget: "5" });
    const text = await act("jonas", workshopPath, { intent: "addPoll", kind: "text", question: "Ett ord om tomta" });
    const dotsId = dots.body.id as string;
    const textId = text.body.id as string;
    for (const pollId of [dotsId, textId]) expect((await act("jonas", workshopPath, { intent: "openPoll", pollId })).body.ok).toBe(true);

    const others = ["emil", "silje", "ahmed"];
    for (const [index, username] of others.entries()) {
      const dotAnswer = await act(username, workshopPath, { intent: "answer", pollId: dotsId, answer: JSON.stringify({ dots: { "opt-kiwi": index + 1, "opt-lime": 4 - index } }) });
      expect(dotAnswer.body, username).toMatchObject({ ok: true, answered: index + 1 });
      const textAnswer = await act(username, workshopPath, { intent: "answer", pollId: textId, answer: JSON.stringify({ text: secretWords[index] }) });
      expect(textAnswer.body.ok).toBe(true);
      // The answer's own response says only how many have answered.
      expect(dotAnswer.raw + textAnswer.raw).not.toMatch(/totals|ZEBRA|OKAPI|NARHVAL/);
    }
    await waitFor(() => streamBytes.join("").includes(`"pollId":"${textId}","round":1,"answered":3`), 10_000, "the count of three on the stream");
    const overBudget = await act("emil", workshopPath, { intent: "answer", pollId: dotsId, answer: JSON.stringify({ dots: { "opt-kiwi": 6 } }) });
    expect(overBudget.status).toBe(400);
    await load();
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(syncBytes.length).toBeGreaterThan(0);
    const before = [...loads, streamBytes.join(""), Buffer.concat(syncBytes).toString("latin1")];
    for (const bytes of before) {
      for (const word of secretWords) expect(bytes).not.toContain(word);
      expect(bytes).not.toMatch(/"totals"|"byRole"|"texts"/);
      expect(bytes).not.toContain('"dots":{');
    }
    // The planner sees the results, the guest only the counts.
    const plannerView = await loaderData(workshopPath, cookies.get("jonas")!);
    expect(plannerView.raw).toContain("ZEBRA-7731");

    for (const pollId of [dotsId, textId]) expect((await act("jonas", workshopPath, { intent: "revealPoll", pollId })).body.ok).toBe(true);
    const after = (await load()).map((result) => result.raw).join("");
    for (const word of secretWords) expect(after).toContain(word);
    expect(after).toContain("totals");
    // Still no one's name beside an answer, and the stream never carried one.
    expect(streamBytes.join("")).not.toMatch(/ZEBRA|OKAPI|NARHVAL|"dots"/);
  });
});
