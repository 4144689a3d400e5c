/**
 * Presence (y-protocols awareness) for one document, kept by the server with two
 * rules the reference server lacks:
 * - the `user` field of every state is replaced by the server-authenticated user;
 * - a connection may only set states for client IDs it owns. The first connection
 *   to announce a client ID owns it. Entries for IDs owned by another connection
 *   are dropped after reading only their client ID (no JSON parsing): y-websocket
 *   3.1 clients echo every other user's awareness update back, so N clients send
 *   N² of them.
 * Removed states keep their clock as a tombstone, so a late echo cannot bring a
 * departed user back.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { ProtocolError } from "./protocol";

export interface PresenceUser {
  id: string;
  name: string;
  role: string;
}

/** A connection's presence budget (presence-limiter.ts); without one, nothing is limited. */
export interface PresenceBudget {
  /** Called once per message that sets the connection's own states; false drops them. */
  admit(): boolean;
  /** States larger than this (their JSON, in bytes) are dropped. */
  readonly maxStateBytes: number;
  dropOversized(): void;
}

/** What presence needs to know about a connection. */
export interface PresenceOwner {
  readonly presenceUser: PresenceUser;
  readonly ownedClientIds: Set<number>;
}

interface PresenceEntry {
  owner: PresenceOwner | null;
  clock: number;
  /** The state as JSON, or null once removed (then `clock` is the tombstone). */
  json: string | null;
}

/** One connection may not claim more client IDs than this (a provider uses one). */
const maximumClientIdsPerConnection = 4;
const nullBytes = new Uint8Array([0x6e, 0x75, 0x6c, 0x6c]); // "null"
const textDecoder = new TextDecoder();

interface AcceptedEntry {
  clientId: number;
  clock: number;
  json: string;
}

export class Presence {
  private readonly entries = new Map<number, PresenceEntry>();

  /**
   * Applies an awareness update sent by `owner`. Returns the awareness update to
   * broadcast (to every connection, the sender included), or null when nothing
   * was accepted. Throws ProtocolError when the update is malformed. With a
   * `budget`, the message is charged once if it sets any of the owner's states
   * (echoes are free), and oversized states are dropped.
   */
  apply(owner: PresenceOwner, update: Uint8Array, budget?: PresenceBudget): Uint8Array | null {
    const accepted: AcceptedEntry[] = [];
    let admitted: boolean | null = null;
    try {
      const decoder = decoding.createDecoder(update);
      const count = decoding.readVarUint(decoder);
      for (let index = 0; index < count; index++) {
        const clientId = decoding.readVarUint(decoder);
        const clock = decoding.readVarUint(decoder);
        // Skip over the state's UTF-8 JSON; it is only looked at if the entry is accepted.
        const length = decoding.readVarUint(decoder);
        const start = decoder.pos;
        decoder.pos += length;
        if (decoder.pos > decoder.arr.length) throw new ProtocolError("truncated awareness state");
        const entry = this.entries.get(clientId);
        if (entry?.owner && entry.owner !== owner) continue; // someone else's: an echo
        // A departed ID replayed by a connection that already has one is a late echo: free, and dropped below.
        const lateEcho = entry !== undefined && entry.owner === null && owner.ownedClientIds.size > 0;
        if (budget && !lateEcho) {
          admitted ??= budget.admit();
          if (!admitted) continue; // over the budget; still read on, to check the frame
          if (length > budget.maxStateBytes) {
            budget.dropOversized();
            continue;
          }
        }
        const stateBytes = decoder.arr.subarray(start, decoder.pos);
        const acceptedEntry = this.accept(owner, clientId, clock, stateBytes, entry);
        if (acceptedEntry) accepted.push(acceptedEntry);
      }
    } catch (error) {
      if (error instanceof ProtocolError) throw error;
      throw new ProtocolError(`malformed awareness update: ${error instanceof Error ? error.message : String(error)}`);
    }
    return accepted.length === 0 ? null : encodeEntries(accepted);
  }

  private accept(
    owner: PresenceOwner,
    clientId: number,
    clock: number,
    stateBytes: Uint8Array,
    entry: PresenceEntry | undefined,
  ): AcceptedEntry | null {
    const isRemoval = equalBytes(stateBytes, nullBytes);
    let newClock = clock;
    if (entry?.owner === owner) {
      // The protocol's rule: newer clock, or same clock removing a present state.
      const newer = clock > entry.clock || (clock === entry.clock && isRemoval && entry.json !== null);
      if (!newer) return null;
    } else {
      // Unowned: a new client ID, or a departed one (tombstone).
      if (isRemoval) return null;
      if (owner.ownedClientIds.size >= maximumClientIdsPerConnection) return null;
      if (entry) {
        // A connection that already has an identity replaying a departed ID is a
        // late echo. A fresh connection is the departed client reconnecting; its
        // clock is behind the tombstone that the other clients hold, so move it past.
        if (owner.ownedClientIds.size > 0) return null;
        newClock = Math.max(clock, entry.clock + 1);
      }
    }
    let json: string | null = null;
    if (!isRemoval) {
      json = rewriteUser(stateBytes, owner.presenceUser);
      if (json === null) return null;
    }
    owner.ownedClientIds.add(clientId);
    this.entries.set(clientId, { owner, clock: newClock, json });
    return { clientId, clock: newClock, json: json ?? "null" };
  }

  /** Removes every state `owner` set; returns the removal update to broadcast, or null. */
  removeOwnedBy(owner: PresenceOwner): Uint8Array | null {
    const removed: AcceptedEntry[] = [];
    for (const clientId of owner.ownedClientIds) {
      const entry = this.entries.get(clientId);
      if (!entry || entry.owner !== owner) continue;
      entry.owner = null;
      if (entry.json !== null) {
        entry.clock += 1;
        entry.json = null;
        removed.push({ clientId, clock: entry.clock, json: "null" });
      }
    }
    owner.ownedClientIds.clear();
    return removed.length === 0 ? null : encodeEntries(removed);
  }

  /** Every present state, for a connection that just joined; null when there is none. */
  encodeAll(): Uint8Array | null {
    const present: AcceptedEntry[] = [];
    for (const [clientId, entry] of this.entries) {
      if (entry.json !== null) present.push({ clientId, clock: entry.clock, json: entry.json });
    }
    return present.length === 0 ? null : encodeEntries(present);
  }

  /** Number of present states. */
  get size(): number {
    let count = 0;
    for (const entry of this.entries.values()) if (entry.json !== null) count++;
    return count;
  }

  /** The parsed state of a client ID (for tests and diagnostics). */
  stateOf(clientId: number): unknown {
    const json = this.entries.get(clientId)?.json;
    return json == null ? null : (JSON.parse(json) as unknown);
  }
}

function rewriteUser(stateBytes: Uint8Array, user: PresenceUser): string | null {
  let state: unknown;
  try {
    state = JSON.parse(textDecoder.decode(stateBytes));
  } catch {
    return null;
  }
  if (typeof state !== "object" || state === null || Array.isArray(state)) return null;
  return JSON.stringify({ ...state, user: { id: user.id, name: user.name, role: user.role } });
}

function encodeEntries(entries: AcceptedEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.json);
  }
  return encoding.toUint8Array(encoder);
}

function equalBytes(left: Uint8Array, right: Uint8Array): boolean {
  if (left.length !== right.length) return false;
  for (let index = 0; index < left.length; index++) if (left[index] !== right[index]) return false;
  return true;
}
