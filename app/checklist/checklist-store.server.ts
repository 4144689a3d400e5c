/**
 * The design checklist in the database (decision 012): made from the template on first use,
 * read as one member's snapshot, and changed only through the functions below. Each takes the
 * member as the server knows them (session and membership), checks the per-item rule itself
 * (so every path, a route or a seed script, is held to it), appends a server-stamped entry to the
 * item's thread and returns `{ ok: true }` or a problem in the shape of app/http/problem.ts,
 * having changed nothing.
 *
 * @example
 * const result = await setStatus(db, { projectId, userId, role: "fire" }, { itemKey: "fireAlarm", target: "project", status: "done", reason: "" });
 * if (!result.ok) console.log(result.problem.message);
 */
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { checklistItems, checklistStates, checklistVersions, files, homes, houseTypes } from "../../db/schema";
import { forbiddenProblem as generalForbidden } from "../http/problem";
import type { Phase } from "../projects/vocabulary";
import type { Role } from "../permissions";
import { can, canSetChecklistState } from "../permissions";
import { invalidInput, reasonRequiredMessage } from "./checklist-input";
import type { Transaction } from "./checklist-rows.server";
import { appendEvent, ensureChecklist, findProjectItem, insertItemsAfter } from "./checklist-rows.server";
import { readChecklist } from "./checklist-snapshot.server";
import type { ChecklistMember, ChecklistProblem, ChecklistResult, StateTarget } from "./checklist-types";
import type { ChecklistStatus, ChecklistTemplate, TemplateItem } from "./template";
import { checklistTemplate, statusesWithReason } from "./template";

export { ensureChecklist, readChecklist };

const forbiddenProblem: ChecklistProblem = { code: "forbidden", message: generalForbidden.message, messageEn: generalForbidden.messageEn };

const refused = (problem: ChecklistProblem): ChecklistResult => ({ ok: false, problem });

const noSuchItem: ChecklistProblem = {
  code: "notFound",
  message: "Sjekklisten i dette prosjektet har ikke det punktet.",
  messageEn: "This project's checklist has no such item.",
};

const noSuchHome: ChecklistProblem = {
  code: "notFound",
  message: "Fant ikke boligen eller hustypen i dette prosjektet.",
  messageEn: "This project has no such home or house type.",
};

const signerName: Record<"fire" | "police", { nb: string; en: string }> = {
  fire: { nb: "brann og redning", en: "fire & rescue" },
  police: { nb: "politiet", en: "the police" },
};

function mayNotSetState(item: TemplateItem): ChecklistProblem {
  if (!item.signingRole) {
    return { code: "forbidden", message: "Bare planleggere kan sette status på dette punktet.", messageEn: "Only planners can set this item's state." };
  }
  const signer = signerName[item.signingRole];
  return {
    code: "forbidden",
    message: `Dette punktet signeres av ${signer.nb}: bare de og planleggere kan sette status. Du kan registrere en uenighet.`,
    messageEn: `This item is signed off by ${signer.en}: only they and planners can set its state. You can record a disagreement.`,
  };
}

const whoMay = (member: ChecklistMember, action: "checklist:edit" | "checklist:comment") => can(member.role, action);

/** The homes a target covers; null when the home or house type is not in this project. */
async function homesOfTarget(db: Database, projectId: string, target: StateTarget): Promise<string[] | null> {
  if (target === "project") return [];
  if ("homeId" in target) {
    const [home] = await db.select({ id: homes.id }).from(homes).where(and(eq(homes.projectId, projectId), eq(homes.id, target.homeId)));
    return home ? [home.id] : null;
  }
  const [type] = await db.select({ id: houseTypes.id }).from(houseTypes).where(and(eq(houseTypes.projectId, projectId), eq(houseTypes.id, target.houseTypeId)));
  if (!type) return null;
  const rows = await db.select({ id: homes.id }).from(homes).where(and(eq(homes.projectId, projectId), eq(homes.houseTypeId, target.houseTypeId)));
  return rows.map((row) => row.id);
}

/**
 * Whether the evidence a "done" needs is there: a file on the item for the project, or for each
 * home the state is set for (its own or the project's). For the project of a home item, a file
 * for every home also does.
 */
