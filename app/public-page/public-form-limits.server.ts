/**
 * The public inquiry form's limit per client address and hour (decision 013), counted in
 * `public_form_limits` so a restart forgets nothing: one atomic statement takes a slot, so a
 * burst of parallel posts cannot all slip under the limit. Addresses are kept for a day at most.
 */
import { lt, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { publicFormLimits } from "../../db/schema";

/** Inquiries one address may send in an hour: a neighbour with several questions is fine, a flood is not. */
export const publicFormLimitPerHour = 5;

export type SlotOutcome = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Takes one of the address's slots for this hour, or says how long until the next hour's.
 *
 * @example
 * const slot = await takePublicFormSlot(db, clientAddress(context));
 * if (!slot.allowed) return tooMany(slot.retryAfterSeconds); // 429 with Retry-After
 */
export async function takePublicFormSlot(db: Database, address: string, limit: number = publicFormLimitPerHour, now: Date = new Date()): Promise<SlotOutcome> {
  const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  const [row] = await db
    .insert(publicFormLimits)
    .values({ address: address.slice(0, 100), windowStart: hour, count: 1 })
    .onConflictDoUpdate({ target: [publicFormLimits.address, publicFormLimits.windowStart], set: { count: sql`${publicFormLimits.count} + 1` } })
    .returning({ count: publicFormLimits.count });
  // A new hour's first slot: forget the addresses of yesterday and before.
  if (row.count === 1) await db.delete(publicFormLimits).where(lt(publicFormLimits.windowStart, new Date(hour.getTime() - 24 * 3_600_000)));
  if (row.count <= limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((hour.getTime() + 3_600_000 - now.getTime()) / 1000)) };
}
