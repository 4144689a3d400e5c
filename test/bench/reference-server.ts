/**
 * The relay logic of the reference y-websocket server (@y/websocket-server, MIT licence, © Kevin Jahns;
 * utils.js: in memory, no authentication, no storage), re-typed on yjs 13 so
 * the benchmark can compare against it on the same machine (`--reference`).
 * Not for production.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";

class SharedDoc extends Y.Doc {
  readonly connections = new Map<WebSocket, Set<number>>();
  readonly awareness = new Awareness(this);

  constructor() {
    super();
    this.awareness.setLocalState(null);
    this.awareness.on(
      "update",
      ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        const changed = added.concat(updated, removed);
        const controlled = origin ? this.connections.get(origin as WebSocket) : undefined;
        if (controlled) {
          for (const id of added) controlled.add(id);
          for (const id of removed) controlled.delete(id);
        }
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, 1);
        encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(this.awareness, changed));
        const message = encoding.toUint8Array(encoder);
        for (const connection of this.connections.keys()) connection.send(message);
      },
    );
    this.on("update", (update: Uint8Array) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeUpdate(encoder, update);
      const message = encoding.toUint8Array(encoder);
      for (const connection of this.connections.keys()) connection.send(message);
    });
  }
}

export function createReferenceServer(): { handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void } {
  const server = new WebSocketServer({ noServer: true });
  const docs = new Map<string, SharedDoc>();
  return {
    handleUpgrade(request, socket, head) {
      server.handleUpgrade(request, socket, head, (connection) => {
        const name = (request.url ?? "").slice("/sync/".length);
        let doc = docs.get(name);
        if (!doc) {
          doc = new SharedDoc();
          docs.set(name, doc);
        }
        const shared = doc;
        shared.connections.set(connection, new Set());
        connection.on("message", (data: RawData) => {
          const encoder = encoding.createEncoder();
          const decoder = decoding.createDecoder(new Uint8Array(data as Buffer));
          const type = decoding.readVarUint(decoder);
          if (type === 0) {
            encoding.writeVarUint(encoder, 0);
            syncProtocol.readSyncMessage(decoder, encoder, shared, connection);
            if (encoding.length(encoder) > 1) connection.send(encoding.toUint8Array(encoder));
          } else if (type === 1) {
            applyAwarenessUpdate(shared.awareness, decoding.readVarUint8Array(decoder), connection);
          }
        });
        connection.on("close", () => {
          const controlled = shared.connections.get(connection);
          shared.connections.delete(connection);
          if (controlled) removeAwarenessStates(shared.awareness, [...controlled], null);
        });
        const step1 = encoding.createEncoder();
        encoding.writeVarUint(step1, 0);
        syncProtocol.writeSyncStep1(step1, shared);
        connection.send(encoding.toUint8Array(step1));
        const states = shared.awareness.getStates();
        if (states.size > 0) {
          const awareness = encoding.createEncoder();
          encoding.writeVarUint(awareness, 1);
          encoding.writeVarUint8Array(awareness, encodeAwarenessUpdate(shared.awareness, [...states.keys()]));
          connection.send(encoding.toUint8Array(awareness));
        }
      });
    },
  };
}
