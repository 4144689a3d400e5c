/**
 * The y-websocket wire format (the framing of the reference server): every frame is
 * one message, a varUint message type followed by its payload.
 *
 *   0 sync       varUint subtype (0 step 1 | 1 step 2 | 2 update), varUint8Array payload
 *   1 awareness  varUint8Array awareness update
 *   2 auth       varUint (0 = permission denied), varString reason
 *   3 query awareness (no payload)
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

export const messageSync = 0;
export const messageAwareness = 1;
export const messageAuth = 2;
export const messageQueryAwareness = 3;

export const syncStep1 = 0;
export const syncStep2 = 1;
export const syncUpdate = 2;

/** The reason sent to readers in a permission-denied auth message right after connect. */
export const readOnlyReason = "read-only";

export type ClientMessage =
  | { type: "sync-step-1"; stateVector: Uint8Array }
  | { type: "sync-step-2"; update: Uint8Array }
  | { type: "update"; update: Uint8Array }
  | { type: "awareness"; update: Uint8Array }
  | { type: "query-awareness" }
  | { type: "auth" };

/** A frame that does not follow the protocol; the connection is closed with code 4400. */
export class ProtocolError extends Error {
  override name = "ProtocolError";
}

/**
 * Decodes one client frame. Throws ProtocolError on unknown types, bad varints,
 * truncated payloads and trailing bytes.
 *
 * @example
 * const message = decodeClientMessage(new Uint8Array([3])); // { type: "query-awareness" }
 */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    const message = readMessage(decoder);
    if (decoding.hasContent(decoder)) {
      throw new ProtocolError(`${frame.length - decoder.pos} trailing bytes after a ${message.type} message`);
    }
    return message;
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(`undecodable frame: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case messageSync: {
      const subtype = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (subtype === syncStep1) return { type: "sync-step-1", stateVector: payload };
      if (subtype === syncStep2) return { type: "sync-step-2", update: payload };
      if (subtype === syncUpdate) return { type: "update", update: payload };
      throw new ProtocolError(`unknown sync message subtype ${subtype}`);
    }
    case messageAwareness:
      return { type: "awareness", update: decoding.readVarUint8Array(decoder) };
    case messageQueryAwareness:
      return { type: "query-awareness" };
    case messageAuth:
      // Clients have nothing to say here; read it to keep the frame check strict.
      decoding.readVarUint(decoder);
      decoding.readVarString(decoder);
      return { type: "auth" };
    default:
      throw new ProtocolError(`unknown message type ${type}`);
  }
}

function encodeSync(subtype: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  encoding.writeVarUint(encoder, subtype);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const encodeSyncStep1 = (stateVector: Uint8Array): Uint8Array => encodeSync(syncStep1, stateVector);
export const encodeSyncStep2 = (update: Uint8Array): Uint8Array => encodeSync(syncStep2, update);
export const encodeUpdate = (update: Uint8Array): Uint8Array => encodeSync(syncUpdate, update);

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAwareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAuth);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}
