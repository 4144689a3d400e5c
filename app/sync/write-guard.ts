/**
 * Keeps a reader's browser from sending writes. A y-websocket client sends every
 * local change of its document, and answers the server's "what do you have?"
 * (sync step 1) with everything the server lacks, deletions included: for a
 * member who may only read, that is content from this device's store (edits
 * from a time they could write, or just the store's own history), which the
 * server refuses and logs ("read-only connection tried to write").
 *
 * The server says "read-only" first on every connection, before its sync step
 * 1; a writer hears that step 1 first. So until the first message of a
 * connection nothing local is sent (a writer loses nothing: the answer to step 1
 * carries what it has), and a reader sends nothing at all. Local content stays
 * on the device, shown to this member only, and is never sent while read-only.
 */
import { readVarString, readVarUint, readVarUint8Array } from "lib0/decoding";
import { writeVarUint } from "lib0/encoding";
import { messageYjsSyncStep1, messageYjsSyncStep2, readSyncStep1, readSyncStep2, readUpdate } from "y-protocols/sync";
import type { WebsocketProvider } from "y-websocket";

const messageSync = 0;
const messageAuth = 2;

export type ConnectionAccess = "unknown" | "write" | "read";

/**
 * Installs the guard on `provider` (before it connects) and reports what the
 * server allows on each connection.
 *
 * @example
 * guardWrites(provider, { onReadOnly: () => update({ readOnly: true }), onDenied: () => update({ status: "denied" }) });
 */
export function guardWrites(provider: WebsocketProvider, handlers: { onReadOnly(): void; onDenied(): void }): { access(): ConnectionAccess } {
  let access: ConnectionAccess = "unknown";

  // A new connection starts unknown again (a role may have changed in between).
  provider.on("status", ({ status }: { status: string }) => {
    if (status !== "connected") access = "unknown";
  });

  // The server tells a reader it is read-only with the protocol's auth message ("permission denied", reason "read-only").
  provider.messageHandlers[messageAuth] = (_encoder, decoder) => {
    const kind = readVarUint(decoder);
    const reason = kind === 0 ? readVarString(decoder) : "";
    if (reason === "read-only") {
      access = "read";
      handlers.onReadOnly();
    } else handlers.onDenied();
  };

  provider.messageHandlers[messageSync] = (encoder, decoder, current, fromServer) => {
    // Messages from this browser's other tabs (fromServer false) tell nothing about the server's answer.
    if (fromServer && access === "unknown") access = "write";
    const type = readVarUint(decoder);
    if (type === messageYjsSyncStep1) {
      if (fromServer && access === "read") {
        readVarUint8Array(decoder); // the server's state vector, unanswered: nothing is sent back
        return;
      }
      writeVarUint(encoder, messageSync);
      readSyncStep1(decoder, encoder, current.doc); // writes the answer, a sync step 2
      return;
    }
    if (type === messageYjsSyncStep2) {
      readSyncStep2(decoder, current.doc, current);
      if (fromServer && !current.synced) current.synced = true;
      return;
    }
    readUpdate(decoder, current.doc, current);
  };

  // Local changes go out only on a connection the server lets write.
  const send = provider._updateHandler;
  provider.doc.off("update", send);
  provider._updateHandler = (update, origin) => {
    if (access === "write") send(update, origin);
  };
  provider.doc.on("update", provider._updateHandler);

  return { access: () => access };
}
