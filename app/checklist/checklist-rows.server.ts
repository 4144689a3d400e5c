/**
 * The checklist's rows (decision 012): made from the template on first use, and the lookups
 * every write shares. Times come from the database clock (`clock_timestamp()`, so two entries of
 * one transaction keep their order).
 */
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { checklistEvents, checklistItems, checklistVersions } from "../../db/schema";
import type { Role } from "../permissions";
import { isRole } from "../permissions";
import type { ChecklistEventDetails, ChecklistEventKind } from "./checklist-types";
import type { ChecklistStatus, ChecklistTemplate, TemplateItem } from "./template";
import { checklistTemplate, itemsUpTo, templateItems } from "./template";

export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
type Connection = Database | Transaction;

export type ItemRow = typeof checklistItems.$inferSelect;

export function roleOf(value: string | null): Role | null {
  if (value === null) return null;
  // Stored by the server from a membership; an unknown value would be a bug, shown as observer.
  return isRole(value) ? value : "observer";
}

/** The rows of the checklist's items for a set of template items, with the template's suggestions. */
function newItemRows(projectId: string, items: readonly TemplateItem[], version: number) {
  return items.map((item) => ({
    projectId,
    itemKey: item.key,
    templateVersion: version,
    responsibleRole: item.responsibleRole ?? null,
    duePhase: item.duePhase ?? null,
  }));
}

/**
 * The project's checklist, made on first use from the template's newest version (one row per
 * item up to it, with the template's responsible role and due phase); later, items of the
 * project's version that are missing (a template edited within a version) are added. Safe to
 * call from two requests at once. Usable from a seed script.
 *
 * @example
 * const { version, items } = await ensureChecklist(db, projectId);
 */
export async function ensureChecklist(
  db: Database,
  projectId: string,
  template: ChecklistTemplate = checklistTemplate(),
): Promise<{ version: number; items: ItemRow[] }> {
  await db.insert(checklistVersions).values({ projectId, templateVersion: template.version }).onConflictDoNothing();
  const [stored] = await db.select({ version: checklistVersions.templateVersion }).from(checklistVersions).where(eq(checklistVersions.projectId, projectId));
  const version = stored?.version ?? template.version;
  const rows = await db.select().from(checklistItems).where(eq(checklistItems.projectId, projectId));
  const have = new Set(rows.map((row) => row.itemKey));
  const missing = itemsUpTo(version, template).filter((item) => !have.has(item.key));
  if (missing.length === 0) return { version, items: rows };
  await db.insert(checklistItems).values(newItemRows(projectId, missing, version)).onConflictDoNothing();
  return { version, items: await db.select().from(checklistItems).where(eq(checklistItems.projectId, projectId)) };
}

/** Adds the template's items of versions after `from` up to its newest, within a write. */
export async function insertItemsAfter(connection: Connection, projectId: string, from: number, template: ChecklistTemplate): Promise<TemplateItem[]> {
  const added = templateItems(template).filter((item) => item.since > from && item.since <= template.version);
  if (added.length > 0) await connection.insert(checklistItems).values(newItemRows(projectId, added, template.version)).onConflictDoNothing();
  await connection
    .update(checklistVersions)
    .set({ templateVersion: template.version, updatedAt: sql`now()` })
    .where(eq(checklistVersions.projectId, projectId));
  return added;
}

/**
 * A template item and the project's row of it (making the checklist first if this is its first
 * use), or null when the project's checklist has no such item.
 */
export async function findProjectItem(
  db: Database,
  projectId: string,
  itemKey: string,
  template: ChecklistTemplate = checklistTemplate(),
): Promise<{ item: TemplateItem; row: ItemRow } | null> {
  const item = templateItems(template).find((candidate) => candidate.key === itemKey);
  if (!item) return null;
  const select = () =>
    db
      .select()
      .from(checklistItems)
      .where(and(eq(checklistItems.projectId, projectId), eq(checklistItems.itemKey, itemKey)))
      .limit(1);
  let [row] = await select();
  if (!row) {
    await ensureChecklist(db, projectId, template);
    [row] = await select();
  }
  return row ? { item, row } : null;
}

/**
 * Appends an entry to an item's thread, stamped with the member and the database's clock.
 * Details (an assignment, a decision) are kept as JSON in the body.
 */
export async function appendEvent(
  connection: Connection,
  member: { projectId: string; userId: string; role: Role },
  entry: { itemKey: string; kind: ChecklistEventKind; homeId?: string; status?: ChecklistStatus; body?: string; details?: ChecklistEventDetails },
): Promise<string> {
  const id = crypto.randomUUID();
  await connection.insert(checklistEvents).values({
    id,
    projectId: member.projectId,
    itemKey: entry.itemKey,
    homeId: entry.homeId ?? "",
    kind: entry.kind,
    status: entry.status ?? null,
    body: entry.details ? JSON.stringify(entry.details) : (entry.body ?? ""),
    authorId: member.userId,
    authorRole: member.role,
    createdAt: sql`clock_timestamp()`,
  });
  return id;
}

/** The details of an assignment or decision entry, or null for entries that carry text. */
export function eventDetails(kind: string, body: string): ChecklistEventDetails | null {
  if (kind !== "assignment" && kind !== "decision") return null;
  try {
    const parsed = JSON.parse(body) as ChecklistEventDetails;
    return typeof parsed === "object" && parsed !== null && typeof parsed.type === "string" ? parsed : null;
  } catch {
    return null;
  }
}
