/**
 * bench:workshop (issue 10, decision 014): W workshops × P phones answering a running dot vote
 * within the same S seconds, while each workshop's facilitator sends follow-mode views on the
 * plan document's awareness R times a second, against the production server (a child process).
 * Accounts, sessions, projects and the running workshops are made directly in the database
 * first. Each workshop has a shared screen on its event stream. Reported: answers lost (acked
 * vs rows vs the screen's final count), the time from an answer's POST to the screen's first
 * count that includes it (p50/p99), the server's CPU and memory (from /proc), and whether the
 * presence limiter let the facilitators' views through.
 *
 *   npm run build && npm run bench:workshop -- [--workshops 30] [--phones 40] [--seconds 10] [--rate 10] [--retries 2] [--db pglite|postgres]
 *
 * A phone whose request never reaches the server (a network error) sends the same answer again
 * after a second, up to --retries times, as a phone would: answering twice is one row.
 *
 * BUILD_DIR picks the build, as for the browser tests. PostgreSQL: an admin URL from
 * BENCH_DATABASE_URL or TEST_DATABASE_URL (a database is created and dropped).
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { decode } from "turbo-stream";
import { openDatabase } from "../../db/connection";
import { memberships, projects, sessions, users } from "../../db/schema";
import { hashToken } from "../../app/auth/tokens.server";
import { addPoll, stepPoll } from "../../app/workshops/polls-store.server";
import { createWorkshopEvents } from "../../app/workshops/workshop-events.server";
import {
  createWorkshop,
  startWorkshop,
} from "../../app/workshops/workshops-store.server";
import { todayInOslo } from "../../app/ui/format-time";
import { startApp } from "../e2e/support/server";
import { createTestDatabaseLocation } from "../support/database";
import {
  connectClient,
  waitFor,
  waitForSync,
  type TestClient,
} from "../sync/helpers";

const { values } = parseArgs({
  options: {
    workshops: { type: "string", default: "30" },
    phones: { type: "string", default: "40" },
    seconds: { type: "string", default: "10" },
    rate: { type: "string", default: "10" },
    db: { type: "string", default: "pglite" },
    retries: { type: "string", default: "2" },
  },
});
const maxRetries = Number(values.retries);
const workshopCount = Number(values.workshops);
const phonesPerWorkshop = Number(values.phones);
const seconds = Number(values.seconds);
const viewsPerSecond = Number(values.rate);
const kind = values.db === "postgres" ? "postgres" : "pglite";
if (kind === "postgres")
  process.env.TEST_DATABASE_URL ??=
    process.env.BENCH_DATABASE_URL ??
    "postgres://postgres@127.0.0.1:5432/postgres";

interface Room {
  projectId: string;
  workshopId: string;
  pollId: string;
  planner: { id: string; token: string };
  phones: Array<{ id: string; token: string }>;
  /** The screen's counts as they arrived: [receivedAt, answered]. */
  counts: Array<[number, number]>;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? NaN
    : sorted[
        Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
      ];
const clockTicks = 100;

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8")
    .split(") ")[1]
    .split(" ");
  return (Number(fields[11]) + Number(fields[12])) / clockTicks;
}
function memoryMb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const line =
    readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((entry) => entry.startsWith(field)) ?? "0";
  return Number(/(\d+)/.exec(line)?.[1] ?? 0) / 1024;
}

