/**
 * The connection side of the sync server: decodes each y-websocket frame and
 * answers it (sync steps, updates, awareness, read-only), greets connections once
 * their document is loaded, and closes connections that break the protocol or
 * send refused updates. Rooms and storage are the lifecycle's (room-lifecycle.ts).
 */
import type { Logger } from "pino";
import type { RawData, WebSocket } from "ws";
import * as Y from "yjs";
import type { SyncAuthorization } from "./authorize";
import { closeCodes, closeReason, SyncConnection } from "./connection";
import type { DocumentAddress } from "./document-name";
import type { DocumentRoom } from "./document-room";
import { PresenceLimiter, type PresenceLimits } from "./presence-limiter";
import {
  decodeClientMessage,
  encodeAwareness,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  ProtocolError,
  readOnlyReason,
  type ClientMessage,
} from "./protocol";
import { describe, type RoomEvents, type RoomLifecycle } from "./room-lifecycle";

/** Sync step 1 per connection: a few at once, one every two seconds after, closed past 50 in a second. */
const syncRequestLimits = { perSecond: 0.5, burst: 10, floodFactor: 100 };

export interface MessageHandlerOptions {
  logger: Logger;
  presenceLimits?: Partial<PresenceLimits>;
  /** How long a member closed for flooding may not open that document again. Default 10 s. */
  floodCooldownMs?: number;
}

export class MessageHandler implements RoomEvents {
  readonly connections = new Set<SyncConnection>();
  protocolErrors = 0;
  refusedUpdates = 0;
  /** Presence messages or states dropped for a connection's budget. */
  presenceDropped = 0;
  /** Connections closed for flooding presence. */
  presenceFloods = 0;
  private lifecycle: RoomLifecycle | null = null;
  /** Member and document → until when a flooder's new connections are refused. */
  private readonly floodCooldowns = new Map<string, number>();
  /** Each connection's budget of sync step 1 requests. */
  private readonly syncRequestBudgets = new WeakMap<SyncConnection, PresenceLimiter>();

  private syncRequestBudgetOf(connection: SyncConnection): PresenceLimiter {
    let budget = this.syncRequestBudgets.get(connection);
    if (!budget) {
      budget = new PresenceLimiter(syncRequestLimits);
      this.syncRequestBudgets.set(connection, budget);
    }
    return budget;
  }

  constructor(private readonly options: MessageHandlerOptions) {}

  /**
   * True while `userId` was closed for flooding `documentName` less than the cooldown ago: a
   * flooder reconnecting at once would otherwise cost a handshake, a greeting and a fresh room
   * entry each time (bench:sync --flood saw 200 reconnects in 15 s).
   */
  coolingDown(userId: string, documentName: string, now: number = Date.now()): boolean {
    const key = `${userId}\n${documentName}`;
    const until = this.floodCooldowns.get(key);
    if (until === undefined) return false;
    if (until > now) return true;
    this.floodCooldowns.delete(key);
    return false;
  }

  /** The lifecycle and the handler call each other; this closes the loop once both exist. */
  attach(lifecycle: RoomLifecycle): void {
    this.lifecycle = lifecycle;
  }

  private get rooms(): RoomLifecycle {
    if (!this.lifecycle) throw new Error("MessageHandler used before attach(lifecycle)");
    return this.lifecycle;
  }

  /** A WebSocket whose upgrade was authorized: joins its document's room. */
  open(socket: WebSocket, authorization: SyncAuthorization & { ok: true }, documentName: string, address: DocumentAddress): SyncConnection {
    const connectionLogger = this.options.logger.child({ document: documentName, userId: authorization.user.id });
    const connection = new SyncConnection(
      socket,
      documentName,
      address.projectId,
      authorization.user,
      authorization.sessionId,
      authorization.role,
      authorization.access,
      connectionLogger,
    );
    this.connections.add(connection);
    const room = this.rooms.join(documentName, address, connection);
    const limiter = room.presenceBudgetOf(connection.user.id, this.options.presenceLimits);

    socket.on("message", (data: RawData) => {
      try {
        this.onMessage(room, connection, limiter, toBytes(data));
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
        this.onClose(room, connection);
        connectionLogger.debug({ code }, "sync connection closed");
      } catch (error) {
        connectionLogger.error({ err: error }, "cleaning up a closed connection failed");
      }
    });

    if (connection.access === "read") connection.send(encodePermissionDenied(readOnlyReason));
    if (room.status === "ready") this.greet(room, connection);
    connectionLogger.debug({ access: connection.access }, "sync connection opened");
    return connection;
  }

  // ---- room events ------------------------------------------------------------

  ready(room: DocumentRoom): void {
    for (const connection of room.connections) this.greet(room, connection);
  }

  settled(room: DocumentRoom): void {
    const requests = room.syncRequests;
    room.syncRequests = [];
    for (const { connection, stateVector } of requests) this.answerSyncRequest(room, connection, stateVector);
  }

  loadFailed(room: DocumentRoom): void {
    for (const connection of room.connections) connection.close(closeCodes.internalError, "document unavailable");
  }

