import type { z } from "zod";
import { reasonOf } from "./entry-check";

/**
 * A write that would put a record into a shared document that its schema refuses. Nothing is
 * written: the sync server would refuse the update and close the connection, and the browser's
 * offline copy would send it again on every reconnect.
 */
export class InvalidRecordError extends Error {
  constructor(readonly reason: string) {
    super(`not written to the shared document: ${reason}`);
    this.name = "InvalidRecordError";
  }
}

/**
 * The value parsed with the schema, or an InvalidRecordError saying what is wrong.
 *
 * @example
 * const site = validRecord(siteSchema, input, `sites[${id}]`);
 */
export function validRecord<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidRecordError(reasonOf(where, parsed.error));
  return parsed.data;
}
