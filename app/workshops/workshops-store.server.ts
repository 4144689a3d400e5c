/**
 * Workshops and their agenda in the database (decision 014): a planner creates a workshop,
 * edits its agenda, starts it, moves from item to item (each item's clock runs while it is on
 * the screen) and ends it, which closes its polls and codes and writes its minutes
 * (workshop-minutes.server.ts). Every write goes through `changeWorkshop`: checked role, locked
 * row, bumped state version, a `state` event after the commit.
 *
 * @example
 * const made = await createWorkshop(db, planner, { title: "Verksted om tomtene", date: "2026-12-10" });
 * if (made.ok) await addItem(db, planner, made.id, { kind: "site", title: "Tomt A", subjectId: siteId, plannedMinutes: 20 });
 */
import { and, asc, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { polls, workshopCodes, workshopItems, workshops } from "../../db/schema";
import { can } from "../permissions";
import { endOfDayInOslo } from "./workshop-day";
import type { WorkshopEvents } from "./workshop-events.server";
import { agendaItemSchema, checkInput, workshopInputSchema, workshopLimits, workshopUpdateSchema } from "./workshop-input";
import type { WorkshopResult } from "./workshop-problem";
import { forbidden, invalidFields, notFound, refused } from "./workshop-problem";
import type { Transaction, WorkshopMember } from "./workshop-rows.server";
import { changeWorkshop, WorkshopRefusal } from "./workshop-rows.server";
import type { WorkshopStatus, WorkshopSummary } from "./workshop-types";
import { workshopStatuses } from "./workshop-types";

export type { WorkshopMember };

const noSuchItem = notFound({ nb: "punktet på dagsordenen", en: "agenda item" });
const tooManyItems = invalidFields({ kind: { message: `Dagsordenen kan ha høyst ${workshopLimits.agendaItems} punkter.`, messageEn: `The agenda can have at most ${workshopLimits.agendaItems} items.` } });

const statusOf = (value: string): WorkshopStatus => ((workshopStatuses as readonly string[]).includes(value) ? (value as WorkshopStatus) : "planned");

/**
 * A project's workshops, the newest date first.
 *
 * @example
 * const list = await listWorkshops(db, projectId); // [{ id, title: "Verksted om tomtene", date: "2026-11-12", status: "ended", activityId }]
 */
export async function listWorkshops(db: Database, projectId: string): Promise<WorkshopSummary[]> {
  const rows = await db
    .select({ id: workshops.id, title: workshops.title, date: workshops.date, status: workshops.status, activityId: workshops.activityId })
    .from(workshops)
    .where(eq(workshops.projectId, projectId))
    .orderBy(desc(workshops.date), desc(workshops.createdAt));
  return rows.map((row) => ({ ...row, status: statusOf(row.status) }));
}

/** Creates a planned workshop; the planner who makes it facilitates it. */
export async function createWorkshop(db: Database, who: WorkshopMember, input: unknown): Promise<WorkshopResult<{ id: string }>> {
  if (!can(who.role, "workshops:run")) return refused(forbidden);
  const checked = checkInput(workshopInputSchema, input);
  if (!checked.ok) return checked;
  const id = crypto.randomUUID();
  await db.insert(workshops).values({ id, projectId: who.projectId, ...checked.value, facilitatorId: who.userId, createdBy: who.userId });
  return { ok: true, id };
}

/** Changes the title, the date and whether participants may point the room to a place. */
export async function updateWorkshop(db: Database, who: WorkshopMember, workshopId: string, input: unknown, events?: WorkshopEvents) {
  const checked = checkInput(workshopUpdateSchema, input);
  if (!checked.ok) return checked;
  return changeWorkshop(db, who, workshopId, async (transaction, row) => {
    await transaction.update(workshops).set(checked.value).where(eq(workshops.id, row.id));
    if (checked.value.date !== row.date) {
      // The codes expire with the workshop's day.
      await transaction.update(workshopCodes).set({ expiresAt: endOfDayInOslo(checked.value.date) }).where(and(eq(workshopCodes.workshopId, row.id), isNull(workshopCodes.revokedAt)));
    }
    return {};
  }, { events });
}

async function agendaOf(transaction: Transaction, workshopId: string) {
  return transaction.select().from(workshopItems).where(eq(workshopItems.workshopId, workshopId)).orderBy(asc(workshopItems.position), asc(workshopItems.id));
}

async function itemOf(transaction: Transaction, workshopId: string, itemId: unknown) {
  if (typeof itemId !== "string") throw new WorkshopRefusal(noSuchItem);
  const [item] = await transaction.select().from(workshopItems).where(and(eq(workshopItems.workshopId, workshopId), eq(workshopItems.id, itemId)));
  if (!item) throw new WorkshopRefusal(noSuchItem);
  return item;
}

/** Adds an agenda item at the end. */
export async function addItem(db: Database, who: WorkshopMember, workshopId: string, input: unknown, events?: WorkshopEvents) {
  const checked = checkInput(agendaItemSchema, input);
  if (!checked.ok) return checked;
  return changeWorkshop(db, who, workshopId, async (transaction, row) => {
    const agenda = await agendaOf(transaction, row.id);
    if (agenda.length >= workshopLimits.agendaItems) throw new WorkshopRefusal(tooManyItems);
    const id = crypto.randomUUID();
    const position = agenda.reduce((last, item) => Math.max(last, item.position), -1) + 1;
    await transaction.insert(workshopItems).values({ id, workshopId: row.id, position, ...checked.value });
    return { id };
  }, { events });
}

/** Changes an agenda item: every field anew. */
export async function updateItem(db: Database, who: WorkshopMember, workshopId: string, input: { itemId?: unknown } & Record<string, unknown>, events?: WorkshopEvents) {
  const checked = checkInput(agendaItemSchema, input);
  if (!checked.ok) return checked;
  return changeWorkshop(db, who, workshopId, async (transaction, row) => {
    const item = await itemOf(transaction, row.id, input.itemId);
    await transaction.update(workshopItems).set(checked.value).where(eq(workshopItems.id, item.id));
    return { id: item.id };
  }, { events });
}

/** Removes an agenda item (its polls stay, without an item); not the one on the screen. */
export async function removeItem(db: Database, who: WorkshopMember, workshopId: string, itemId: unknown, events?: WorkshopEvents) {
  return changeWorkshop(db, who, workshopId, async (transaction, row) => {
    const item = await itemOf(transaction, row.id, itemId);
    if (row.currentItemId === item.id) {
      throw new WorkshopRefusal({ code: "conflict", message: "Punktet er på skjermen nå. Gå videre før du fjerner det.", messageEn: "The item is on the screen now. Move on before removing it." });
    }
    await transaction.delete(workshopItems).where(eq(workshopItems.id, item.id));
    return { id: item.id };
  }, { events });
}

/** Moves an agenda item to `position` (0 first); the others keep their order. */
export async function moveItem(db: Database, who: WorkshopMember, workshopId: string, input: { itemId?: unknown; position?: unknown }, events?: WorkshopEvents) {
  const position = typeof input.position === "number" && Number.isInteger(input.position) && input.position >= 0 ? input.position : null;
  if (position === null) return refused(invalidFields({ position: { message: "Velg en plass i dagsordenen.", messageEn: "Choose a place in the agenda." } }));
  return changeWorkshop(db, who, workshopId, async (transaction, row) => {
    const item = await itemOf(transaction, row.id, input.itemId);
    const others = (await agendaOf(transaction, row.id)).filter((entry) => entry.id !== item.id);
    others.splice(Math.min(position, others.length), 0, item);
    for (const [index, entry] of others.entries()) {
      if (entry.position !== index) await transaction.update(workshopItems).set({ position: index }).where(eq(workshopItems.id, entry.id));
    }
    return { id: item.id };
  }, { events });
}

/** Starts the workshop: the first agenda item (if any) goes on the screen and its clock runs. */
export async function startWorkshop(db: Database, who: WorkshopMember, workshopId: string, events?: WorkshopEvents) {
  return changeWorkshop(db, who, workshopId, async (transaction, row) => {
    if (row.status !== "planned") throw new WorkshopRefusal({ code: "conflict", message: "Verkstedet er allerede i gang.", messageEn: "The workshop is already running." });
    const [first] = await agendaOf(transaction, row.id);
    await transaction
      .update(workshops)
      .set({ status: "running", startedAt: sql`now()`, currentItemId: first?.id ?? null, facilitatorId: who.userId })
      .where(eq(workshops.id, row.id));
    if (first) await transaction.update(workshopItems).set({ startedAt: sql`coalesce(${workshopItems.startedAt}, now())`, endedAt: null }).where(eq(workshopItems.id, first.id));
    return { currentItemId: first?.id ?? null };
  }, { events });
}

/** Ends the clock of the item on the screen. Its used time is from its first start to its last end. */
async function stopClock(transaction: Transaction, itemId: string | null) {
  if (itemId) await transaction.update(workshopItems).set({ endedAt: sql`now()` }).where(eq(workshopItems.id, itemId));
}

/** Puts an agenda item on the screen: the current item's clock stops, this one's runs. The facilitator is whoever moves. */
export async function goToItem(db: Database, who: WorkshopMember, workshopId: string, itemId: unknown, events?: WorkshopEvents) {
  return changeWorkshop(db, who, workshopId, async (transaction, row) => {
    if (row.status !== "running") throw new WorkshopRefusal({ code: "workshopNotRunning", message: "Start verkstedet før du går til et punkt.", messageEn: "Start the workshop before going to an item." });
    const item = await itemOf(transaction, row.id, itemId);
    if (row.currentItemId !== item.id) {
      await stopClock(transaction, row.currentItemId);
      await transaction.update(workshopItems).set({ startedAt: sql`coalesce(${workshopItems.startedAt}, now())`, endedAt: null }).where(eq(workshopItems.id, item.id));
    }
    await transaction.update(workshops).set({ currentItemId: item.id, facilitatorId: who.userId }).where(eq(workshops.id, row.id));
    return { currentItemId: item.id };
  }, { events });
}

/**
 * Ends the workshop: the item's clock stops, open polls close, codes stop working. Ending an
 * ended workshop changes nothing here (the minutes are written once, by the caller).
 */
export async function closeWorkshop(db: Database, who: WorkshopMember, workshopId: string, events?: WorkshopEvents) {
  return changeWorkshop(db, who, workshopId, async (transaction, row) => {
    if (row.status === "ended") return { alreadyEnded: true };
    if (row.status !== "running") throw new WorkshopRefusal({ code: "workshopNotRunning", message: "Verkstedet er ikke startet.", messageEn: "The workshop has not started." });
    await stopClock(transaction, row.currentItemId);
    await transaction.update(polls).set({ status: "closed", closedAt: sql`now()` }).where(and(eq(polls.workshopId, row.id), eq(polls.status, "open")));
    await transaction.update(workshopCodes).set({ revokedAt: sql`now()` }).where(and(eq(workshopCodes.workshopId, row.id), isNull(workshopCodes.revokedAt), gt(workshopCodes.expiresAt, sql`now()`)));
    await transaction.update(workshops).set({ status: "ended", endedAt: sql`now()`, currentItemId: null, currentPollId: null }).where(eq(workshops.id, row.id));
    return { alreadyEnded: false };
  }, { allowEnded: true, events });
}
