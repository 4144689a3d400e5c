/**
 * The life of a loaded document: load from storage, apply client updates (after
 * the extensions' checks) in order, store every update before it is relayed
 * (group commit), compact, and unload when idle. See server/sync/README.md.
 */
import type { Logger } from "pino";
import * as Y from "yjs";
import type { SyncConnection } from "./connection";
import type { DocumentAddress } from "./document-name";
import { DocumentRoom } from "./document-room";
import type { ApplyVerdict, ClientUpdateContext, SyncExtension } from "./extension";
import { GroupCommitWriter, type QueuedUpdate } from "./group-commit";
import { encodeUpdate, ProtocolError } from "./protocol";
import type { AppendedRow, UpdateStorage } from "./storage";

/** What the lifecycle tells the connection side. */
export interface RoomEvents {
  /** The stored state is loaded: greet the connections that waited. */
  ready(room: DocumentRoom): void;
  /** Everything applied is stored: answer waiting sync step 1 requests. */
  settled(room: DocumentRoom): void;
  /** Loading failed; the room is gone. */
  loadFailed(room: DocumentRoom): void;
  /** An extension refused the connection's update; it was not applied. */
  refused(room: DocumentRoom, connection: SyncConnection, reason: string, extension: string): void;
  /** The update is not Yjs (or an extension said so). */
  protocolError(connection: SyncConnection, error: ProtocolError): void;
  /** An extension failed; the update was not applied. */
  internalError(connection: SyncConnection): void;
}

export interface RoomLifecycleOptions {
  storage: UpdateStorage;
  logger: Logger;
  extensions: readonly SyncExtension[];
  events: RoomEvents;
  idleUnloadMs: number;
  compactAfterRows: number;
  writeWindowMs?: number;
  retryMs?: number;
}

type WriteContext = { room: DocumentRoom; origin: unknown };

const loadOrigin = Symbol("load");

export class RoomLifecycle {
  readonly rooms = new Map<string, DocumentRoom>();
  readonly writer: GroupCommitWriter<WriteContext>;
  private readonly roomsWithInbox = new Set<DocumentRoom>();
  private readonly waiters: Array<{ done: () => boolean; resolve: () => void }> = [];
  private closing = false;

  constructor(private readonly options: RoomLifecycleOptions) {
    this.writer = new GroupCommitWriter<WriteContext>(options.storage, options.logger, (batch, rows) => this.onStored(batch, rows), {
      initialRetryMs: options.retryMs,
      windowMs: options.writeWindowMs,
    });
  }

  /** The room of a document, loading it first if it is not loaded; `connection` joins it. */
  join(documentName: string, address: DocumentAddress, connection: SyncConnection): DocumentRoom {
    const room = this.rooms.get(documentName) ?? this.load(documentName, address);
    room.connections.add(connection);
    if (room.idleTimer) clearTimeout(room.idleTimer);
    room.idleTimer = null;
    return room;
  }

  leave(room: DocumentRoom, connection: SyncConnection): void {
    room.connections.delete(connection);
    room.syncRequests = room.syncRequests.filter((request) => request.connection !== connection);
    if (room.connections.size === 0 && room.status === "ready") this.scheduleUnload(room);
  }

  /** A writer's update: applied now, or queued in order while the room loads or a write is in flight. */
  receive(room: DocumentRoom, connection: SyncConnection, update: Uint8Array): void {
    if (room.status !== "ready" || this.writer.busy || room.inbox.length > 0) {
      room.inbox.push({ connection, update });
      this.roomsWithInbox.add(room);
      return;
    }
    this.applyClientUpdate(room, connection, update);
  }

  /** Resolves when every update received so far is stored. */
  flush(): Promise<void> {
    return this.waitFor(() => this.everythingStored());
  }

  /** Stores and compacts every document, then unloads them; connections are already closing. */
  async close(): Promise<void> {
    this.closing = true;
    for (const room of this.rooms.values()) {
      if (room.idleTimer) clearTimeout(room.idleTimer);
      room.idleTimer = null;
    }
    await this.flush();
    for (const room of [...this.rooms.values()]) {
      if (room.status === "ready") await this.compact(room);
      this.destroy(room);
    }
    this.writer.stop();
  }

  // ---- loading and unloading ------------------------------------------------

  private load(documentName: string, address: DocumentAddress): DocumentRoom {
    const { logger } = this.options;
    const room = new DocumentRoom(documentName, address);
    this.rooms.set(documentName, room);
    void this.options.storage.load(documentName).then(
      (stored) => {
        room.doc.transact(() => {
          for (const update of stored.updates) Y.applyUpdate(room.doc, update);
        }, loadOrigin);
        room.storedRows = stored.updates.length;
        room.lastStoredId = stored.lastId;
        room.doc.on("update", (update: Uint8Array, origin: unknown) => this.onDocumentUpdate(room, update, origin));
        room.status = "ready";
        logger.debug({ document: documentName, rows: stored.updates.length }, "document loaded");
        this.runOnLoad(room);
        this.options.events.ready(room);
        if (room.settled) this.options.events.settled(room);
        this.drainInboxes();
        if (room.storedRows > this.options.compactAfterRows) void this.compact(room);
        if (room.connections.size === 0) this.scheduleUnload(room);
        this.notifyWaiters();
      },
      (error: unknown) => {
        logger.error({ err: error, document: documentName }, "loading document failed");
        this.destroy(room);
        this.options.events.loadFailed(room);
        this.notifyWaiters();
      },
    );
    return room;
  }

