/**
 * Attention flags (decision 013): a planner marks a checklist item, a point, an inquiry, an
 * information plan row, an activity, a site or a planned meeting as needing one role's
 * attention, with a short note. The role's members see it under "new since your last visit"
 * until it is cleared, by a planner or by a member of that role (they are the ones who know when
 * it has been seen to). A flag is only for a role that may read what it points at. Every write
 * appends to `people_events`.
 *
 * @example
 * await addFlag(db, planner, { subjectKind: "checklistItem", subjectId: "workingLocks", role: "police", note: "Se på låsene før befaringen" });
 */
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { activities, attentionFlags, infoPlanRows, inquiries, participationPoints, plannedMeetings, users } from "../../db/schema";
import { findProjectItem } from "../checklist/checklist-rows.server";
import { templateItems } from "../checklist/template";
import type { Role } from "../permissions";
import { can, isRole } from "../permissions";
import type { Actor } from "./people-events.server";
import { appendPeopleEvent } from "./people-events.server";
import type { Bilingual, ChangesProblem, ChangesResult, FlagJson } from "./changes-types";
import type { SubjectKind } from "./subject-links";
import { isSubjectKind, readPermissionOf, subjectUrl } from "./subject-links";

const refused = (problem: ChangesProblem): { ok: false; problem: ChangesProblem } => ({ ok: false, problem });

const mayNotFlag: ChangesProblem = {
  code: "forbidden",
  message: "Bare planleggere kan markere noe for en rolles oppmerksomhet.",
  messageEn: "Only planners can mark something as needing a role's attention.",
};

const mayNotClear: ChangesProblem = {
  code: "forbidden",
  message: "Markeringen kan fjernes av planleggere og av rollen den er til.",
  messageEn: "The flag can be cleared by planners and by the role it is for.",
};

const noSuchSubject: ChangesProblem = { code: "notFound", message: "Fant ikke det som skal markeres, i dette prosjektet.", messageEn: "What is to be flagged is not in this project." };
const noSuchFlag: ChangesProblem = { code: "notFound", message: "Fant ikke markeringen i dette prosjektet.", messageEn: "No such flag in this project." };

const roleNames: Record<Role, Bilingual> = {
  owner: { nb: "prosjekteieren", en: "the project owner" },
  planner: { nb: "planleggerne", en: "the planners" },
  police: { nb: "politiet", en: "the police" },
  fire: { nb: "brann og redning", en: "fire & rescue" },
  resident: { nb: "beboerne", en: "the residents" },
  observer: { nb: "observatørene", en: "the observers" },
};

/** The records of each kind that hold `id` in the project, by table. */
async function subjectExists(db: Database, projectId: string, kind: SubjectKind, id: string): Promise<boolean> {
  const inProject = async (table: typeof participationPoints | typeof inquiries | typeof infoPlanRows | typeof activities | typeof plannedMeetings) => {
    const rows = await db.select({ id: table.id }).from(table).where(and(eq(table.projectId, projectId), eq(table.id, id))).limit(1);
    return rows.length > 0;
  };
  switch (kind) {
    case "checklistItem":
      return (await findProjectItem(db, projectId, id)) !== null;
    case "point":
      return inProject(participationPoints);
    case "inquiry":
      return inProject(inquiries);
    case "infoPlanRow":
      return inProject(infoPlanRows);
    case "activity":
      return inProject(activities);
    case "meeting":
      return inProject(plannedMeetings);
    case "site":
      // Sites live in the plan document (decision 009): their ids are not rows to look up.
      return true;
  }
}

/**
 * Flags a record for a role. Refused: not a planner (403); a role that may not read the record
 * (400, field `role`); a record not in this project (404); the same record already flagged for
 * that role and not cleared (409).
 */
