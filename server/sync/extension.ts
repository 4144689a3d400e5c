/**
 * Extensions of the sync server, modelled on Hocuspocus's hooks: features that
 * live in shared documents (decision-log stamps, the phase mirror, validation)
 * register here instead of being wired into the server by hand. The list is
 * given once, in server/app-server.ts.
 */
import type * as Y from "yjs";
import type { SyncConnection } from "./connection";
import type { DocumentAddress } from "./document-name";
import type { PresenceUser } from "./presence";

/** Finds the user behind a transaction origin: the connection whose update it applied, else null. */
export type OriginUser = (origin: unknown) => PresenceUser | null;

/** A loaded document as extensions see it. */
export interface SyncRoomContext {
  documentName: string;
  address: DocumentAddress;
  /** The room's document: what is stored, relayed and sent to new clients. */
  doc: Y.Doc;
  originUser: OriginUser;
}

/** A client's update about to be applied to a room. */
export interface ClientUpdateContext {
  room: SyncRoomContext;
  connection: SyncConnection;
  update: Uint8Array;
}

export type ApplyVerdict = { ok: true } | { ok: false; reason: string };

export interface SyncExtension {
  /** Shown in logs. */
  readonly name: string;
  /**
   * Once per load, after the stored state is in `doc` and before any client
   * update is applied. May return a function that runs when the room unloads.
   */
  onLoad?(room: SyncRoomContext): void | (() => void);
  /**
   * Before a client's update is applied (and so stored and relayed). A refusal
   * means the update is dropped and the sender's connection is closed with 4422
   * and the reason. Throw a ProtocolError for an update that is not Yjs (4400).
   */
  beforeApply?(change: ClientUpdateContext): ApplyVerdict;
  /** A later extension refused an update this one accepted: undo what `beforeApply` prepared. */
  onRefused?(change: ClientUpdateContext): void;
}
