import type { Logger } from "pino";
import { WebSocket } from "ws";
import type { Role } from "../../app/permissions";
import type { OriginUser } from "./extension";
import type { PresenceOwner, PresenceUser } from "./presence";

/** Close codes; 4400–4499 tell y-websocket clients not to reconnect. */
export const closeCodes = {
  goingAway: 1001,
  tryAgainLater: 1013,
  internalError: 1011,
  protocolError: 4400,
  /** A client update that would make the document invalid or too large (422 in HTTP terms). */
  updateRefused: 4422,
  /** Too many presence messages (429 in HTTP terms). */
  presenceFlood: 4429,
  /** The session was signed out (or all of the user's sessions were): sign in again, do not retry. */
  sessionEnded: 4401,
  revoked: 4403,
} as const;

/** A client that does not read its messages is cut off past this much buffered output. */
const maximumBufferedBytes = 32 * 1024 * 1024;
const readOnlyWarningIntervalMs = 10_000;

/** One authenticated WebSocket on one document; also the transaction origin of its updates. */
export class SyncConnection implements PresenceOwner {
  readonly ownedClientIds = new Set<number>();
  readonly presenceUser: PresenceUser;
  /** Set by pong and by any message; the heartbeat terminates connections that stay silent. */
  alive = true;
  /** Closed by the server or the client; no more messages are handled. */
  closing = false;
  /** Closed for a protocol error or a revoked membership: its not yet applied updates are dropped. */
  discardUpdates = false;
  private lastReadOnlyWarning = 0;

  constructor(
    readonly socket: WebSocket,
    readonly documentName: string,
    readonly projectId: string,
    readonly user: { id: string; name: string },
    /** The `sessions` row the connection was authorized with; signing out closes it. */
    readonly sessionId: string,
    readonly role: Role,
    readonly access: "write" | "read",
    readonly logger: Logger,
  ) {
    this.presenceUser = { id: user.id, name: user.name, role };
  }

  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN && !this.closing;
  }

  send(message: Uint8Array): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if (this.socket.bufferedAmount > maximumBufferedBytes) {
      this.close(closeCodes.tryAgainLater, "client too slow");
      return;
    }
    this.socket.send(message, { binary: true });
  }

  close(code: number, reason: string): void {
    if (this.closing) return;
    this.closing = true;
    this.logger.info({ code, reason }, "closing sync connection");
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING) {
      this.socket.close(code, reason);
    }
  }

  /** True at most once per interval, so a misbehaving reader cannot flood the log. */
  shouldWarnAboutReadOnlyWrite(now = Date.now()): boolean {
    if (now - this.lastReadOnlyWarning < readOnlyWarningIntervalMs) return false;
    this.lastReadOnlyWarning = now;
    return true;
  }
}

/** The user behind a transaction origin: the connection whose update the server applied. */
export const originUser: OriginUser = (origin) => (origin instanceof SyncConnection ? origin.presenceUser : null);

const maximumCloseReasonBytes = 120;

/** Cuts a close reason to what a close frame carries (123 bytes), at a character boundary. */
export function closeReason(text: string): string {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maximumCloseReasonBytes) return text;
  let end = maximumCloseReasonBytes;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--; // not inside a multi-byte character
  return bytes.subarray(0, end).toString("utf8");
}
