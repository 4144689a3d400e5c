/**
 * The checklist as one member may see and use it (decision 012): every member reads everything
 * (`checklist:read`); what differs is what they may do on each item.
 */
import { and, asc, count, eq } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { checklistEvents, checklistStates, files, projects, users } from "../../db/schema";
import { ensureHomes, listHouseTypes } from "../homes/homes.server";
import type { Role } from "../permissions";
import { can, canSetChecklistState } from "../permissions";
import type { Phase } from "../projects/vocabulary";
import { isPhase } from "../projects/vocabulary";
import { todayInOslo } from "../ui/format-time";
import { checklistProgress, homeStatesOf, isPastDue, summarizeStates, untouchedState } from "./checklist-progress";
import type { ItemRow } from "./checklist-rows.server";
import { ensureChecklist, eventDetails, roleOf } from "./checklist-rows.server";
import type { ChecklistEventJson, ChecklistItemJson, ChecklistMember, ChecklistSectionJson, ChecklistSnapshot, ItemPermissions, StateJson } from "./checklist-types";
import type { ChecklistStatus, ChecklistTemplate, TemplateItem } from "./template";
import { checklistStatuses, checklistTemplate } from "./template";

function statusOf(value: string | null): ChecklistStatus | null {
  return value !== null && (checklistStatuses as readonly string[]).includes(value) ? (value as ChecklistStatus) : null;
}

async function readStates(db: Database, projectId: string): Promise<Map<string, Map<string, StateJson>>> {
  const rows = await db
    .select({
      itemKey: checklistStates.itemKey,
      homeId: checklistStates.homeId,
      status: checklistStates.status,
      reason: checklistStates.reason,
      updatedByName: users.name,
      updatedRole: checklistStates.updatedRole,
      updatedAt: checklistStates.updatedAt,
    })
    .from(checklistStates)
    .leftJoin(users, eq(users.id, checklistStates.updatedBy))
    .where(eq(checklistStates.projectId, projectId));
  const byItem = new Map<string, Map<string, StateJson>>();
  for (const row of rows) {
    const status = statusOf(row.status);
    if (!status) continue;
    const states = byItem.get(row.itemKey) ?? new Map<string, StateJson>();
    states.set(row.homeId, { status, reason: row.reason, updatedByName: row.updatedByName, updatedRole: roleOf(row.updatedRole), updatedAt: row.updatedAt.toISOString() });
    byItem.set(row.itemKey, states);
  }
  return byItem;
}

/** Each item's thread in order, with its disagreements marked open until a later state of that item (for that home, or all homes). */
async function readThreads(db: Database, projectId: string): Promise<Map<string, ChecklistEventJson[]>> {
  const rows = await db
    .select({
      id: checklistEvents.id,
      itemKey: checklistEvents.itemKey,
      homeId: checklistEvents.homeId,
      kind: checklistEvents.kind,
      status: checklistEvents.status,
      body: checklistEvents.body,
      authorName: users.name,
      authorRole: checklistEvents.authorRole,
      createdAt: checklistEvents.createdAt,
    })
    .from(checklistEvents)
    .leftJoin(users, eq(users.id, checklistEvents.authorId))
    .where(eq(checklistEvents.projectId, projectId))
    .orderBy(asc(checklistEvents.createdAt), asc(checklistEvents.id));
  const threads = new Map<string, ChecklistEventJson[]>();
  for (const row of rows) {
    const kind = row.kind as ChecklistEventJson["kind"];
    const thread = threads.get(row.itemKey) ?? [];
    if (kind === "status") {
      for (const entry of thread) {
        if (entry.open && (entry.homeId === "" || row.homeId === "" || entry.homeId === row.homeId)) entry.open = false;
      }
    }
    const details = eventDetails(kind, row.body);
    thread.push({
      id: row.id,
      kind,
      homeId: row.homeId,
      status: statusOf(row.status),
      body: details ? "" : row.body,
      details,
      authorName: row.authorName,
      authorRole: roleOf(row.authorRole) ?? "observer",
      createdAt: row.createdAt.toISOString(),
      open: kind === "disagreement",
    });
    threads.set(row.itemKey, thread);
  }
  return threads;
}

/** Evidence files per item and home ('' for the project). */
async function readEvidenceCounts(db: Database, projectId: string): Promise<Map<string, Record<string, number>>> {
  const rows = await db
    .select({ itemKey: files.subjectKey, homeId: files.homeId, files: count() })
    .from(files)
    .where(and(eq(files.projectId, projectId), eq(files.purpose, "checklist")))
    .groupBy(files.subjectKey, files.homeId);
  const byItem = new Map<string, Record<string, number>>();
  for (const row of rows) byItem.set(row.itemKey, { ...byItem.get(row.itemKey), [row.homeId]: row.files });
  return byItem;
}

/**
 * What a member may do on one item: set its state (planners, and the agency that signs it),
 * comment, record a disagreement (who may comment but not set this state; the signing agency
 * too once someone else set it last), edit its responsibility and decision (planners).
 */
