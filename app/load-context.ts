import type { Logger } from "pino";
import type { Database } from "../db/connection";
import type { AppConfig } from "../server/config";

/** What loaders and actions may ask of the sync server. */
export interface SyncControl {
  /** Closes a member's live connections to a project so they are authorised anew. */
  revokeMember(projectId: string, userId: string): void;
  /** Closes every connection opened with this session (`sessions.id`): it was signed out. */
  revokeSession(sessionId: string): void;
  /** Closes every connection of this user, in every project: signed out everywhere. */
  revokeUser(userId: string): void;
}

/** What the server hands every loader and action. */
declare module "@remix-run/node" {
  interface AppLoadContext {
    db: Database;
    /** The environment, parsed once at start (server/config.ts). */
    config: AppConfig;
    sync: SyncControl;
    logger: Logger;
    clientAddress: string;
    /** This response's Content-Security-Policy nonce, for Remix's inline scripts (server/content-security-policy.ts). */
    cspNonce?: string;
  }
}