  refused(_room: DocumentRoom, connection: SyncConnection, reason: string, extension: string): void {
    this.refusedUpdates += 1;
    connection.discardUpdates = true; // its queued updates may build on the refused one
    connection.logger.warn({ reason, extension }, "client update refused; closing connection");
    connection.close(closeCodes.updateRefused, closeReason(`update refused: ${reason}`));
  }

  protocolError(connection: SyncConnection, error: ProtocolError): void {
    this.protocolErrors += 1;
    connection.discardUpdates = true;
    connection.logger.warn({ reason: error.message }, "protocol error; closing connection");
    connection.close(closeCodes.protocolError, closeReason(error.message));
  }

  internalError(connection: SyncConnection): void {
    connection.discardUpdates = true;
    connection.close(closeCodes.internalError, "internal error");
  }

  // ---- messages -----------------------------------------------------------------

  private greet(room: DocumentRoom, connection: SyncConnection): void {
    connection.send(encodeSyncStep1(Y.encodeStateVector(room.doc)));
    const presence = room.presence.encodeAll();
    if (presence) connection.send(encodeAwareness(presence));
  }

  private answerSyncRequest(room: DocumentRoom, connection: SyncConnection, stateVector: Uint8Array): void {
    if (!connection.open) return;
    let update: Uint8Array;
    try {
      update = Y.encodeStateAsUpdate(room.doc, stateVector);
    } catch (error) {
      this.protocolError(connection, new ProtocolError(`bad state vector: ${describe(error)}`));
      return;
    }
    connection.send(encodeSyncStep2(update));
  }

  private onMessage(room: DocumentRoom, connection: SyncConnection, limiter: PresenceLimiter, frame: Uint8Array): void {
    connection.alive = true;
    if (connection.closing || room.status === "destroyed") return;
    let message: ClientMessage;
    try {
      message = decodeClientMessage(frame);
    } catch (error) {
      this.protocolError(connection, error instanceof ProtocolError ? error : new ProtocolError(describe(error)));
      return;
    }
    switch (message.type) {
      case "sync-step-1":
      {
        // Each answer encodes the document for this client. A normal client asks once per connect,
        // so each connection has a small budget of its own (never the user's presence budget: a
        // member reconnecting often must always get its first answer); asking again and again drops,
        // then closes like a presence flood.
        const requests = this.syncRequestBudgetOf(connection);
        if (!requests.admit()) {
          this.checkPresenceBudget(connection, requests);
          return;
        }
      }
        if (room.settled) this.answerSyncRequest(room, connection, message.stateVector);
        else room.syncRequests.push({ connection, stateVector: message.stateVector });
        return;
      case "sync-step-2":
      case "update":
        this.receiveUpdate(room, connection, message.update);
        return;
      case "awareness":
        this.receiveAwareness(room, connection, limiter, message.update);
        return;
      case "query-awareness": {
        // Answering costs an encoding of every state: charged like the connection's own updates.
        if (!limiter.admit()) {
          this.checkPresenceBudget(connection, limiter);
          return;
        }
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

  private receiveUpdate(room: DocumentRoom, connection: SyncConnection, update: Uint8Array): void {
    if (connection.access !== "write") {
      // An empty update (sync step 2 of a client with nothing new) is not an attempt to write.
      if (update.length > 2 && connection.shouldWarnAboutReadOnlyWrite()) {
        connection.logger.warn({ bytes: update.length }, "read-only connection tried to write; ignored");
      }
      return;
    }
    this.rooms.receive(room, connection, update);
  }

  private receiveAwareness(room: DocumentRoom, connection: SyncConnection, limiter: PresenceLimiter, update: Uint8Array): void {
    let accepted: Uint8Array | null;
    try {
      accepted = room.presence.apply(connection, update, limiter);
    } catch (error) {
      this.protocolError(connection, error instanceof ProtocolError ? error : new ProtocolError(describe(error)));
      return;
    }
    if (!this.checkPresenceBudget(connection, limiter)) return;
    // To everyone including the sender: the client's watchdog counts on hearing back.
    if (accepted) room.broadcast(encodeAwareness(accepted));
  }

  /** Counts drops and closes a flooding connection; false when it was closed. */
  private checkPresenceBudget(connection: SyncConnection, limiter: PresenceLimiter): boolean {
    this.presenceDropped += limiter.takeDropped();
    if (!limiter.flooding) return true;
    this.presenceFloods += 1;
    this.floodCooldowns.set(`${connection.user.id}\n${connection.documentName}`, Date.now() + (this.options.floodCooldownMs ?? 10_000));
    connection.discardUpdates = true;
    connection.logger.warn({ limits: limiter.limits }, "presence flood; closing connection");
    connection.close(closeCodes.presenceFlood, "too many presence messages");
    return false;
  }

  private onClose(room: DocumentRoom, connection: SyncConnection): void {
    connection.closing = true;
    this.connections.delete(connection);
    this.rooms.leave(room, connection);
    const removal = room.presence.removeOwnedBy(connection);
    if (removal) room.broadcast(encodeAwareness(removal));
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}

function assertNever(value: never): never {
  throw new Error(`unhandled message ${JSON.stringify(value)}`);
}
