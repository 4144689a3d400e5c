/**
 * Keeps `projects.phase` in step with the phase in the project's plan document,
 * so lists (the dashboard) can show it without loading every document.
 */
import { eq } from "drizzle-orm";
import type { Logger } from "pino";
import type * as Y from "yjs";
import { projectMap, readPhase } from "../app/decision-log/plan-document";
import type { Database } from "../db/connection";
import { projects } from "../db/schema";

/**
 * Observes the plan document's phase and stores each new value. Returns a function that stops it.
 *
 * @example
 * onDocumentLoaded: (name, doc) => attachPhaseMirror({ db, doc, projectId, logger });
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