  private runOnLoad(room: DocumentRoom): void {
    for (const extension of this.options.extensions) {
      try {
        const cleanup = extension.onLoad?.(room.context);
        if (cleanup) room.cleanups.push(cleanup);
      } catch (error) {
        this.options.logger.error({ err: error, document: room.name, extension: extension.name }, "extension onLoad failed");
      }
    }
  }

  private scheduleUnload(room: DocumentRoom): void {
    if (room.idleTimer) clearTimeout(room.idleTimer);
    if (this.closing) return;
    room.idleTimer = setTimeout(() => {
      room.idleTimer = null;
      void this.unload(room).catch((error: unknown) => this.options.logger.error({ err: error, document: room.name }, "unload failed"));
    }, this.options.idleUnloadMs);
  }

  private async unload(room: DocumentRoom): Promise<void> {
    if (room.connections.size > 0 || room.status !== "ready") return;
    // A document with unstored updates stays in memory to avoid data loss.
    await this.waitFor(() => room.status !== "ready" || (room.settled && room.inbox.length === 0));
    if (room.connections.size > 0 || room.status !== "ready") return;
    await this.compact(room);
    if (room.connections.size > 0 || !room.settled || room.inbox.length > 0) return;
    this.destroy(room);
    this.options.logger.debug({ document: room.name }, "document unloaded");
  }

  private destroy(room: DocumentRoom): void {
    if (room.status === "destroyed") return;
    room.status = "destroyed";
    if (room.idleTimer) clearTimeout(room.idleTimer);
    room.idleTimer = null;
    this.roomsWithInbox.delete(room);
    if (this.rooms.get(room.name) === room) this.rooms.delete(room.name);
    for (const cleanup of room.cleanups.splice(0)) {
      try {
        cleanup();
      } catch (error) {
        this.options.logger.error({ err: error, document: room.name }, "extension cleanup failed");
      }
    }
    room.doc.destroy();
  }

  // ---- applying, storing and relaying ---------------------------------------

  private applyClientUpdate(room: DocumentRoom, connection: SyncConnection, update: Uint8Array): void {
    if (connection.discardUpdates) return;
    const change: ClientUpdateContext = { room: room.context, connection, update };
    const accepted: SyncExtension[] = [];
    const undo = (): void => {
      for (const extension of accepted) extension.onRefused?.(change);
    };
    for (const extension of this.options.extensions) {
      if (!extension.beforeApply) continue;
      let verdict: ApplyVerdict;
      try {
        verdict = extension.beforeApply(change);
      } catch (error) {
        undo();
        if (error instanceof ProtocolError) {
          this.options.events.protocolError(connection, error);
        } else {
          // Fail closed: an update no one could check is not applied.
          connection.logger.error({ err: error, extension: extension.name }, "extension beforeApply failed; update dropped");
          this.options.events.internalError(connection);
        }
        return;
      }
      if (!verdict.ok) {
        undo();
        this.options.events.refused(room, connection, verdict.reason, extension.name);
        return;
      }
      accepted.push(extension);
    }
    try {
      Y.applyUpdate(room.doc, update, connection);
    } catch (error) {
      undo();
      this.options.events.protocolError(connection, new ProtocolError(`update could not be applied: ${describe(error)}`));
    }
  }

  private onDocumentUpdate(room: DocumentRoom, update: Uint8Array, origin: unknown): void {
    if (origin === loadOrigin) return;
    room.unstored += 1;
    this.writer.enqueue({ document: room.name, update, context: { room, origin } });
  }

  private onStored(batch: QueuedUpdate<WriteContext>[], rows: AppendedRow[]): void {
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
      this.options.events.settled(room);
      if (room.storedRows > this.options.compactAfterRows) void this.compact(room);
    }
    this.drainInboxes();
    this.notifyWaiters();
  }

  private drainInboxes(): void {
    for (const room of this.roomsWithInbox) {
      if (this.writer.busy) return;
      if (room.status !== "ready") continue;
      this.roomsWithInbox.delete(room);
      const inbox = room.inbox;
      room.inbox = [];
      for (const { connection, update } of inbox) this.applyClientUpdate(room, connection, update);
    }
  }

  private compact(room: DocumentRoom): Promise<void> {
    if (room.compacting) return room.compacting;
    if (!room.settled || room.storedRows <= 1) return Promise.resolve();
    const snapshot = Y.encodeStateAsUpdate(room.doc);
    const upToId = room.lastStoredId;
    room.compacting = this.options.storage
      .compact(room.name, snapshot, upToId)
      .then(
        ({ id, deleted }) => {
          room.storedRows += 1 - deleted;
          room.lastStoredId = Math.max(room.lastStoredId, id);
          this.options.logger.debug({ document: room.name, replacedRows: deleted, bytes: snapshot.length }, "document compacted");
        },
        (error: unknown) => this.options.logger.error({ err: error, document: room.name }, "compaction failed; rows kept"),
      )
      .finally(() => {
        room.compacting = null;
      });
    return room.compacting;
  }

  // ---- waiting for state -----------------------------------------------------

  private everythingStored(): boolean {
    if (!this.writer.idle) return false;
    for (const room of this.rooms.values()) if (room.unstored > 0 || room.inbox.length > 0) return false;
    return true;
  }

  private waitFor(done: () => boolean): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ done, resolve }));
  }

  private notifyWaiters(): void {
    for (let index = this.waiters.length - 1; index >= 0; index--) {
      if (this.waiters[index].done()) {
        const [waiter] = this.waiters.splice(index, 1);
        waiter.resolve();
      }
    }
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