async function makeRooms(location: {
  url?: string;
  dataDir?: string;
}): Promise<Room[]> {
  const handle = await openDatabase({
    url: location.url,
    dataDir: location.dataDir,
  });
  const events = createWorkshopEvents();
  const rooms: Room[] = [];
  const account = (label: string) => ({
    id: `bench_${randomBytes(6).toString("hex")}`,
    label,
    token: randomBytes(24).toString("base64url"),
  });
  for (let index = 0; index < workshopCount; index++) {
    const planner = account(`Fasilitator ${index + 1}`);
    const phones = Array.from({ length: phonesPerWorkshop }, (_, phone) =>
      account(`Deltaker ${index + 1}.${phone + 1}`)
    );
    const everyone = [planner, ...phones];
    await handle.db
      .insert(users)
      .values(
        everyone.map((person) => ({
          id: person.id,
          username: person.id,
          name: person.label,
          passwordHash: "!bench",
        }))
      );
    await handle.db
      .insert(sessions)
      .values(
        everyone.map((person) => ({
          id: hashToken(person.token),
          userId: person.id,
          expiresAt: new Date(Date.now() + 3_600_000),
        }))
      );
    const projectId = `bench_project_${index}`;
    await handle.db
      .insert(projects)
      .values({
        id: projectId,
        name: `Verkstedtest ${index + 1}`,
        municipality: "Bench",
        housingForm: "smahus",
        homeCount: 3,
        createdBy: planner.id,
      });
    await handle.db
      .insert(memberships)
      .values([
        { projectId, userId: planner.id, role: "planner" },
        ...phones.map((phone) => ({
          projectId,
          userId: phone.id,
          role: "resident",
        })),
      ]);
    const who = { projectId, userId: planner.id, role: "planner" as const };
    const made = await createWorkshop(handle.db, who, {
      title: `Verksted ${index + 1}`,
      date: todayInOslo(),
    });
    if (!made.ok) throw new Error(made.problem.messageEn);
    await startWorkshop(handle.db, who, made.id, events);
    const poll = await addPoll(
      handle.db,
      who,
      made.id,
      {
        kind: "dots",
        question: "Hvilke tomter?",
        options: ["A", "B", "C", "D", "E"].map((label) => ({
          id: label.toLowerCase(),
          label: `Tomt ${label}`,
        })),
        budget: 5,
      },
      events
    );
    if (!poll.ok) throw new Error(poll.problem.messageEn);
    await stepPoll(handle.db, who, made.id, poll.id, "open", events);
    rooms.push({
      projectId,
      workshopId: made.id,
      pollId: poll.id,
      planner,
      phones,
      counts: [],
    });
  }
  await handle.close();
  return rooms;
}

