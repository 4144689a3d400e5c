import { useEffect, useState } from "react";
import type { Awareness } from "y-protocols/awareness";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

const messageAuth = 2;

/**
 * The plan document's presence (awareness) for the map.
 *
 * Stopgap: useSharedDocument does not hand out its provider's awareness, so
 * this opens a second connection to the plan document only for presence (the
 * server rewrites its `user` field like any other; the presence list counts it
 * as one more connection of the same member). Once SharedDocument carries
 * `awareness`, pass that to useMapPresence instead and remove this file.
 *
 * @example
 * const awareness = useMapPresenceConnection(`project/${projectId}/plan`);
 */
export function useMapPresenceConnection(documentName: string): Awareness | null {
  const [awareness, setAwareness] = useState<Awareness | null>(null);
  useEffect(() => {
    const doc = new Y.Doc();
    const scheme = window.location.protocol === "https:" ? "wss" : "ws";
    const provider = new WebsocketProvider(`${scheme}://${window.location.host}/sync`, documentName, doc, { disableBc: true });
    // A reader is told "read-only" with the auth message: expected here, nothing to do.
    provider.messageHandlers[messageAuth] = () => {};
    setAwareness(provider.awareness);
    return () => {
      setAwareness(null);
      provider.destroy();
      doc.destroy();
    };
  }, [documentName]);
  return awareness;
}
