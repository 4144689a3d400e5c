/**
 * The real-time sync server: the y-websocket protocol (so an unmodified
 * `WebsocketProvider` works) on `/sync/project/<projectId>/<domain>`, with
 * authentication before the upgrade, read-only connections, server-rewritten
 * presence, and every update stored in `document_updates` before it is relayed.
 * This module composes the parts: the room lifecycle (room-lifecycle.ts), the
 * message handling (message-handler.ts) and the extensions (extension.ts).
 * See server/sync/README.md.
 */
import type { IncomingMessage } from "node:http";
import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import { WebSocketServer } from "ws";
import type { Database } from "../../db/connection";
import type { AuthorizeSync } from "./authorize";
import { closeCodes, type SyncConnection } from "./connection";
import { documentNameFromUrl, parseDocumentName } from "./document-name";
import { documentQuotaExtension } from "./document-quota";
import type { SyncExtension } from "./extension";
import { MessageHandler } from "./message-handler";
import type { PresenceLimits } from "./presence-limiter";
import { RoomLifecycle } from "./room-lifecycle";
import { createDatabaseStorage, type UpdateStorage } from "./storage";

export { originUser } from "./connection";
export type { OriginUser, SyncExtension } from "./extension";

export interface SyncServerOptions {
  /** Where updates are stored; ignored when `storage` is given. */
  db?: Database;
  /** A storage plug-in instead of `db` (tests use failing ones). */
  storage?: UpdateStorage;
  authorize: AuthorizeSync;
  logger: Logger;
  /**
   * Features living in the documents (stamps, mirrors, validation), in order:
   * `onLoad` runs for each in this order, and so does `beforeApply`.
   */
  extensions?: readonly SyncExtension[];
  /**
   * Largest encoded state of one document; a client update that would pass it is
   * refused (4422). Checked before every extension. Default 8 MiB.
   */
  maxDocumentBytes?: number;
  /**
   * Per-connection presence budget: 20 own messages a second (burst 40), states up
   * to 16 KiB; over it messages are dropped, and past 5× it within a second the
   * connection is closed with 4429.
   */
  presenceLimits?: Partial<PresenceLimits>;
  /** Largest accepted frame in bytes; larger ones close the connection with 1009. Default 2 MiB. */
  maxPayload?: number;
  /** How long a document without connections stays loaded. Default 30 s. */
  idleUnloadMs?: number;
  /** Compact a document once it has more stored rows than this. Default 200. */
  compactAfterRows?: number;
  /** Ping interval; a connection that misses a pong is terminated. Default 30 s. */
  heartbeatMs?: number;
  /** Wait this long before a write starts to gather bigger batches (fewer INSERTs, a little more latency). Default 0. */
  writeWindowMs?: number;
  /** First retry delay after a failed write (doubles up to 10 s). Default 100 ms. */
  retryMs?: number;
}

export interface SyncServerStats {
  documents: number;
  connections: number;
  /** Accepted updates not yet stored. */
  unstoredUpdates: number;
  writeBatches: number;
  rowsWritten: number;
  writeFailures: number;
  protocolErrors: number;
  /** Client updates an extension refused (connection closed with 4422). */
  refusedUpdates: number;
  /** Presence messages or states dropped for a connection's budget. */
  presenceDropped: number;
  /** Connections closed for flooding presence (4429). */
  presenceFloods: number;
}

export interface SyncServer {
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes a user's connections to a project's documents with code 4403. */
  revokeMember(projectId: string, userId: string): void;
  /** Closes every connection authorized by this session (signed out) with code 4401. */
  revokeSession(sessionId: string): void;
  /** Closes every connection of this user, in all projects (signed out everywhere), with code 4401. */
  revokeUser(userId: string): void;
  /** Resolves when every update received so far is stored. */
  flush(): Promise<void>;
  /** Closes all connections, stores and compacts every document, unloads them. */
  close(): Promise<void>;
  stats(): SyncServerStats;
}

/**
 * @example
 * const sync = createSyncServer({
 *   db, logger,
 *   authorize: (request, name) => authorizeSyncRequest(db, request, name),
 *   extensions: [decisionLogStampsExtension({ logger })],
 * });
 * httpServer.on("upgrade", (request, socket, head) => {
 *   if (request.url?.startsWith("/sync/")) sync.handleUpgrade(request, socket, head);
 * });
 */