export function itemPermissions(role: Role, signingRole: Role | undefined, lastStateBy: Role | null): ItemPermissions {
  const setState = canSetChecklistState(role, signingRole);
  const comment = can(role, "checklist:comment");
  const signerOverruled = signingRole !== undefined && role === signingRole && lastStateBy !== null && lastStateBy !== signingRole;
  return { setState, comment, disagree: comment && (!setState || signerOverruled), edit: can(role, "checklist:edit") };
}

function itemJson(
  item: TemplateItem,
  row: ItemRow,
  context: {
    role: Role;
    homes: ReadonlyArray<{ id: string }>;
    states: Map<string, StateJson> | undefined;
    thread: ChecklistEventJson[];
    evidence: Record<string, number>;
    now: { today: string; phase: Phase };
  },
): ChecklistItemJson {
  const states = context.states ?? new Map<string, StateJson>();
  const projectState = states.get("") ?? untouchedState;
  const homeStates = item.scope === "home" ? homeStatesOf(projectState, states, context.homes) : [];
  const { summary, homesDiffer, closed } = summarizeStates(projectState, homeStates);
  const duePhase = isPhase(row.duePhase) ? row.duePhase : null;
  const lastState = [...context.thread].reverse().find((entry) => entry.kind === "status");
  return {
    key: item.key,
    section: item.section,
    title: item.title,
    why: item.why,
    source: item.source,
    scope: item.scope,
    signingRole: item.signingRole ?? null,
    requiresEvidence: item.requiresEvidence,
    debated: item.debated ?? false,
    templateVersion: row.templateVersion,
    responsibleRole: roleOf(row.responsibleRole),
    duePhase,
    dueDate: row.dueDate,
    decision: row.decision,
    decisionReason: row.decisionReason,
    decisionLogId: row.decisionLogId,
    state: projectState,
    shown: homeStates[0] ?? projectState,
    homeStates,
    homesDiffer,
    summary,
    closed,
    overdue: !closed && isPastDue({ dueDate: row.dueDate, duePhase }, context.now),
    evidence: { total: Object.values(context.evidence).reduce((sum, files) => sum + files, 0), byHome: context.evidence },
    openDisagreements: context.thread.filter((entry) => entry.open).length,
    thread: context.thread,
    may: itemPermissions(context.role, item.signingRole, lastState?.authorRole ?? null),
  };
}

/**
 * The member's view of the project's checklist, making it (and the project's homes) on first
 * use.
 *
 * @example
 * const snapshot = await readChecklist(db, { projectId, userId, role: "fire" });
 * snapshot.sections[0].items[0].may.setState; // whether fire may set that item's state
 */
export async function readChecklist(
  db: Database,
  member: ChecklistMember,
  options: { template?: ChecklistTemplate; now?: Date } = {},
): Promise<ChecklistSnapshot> {
  const template = options.template ?? checklistTemplate();
  const { version, items } = await ensureChecklist(db, member.projectId, template);
  const [[project], homes, houseTypes, states, threads, evidence] = await Promise.all([
    db.select({ phase: projects.phase }).from(projects).where(eq(projects.id, member.projectId)),
    ensureHomes(db, member.projectId),
    listHouseTypes(db, member.projectId),
    readStates(db, member.projectId),
    readThreads(db, member.projectId),
    readEvidenceCounts(db, member.projectId),
  ]);
  const now = { today: todayInOslo(options.now), phase: isPhase(project?.phase) ? project.phase : ("needs" as Phase) };
  const rows = new Map(items.map((row) => [row.itemKey, row]));
  const sections: ChecklistSectionJson[] = template.sections.flatMap((section) => {
    const sectionItems = section.items.flatMap((item) => {
      const row = rows.get(item.key);
      if (!row) return [];
      return [
        itemJson({ ...item, section: section.key }, row, {
          role: member.role,
          homes,
          states: states.get(item.key),
          thread: threads.get(item.key) ?? [],
          evidence: evidence.get(item.key) ?? {},
          now,
        }),
      ];
    });
    return sectionItems.length > 0 ? [{ key: section.key, kind: section.kind, title: section.title, items: sectionItems }] : [];
  });
  const later = template.sections.flatMap((section) => section.items).filter((item) => item.since > version && !rows.has(item.key));
  return {
    projectId: member.projectId,
    templateVersion: version,
    newestVersion: template.version,
    newItems: later.length > 0 ? { count: later.length, version: template.version } : null,
    phase: now.phase,
    today: now.today,
    self: {
      id: member.userId,
      role: member.role,
      may: { edit: can(member.role, "checklist:edit"), comment: can(member.role, "checklist:comment"), signOff: can(member.role, "checklist:signOff") },
    },
    homes: homes.map((home) => ({ id: home.id, number: home.number, name: home.name, houseTypeId: home.houseTypeId })),
    houseTypes,
    // Progress counts every home; the page needs each home's state only where homes differ.
    progress: checklistProgress(sections, homes, now),
    sections: sections.map((section) => ({ ...section, items: section.items.map((item) => (item.homesDiffer ? item : { ...item, homeStates: [] })) })),
  };
}