async function hasEvidence(db: Database, projectId: string, itemKey: string, targetHomes: readonly string[], scope: "project" | "home"): Promise<boolean> {
  const rows = await db
    .selectDistinct({ homeId: files.homeId })
    .from(files)
    .where(and(eq(files.projectId, projectId), eq(files.purpose, "checklist"), eq(files.subjectKey, itemKey)));
  const withFiles = new Set(rows.map((row) => row.homeId));
  if (withFiles.has("")) return true;
  if (targetHomes.length > 0) return targetHomes.every((homeId) => withFiles.has(homeId));
  if (scope !== "home") return false;
  const all = await db.select({ id: homes.id }).from(homes).where(eq(homes.projectId, projectId));
  return all.length > 0 && all.every((home) => withFiles.has(home.id));
}

const evidenceMissing: ChecklistProblem = {
  code: "evidenceRequired",
  message: "Dette punktet krever dokumentasjon (et bilde eller en PDF) før det kan settes til ferdig. Legg ved dokumentasjonen først.",
  messageEn: "This item needs evidence (a photo or a PDF) before it can be done. Attach the evidence first.",
};

/**
 * Sets an item's state for the project, a house type (each of its homes) or one home. For a
 * home item, the project target sets every home: homes' own states are removed, so they all
 * follow it. Refused: a role that may not set this item (403), "not relevant" or "decided
 * against" without a reason (400, field `reason`), "done" without the evidence the item needs
 * (409), a home or house type not in this project (404).
 *
 * @example
 * await setStatus(db, fire, { itemKey: "sprinklers", target: { homeId }, status: "done", reason: "" });
 */
export async function setStatus(
  db: Database,
  member: ChecklistMember,
  input: { itemKey: string; target: StateTarget; status: ChecklistStatus; reason: string },
  template: ChecklistTemplate = checklistTemplate(),
): Promise<ChecklistResult> {
  const found = await findProjectItem(db, member.projectId, input.itemKey, template);
  if (!found) return refused(noSuchItem);
  const { item } = found;
  if (!canSetChecklistState(member.role, item.signingRole)) return refused(mayNotSetState(item));
  const reason = input.reason.trim();
  if (statusesWithReason.includes(input.status) && reason === "") return refused(invalidInput({ reason: reasonRequiredMessage }));
  if (input.target !== "project" && item.scope !== "home") {
    return refused(invalidInput({ target: { message: "Dette punktet gjelder hele prosjektet, ikke en enkelt bolig.", messageEn: "This item is about the whole project, not one home." } }));
  }
  const targetHomes = await homesOfTarget(db, member.projectId, input.target);
  if (targetHomes === null) return refused(noSuchHome);
  if (input.target !== "project" && targetHomes.length === 0) {
    return refused(invalidInput({ target: { message: "Hustypen har ingen boliger ennå.", messageEn: "The house type has no homes yet." } }));
  }
  if (input.status === "done" && item.requiresEvidence && !(await hasEvidence(db, member.projectId, item.key, targetHomes, item.scope))) {
    return refused(evidenceMissing);
  }
  const eventId = await db.transaction(async (transaction: Transaction) => {
    const set = { status: input.status, reason, updatedBy: member.userId, updatedRole: member.role, updatedAt: sql`now()` };
    const keys = targetHomes.length > 0 ? targetHomes : [""];
    await transaction
      .insert(checklistStates)
      .values(keys.map((homeId) => ({ projectId: member.projectId, itemKey: item.key, homeId, ...set })))
      .onConflictDoUpdate({ target: [checklistStates.projectId, checklistStates.itemKey, checklistStates.homeId], set });
    if (input.target === "project" && item.scope === "home") {
      await transaction
        .delete(checklistStates)
        .where(and(eq(checklistStates.projectId, member.projectId), eq(checklistStates.itemKey, item.key), sql`${checklistStates.homeId} <> ''`));
    }
    let first: string | null = null;
    for (const homeId of keys) {
      const id = await appendEvent(transaction, member, { itemKey: item.key, kind: "status", homeId, status: input.status, body: reason });
      first ??= id;
    }
    return first;
  });
  return { ok: true, eventId };
}

/**
 * Sets who is responsible for an item and when it is due (a phase, a date, both or neither).
 * Planners only (403).
 *
 * @example
 * await setAssignment(db, planner, { itemKey: "technicalRoom", responsibleRole: "planner", duePhase: "design", dueDate: "2027-03-01" });
 */
