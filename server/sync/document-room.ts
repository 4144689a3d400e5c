import * as Y from "yjs";
import { originUser, type SyncConnection } from "./connection";
import type { DocumentAddress } from "./document-name";
import type { SyncRoomContext } from "./extension";
import { Presence } from "./presence";
import { PresenceLimiter, type PresenceLimits } from "./presence-limiter";

/** One loaded document: its Y.Doc, presence, connections and storage bookkeeping. */
export class DocumentRoom {
  readonly doc = new Y.Doc();
  readonly presence = new Presence();
  readonly connections = new Set<SyncConnection>();
  /** What extensions see of this room. */
  readonly context: SyncRoomContext;
  status: "loading" | "ready" | "destroyed" = "loading";
  /** Client updates received while the document loads or a write is in flight, applied later in order. */
  inbox: Array<{ connection: SyncConnection; update: Uint8Array }> = [];
  /** Sync step 1 requests waiting until every applied update is stored. */
  syncRequests: Array<{ connection: SyncConnection; stateVector: Uint8Array }> = [];
  /** Applied updates not yet stored; while > 0 the doc holds state the database lacks. */
  unstored = 0;
  storedRows = 0;
  lastStoredId = 0;
  compacting: Promise<void> | null = null;
  idleTimer: NodeJS.Timeout | null = null;
  /** Each user's presence budget in this room, shared by their connections (a reconnect does not refill it). */
  private readonly presenceBudgets = new Map<string, PresenceLimiter>();
  /** What the extensions' `onLoad` returned, run when the room is destroyed. */
  readonly cleanups: Array<() => void> = [];

  constructor(
    readonly name: string,
    readonly address: DocumentAddress,
  ) {
    this.context = { documentName: name, address, doc: this.doc, originUser };
  }

  get projectId(): string {
    return this.address.projectId;
  }

  /** The doc's state equals what is stored (nothing applied is waiting for its INSERT). */
  get settled(): boolean {
    return this.status === "ready" && this.unstored === 0;
  }

  presenceBudgetOf(userId: string, limits: Partial<PresenceLimits> | undefined): PresenceLimiter {
    let budget = this.presenceBudgets.get(userId);
    if (!budget) {
      budget = new PresenceLimiter(limits);
      this.presenceBudgets.set(userId, budget);
    }
    return budget;
  }

  broadcast(message: Uint8Array, except: unknown = null): void {
    for (const connection of this.connections) {
      if (connection !== except) connection.send(message);
    }
  }
}