async function main(): Promise<void> {
  const location = await createTestDatabaseLocation(kind);
  const setupStarted = performance.now();
  const rooms = await makeRooms(location);
  console.log(
    `made ${rooms.length} workshops × ${phonesPerWorkshop} phones in ${(
      (performance.now() - setupStarted) /
      1000
    ).toFixed(1)} s (${kind})`
  );
  const app = await startApp({
    databaseUrl: location.url,
    env: {
      SEED_DEMO: "0",
      LOG_LEVEL: "warn",
      ...(location.dataDir ? { DATA_DIR: location.dataDir } : {}),
    },
  });
  const cookie = (token: string) => `bs_session=${token}`;
  const streams: AbortController[] = [];
  const clients: TestClient[] = [];
  try {
    // A shared screen per workshop on its event stream.
    await Promise.all(
      rooms.map(async (room) => {
        const controller = new AbortController();
        streams.push(controller);
        const response = await fetch(
          `${app.url}/projects/${room.projectId}/workshops/${room.workshopId}/events`,
          {
            headers: { Cookie: cookie(room.planner.token) },
            signal: controller.signal,
          }
        );
        if (response.status !== 200)
          throw new Error(`screen stream: ${response.status}`);
        const reader = response.body!.getReader();
        const decoder = new TextDecoder();
        let buffer = "";
        void (async () => {
          try {
            for (
              let chunk = await reader.read();
              !chunk.done;
              chunk = await reader.read()
            ) {
              buffer += decoder.decode(chunk.value);
              const parts = buffer.split("\n\n");
              buffer = parts.pop() ?? "";
              for (const part of parts) {
                const line = part
                  .split("\n")
                  .find((entry) => entry.startsWith("data: "));
                if (!line) continue;
                const event = JSON.parse(line.slice(6)) as {
                  type: string;
                  pollId?: string;
                  answered?: number;
                };
                if (event.type === "answered" && event.pollId === room.pollId)
                  room.counts.push([performance.now(), event.answered ?? 0]);
              }
            }
          } catch {
            // Aborted at the end.
          }
        })();
      })
    );

    // The facilitators on the plan document, and one participant of the first room watching them.
    const syncUrl = `${app.url.replace("http", "ws")}/sync`;
    const facilitators = rooms.map((room) =>
      connectClient(syncUrl, `project/${room.projectId}/plan`, {
        id: room.planner.id,
        name: "",
        token: room.planner.token,
      })
    );
    clients.push(...facilitators);
    const watcher = connectClient(
      syncUrl,
      `project/${rooms[0].projectId}/plan`,
      { id: rooms[0].phones[0].id, name: "", token: rooms[0].phones[0].token }
    );
    clients.push(watcher);
    await Promise.all(
      [...facilitators, watcher].map((client) => waitForSync(client))
    );
    let viewsSeen = 0;
    let lastLat = 0;
    watcher.provider.awareness.on("change", () => {
      const state = watcher.provider.awareness
        .getStates()
        .get(facilitators[0].provider.awareness.clientID) as
        | { workshop?: { view?: { lat: number } } }
        | undefined;
      const lat = state?.workshop?.view?.lat;
      if (lat !== undefined && lat !== lastLat) {
        lastLat = lat;
        viewsSeen += 1;
      }
    });
    let viewsSent = 0;

    const cpuBefore = cpuSeconds(app.pid);
    const started = performance.now();
    const viewTimer = setInterval(() => {
      if (viewsPerSecond <= 0) return;
      viewsSent += 1;
      for (const [index, facilitator] of facilitators.entries()) {
        facilitator.provider.awareness.setLocalStateField("workshop", {
          workshopId: rooms[index].workshopId,
          view: { lat: 63.43 + viewsSent / 100_000, lon: 10.39, zoom: 15 },
          itemId: null,
        });
      }
    }, 1000 / Math.max(viewsPerSecond, 1));

    // Every phone answers once, at a random moment of the same window.
    const answers = rooms.flatMap((room) =>
      room.phones.map(async (phone) => {
        await new Promise((resolve) =>
          setTimeout(resolve, Math.random() * seconds * 1000)
        );
        const dots = { a: 0, b: 0, c: 0, d: 0, e: 0 } as Record<string, number>;
        for (let dot = 0; dot < 5; dot++)
          dots["abcde"[Math.floor(Math.random() * 5)]] += 1;
        const sentAt = performance.now();
        let retried = 0;
        for (;;) {
          try {
            const response = await fetch(
              `${app.url}/projects/${room.projectId}/workshops/${room.workshopId}.data`,
              {
                method: "POST",
                headers: {
                  Cookie: cookie(phone.token),
                  Origin: app.url,
                  "Content-Type": "application/x-www-form-urlencoded",
                },
                body: new URLSearchParams({
                  intent: "answer",
                  pollId: room.pollId,
                  answer: JSON.stringify({ dots }),
                }),
              }
            );
            const decoded = await decode(response.body!);
            await decoded.done;
            const value = decoded.value as {
              data?: { ok?: boolean; answered?: number };
            };
            const data = (value.data ?? value) as {
              ok?: boolean;
              answered?: number;
            };
            const ok = response.status === 200 && data.ok === true;
            return {
              room,
              sentAt,
              ok,
              retried,
              answered: data.answered ?? 0,
              failure: ok ? null : `HTTP ${response.status}`,
            };
          } catch (error) {
            // A network error (the request never reached the server): the phone sends the same answer again, which is safe (one row per person).
            if (retried < maxRetries) {
              retried += 1;
              await new Promise((resolve) => setTimeout(resolve, 1000));
              continue;
            }
            return {
              room,
              sentAt,
              ok: false,
              retried,
              answered: 0,
              failure:
                error instanceof Error
                  ? `${error.name}: ${
                      (error.cause as Error | undefined)?.message ??
                      error.message
                    }`
                  : String(error),
            };
          }
        }
      })
    );
    const results = await Promise.all(answers);
    const answeringDone = performance.now();
    clearInterval(viewTimer);
    const cpuDuring = cpuSeconds(app.pid) - cpuBefore;
    const elapsed = (answeringDone - started) / 1000;
    const rssPeak = memoryMb(app.pid, "VmHWM");
    const rssNow = memoryMb(app.pid, "VmRSS");
    await waitFor(
      () =>
        rooms.every(
          (room) =>
            Math.max(0, ...room.counts.map(([, n]) => n)) >=
            results.filter((result) => result.room === room && result.ok).length
        ),
      15_000,
      "the screens' final counts"
    ).catch(() => undefined);

    // Rows: the count the server reads from the answers' table, as the facilitator loads it.
    let rows = 0;
    for (const room of rooms) {
      const response = await fetch(
        `${app.url}/projects/${room.projectId}/workshops/${room.workshopId}.data`,
        { headers: { Cookie: cookie(room.planner.token) } }
      );
      const decoded = await decode(response.body!);
      await decoded.done;
      const routes = Object.values(
        decoded.value as Record<
          string,
          {
            data?: {
              workshop?: { polls: Array<{ id: string; answered: number }> };
            };
          }
        >
      );
      const workshop = routes.find((route) => route.data?.workshop)?.data
        ?.workshop;
      rows +=
        workshop?.polls.find((poll) => poll.id === room.pollId)?.answered ?? 0;
    }
    const acked = results.filter((result) => result.ok).length;
    const screenFinal = rooms.reduce(
      (sum, room) => sum + Math.max(0, ...room.counts.map(([, n]) => n)),
      0
    );
    const latencies = results
      .filter((result) => result.ok)
      .map((result) => {
        const seen = result.room.counts.find(
          ([at, n]) => at >= result.sentAt && n >= result.answered
        );
        return seen ? seen[0] - result.sentAt : Number.POSITIVE_INFINITY;
      })
      .sort((a, b) => a - b);

    const table = [
      [
        "workshops × phones",
        `${workshopCount} × ${phonesPerWorkshop} (${kind})`,
      ],
      ["answers sent / acked", `${results.length} / ${acked}`],
      [
        "sent again after a network error",
        `${results.reduce(
          (sum, result) => sum + result.retried,
          0
        )} (up to ${maxRetries} each)`,
      ],
      ["rows (server's count)", String(rows)],
      ["screens' final count", String(screenFinal)],
      [
        "answers lost",
        String(
          Math.max(results.length - acked, acked - rows, acked - screenFinal)
        ),
      ],
      ["answer → screen p50", `${percentile(latencies, 50).toFixed(0)} ms`],
      ["answer → screen p99", `${percentile(latencies, 99).toFixed(0)} ms`],
      ["answer → screen max", `${latencies.at(-1)?.toFixed(0)} ms`],
      [
        "server CPU in window",
        `${cpuDuring.toFixed(1)} s over ${elapsed.toFixed(1)} s (${(
          (cpuDuring / elapsed) *
          100
        ).toFixed(0)} % of a core)`,
      ],
      [
        "server RSS now / peak",
        `${rssNow.toFixed(0)} MB / ${rssPeak.toFixed(0)} MB`,
      ],
      ["facilitator views sent (each)", `${viewsSent} (${viewsPerSecond}/s)`],
      [
        "views seen by a participant",
        `${viewsSeen} (${((viewsSeen / Math.max(1, viewsSent)) * 100).toFixed(
          0
        )} %)`,
      ],
    ];
    const failures = new Map<string, number>();
    for (const result of results)
      if (result.failure)
        failures.set(result.failure, (failures.get(result.failure) ?? 0) + 1);
    for (const [failure, count] of failures)
      table.push([`  refused: ${failure}`, String(count)]);
    const width = Math.max(...table.map(([name]) => name.length));
    console.log("\nbench:workshop");
    for (const [name, value] of table)
      console.log(`  ${name.padEnd(width)}  ${value}`);
  } finally {
    for (const stream of streams) stream.abort();
    for (const client of clients) client.destroy();
    await app.stop();
    await location.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  }
);
