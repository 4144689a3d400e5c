import { createServer, type Server } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import { sql } from "drizzle-orm";
import compression from "compression";
import express from "express";
import type { Logger } from "pino";
import type { DatabaseHandle } from "../db/connection";
import { bodyLimits } from "./body-limits";
import { appConfigOf, type Config } from "./config";
import { sharedDocumentSchemas } from "../app/documents";
import { decisionLogStampsExtension } from "./decision-log-stamps";
import { contentSecurityPolicyMiddleware, cspNonceOf } from "./content-security-policy";
import { sameOriginGuard, securityHeaders } from "./security";
import { phaseMirrorExtension } from "./project-phase-mirror";
import { authorizeSyncRequest } from "./sync/authorize";
import { documentValidationExtension } from "./sync/document-validation";
import { createSyncServer, type SyncServer } from "./sync/sync-server";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface AppServerOptions {
  database: DatabaseHandle;
  logger: Logger;
  /** The environment, parsed once at start (server/config.ts). */
  config: Config;
  /** Serve through Vite with hot reload instead of the production build. */
  development?: boolean;
  trustProxy?: boolean;
  sync?: { idleUnloadMs?: number; maxPayload?: number; maxDocumentBytes?: number };
}

export interface AppServer {
  http: Server;
  sync: SyncServer;
  /** Stops taking requests, stores everything pending, closes connections. */
  close(): Promise<void>;
}

/**
 * One HTTP server for the whole app: the Remix request handler, `/healthz`,
 * static files, and the sync server on WebSocket upgrades under `/sync/`.
 */
export async function createAppServer(options: AppServerOptions): Promise<AppServer> {
  const { database, logger } = options;
  const { db } = database;
  const appConfig = appConfigOf(options.config);

  const sync = createSyncServer({
    db,
    logger: logger.child({ component: "sync" }),
    authorize: (request, documentName) => authorizeSyncRequest(db, request, documentName, { trustProxy: options.trustProxy }),
    idleUnloadMs: options.sync?.idleUnloadMs,
    maxPayload: options.sync?.maxPayload,
    maxDocumentBytes: options.sync?.maxDocumentBytes,
    // Every feature that lives in a shared document registers here, once (decision 011).
    extensions: [
      // First: nothing that fails its document's schema is applied, stored or relayed.
      documentValidationExtension({ schemas: sharedDocumentSchemas }),
      decisionLogStampsExtension({ logger: logger.child({ component: "decision-log" }) }),
      phaseMirrorExtension({ db, logger }),
    ],
  });

  const app = express();
  app.disable("x-powered-by");
  if (options.trustProxy) app.set("trust proxy", true);
  app.use(securityHeaders);
  app.use(contentSecurityPolicyMiddleware({ development: options.development, tileUrls: appConfig.baseMaps.map((baseMap) => baseMap.url) }));
  // Phones on a workshop's Wi-Fi load the page much faster compressed.
  // Except event streams (feedback, decision 009): compression would hold their notices back.
  app.use(compression({ filter: (request, response) => !String(response.getHeader("Content-Type") ?? "").startsWith("text/event-stream") && compression.filter(request, response) }));
  app.use((request, response, next) => {
    const started = process.hrtime.bigint();
    response.on("finish", () => {
      const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        { method: request.method, path: request.originalUrl.split("?")[0], status: response.statusCode, ms: Math.round(milliseconds * 10) / 10 },
        "request",
      );
    });
    next();
  });

  // Before anything reads a body: every body is capped as a stream (decision 011).
  app.use(bodyLimits({ maxUploadBytes: appConfig.referenceData.maxUploadBytes }));

  app.get("/healthz", (_request, response) => {
    db.execute(sql`select 1`).then(
      () => response.json({ status: "ok", database: database.kind, sync: sync.stats() }),
      (error: unknown) => {
        logger.error({ err: error }, "health check failed");
        response.status(503).json({ status: "error", database: database.kind });
      },
    );
  });

  let build: ServerBuild | (() => Promise<ServerBuild>);
  let closeVite = async () => {};
  if (options.development) {
    const vite = await import("vite");
    const devServer = await vite.createServer({ root, server: { middlewareMode: true } });
    app.use(devServer.middlewares);
    build = () => devServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
    closeVite = () => devServer.close();
  } else {
    // BUILD_DIR lets parallel builds (e.g. several developers' browser tests) keep apart; default "build".
    const buildDirectory = path.resolve(root, options.config.BUILD_DIR);
    app.use("/assets", express.static(path.join(buildDirectory, "client/assets"), { immutable: true, maxAge: "1y" }));
    app.use(express.static(path.join(buildDirectory, "client"), { maxAge: "1h" }));
    const buildPath = path.join(buildDirectory, "server/index.js");
    build = (await import(buildPath)) as ServerBuild;
  }

  app.use(sameOriginGuard);
  const handleRequest = createRequestHandler({
    build,
    mode: options.development ? "development" : "production",
    getLoadContext: (request, response) => ({
      db,
      config: appConfig,
      logger,
      sync,
      clientAddress: request.ip ?? request.socket.remoteAddress ?? "unknown",
      cspNonce: cspNonceOf(response),
    }),
  });
  app.all("*", (request, response, next) => {
    handleRequest(request, response, next).catch(next);
  });

  const http = createServer(app);
  http.on("upgrade", (request, socket, head) => {
    if (request.url?.startsWith("/sync/")) sync.handleUpgrade(request, socket, head);
    else socket.destroy();
  });

  return {
    http,
    sync,
    async close() {
      const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
      await sync.close();
      http.closeAllConnections();
      await stopped;
      await closeVite();
    },
  };
}
