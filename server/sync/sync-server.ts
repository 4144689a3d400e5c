/**
 * The real-time sync server: the y-websocket protocol (so an unmodified
 * `WebsocketProvider` works) on `/sync/project/<projectId>/<domain>`, with
 * authentication before the upgrade, read-only connections, server-rewritten
 * presence, and every update stored in `document_updates` before it is relayed.
 * See docs in README of server/sync for the lifecycle.
 */
import type { IncomingMessage } from "node:http";
import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import * as Y from "yjs";
import type { Database } from "../../db/connection";
import type { AuthorizeSync, SyncAuthorization } from "./authorize";
import { closeCodes, SyncConnection } from "./connection";
import { documentNameFromUrl, parseDocumentName } from "./document-name";
import { DocumentRoom } from "./document-room";
import { GroupCommitWriter, type QueuedUpdate } from "./group-commit";
import type { PresenceUser } from "./presence";
import {
  decodeClientMessage,
  encodeAwareness,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  ProtocolError,
  readOnlyReason,
  type ClientMessage,
} from "./protocol";
import { createDatabaseStorage, type AppendedRow, type UpdateStorage } from "./storage";

/** Finds the user behind a transaction origin: the connection whose update it applied. */
export type OriginUser = (origin: unknown) => PresenceUser | null;

