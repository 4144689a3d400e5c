/**
 * Which entries of a document's top-level maps a transaction touched, so only
 * those are checked against the document's schema (not the whole document).
 */
import * as Y from "yjs";

export interface TouchedEntries {
  /** Top-level name → keys of its entries that were added, changed or deleted (or changed inside). */
  entries: Map<string, Set<string>>;
  /** Top-level types that received list content (text, array items) instead of map entries. */
  listContent: Set<string>;
}

/**
 * Walks each type the transaction changed up through `_item.parent` to its
 * top-level type; the entry is the key (`parentSub`) of the last item on the way.
 *
 * @example
 * doc.on("afterTransaction", (transaction) => touched = touchedEntries(transaction));
 * // { entries: Map { "sites" => Set { "a1" } }, listContent: Set {} }
 */
export function touchedEntries(transaction: Y.Transaction): TouchedEntries {
  type SharedType = Y.AbstractType<Y.YEvent<never>>;
  const names = new Map<unknown, string>();
  for (const [name, type] of transaction.doc.share) names.set(type, name);
  const result: TouchedEntries = { entries: new Map(), listContent: new Set() };
  const add = (name: string, key: string | null): void => {
    if (key === null) {
      result.listContent.add(name);
      return;
    }
    const keys = result.entries.get(name) ?? new Set<string>();
    keys.add(key);
    result.entries.set(name, keys);
  };

  for (const [type, keys] of transaction.changed) {
    if (type._item === null) {
      const name = names.get(type);
      if (name === undefined) continue; // not reachable from the document: nothing to check
      for (const key of keys) add(name, key);
      continue;
    }
    // A nested type: find the entry of a top-level type it lives in.
    let item: Y.Item | null = type._item;
    while (item !== null) {
      const parent: unknown = item.parent;
      if (!(parent instanceof Y.AbstractType)) break;
      const parentType = parent as SharedType;
      if (parentType._item === null) {
        const name = names.get(parentType);
        if (name !== undefined) add(name, item.parentSub);
        break;
      }
      item = parentType._item;
    }
  }
  return result;
}
