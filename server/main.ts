/**
 * Starts the app: database (PostgreSQL from DATABASE_URL, else embedded PGlite),
 * demo data on a new embedded database, the HTTP + sync server, and a graceful
 * shutdown that stores everything pending before exit.
 */
import { pino } from "pino";
import { openDatabase } from "../db/connection";
import { demoAccounts, demoPassword, seedDemo } from "../db/seed-demo";
import { createAppServer } from "./app-server";
import { ConfigurationError, readConfig, type Config } from "./config";

const config = readConfigOrExit();
const development = process.argv.includes("--dev");
const logger = pino({ level: config.LOG_LEVEL, base: { service: "boplan" } });

async function main() {
  const database = await openDatabase(
    config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR },
  );
  logger.info({ database: database.kind }, "database ready");

  const seed = config.SEED_DEMO ? config.SEED_DEMO === "1" : database.kind === "pglite";
  if (seed) {
    const created = await seedDemo(database.db);
    if (created) printDemoAccounts(created.projectId);
  }

  const server = await createAppServer({
    database,
    logger,
    development,
    config,
    trustProxy: config.TRUST_PROXY,
    sync: { idleUnloadMs: config.SYNC_IDLE_UNLOAD_MS, maxPayload: config.SYNC_MAX_MESSAGE_BYTES, maxDocumentBytes: config.SYNC_MAX_DOCUMENT_BYTES },
  });
  await new Promise<void>((resolve) => server.http.listen(config.PORT, config.HOST, resolve));
  const address = server.http.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  logger.info({ port, development }, "listening");
  // One plain line for people (and test harnesses) to read.
  console.log(`Boplan is running on http://localhost:${port}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: storing pending changes");
    const timer = setTimeout(() => {
      logger.error("shutdown timed out");
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    try {
      await server.close();
      await database.close();
      logger.info("shut down cleanly");
      clearTimeout(timer);
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

/** A bad setting stops the start with one line naming the variable, not a stack trace. */
function readConfigOrExit(): Config {
  try {
    return readConfig();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    console.error(`Boplan cannot start. ${error.message}`);
    process.exit(1);
  }
}

function printDemoAccounts(projectId: string) {
  const lines = [
    "",
    "Demo project created: “Småhus på Eikelund” (/projects/" + projectId + ")",
    `Demo accounts (password for all: ${demoPassword}):`,
    ...demoAccounts.map((account) => `  ${account.username.padEnd(8)} ${account.role.padEnd(9)} ${account.name}`),
    "",
  ];
  console.log(lines.join("\n"));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "failed to start");
  process.exit(1);
});