export async function setAssignment(
  db: Database,
  member: ChecklistMember,
  input: { itemKey: string; responsibleRole?: Role | null; duePhase?: Phase | null; dueDate?: string | null },
  template: ChecklistTemplate = checklistTemplate(),
): Promise<ChecklistResult> {
  if (!whoMay(member, "checklist:edit")) return refused(forbiddenProblem);
  const found = await findProjectItem(db, member.projectId, input.itemKey, template);
  if (!found) return refused(noSuchItem);
  const values = { responsibleRole: input.responsibleRole ?? null, duePhase: input.duePhase ?? null, dueDate: input.dueDate ?? null };
  const eventId = await db.transaction(async (transaction: Transaction) => {
    await transaction
      .update(checklistItems)
      .set(values)
      .where(and(eq(checklistItems.projectId, member.projectId), eq(checklistItems.itemKey, input.itemKey)));
    return appendEvent(transaction, member, { itemKey: input.itemKey, kind: "assignment", details: { type: "assignment", ...values } });
  });
  return { ok: true, eventId };
}

async function checkHome(db: Database, projectId: string, homeId: string | undefined): Promise<boolean> {
  return homeId === undefined || (await homesOfTarget(db, projectId, { homeId })) !== null;
}

/**
 * Adds a comment to an item's thread (about one home, or the item as a whole). Anyone who may
 * comment (not observers: 403).
 *
 * @example
 * await addComment(db, resident, { itemKey: "separateBedroom", body: "Jeg vil gjerne ha et eget soverom." });
 */
export async function addComment(
  db: Database,
  member: ChecklistMember,
  input: { itemKey: string; body: string; homeId?: string },
  template: ChecklistTemplate = checklistTemplate(),
): Promise<ChecklistResult> {
  if (!whoMay(member, "checklist:comment")) return refused(forbiddenProblem);
  const body = input.body.trim();
  if (body === "") return refused(invalidInput({ body: { message: "Skriv en kommentar.", messageEn: "Write a comment." } }));
  if (!(await findProjectItem(db, member.projectId, input.itemKey, template))) return refused(noSuchItem);
  if (!(await checkHome(db, member.projectId, input.homeId))) return refused(noSuchHome);
  return { ok: true, eventId: await appendEvent(db, member, { itemKey: input.itemKey, kind: "comment", homeId: input.homeId, body }) };
}

/**
 * Records that the member disagrees with an item's state, with their reason. The state is not
 * changed; the disagreement stays flagged in the thread until the state is set again. Who may:
 * anyone who may comment but not set this item's state (a resident, police on a fire item), and
 * the signing agency when someone else (a planner) set the state last. Others (403) set the state
 * themselves.
 *
 * @example
 * await addDisagreement(db, police, { itemKey: "fireAlarm", body: "Alarmen kan saboteres slik den er plassert." });
 */
export async function addDisagreement(
  db: Database,
  member: ChecklistMember,
  input: { itemKey: string; body: string; homeId?: string },
  template: ChecklistTemplate = checklistTemplate(),
): Promise<ChecklistResult> {
  if (!whoMay(member, "checklist:comment")) return refused(forbiddenProblem);
  const body = input.body.trim();
  if (body === "") return refused(invalidInput({ body: { message: "Skriv hva du er uenig i.", messageEn: "Write what you disagree with." } }));
  const snapshot = await readChecklist(db, member, { template });
  const item = snapshot.sections.flatMap((section) => section.items).find((candidate) => candidate.key === input.itemKey);
  if (!item) return refused(noSuchItem);
  if (!item.may.disagree) {
    return refused({
      code: "forbidden",
      message: "Du kan sette status på dette punktet selv. En uenighet er for dem som ikke kan, og for den som signerer når noen andre har endret statusen.",
      messageEn: "You can set this item's state yourself. A disagreement is for those who cannot, and for the signing agency when someone else changed the state.",
    });
  }
  if (!(await checkHome(db, member.projectId, input.homeId))) return refused(noSuchHome);
  return { ok: true, eventId: await appendEvent(db, member, { itemKey: input.itemKey, kind: "disagreement", homeId: input.homeId, body }) };
}

const notDebated: ChecklistProblem = {
  code: "conflict",
  message: "Dette punktet har ingen beslutning å ta: bare punkter det er uenighet om i kildene, har det.",
  messageEn: "This item has no decision to take: only items the sources debate have one.",
};

/**
 * Records a debated item's decision and its reason (planners). A changed decision is a new
 * decision: its link to an earlier decision-log entry is dropped, so it can be put in anew.
 *
 * @example
 * await setDecision(db, planner, { itemKey: "separateBedroom", decision: "Eget soverom i alle husene", decisionReason: "Beboerne ba om det." });
 */
