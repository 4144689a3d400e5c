import type { Logger } from "pino";
import type { Database } from "../db/connection";

/** What the server hands every loader and action. */
export interface SyncControl {
  /** Closes a member's live connections to a project so they are authorised anew. */
  revokeMember(projectId: string, userId: string): void;
}

declare module "@remix-run/node" {
  interface AppLoadContext {
    db: Database;
    sync: SyncControl;
    logger: Logger;
    clientAddress: string;
    /** This response's Content-Security-Policy nonce, for Remix's inline scripts (server/content-security-policy.ts). */
    cspNonce?: string;
  }
}
