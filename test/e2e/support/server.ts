/**
 * Starts the production build (server/main.ts through tsx) as a child process
 * on a free port with a fresh embedded database, for one end-to-end test file.
 *
 * @example
 * let app: RunningApp;
 * beforeAll(async () => { app = await startApp({ seedDemo: true }); });
 * afterAll(() => app?.stop());
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));

export interface RunningApp {
  /** Like http://localhost:40123, without a trailing slash. */
  url: string;
  /** The demo project's id, when started with `seedDemo`. */
  demoProjectId: string | null;
  /** The server's own process id (not tsx's), e.g. to read its memory in /proc/<pid>/status. */
  pid: number;
  /** Everything the server printed, for failure messages. */
  output(): string;
  /** Stops the server (SIGTERM, then SIGKILL) and removes its data folder. */
  stop(): Promise<void>;
}

export async function startApp(
  options: {
    seedDemo?: boolean;
    env?: Record<string, string>;
    /** A PostgreSQL database to run on (e.g. one a benchmark filled first) instead of a fresh embedded one. */
    databaseUrl?: string;
  } = {},
): Promise<RunningApp> {
  if (!existsSync(join(root, process.env.BUILD_DIR ?? "build", "server/index.js"))) {
    throw new Error("No production build: run `npm run build` before the end-to-end tests");
  }
  const dataDir = mkdtempSync(join(tmpdir(), "boplan-e2e-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: join(dataDir, "db"),
    SEED_DEMO: options.seedDemo ? "1" : "0",
    LOG_LEVEL: "warn",
    ...options.env,
  };
  // The embedded database of this test file, never a PostgreSQL from the shell, unless one is given.
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const child = spawn(join(root, "node_modules/.bin/tsx"), ["test/e2e/support/app-process.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));

  const url = await new Promise<string>((resolvePort, reject) => {
    // A fresh embedded database migrates on start: past a minute when the machine's two cores are busy.
    const timer = setTimeout(() => reject(new Error(`server did not start within 120 s:\n${log}`)), 120_000);
    const check = () => {
      const match = /Boplan is running on (http:\/\/localhost:\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolvePort(match[1].replace("localhost", "127.0.0.1"));
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with code ${code} before it was ready:\n${log}`));
    });
  });
  const demo = /\/projects\/([0-9a-f-]{36})/.exec(log);
  const pid = Number(/app process pid (\d+)/.exec(log)?.[1] ?? child.pid);
  return {
    url,
    pid,
    demoProjectId: demo ? demo[1] : null,
    output: () => log,
    stop: async () => {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}
