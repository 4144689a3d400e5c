/**
 * What a shared document (one Y.Doc per project and sync domain) may contain.
 * One module per document declares its top-level maps, each entry's zod schema
 * and the fields only the server writes; the sync server checks every client
 * update against it before the update is applied, stored or relayed
 * (docs/decisions/011-safe-by-construction.md), and every reader uses the same
 * schemas to skip records that fail them.
 */

/** Where a problem was found: a top-level map and, for maps of records, the entry's key. */
export interface EntryAddress {
  map: string;
  key: string;
}

export interface SharedDocumentSchema {
  /** The names of the document's top-level maps; anything else is refused. */
  readonly maps: readonly string[];
  /**
   * Checks one entry of a top-level map, given as plain JSON (`Y.Map#toJSON()` for
   * nested maps). Returns null when valid, else a short reason for the log and the sender.
   */
  checkEntry(address: EntryAddress, value: unknown): string | null;
}