export interface SyncServerOptions {
  /** Where updates are stored; ignored when `storage` is given. */
  db?: Database;
  /** A storage plug-in instead of `db` (tests use failing ones). */
  storage?: UpdateStorage;
  authorize: AuthorizeSync;
  logger: Logger;
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
  /** Called once per load, before any client update is applied. */
  onDocumentLoaded?: (documentName: string, doc: Y.Doc, originUser: OriginUser) => void;
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

const loadOrigin = Symbol("load");

export const originUser: OriginUser = (origin) =>
  origin instanceof SyncConnection ? origin.presenceUser : null;

/**
 * @example
 * const sync = createSyncServer({ db, logger, authorize: (request, name) => authorizeSyncRequest(db, request, name) });
 * httpServer.on("upgrade", (request, socket, head) => {
 *   if (request.url?.startsWith("/sync/")) sync.handleUpgrade(request, socket, head);
 * });
 */
export function createSyncServer(options: SyncServerOptions): SyncServer {
  const logger = options.logger;
  const storage = options.storage ?? (options.db ? createDatabaseStorage(options.db) : null);
  if (!storage) throw new Error("createSyncServer needs `db` or `storage`");
  const idleUnloadMs = options.idleUnloadMs ?? 30_000;
  const compactAfterRows = options.compactAfterRows ?? 200;
  const webSocketServer = new WebSocketServer({ noServer: true, maxPayload: options.maxPayload ?? 2 * 1024 * 1024 });
  const rooms = new Map<string, DocumentRoom>();
  const connections = new Set<SyncConnection>();
  const roomsWithInbox = new Set<DocumentRoom>();
  const waiters: Array<{ done: () => boolean; resolve: () => void }> = [];
  let protocolErrors = 0;
  let closing = false;

  const writer = new GroupCommitWriter<{ room: DocumentRoom; origin: unknown }>(storage, logger, onStored, {
    initialRetryMs: options.retryMs,
    windowMs: options.writeWindowMs,
  });

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

  // ---- waiting for state --------------------------------------------------

  function waitFor(done: () => boolean): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve) => waiters.push({ done, resolve }));
  }

  function notifyWaiters(): void {
    for (let index = waiters.length - 1; index >= 0; index--) {
      if (waiters[index].done()) {
        const [waiter] = waiters.splice(index, 1);
        waiter.resolve();
      }
    }
  }

  const everythingStored = (): boolean => {
    if (!writer.idle) return false;
    for (const room of rooms.values()) if (room.unstored > 0 || room.inbox.length > 0) return false;
    return true;
  };

  // ---- storing and relaying -----------------------------------------------

  function onStored(batch: QueuedUpdate<{ room: DocumentRoom; origin: unknown }>[], rows: AppendedRow[]): void {
    const lastIds = new Map<string, number>();
    for (const row of rows) lastIds.set(row.document, Math.max(lastIds.get(row.document) ?? 0, row.id));
    const touched = new Set<DocumentRoom>();
    for (const { context } of batch) {
      context.room.unstored -= 1;
      context.room.storedRows += 1;
      touched.add(context.room);
    }
    for (const room of touched) room.lastStoredId = Math.max(room.lastStoredId, lastIds.get(room.name) ?? 0);
    // Stored: now relay, one encoding per update, to everyone but its author.
    for (const { update, context } of batch) {
      if (context.room.status === "destroyed") continue;
      context.room.broadcast(encodeUpdate(update), context.origin);
    }
    for (const room of touched) {
      if (!room.settled) continue;
      answerSyncRequests(room);
      if (room.storedRows > compactAfterRows) void compact(room);
    }
    drainInboxes();
    notifyWaiters();
  }

  function onDocumentUpdate(room: DocumentRoom, update: Uint8Array, origin: unknown): void {
    if (origin === loadOrigin) return;
    room.unstored += 1;
    writer.enqueue({ document: room.name, update, context: { room, origin } });
  }

  function drainInboxes(): void {
    for (const room of roomsWithInbox) {
      if (writer.busy) return;
      if (room.status !== "ready") continue;
      roomsWithInbox.delete(room);
      const inbox = room.inbox;
      room.inbox = [];
      for (const { connection, update } of inbox) applyClientUpdate(room, connection, update);
    }
  }

  function applyClientUpdate(room: DocumentRoom, connection: SyncConnection, update: Uint8Array): void {
    if (connection.discardUpdates) return;
    try {
      Y.applyUpdate(room.doc, update, connection);
    } catch (error) {
      protocolError(connection, new ProtocolError(`update could not be applied: ${describe(error)}`));
    }
  }

  function compact(room: DocumentRoom): Promise<void> {
    if (room.compacting) return room.compacting;
    if (!room.settled || room.storedRows <= 1) return Promise.resolve();
    const snapshot = Y.encodeStateAsUpdate(room.doc);
    const upToId = room.lastStoredId;
    room.compacting = storage!
      .compact(room.name, snapshot, upToId)
      .then(
        ({ id, deleted }) => {
          room.storedRows += 1 - deleted;
          room.lastStoredId = Math.max(room.lastStoredId, id);
          logger.debug({ document: room.name, replacedRows: deleted, bytes: snapshot.length }, "document compacted");
        },
        (error: unknown) => logger.error({ err: error, document: room.name }, "compaction failed; rows kept"),
      )
      .finally(() => {
        room.compacting = null;
      });
    return room.compacting;
  }

  // ---- documents ------------------------------------------------------------

  function getRoom(documentName: string, projectId: string): DocumentRoom {
    const existing = rooms.get(documentName);
    if (existing) return existing;
    const room = new DocumentRoom(documentName, projectId);
    rooms.set(documentName, room);
    void storage!.load(documentName).then(
      (stored) => {
        room.doc.transact(() => {
          for (const update of stored.updates) Y.applyUpdate(room.doc, update);
        }, loadOrigin);
        room.storedRows = stored.updates.length;
        room.lastStoredId = stored.lastId;
        room.doc.on("update", (update: Uint8Array, origin: unknown) => onDocumentUpdate(room, update, origin));
        room.status = "ready";
        logger.debug({ document: documentName, rows: stored.updates.length }, "document loaded");
        try {
          options.onDocumentLoaded?.(documentName, room.doc, originUser);
        } catch (error) {
          logger.error({ err: error, document: documentName }, "onDocumentLoaded failed");
        }
        for (const connection of room.connections) greet(room, connection);
        if (room.settled) answerSyncRequests(room);
        drainInboxes();
        if (room.storedRows > compactAfterRows) void compact(room);
        if (room.connections.size === 0) scheduleUnload(room);
        notifyWaiters();
      },
      (error: unknown) => {
        logger.error({ err: error, document: documentName }, "loading document failed");
        destroyRoom(room);
        for (const connection of room.connections) connection.close(closeCodes.internalError, "document unavailable");
        notifyWaiters();
      },
    );
    return room;
  }

  function scheduleUnload(room: DocumentRoom): void {
    if (room.idleTimer) clearTimeout(room.idleTimer);
    if (closing) return;
    room.idleTimer = setTimeout(() => {
      room.idleTimer = null;
      void unload(room).catch((error: unknown) => logger.error({ err: error, document: room.name }, "unload failed"));
    }, idleUnloadMs);
  }

  async function unload(room: DocumentRoom): Promise<void> {
    if (room.connections.size > 0 || room.status !== "ready") return;
    // A document with unstored updates stays in memory to avoid data loss.
    await waitFor(() => room.status !== "ready" || (room.settled && room.inbox.length === 0));
    if (room.connections.size > 0 || room.status !== "ready") return;
    await compact(room);
    if (room.connections.size > 0 || !room.settled || room.inbox.length > 0) return;
    destroyRoom(room);
    logger.debug({ document: room.name }, "document unloaded");
  }

  function destroyRoom(room: DocumentRoom): void {
    room.status = "destroyed";
    if (room.idleTimer) clearTimeout(room.idleTimer);
    room.idleTimer = null;
    roomsWithInbox.delete(room);
    if (rooms.get(room.name) === room) rooms.delete(room.name);
    room.doc.destroy();
  }

  // ---- connections ----------------------------------------------------------

  function greet(room: DocumentRoom, connection: SyncConnection): void {
    connection.send(encodeSyncStep1(Y.encodeStateVector(room.doc)));
    const presence = room.presence.encodeAll();
    if (presence) connection.send(encodeAwareness(presence));
  }

  function answerSyncRequests(room: DocumentRoom): void {
    const requests = room.syncRequests;
    room.syncRequests = [];
    for (const { connection, stateVector } of requests) answerSyncRequest(room, connection, stateVector);
  }

  function answerSyncRequest(room: DocumentRoom, connection: SyncConnection, stateVector: Uint8Array): void {
    if (!connection.open) return;
    let update: Uint8Array;
    try {
      update = Y.encodeStateAsUpdate(room.doc, stateVector);
    } catch (error) {
      protocolError(connection, new ProtocolError(`bad state vector: ${describe(error)}`));
      return;
    }
    connection.send(encodeSyncStep2(update));
  }

  function protocolError(connection: SyncConnection, error: ProtocolError): void {
    protocolErrors += 1;
    connection.discardUpdates = true;
    connection.logger.warn({ reason: error.message }, "protocol error; closing connection");
    connection.close(closeCodes.protocolError, error.message.slice(0, 120));
  }

  function onConnection(socket: WebSocket, authorization: SyncAuthorization & { ok: true }, documentName: string, projectId: string): void {
    const connectionLogger = logger.child({ document: documentName, userId: authorization.user.id });
    const connection = new SyncConnection(
      socket,
      documentName,
      projectId,
      authorization.user,
      sessionIdOf(authorization),
      authorization.role,
      authorization.access,
      connectionLogger,
    );
    connections.add(connection);
    const room = getRoom(documentName, projectId);
    room.connections.add(connection);
    if (room.idleTimer) clearTimeout(room.idleTimer);
    room.idleTimer = null;

    socket.on("message", (data: RawData) => {
      try {
        onMessage(room, connection, toBytes(data));
      } catch (error) {
        connectionLogger.error({ err: error }, "handling a sync message failed");
        connection.close(closeCodes.internalError, "internal error");
      }
    });
    socket.on("pong", () => {
      connection.alive = true;
    });
    socket.on("error", (error: Error & { code?: string }) => {
      // ws closes the socket itself (1009 for oversized frames, 1002 for bad framing).
      connectionLogger.warn({ err: error, code: error.code }, "sync connection error");
    });
    socket.on("close", (code: number) => {
      try {
        onClose(room, connection);
        connectionLogger.debug({ code }, "sync connection closed");
      } catch (error) {
        connectionLogger.error({ err: error }, "cleaning up a closed connection failed");
      }
    });

    if (connection.access === "read") connection.send(encodePermissionDenied(readOnlyReason));
    if (room.status === "ready") greet(room, connection);
    connectionLogger.debug({ access: connection.access }, "sync connection opened");
  }

  function onMessage(room: DocumentRoom, connection: SyncConnection, frame: Uint8Array): void {
    connection.alive = true;
    if (connection.closing || room.status === "destroyed") return;
    let message: ClientMessage;
    try {
      message = decodeClientMessage(frame);
    } catch (error) {
      protocolError(connection, error instanceof ProtocolError ? error : new ProtocolError(describe(error)));
      return;
    }
    switch (message.type) {
      case "sync-step-1":
        if (room.settled) answerSyncRequest(room, connection, message.stateVector);
        else room.syncRequests.push({ connection, stateVector: message.stateVector });
        return;
      case "sync-step-2":
      case "update":
        receiveUpdate(room, connection, message.update);
        return;
      case "awareness":
        receiveAwareness(room, connection, message.update);
        return;
      case "query-awareness": {
        const presence = room.presence.encodeAll();
        if (presence) connection.send(encodeAwareness(presence));
        return;
      }
      case "auth":
        return;
      default:
        assertNever(message);
    }
  }

  function receiveUpdate(room: DocumentRoom, connection: SyncConnection, update: Uint8Array): void {
    if (connection.access !== "write") {
      // An empty update (sync step 2 of a client with nothing new) is not an attempt to write.
      if (update.length > 2 && connection.shouldWarnAboutReadOnlyWrite()) {
        connection.logger.warn({ bytes: update.length }, "read-only connection tried to write; ignored");
      }
      return;
    }
    if (room.status !== "ready" || writer.busy || room.inbox.length > 0) {
      room.inbox.push({ connection, update });
      roomsWithInbox.add(room);
      return;
    }
    applyClientUpdate(room, connection, update);
  }

  function receiveAwareness(room: DocumentRoom, connection: SyncConnection, update: Uint8Array): void {
    let accepted: Uint8Array | null;
    try {
      accepted = room.presence.apply(connection, update);
    } catch (error) {
      protocolError(connection, error instanceof ProtocolError ? error : new ProtocolError(describe(error)));
      return;
    }
    // To everyone including the sender: the client's watchdog counts on hearing back.
    if (accepted) room.broadcast(encodeAwareness(accepted));
  }

  function onClose(room: DocumentRoom, connection: SyncConnection): void {
    connection.closing = true;
    connections.delete(connection);
    room.connections.delete(connection);
    room.syncRequests = room.syncRequests.filter((request) => request.connection !== connection);
    const removal = room.presence.removeOwnedBy(connection);
    if (removal) room.broadcast(encodeAwareness(removal));
    if (room.connections.size === 0 && room.status === "ready") scheduleUnload(room);
  }

  // ---- upgrade ---------------------------------------------------------------

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
        if (socket.destroyed) return;
        webSocketServer.handleUpgrade(request, socket, head, (webSocket) => {
          socket.off("error", onSocketError);
          onConnection(webSocket, authorization, documentName, address.projectId);
        });
      })
      .catch((error: unknown) => {
        logger.error({ err: error, document: documentName }, "authorizing a sync connection failed");
        refuse(socket, 503, "authorization unavailable");
      });
  }

  // ---- public API -------------------------------------------------------------

  return {
    handleUpgrade,

    revokeMember(projectId, userId) {
      for (const connection of connections) {
        if (connection.projectId === projectId && connection.user.id === userId) {
          connection.discardUpdates = true;
          connection.close(closeCodes.revoked, "membership changed");
        }
      }
    },

    revokeSession(sessionId) {
      if (sessionId === "") return; // never "every connection whose session is unknown"
      for (const connection of connections) {
        if (connection.sessionId === sessionId) {
          connection.discardUpdates = true;
          connection.close(closeCodes.sessionEnded, "signed out");
        }
      }
    },

    revokeUser(userId) {
      for (const connection of connections) {
        if (connection.user.id === userId) {
          connection.discardUpdates = true;
          connection.close(closeCodes.sessionEnded, "signed out everywhere");
        }
      }
    },

    flush() {
      return waitFor(everythingStored);
    },

    async close() {
      if (closing) return;
      closing = true;
      clearInterval(heartbeat);
      for (const connection of connections) connection.close(closeCodes.goingAway, "server shutting down");
      for (const room of rooms.values()) {
        if (room.idleTimer) clearTimeout(room.idleTimer);
        room.idleTimer = null;
      }
      await waitFor(everythingStored);
      for (const room of [...rooms.values()]) {
        if (room.status === "ready") await compact(room);
        destroyRoom(room);
      }
      writer.stop();
      await new Promise<void>((resolve) => webSocketServer.close(() => resolve()));
    },

    stats() {
      return {
        documents: rooms.size,
        connections: connections.size,
        unstoredUpdates: writer.unstoredCount,
        writeBatches: writer.batches,
        rowsWritten: writer.rowsWritten,
        writeFailures: writer.failures,
        protocolErrors,
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

/** The session row's id; tolerant of an authorizer that does not report it yet. */
function sessionIdOf(authorization: SyncAuthorization & { ok: true }): string {
  const sessionId: unknown = "sessionId" in authorization ? authorization.sessionId : undefined;
  return typeof sessionId === "string" ? sessionId : "";
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function assertNever(value: never): never {
  throw new Error(`unhandled message ${JSON.stringify(value)}`);
}
