import { useEffect, useRef, useState } from "react";
import type { Awareness } from "y-protocols/awareness";
import { IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { Role } from "../permissions";
import { guardWrites } from "./write-guard";

export type ConnectionStatus = "connecting" | "connected" | "disconnected" | "denied";

export interface PresentUser {
  id: string;
  name: string;
  role: Role;
  /** How many of this user's tabs or devices are connected. */
  connections: number;
  isSelf: boolean;
}

export interface SharedDocument {
  doc: Y.Doc;
  status: ConnectionStatus;
  /** True once content is there, from this device's store or from the server. */
  loaded: boolean;
  /** The server said this connection may read but not write (then nothing local is ever sent: app/sync/write-guard.ts). */
  readOnly: boolean;
  present: PresentUser[];
  /**
   * The connection's presence (y-protocols awareness), for features that share
   * more than who is here (the map's pointers and chosen sites): one connection
   * per document, so presence never opens a second one.
   */
  awareness: Awareness;
}

/** The sync server closes with this code when a member is removed or their role changes. */
const accessChangedCode = 4403;

/**
 * Opens a shared project document: kept on this device (IndexedDB, so nothing
 * typed offline is lost when the browser closes) and synced live with the
 * server over the y-websocket protocol.
 *
 * @example
 * const shared = useSharedDocument(`project/${id}/plan`, { id: user.id, name: user.name, role });
 */
export function useSharedDocument(
  documentName: string,
  self: { id: string; name: string; role: Role },
  /** Change it to open the document anew (a new connection, authorised again). */
  generation = 0,
  /** Called when the server closes the connection because this member's access changed. */
  onAccessChanged?: () => void,
): SharedDocument | null {
  const [state, setState] = useState<SharedDocument | null>(null);
  const accessChanged = useRef(onAccessChanged);
  accessChanged.current = onAccessChanged;

  useEffect(() => {
    const doc = new Y.Doc();
    const scheme = window.location.protocol === "https:" ? "wss" : "ws";
    // Not connected before the write guard is in place, so not even the first message escapes it.
    const provider = new WebsocketProvider(`${scheme}://${window.location.host}/sync`, documentName, doc, { connect: false });
    guardWrites(provider, { onReadOnly: () => update({ readOnly: true }), onDenied: () => update({ status: "denied" }) });
    let current: SharedDocument = { doc, status: "connecting", loaded: false, readOnly: false, present: [], awareness: provider.awareness };
    const update = (patch: Partial<SharedDocument>) => {
      current = { ...current, ...patch };
      setState(current);
    };
    setState(current);

    // One store per user and document, so two people sharing a computer never mix edits.
    const local = new IndexeddbPersistence(`boplan:${self.id}:${documentName}`, doc);
    void local.whenSynced.then(() => update({ loaded: true })).catch(() => {});

    provider.on("status", ({ status }: { status: "connecting" | "connected" | "disconnected" }) => {
      if (current.status !== "denied") update({ status });
    });
    provider.on("sync", (synced: boolean) => {
      if (synced) update({ loaded: true });
    });
    provider.on("connection-close", (event: CloseEvent | null) => {
      if (!event || event.code < 4400 || event.code >= 4500) return;
      update({ status: "denied" });
      if (event.code === accessChangedCode) accessChanged.current?.();
    });

    const awareness = provider.awareness;
    awareness.setLocalStateField("user", { id: self.id, name: self.name, role: self.role });
    const refreshPresence = () => {
      const byUser = new Map<string, PresentUser>();
      for (const [clientId, state] of awareness.getStates()) {
        const user = (state as { user?: { id?: unknown; name?: unknown; role?: unknown } }).user;
        if (!user || typeof user.id !== "string" || typeof user.name !== "string") continue;
        const known = byUser.get(user.id);
        if (known) known.connections += 1;
        else
          byUser.set(user.id, {
            id: user.id,
            name: user.name,
            role: user.role as Role,
            connections: 1,
            isSelf: clientId === doc.clientID || user.id === self.id,
          });
      }
      update({ present: [...byUser.values()].sort((a, b) => Number(b.isSelf) - Number(a.isSelf)) });
    };
    awareness.on("change", refreshPresence);
    refreshPresence();
    provider.connect();

    // Go offline at once when the browser knows the network is gone, instead of
    // waiting for the socket to time out; reconnect when it is back.
    const goOffline = () => provider.disconnect();
    const goOnline = () => provider.connect();
    window.addEventListener("offline", goOffline);
    window.addEventListener("online", goOnline);

    return () => {
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      awareness.off("change", refreshPresence);
      provider.destroy();
      void local.destroy();
      doc.destroy();
    };
  }, [documentName, self.id, self.name, self.role, generation]);

  return state;
}

/** Re-renders when anything inside `type` changes. */
export function useObserveDeep<EventType>(type: Y.AbstractType<EventType> | undefined): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!type) return;
    const bump = () => setVersion((value) => value + 1);
    type.observeDeep(bump);
    // Changes that landed between the render and this effect (say, the server's
    // first sync) fired no event here: render once more so they are not missed.
    bump();
    return () => type.unobserveDeep(bump);
  }, [type]);
  return version;
}
