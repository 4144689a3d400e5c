/**
 * What participants add to the room (decision 014): questions for the parking lot, and "look
 * here" places on the map (only when the facilitator allows it and the workshop is running; a
 * place goes to the screens as an event with the role, no name, and is not stored).
 *
 * @example
 * await parkQuestion(db, resident, workshopId, { body: "Hva skjer med parkeringen?" });
 * await pointAttention(db, resident, workshopId, { lat: 59.91, lon: 10.75 });
 */
import { eq } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { parkingLotItems } from "../../db/schema";
import { can } from "../permissions";
import type { WorkshopEvents } from "./workshop-events.server";
import { workshopEvents } from "./workshop-events.server";
import { attentionSchema, checkInput, parkingLotSchema } from "./workshop-input";
import type { WorkshopResult } from "./workshop-problem";
import { forbidden, noSuchWorkshop, notFound, refused, workshopNotRunning } from "./workshop-problem";
import type { WorkshopMember } from "./workshop-rows.server";
import { changeWorkshop, findWorkshop, WorkshopRefusal } from "./workshop-rows.server";

/** Adds a question to the parking lot: planners before and during the workshop, others while it runs. */
export async function parkQuestion(db: Database, who: WorkshopMember, workshopId: string, input: unknown, events?: WorkshopEvents) {
  const checked = checkInput(parkingLotSchema, input);
  if (!checked.ok) return checked;
  return changeWorkshop(db, who, workshopId, async (transaction, row) => {
    if (row.status !== "running" && !can(who.role, "workshops:run")) throw new WorkshopRefusal(workshopNotRunning);
    const id = crypto.randomUUID();
    await transaction.insert(parkingLotItems).values({ id, workshopId: row.id, body: checked.value.body, raisedByRole: who.role, raisedBy: who.userId });
    return { id };
  }, { action: "workshops:takePart", events });
}

/** Removes a question from the parking lot (planners). */
export async function removeParked(db: Database, who: WorkshopMember, workshopId: string, itemId: unknown, events?: WorkshopEvents) {
  return changeWorkshop(db, who, workshopId, async (transaction, row) => {
    const [item] = typeof itemId === "string" ? await transaction.select({ id: parkingLotItems.id, workshopId: parkingLotItems.workshopId }).from(parkingLotItems).where(eq(parkingLotItems.id, itemId)) : [];
    if (!item || item.workshopId !== row.id) throw new WorkshopRefusal(notFound({ nb: "spørsmålet på parkeringsplassen", en: "parking lot question" }));
    await transaction.delete(parkingLotItems).where(eq(parkingLotItems.id, item.id));
    return { id: item.id };
  }, { events });
}

const lastPointed = new Map<string, number>();
/** One place per person per this many milliseconds: a finger on the button does not flood the screen. */
export const attentionIntervalMs = 2_000;

/** Points the room to a place: an `attention` event for the screens, nothing stored. */
export async function pointAttention(
  db: Database,
  who: WorkshopMember,
  workshopId: string,
  input: unknown,
  events: WorkshopEvents = workshopEvents,
  now: number = Date.now(),
): Promise<WorkshopResult<{ sent: boolean }>> {
  if (!can(who.role, "workshops:takePart")) return refused(forbidden);
  const checked = checkInput(attentionSchema, input);
  if (!checked.ok) return checked;
  const row = await findWorkshop(db, who.projectId, workshopId);
  if (!row) return refused(noSuchWorkshop);
  if (row.status !== "running") return refused(workshopNotRunning);
  if (!row.allowAttention) return refused({ code: "forbidden", message: "Fasilitatoren har ikke slått på å peke på kartet.", messageEn: "The facilitator has not allowed pointing at the map." });
  const key = `${workshopId}:${who.userId}`;
  if (now - (lastPointed.get(key) ?? 0) < attentionIntervalMs) return { ok: true, sent: false };
  lastPointed.set(key, now);
  if (lastPointed.size > 10_000) lastPointed.clear();
  events.publish(workshopId, { type: "attention", lat: checked.value.lat, lon: checked.value.lon, role: who.role });
  return { ok: true, sent: true };
}