export function createSyncServer(options: SyncServerOptions): SyncServer {
  const logger = options.logger;
  const storage = options.storage ?? (options.db ? createDatabaseStorage(options.db) : null);
  if (!storage) throw new Error("createSyncServer needs `db` or `storage`");
  const webSocketServer = new WebSocketServer({ noServer: true, maxPayload: options.maxPayload ?? 2 * 1024 * 1024 });
  const handler = new MessageHandler({ logger, presenceLimits: options.presenceLimits });
  const lifecycle = new RoomLifecycle({
    storage,
    logger,
    extensions: [documentQuotaExtension({ maxBytes: options.maxDocumentBytes }), ...(options.extensions ?? [])],
    events: handler,
    idleUnloadMs: options.idleUnloadMs ?? 30_000,
    compactAfterRows: options.compactAfterRows ?? 200,
    writeWindowMs: options.writeWindowMs,
    retryMs: options.retryMs,
  });
  handler.attach(lifecycle);
  const connections = handler.connections;
  let closing = false;

  const heartbeat = setInterval(() => {
    for (const connection of connections) {
      if (!connection.alive) {
        connection.logger.info("no pong; terminating sync connection");
        connection.socket.terminate();
        continue;
      }
      connection.alive = false;
      try {
        connection.socket.ping();
      } catch (error) {
        connection.logger.debug({ err: error }, "ping failed");
      }
    }
  }, options.heartbeatMs ?? 30_000);

  function handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const onSocketError = (error: Error): void => logger.debug({ err: error }, "socket error before upgrade");
    socket.on("error", onSocketError);
    if (closing) return refuse(socket, 503, "server shutting down");
    const documentName = documentNameFromUrl(request.url);
    const address = documentName === null ? null : parseDocumentName(documentName);
    if (documentName === null || address === null) return refuse(socket, 404, "unknown document");
    void options
      .authorize(request, documentName)
      .then((authorization) => {
        if (!authorization.ok) {
          logger.info({ document: documentName, status: authorization.status, reason: authorization.reason }, "sync connection refused");
          refuse(socket, authorization.status, authorization.reason);
          return;
        }
        if (closing) return refuse(socket, 503, "server shutting down");
        if (handler.coolingDown(authorization.user.id, documentName)) {
          logger.debug({ document: documentName, userId: authorization.user.id }, "sync connection refused: flood cooldown");
          return refuse(socket, 429, "too many presence messages; try again in a few seconds");
        }
        if (socket.destroyed) return;
        webSocketServer.handleUpgrade(request, socket, head, (webSocket) => {
          socket.off("error", onSocketError);
          handler.open(webSocket, authorization, documentName, address);
        });
      })
      .catch((error: unknown) => {
        logger.error({ err: error, document: documentName }, "authorizing a sync connection failed");
        refuse(socket, 503, "authorization unavailable");
      });
  }

  function closeWhere(matches: (connection: SyncConnection) => boolean, code: number, reason: string): void {
    for (const connection of connections) {
      if (!matches(connection)) continue;
      connection.discardUpdates = true;
      connection.close(code, reason);
    }
  }

  return {
    handleUpgrade,

    revokeMember(projectId, userId) {
      closeWhere((connection) => connection.projectId === projectId && connection.user.id === userId, closeCodes.revoked, "membership changed");
    },

    revokeSession(sessionId) {
      if (sessionId === "") return; // never "every connection whose session is unknown"
      closeWhere((connection) => connection.sessionId === sessionId, closeCodes.sessionEnded, "signed out");
    },

    revokeUser(userId) {
      closeWhere((connection) => connection.user.id === userId, closeCodes.sessionEnded, "signed out everywhere");
    },

    flush() {
      return lifecycle.flush();
    },

    async close() {
      if (closing) return;
      closing = true;
      clearInterval(heartbeat);
      for (const connection of connections) connection.close(closeCodes.goingAway, "server shutting down");
      await lifecycle.close();
      await new Promise<void>((resolve) => webSocketServer.close(() => resolve()));
    },

    stats() {
      const { writer } = lifecycle;
      return {
        documents: lifecycle.rooms.size,
        connections: connections.size,
        unstoredUpdates: writer.unstoredCount,
        writeBatches: writer.batches,
        rowsWritten: writer.rowsWritten,
        writeFailures: writer.failures,
        protocolErrors: handler.protocolErrors,
        refusedUpdates: handler.refusedUpdates,
        presenceDropped: handler.presenceDropped,
        presenceFloods: handler.presenceFloods,
      };
    },
  };
}

function refuse(socket: Duplex, status: number, reason: string): void {
  if (socket.destroyed) return;
  const body = `${reason}\n`;
  socket.once("finish", () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Error"}\r\n` +
      "Connection: close\r\nContent-Type: text/plain; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
