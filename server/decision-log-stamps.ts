/**
 * Server stamps on the plan's decision log: who recorded an entry and when, who
 * changed it last and when. Clients cannot forge them: the server sets them for
 * new entries, updates them when client keys change, and reverts client edits to
 * them. The server's writes are ordinary updates, stored and relayed to everyone.
 */
import type { Logger } from "pino";
import * as Y from "yjs";
import { decisionsMap, stampKeys } from "../app/documents/plan-document";
import type { OriginUser, SyncExtension } from "./sync/extension";

const stampKeySet: ReadonlySet<string> = new Set(stampKeys);

/** The transaction origin of the server's own stamp writes. */
export const decisionStampOrigin = Symbol("decision-log-stamps");

/**
 * Observes `doc.getMap("decisions")` and stamps changes made by client connections.
 * Returns a function that stops observing.
 *
 * @example
 * const stop = attachDecisionLogStamps(doc, originUser);
 */
export function attachDecisionLogStamps(
  doc: Y.Doc,
  originUser: OriginUser,
  now: () => Date = () => new Date(),
  logger?: Logger,
): () => void {
  const decisions = decisionsMap(doc);

  const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>, transaction: Y.Transaction): void => {
    const user = originUser(transaction.origin);
    if (!user) return; // the server's own writes, loading, or local code
    const author = { id: user.id, name: user.name };
    const newEntries = new Set<Y.Map<unknown>>();
    const changedEntries = new Set<Y.Map<unknown>>();
    const reverts: Array<{ entry: Y.Map<unknown>; key: string; oldValue: unknown; existed: boolean }> = [];

    for (const event of events) {
      if (event.target === decisions) {
        for (const [entryId, change] of event.changes.keys) {
          if (change.action === "delete") continue;
          const entry = decisions.get(entryId);
          if (entry instanceof Y.Map) newEntries.add(entry);
        }
        continue;
      }
      if (!(event.target instanceof Y.Map) || event.target.parent !== decisions) continue;
      const entry = event.target as Y.Map<unknown>;
      for (const [key, change] of event.changes.keys) {
        if (stampKeySet.has(key)) {
          reverts.push({ entry, key, oldValue: change.oldValue, existed: change.action !== "add" });
        } else {
          changedEntries.add(entry);
        }
      }
    }
    if (newEntries.size === 0 && changedEntries.size === 0 && reverts.length === 0) return;

    const at = now().toISOString();
    doc.transact(() => {
      for (const { entry, key, oldValue, existed } of reverts) {
        if (newEntries.has(entry)) continue;
        logger?.warn({ userId: user.id, key }, "client tried to change a decision-log stamp; reverted");
        if (existed) entry.set(key, oldValue);
        else entry.delete(key);
      }
      for (const entry of newEntries) {
        entry.set("recordedBy", author);
        entry.set("recordedAt", at);
        entry.set("updatedBy", author);
        entry.set("updatedAt", at);
      }
      for (const entry of changedEntries) {
        if (newEntries.has(entry)) continue;
        entry.set("updatedBy", author);
        entry.set("updatedAt", at);
      }
    }, decisionStampOrigin);
  };

  decisions.observeDeep(observer);
  return () => decisions.unobserveDeep(observer);
}

/**
 * The stamps as a sync-server extension: every loaded plan document is stamped.
 *
 * @example
 * createSyncServer({ ..., extensions: [decisionLogStampsExtension({ logger })] });
 */
export function decisionLogStampsExtension(options: { now?: () => Date; logger?: Logger } = {}): SyncExtension {
  return {
    name: "decision-log-stamps",
    onLoad: ({ address, doc, originUser }) =>
      address.domain === "plan" ? attachDecisionLogStamps(doc, originUser, options.now, options.logger) : undefined,
  };
}