export async function addFlag(db: Database, actor: Actor, input: { subjectKind: SubjectKind; subjectId: string; role: Role; note: string }): Promise<ChangesResult> {
  if (!can(actor.role, "attention:flag")) return refused(mayNotFlag);
  if (!can(input.role, readPermissionOf[input.subjectKind])) {
    const who = roleNames[input.role];
    return refused({
      code: "invalidInput",
      message: `Dette kan ikke ${who.nb} lese, så det kan ikke markeres for dem.`,
      messageEn: `${who.en[0].toUpperCase()}${who.en.slice(1)} cannot read this, so it cannot be flagged for them.`,
      fields: {
        role: { message: `Dette kan ikke ${who.nb} lese. Velg en annen rolle.`, messageEn: `${who.en[0].toUpperCase()}${who.en.slice(1)} cannot read this. Choose another role.` },
      },
    });
  }
  if (!(await subjectExists(db, actor.projectId, input.subjectKind, input.subjectId))) return refused(noSuchSubject);
  const open = await db
    .select({ id: attentionFlags.id })
    .from(attentionFlags)
    .where(
      and(
        eq(attentionFlags.projectId, actor.projectId),
        eq(attentionFlags.subjectKind, input.subjectKind),
        eq(attentionFlags.subjectId, input.subjectId),
        eq(attentionFlags.role, input.role),
        isNull(attentionFlags.clearedAt),
      ),
    );
  if (open.length > 0) {
    const who = roleNames[input.role];
    return refused({ code: "conflict", message: `Dette er allerede markert for ${who.nb}.`, messageEn: `This is already flagged for ${who.en}.`, details: { flagId: open[0].id } });
  }
  const id = crypto.randomUUID();
  await db.transaction(async (transaction) => {
    await transaction.insert(attentionFlags).values({ id, projectId: actor.projectId, ...input, createdBy: actor.userId });
    await appendPeopleEvent(transaction, actor, { subjectKind: "attentionFlag", subjectId: id, kind: "created", detail: input });
  });
  return { ok: true, id };
}

/** Whether this member may clear a flag for `role`: planners any, a member of the role their own. */
export function mayClearFlag(member: { role: Role }, flagRole: string): boolean {
  return can(member.role, "attention:flag") || member.role === flagRole;
}

/** Clears an open flag. Refused: another role's flag for a non-planner (403), no such flag (404), already cleared (409). */
export async function clearFlag(db: Database, actor: Actor, input: { flagId: string }): Promise<ChangesResult> {
  const [flag] = await db
    .select()
    .from(attentionFlags)
    .where(and(eq(attentionFlags.projectId, actor.projectId), eq(attentionFlags.id, input.flagId)));
  if (!flag) return refused(noSuchFlag);
  if (!mayClearFlag(actor, flag.role)) return refused(mayNotClear);
  const cleared = await db.transaction(async (transaction) => {
    const rows = await transaction
      .update(attentionFlags)
      .set({ clearedAt: new Date(), clearedBy: actor.userId })
      .where(and(eq(attentionFlags.id, flag.id), isNull(attentionFlags.clearedAt)))
      .returning({ id: attentionFlags.id });
    if (rows.length === 0) return false;
    await appendPeopleEvent(transaction, actor, { subjectKind: "attentionFlag", subjectId: flag.id, kind: "cleared", detail: {} });
    return true;
  });
  if (!cleared) return refused({ code: "conflict", message: "Markeringen er allerede fjernet.", messageEn: "The flag has already been cleared." });
  return { ok: true, id: flag.id };
}

/** Short text of a record for a list. */
function shortened(text: string, max = 90): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const same = (text: string): Bilingual => ({ nb: text, en: text });

