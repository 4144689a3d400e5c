/**
 * Load test of the sync server with durable storage: N documents × M real
 * y-websocket clients, W of them writing small edits at a fixed rate. The server
 * runs in a child process (test/sync/fixtures/sync-process.ts) so only its CPU is
 * counted.
 *
 *   npm run bench:sync -- --docs 20 --clients 10 --writers 2 --rate 10 --seconds 15 [--db pglite|postgres] [--window ms] [--memory] [--flood N]
 *
 * --memory stores nothing (our relay alone); --reference runs the reference server's
 * in-memory relay logic (test/bench/reference-server.ts) instead of ours, so both can
 * be compared on the same machine. The database is then only used for authorization.
 * --flood N adds one read-only observer to the first document who sends N presence
 * messages a second for the whole run and, like an attacker, reconnects at once
 * whenever the server closes it (issue 7, hole 8): compare the others' latency with
 * and without it.
 *
 * PostgreSQL: an admin URL from BENCH_DATABASE_URL or TEST_DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432/postgres); a database is created and dropped.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { openDatabase } from "../../db/connection";
import { memberships, projects } from "../../db/schema";
import { createTestDatabaseLocation } from "../support/database";
import { spawnSyncProcess } from "../sync/fixtures/spawn-sync-process";
import { connectClient, createUser, waitFor, type TestClient, type TestUser } from "../sync/helpers";

const { values } = parseArgs({
  options: {
    docs: { type: "string", default: "20" },
    clients: { type: "string", default: "10" },
    writers: { type: "string", default: "2" },
    rate: { type: "string", default: "10" },
    seconds: { type: "string", default: "15" },
    db: { type: "string", default: "pglite" },
    window: { type: "string", default: "0" },
    memory: { type: "boolean", default: false },
    reference: { type: "boolean", default: false },
    flood: { type: "string", default: "0" },
  },
});
const documentCount = Number(values.docs);
const clientsPerDocument = Number(values.clients);
const writersPerDocument = Math.min(Number(values.writers), clientsPerDocument);
const editsPerSecond = Number(values.rate);
const seconds = Number(values.seconds);
const floodPerSecond = Number(values.flood);
const kind = values.db === "postgres" ? "postgres" : "pglite";
if (kind === "postgres") {
  process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
}

interface Edit {
  writer: number;
  sentAt: number;
}

async function main(): Promise<void> {
  const location = await createTestDatabaseLocation(kind);
  try {
    // Seed users, projects and memberships, then hand the database to the server process.
    const seeding = await openDatabase({ url: location.url, dataDir: location.dataDir });
    const users: TestUser[] = [];
    for (let index = 0; index < clientsPerDocument; index++) users.push(await createUser(seeding.db, `Bench ${index}`));
    const projectIds: string[] = [];
    for (let index = 0; index < documentCount; index++) {
      const id = `bench_${index}`;
      projectIds.push(id);
      await seeding.db.insert(projects).values({ id, name: id, municipality: "Bench", housingForm: "bench", homeCount: 1, createdBy: users[0].id });
      await seeding.db.insert(memberships).values(users.map((user) => ({ projectId: id, userId: user.id, role: "planner" })));
    }
    const flooderUser = await createUser(seeding.db, "Bench flooder");
    await seeding.db.insert(memberships).values({ projectId: projectIds[0], userId: flooderUser.id, role: "observer" });
    await seeding.close();

    const server = await spawnSyncProcess({
      SYNC_DATABASE_URL: location.url,
      SYNC_DATA_DIR: location.dataDir,
      SYNC_WRITE_WINDOW_MS: values.window,
      SYNC_STORAGE: values.memory ? "memory" : undefined,
      SYNC_SERVER: values.reference ? "reference" : undefined,
    });
    const baseline = await server.stats();
    const url = `ws://127.0.0.1:${server.port}/sync`;

    const latencies: number[] = [];
    let sent = 0;
    let received = 0;
    const clients: TestClient[] = [];
    const writers: Array<{ client: TestClient; writer: number }> = [];
    for (const projectId of projectIds) {
      for (let index = 0; index < clientsPerDocument; index++) {
        const client = connectClient(url, `project/${projectId}/plan`, users[index]);
        clients.push(client);
        const writer = index < writersPerDocument ? writers.length : -1;
        if (writer >= 0) writers.push({ client, writer });
        client.doc.getArray<Edit>("edits").observe((event, transaction) => {
          if (transaction.local) return;
          const arrivedAt = performance.now();
          for (const delta of event.changes.delta) {
            if (!delta.insert) continue;
            for (const edit of delta.insert as Edit[]) {
              if (edit.writer === writer) continue;
              received += 1;
              latencies.push(arrivedAt - edit.sentAt);
            }
          }
        });
      }
    }
    await waitFor(() => clients.every((client) => client.provider.synced), 60_000, "all clients synced");
    const flood =
      floodPerSecond > 0
        ? await startFlood({ FLOOD_URL: url, FLOOD_DOCUMENT: `project/${projectIds[0]}/plan`, FLOOD_TOKEN: flooderUser.token, FLOOD_PER_SECOND: String(floodPerSecond) })
        : null;
    const connectedStats = await server.stats();

    // Writers edit at the given rate, spread evenly so they do not fire in lockstep.
    const interval = 1000 / editsPerSecond;
    const timers: NodeJS.Timeout[] = [];
    const started = performance.now();
    const generatorCpu = process.cpuUsage();
    const generatorLag = monitorEventLoopDelay({ resolution: 5 });
    generatorLag.enable();
    writers.forEach(({ client, writer }, index) => {
      const offset = (interval * index) / writers.length;
      timers.push(
        setTimeout(() => {
          timers.push(
            setInterval(() => {
              client.doc.getArray<Edit>("edits").push([{ writer, sentAt: performance.now() }]);
              sent += 1;
            }, interval),
          );
        }, offset),
      );
    });
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    for (const timer of timers) clearInterval(timer);
    const floodResult = flood ? await flood.stop() : null;
    const elapsed = (performance.now() - started) / 1000;
    const expected = sent * (clientsPerDocument - 1);
    await waitFor(() => received >= expected, 15_000, "all edits delivered").catch(() => undefined);
    const final = await server.stats();
    const generatorCpuUsed = process.cpuUsage(generatorCpu);
    generatorLag.disable();

    for (const client of clients) client.destroy();
    await server.close();

    latencies.sort((left, right) => left - right);
    const percentile = (p: number): number =>
      latencies.length === 0 ? NaN : latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
    const result = {
      server: values.reference ? "reference relay (in memory)" : "sync-server",
      db: values.reference || values.memory ? "none (in memory)" : kind,
      docs: documentCount,
      clients: clientsPerDocument,
      writers: writersPerDocument,
      rate: editsPerSecond,
      writeWindowMs: Number(values.window),
      flood: floodResult ? { perSecond: floodPerSecond, ...floodResult, dropped: final.presenceDropped, closedByServer: final.presenceFloods } : "none",
      seconds: Number(elapsed.toFixed(1)),
      editsSent: sent,
      editsExpected: expected,
      editsReceived: received,
      lost: expected - received,
      latencyMs: { p50: round(percentile(50)), p95: round(percentile(95)), p99: round(percentile(99)), max: round(percentile(100)) },
      serverCpuSeconds: round(final.cpuSeconds - baseline.cpuSeconds),
      serverCpuSecondsConnecting: round(connectedStats.cpuSeconds - baseline.cpuSeconds),
      serverCpuSecondsEditing: round(final.cpuSeconds - connectedStats.cpuSeconds),
      serverPeakRssMiB: round(final.peakRssBytes / 1024 / 1024),
      rowsStored: final.storedRows,
      rowsWritten: final.rowsWritten,
      writeBatches: final.writeBatches,
      writeFailures: final.writeFailures,
      // The load generator shares the machine: if it is saturated, latency is its own queueing.
      generatorCpuSeconds: round((generatorCpuUsed.user + generatorCpuUsed.system) / 1e6),
      generatorEventLoopDelayP99Ms: round(generatorLag.percentile(99) / 1e6),
    };
    printTable(result);
    console.log(JSON.stringify(result));
    if (result.lost !== 0) process.exitCode = 1;
  } finally {
    await location.drop();
  }
}

/** Starts test/bench/presence-flooder.ts in its own process and waits until it is synced. */
async function startFlood(env: Record<string, string>): Promise<{ stop(): Promise<{ sent: number; reconnects: number }> }> {
  const entry = fileURLToPath(new URL("./presence-flooder.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", entry], { env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  const next = (prefix: string): Promise<string> =>
    new Promise((resolve, reject) => {
      child.once("exit", (code) => reject(new Error(`presence flooder exited with ${code}`)));
      lines.on("line", (line) => {
        if (line.startsWith(prefix)) resolve(line.slice(prefix.length));
      });
    });
  await next("ready");
  return {
    async stop() {
      const result = next("flood ");
      child.stdin.write("stop\n");
      return JSON.parse(await result) as { sent: number; reconnects: number };
    },
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function printTable(result: Record<string, unknown>): void {
  const rows: Array<[string, string]> = Object.entries(result).map(([key, value]) => [
    key,
    typeof value === "object" ? JSON.stringify(value) : String(value),
  ]);
  const width = Math.max(...rows.map(([key]) => key.length));
  for (const [key, value] of rows) console.log(`${key.padEnd(width)}  ${value}`);
}

process.setMaxListeners(0); // every provider adds an exit listener
await main();
process.exit();
