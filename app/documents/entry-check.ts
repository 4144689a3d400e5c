/**
 * Small helpers the document modules share: a record's key, a zod failure as a short reason,
 * and reading a map of records with its schema, skipping and counting what fails.
 */
import * as Y from "yjs";
import { z } from "zod";

/** Entry keys are ids (UUIDs in the app); anything empty or huge is refused. */
export const entryKeySchema = z.string().min(1).max(200);

/** The first problem of a failed parse, as "path: message" for the log and the sender. */
export function reasonOf(where: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue.path.length > 0 ? `.${issue.path.join(".")}` : "";
  return `${where}${path}: ${issue.message}`;
}

/**
 * Checks one entry of a map of records (each a nested Y.Map, given as JSON).
 *
 * @example
 * checkRecord("sites", "a1", { name: "Tomt A" }, siteSchema); // "sites[a1].status: Required"
 */
export function checkRecord(map: string, key: string, value: unknown, schema: z.ZodTypeAny): string | null {
  const where = `${map}[${key.slice(0, 40)}]`;
  if (!entryKeySchema.safeParse(key).success) return `${where}: the key must be 1 to 200 characters`;
  const parsed = schema.safeParse(value);
  return parsed.success ? null : reasonOf(where, parsed.error);
}

/** What a reader found: the records that pass the schema, and how many did not. */
export interface ReadResult<T> {
  records: Array<T & { id: string }>;
  skipped: number;
}

/**
 * Reads every entry of a map of records with its schema, as the server checks it: the entry's
 * JSON. An entry that fails is skipped and counted, never thrown: an old offline copy or a
 * broken client must not take the page down for everyone.
 *
 * @example
 * const { records, skipped } = readRecords(sitesMap(doc), siteSchema);
 */
export function readRecords<T extends object>(map: Y.Map<unknown>, schema: z.ZodType<T>): ReadResult<T> {
  const records: Array<T & { id: string }> = [];
  let skipped = 0;
  for (const [id, entry] of map) {
    const parsed = schema.safeParse(entryJson(entry));
    if (parsed.success && entryKeySchema.safeParse(id).success) records.push({ ...parsed.data, id });
    else skipped += 1;
  }
  return { records, skipped };
}

/**
 * An entry as the schema sees it: nested shared types as JSON (or undefined if even that
 * fails: it should not, but a reader never throws), plain values as they are.
 */
export function entryJson(value: unknown): unknown {
  if (!(value instanceof Y.AbstractType)) return value;
  try {
    return (value as { toJSON(): unknown }).toJSON();
  } catch {
    return undefined;
  }
}