/** The words of each flagged record, looked up per kind in one query each. */
async function subjectTitles(db: Database, projectId: string, flags: ReadonlyArray<{ subjectKind: SubjectKind; subjectId: string }>): Promise<Map<string, Bilingual>> {
  const titles = new Map<string, Bilingual>();
  const idsOf = (kind: SubjectKind) => [...new Set(flags.filter((flag) => flag.subjectKind === kind).map((flag) => flag.subjectId))];
  const items = new Map(templateItems().map((item) => [item.key, item.title]));
  for (const key of idsOf("checklistItem")) {
    const title = items.get(key);
    if (title) titles.set(`checklistItem:${key}`, title);
  }
  const lookups: Array<[SubjectKind, () => Promise<Array<{ id: string; text: string }>>]> = [
    ["point", () => db.select({ id: participationPoints.id, text: participationPoints.body }).from(participationPoints).where(and(eq(participationPoints.projectId, projectId), inArray(participationPoints.id, idsOf("point"))))],
    ["inquiry", () => db.select({ id: inquiries.id, text: inquiries.topic }).from(inquiries).where(and(eq(inquiries.projectId, projectId), inArray(inquiries.id, idsOf("inquiry"))))],
    ["infoPlanRow", () => db.select({ id: infoPlanRows.id, text: infoPlanRows.message }).from(infoPlanRows).where(and(eq(infoPlanRows.projectId, projectId), inArray(infoPlanRows.id, idsOf("infoPlanRow"))))],
    ["activity", () => db.select({ id: activities.id, text: activities.title }).from(activities).where(and(eq(activities.projectId, projectId), inArray(activities.id, idsOf("activity"))))],
    ["meeting", () => db.select({ id: plannedMeetings.id, text: plannedMeetings.title }).from(plannedMeetings).where(and(eq(plannedMeetings.projectId, projectId), inArray(plannedMeetings.id, idsOf("meeting"))))],
  ];
  for (const [kind, lookup] of lookups) {
    if (idsOf(kind).length === 0) continue;
    for (const row of await lookup()) titles.set(`${kind}:${row.id}`, same(shortened(row.text)));
  }
  return titles;
}

/**
 * The open flags a member sees: those for their role; for planners (who flag) every open flag,
 * or those on one record with `subject`. Newest first, with what each is about.
 *
 * @example
 * const flags = await openFlags(db, { projectId, userId, role: "police" });
 */
export async function openFlags(db: Database, member: Actor, options: { subject?: { kind: SubjectKind; id: string }; everyRole?: boolean } = {}): Promise<FlagJson[]> {
  const conditions = [eq(attentionFlags.projectId, member.projectId), isNull(attentionFlags.clearedAt)];
  const seesAll = can(member.role, "attention:flag") && (options.everyRole || options.subject !== undefined);
  if (!seesAll) conditions.push(eq(attentionFlags.role, member.role));
  if (options.subject) conditions.push(eq(attentionFlags.subjectKind, options.subject.kind), eq(attentionFlags.subjectId, options.subject.id));
  const rows = await db
    .select({ flag: attentionFlags, createdByName: users.name })
    .from(attentionFlags)
    .leftJoin(users, eq(users.id, attentionFlags.createdBy))
    .where(and(...conditions))
    .orderBy(desc(attentionFlags.createdAt));
  const known = rows.flatMap(({ flag, createdByName }) => (isSubjectKind(flag.subjectKind) && isRole(flag.role) ? [{ ...flag, subjectKind: flag.subjectKind, role: flag.role, createdByName }] : []));
  // A member never learns about a record they may not read through a flag (another role's flags are planners' only).
  const readable = known.filter((flag) => can(member.role, readPermissionOf[flag.subjectKind]));
  const titles = await subjectTitles(db, member.projectId, readable);
  return readable.map((flag) => ({
    id: flag.id,
    subjectKind: flag.subjectKind,
    subjectId: flag.subjectId,
    subjectTitle: titles.get(`${flag.subjectKind}:${flag.subjectId}`) ?? null,
    url: subjectUrl(member.projectId, flag.subjectKind, flag.subjectId),
    role: flag.role,
    note: flag.note,
    createdByName: flag.createdByName,
    createdAt: flag.createdAt.toISOString(),
    mayClear: mayClearFlag(member, flag.role),
  }));
}