export async function setDecision(
  db: Database,
  member: ChecklistMember,
  input: { itemKey: string; decision: string; decisionReason: string },
  template: ChecklistTemplate = checklistTemplate(),
): Promise<ChecklistResult> {
  if (!whoMay(member, "checklist:edit")) return refused(forbiddenProblem);
  const found = await findProjectItem(db, member.projectId, input.itemKey, template);
  if (!found) return refused(noSuchItem);
  if (!found.item.debated) return refused(notDebated);
  const decision = input.decision.trim();
  const reason = input.decisionReason.trim();
  if (decision === "" || reason === "") {
    return refused(
      invalidInput({
        ...(decision === "" ? { decision: { message: "Skriv beslutningen.", messageEn: "Write the decision." } } : {}),
        ...(reason === "" ? { decisionReason: { message: "Skriv begrunnelsen for beslutningen.", messageEn: "Write the reason for the decision." } } : {}),
      }),
    );
  }
  const unchanged = found.row.decision === decision && found.row.decisionReason === reason;
  const eventId = await db.transaction(async (transaction: Transaction) => {
    await transaction
      .update(checklistItems)
      .set({ decision, decisionReason: reason, decisionLogId: unchanged ? found.row.decisionLogId : null })
      .where(and(eq(checklistItems.projectId, member.projectId), eq(checklistItems.itemKey, input.itemKey)));
    return appendEvent(transaction, member, { itemKey: input.itemKey, kind: "decision", details: { type: "decision", decision, reason } });
  });
  return { ok: true, eventId };
}

/**
 * Remembers the decision-log entry a planner's browser put the item's decision into, so the item
 * links to it and offers no second copy (409 when already linked, or when there is no decision).
 *
 * @example
 * await linkDecision(db, planner, { itemKey: "separateBedroom", decisionLogId: id });
 */
export async function linkDecision(
  db: Database,
  member: ChecklistMember,
  input: { itemKey: string; decisionLogId: string },
  template: ChecklistTemplate = checklistTemplate(),
): Promise<ChecklistResult> {
  if (!whoMay(member, "checklist:edit")) return refused(forbiddenProblem);
  const found = await findProjectItem(db, member.projectId, input.itemKey, template);
  if (!found) return refused(noSuchItem);
  if (!found.item.debated) return refused(notDebated);
  if (!found.row.decision) {
    return refused({ code: "conflict", message: "Punktet har ingen beslutning ennå.", messageEn: "The item has no decision yet." });
  }
  if (found.row.decisionLogId) {
    return refused({ code: "conflict", message: "Beslutningen står allerede i beslutningsloggen.", messageEn: "The decision is already in the decision log." });
  }
  const eventId = await db.transaction(async (transaction: Transaction) => {
    await transaction
      .update(checklistItems)
      .set({ decisionLogId: input.decisionLogId })
      .where(and(eq(checklistItems.projectId, member.projectId), eq(checklistItems.itemKey, input.itemKey)));
    return appendEvent(transaction, member, { itemKey: input.itemKey, kind: "decision", details: { type: "linked", decisionLogId: input.decisionLogId } });
  });
  return { ok: true, eventId };
}

/**
 * Takes the items of later template versions into the project's checklist and moves it to the
 * newest version (planners). 409 when there is nothing new.
 *
 * @example
 * await takeInNewItems(db, planner);
 */
export async function takeInNewItems(db: Database, member: ChecklistMember, template: ChecklistTemplate = checklistTemplate()): Promise<ChecklistResult & { added?: number }> {
  if (!whoMay(member, "checklist:edit")) return refused(forbiddenProblem);
  await ensureChecklist(db, member.projectId, template);
  const result = await db.transaction(async (transaction: Transaction) => {
    // The version row is locked, so two planners clicking at once take the items in once.
    const [stored] = await transaction
      .select({ version: checklistVersions.templateVersion })
      .from(checklistVersions)
      .where(eq(checklistVersions.projectId, member.projectId))
      .for("update");
    const from = stored?.version ?? template.version;
    if (from >= template.version) return null;
    const added = await insertItemsAfter(transaction, member.projectId, from, template);
    let first: string | null = null;
    for (const item of added) {
      const id = await appendEvent(transaction, member, { itemKey: item.key, kind: "assignment", details: { type: "takenIn", version: item.since } });
      first ??= id;
    }
    return { eventId: first, added: added.length };
  });
  if (!result) return refused({ code: "conflict", message: "Sjekklisten har allerede alle punktene i den nyeste versjonen.", messageEn: "The checklist already has every item of the newest version." });
  return { ok: true, ...result };
}
