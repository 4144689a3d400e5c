/**
 * A whole document checked against its schema: what a reader skips, for the page's notice
 * and for tests that prove a document (the demo data, a fuzzed one) is what the server allows.
 */
import type * as Y from "yjs";
import { entryJson } from "./entry-check";
import type { SharedDocumentSchema } from "./shared-document-schema";

export interface InvalidEntry {
  map: string;
  key: string;
  reason: string;
}

/** How many entries of one top-level map a reader skips. */
export interface SkippedRecords {
  map: string;
  count: number;
}

/**
 * Every entry of the document's maps that fails the schema, with the reason.
 *
 * @example
 * findInvalidEntries(doc, planDocumentSchema); // [] for the demo project
 */
export function findInvalidEntries(doc: Y.Doc, schema: SharedDocumentSchema, maps: readonly string[] = schema.maps): InvalidEntry[] {
  const invalid: InvalidEntry[] = [];
  for (const map of maps) {
    for (const [key, value] of doc.getMap<unknown>(map)) {
      const json = entryJson(value);
      // A reader cannot use a removed-looking entry either; the server never lets one in.
      const reason = json === undefined ? "not readable" : schema.checkEntry({ map, key }, json);
      if (reason !== null) invalid.push({ map, key, reason });
    }
  }
  return invalid;
}

/**
 * How many records of each map the readers skip (maps with none are left out).
 *
 * @example
 * countSkippedRecords(doc, planDocumentSchema, ["sites"]); // [{ map: "sites", count: 1 }]
 */
export function countSkippedRecords(doc: Y.Doc, schema: SharedDocumentSchema, maps: readonly string[] = schema.maps): SkippedRecords[] {
  const counts = new Map<string, number>();
  for (const { map } of findInvalidEntries(doc, schema, maps)) counts.set(map, (counts.get(map) ?? 0) + 1);
  return [...counts].map(([map, count]) => ({ map, count }));
}
