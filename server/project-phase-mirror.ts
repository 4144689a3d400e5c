/**
 * Keeps `projects.phase` in step with the phase in the project's plan document,
 * so lists (the dashboard) can show it without loading every document.
 */
import { eq } from "drizzle-orm";
import type { Logger } from "pino";
import type * as Y from "yjs";
import { readPhase } from "../app/decision-log/plan-document";
import { projectMap } from "../app/documents/plan-document";
import type { Database } from "../db/connection";
import { projects } from "../db/schema";
import type { SyncExtension } from "./sync/extension";

/**
 * Observes the plan document's phase and stores each new value. Returns a function that stops it.
 *
 * @example
 * const stop = attachPhaseMirror({ db, doc, projectId, logger });
 */
export function attachPhaseMirror(options: { db: Database; doc: Y.Doc; projectId: string; logger: Logger }): () => void {
  const { db, doc, projectId, logger } = options;
  let stored: string | null = null;
  const store = () => {
    const phase = readPhase(doc);
    if (phase === stored) return;
    stored = phase;
    db.update(projects)
      .set({ phase })
      .where(eq(projects.id, projectId))
      .catch((error: unknown) => {
        stored = null; // try again on the next change
        logger.error({ err: error, projectId }, "storing the project phase failed");
      });
  };
  const map = projectMap(doc);
  const observer = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has("phase")) store();
  };
  map.observe(observer);
  store();
  return () => map.unobserve(observer);
}

/**
 * The phase mirror as a sync-server extension, for every loaded plan document.
 *
 * @example
 * createSyncServer({ ..., extensions: [phaseMirrorExtension({ db, logger })] });
 */
export function phaseMirrorExtension(options: { db: Database; logger: Logger }): SyncExtension {
  return {
    name: "project-phase-mirror",
    onLoad: ({ address, doc }) =>
      address.domain === "plan" ? attachPhaseMirror({ db: options.db, doc, projectId: address.projectId, logger: options.logger }) : undefined,
  };
}
