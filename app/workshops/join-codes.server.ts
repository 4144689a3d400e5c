/**
 * Join codes (decision 014): 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * for one workshop and one role (resident or observer), stored as their SHA-256, working until
 * the end of the workshop's day in Oslo, until the workshop ends, or until revoked. The code
 * itself is shown once, to the planner who made it; the screen shows it with its QR code.
 *
 * @example
 * const made = await createJoinCode(db, planner, workshopId, { role: "resident" });
 * if (made.ok) console.log(made.code.path); // "/w/K7M2QX9P"
 * const open = await findOpenCode(db, "k7m2-qx9p"); // { workshopId, projectId, role: "resident", … }
 */
import { randomBytes } from "node:crypto";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { projects, workshopCodes, workshops } from "../../db/schema";
import { hashToken } from "../auth/tokens.server";
import { endOfDayInOslo } from "./workshop-day";
import type { WorkshopEvents } from "./workshop-events.server";
import { checkInput, joinCodeSchema } from "./workshop-input";
import { notFound } from "./workshop-problem";
import type { WorkshopMember } from "./workshop-rows.server";
import { changeWorkshop, WorkshopRefusal } from "./workshop-rows.server";
import type { GuestRole, JoinCodeView } from "./workshop-types";
import { guestRoles } from "./workshop-types";

/** 31 characters no one reads as another: no 0, O, 1, I or L. */
export const codeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const codeLength = 8;

/** A new random code. */
export function newJoinCode(): string {
  let code = "";
  while (code.length < codeLength) {
    for (const byte of randomBytes(16)) {
      // Bytes above the last whole multiple of the alphabet are skipped, so every character is equally likely.
      if (byte < 256 - (256 % codeAlphabet.length) && code.length < codeLength) code += codeAlphabet[byte % codeAlphabet.length];
    }
  }
  return code;
}

/**
 * A code as typed: case, spaces and dashes do not matter; null when it cannot be a code.
 *
 * @example
 * normaliseCode(" k7m2-qx9p "); // "K7M2QX9P"
 */
export function normaliseCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, "").toUpperCase();
  if (code.length !== codeLength || [...code].some((character) => !codeAlphabet.includes(character))) return null;
  return code;
}

export const joinPath = (code: string) => `/w/${code}`;

/** Makes a code for the workshop; its plain text is in this answer only. */
export async function createJoinCode(db: Database, who: WorkshopMember, workshopId: string, input: unknown, events?: WorkshopEvents) {
  const checked = checkInput(joinCodeSchema, input);
  if (!checked.ok) return checked;
  return changeWorkshop(db, who, workshopId, async (transaction, row) => {
    const expiresAt = endOfDayInOslo(row.date);
    if (expiresAt.getTime() <= Date.now()) {
      throw new WorkshopRefusal({ code: "conflict", message: "Verkstedets dato er passert, så en kode ville ikke virke. Endre datoen først.", messageEn: "The workshop's date has passed, so a code would not work. Change the date first." });
    }
    const code = newJoinCode();
    const id = crypto.randomUUID();
    await transaction.insert(workshopCodes).values({ id, workshopId: row.id, projectId: row.projectId, codeHash: hashToken(code), role: checked.value.role, expiresAt, createdBy: who.userId });
    madeCodes.set(id, code);
    if (madeCodes.size > 5_000) madeCodes.delete(madeCodes.keys().next().value ?? id);
    const view: JoinCodeView = { id, role: checked.value.role, expiresAt: expiresAt.toISOString(), code, path: joinPath(code) };
    return { code: view };
  }, { events });
}

/** Stops a code from working. */
export async function revokeJoinCode(db: Database, who: WorkshopMember, workshopId: string, codeId: unknown, events?: WorkshopEvents) {
  return changeWorkshop(db, who, workshopId, async (transaction, row) => {
    const [code] = typeof codeId === "string" ? await transaction.select({ id: workshopCodes.id }).from(workshopCodes).where(and(eq(workshopCodes.id, codeId), eq(workshopCodes.workshopId, row.id))) : [];
    if (!code) throw new WorkshopRefusal(notFound({ nb: "deltakerkoden", en: "join code" }));
    await transaction.update(workshopCodes).set({ revokedAt: sql`coalesce(${workshopCodes.revokedAt}, now())` }).where(eq(workshopCodes.id, code.id));
    madeCodes.delete(code.id);
    return { id: code.id };
  }, { events });
}

const guestRoleOf = (value: string): GuestRole => ((guestRoles as readonly string[]).includes(value) ? (value as GuestRole) : "observer");

// The plain codes this server made, for the planners' screens while it runs: the database keeps
// only their hashes, so after a restart the screen asks for a new code.
const codesKey = Symbol.for("boplan.workshopJoinCodes");
const codeHolder = globalThis as typeof globalThis & { [codesKey]?: Map<string, string> };
const madeCodes: Map<string, string> = (codeHolder[codesKey] ??= new Map());

/**
 * The workshop's codes that still work. The code itself (and its path) only with `withCodes`
 * and when this server made it since it started; the database keeps only the hashes.
 */
export async function listJoinCodes(db: Database, workshopId: string, options: { withCodes?: boolean } = {}): Promise<JoinCodeView[]> {
  const rows = await db
    .select({ id: workshopCodes.id, role: workshopCodes.role, expiresAt: workshopCodes.expiresAt })
    .from(workshopCodes)
    .where(and(eq(workshopCodes.workshopId, workshopId), isNull(workshopCodes.revokedAt), gt(workshopCodes.expiresAt, sql`now()`)))
    .orderBy(asc(workshopCodes.createdAt));
  return rows.map((row) => {
    const code = options.withCodes ? madeCodes.get(row.id) : undefined;
    return { id: row.id, role: guestRoleOf(row.role), expiresAt: row.expiresAt.toISOString(), ...(code ? { code, path: joinPath(code) } : {}) };
  });
}

export interface OpenCode {
  codeId: string;
  workshopId: string;
  projectId: string;
  role: GuestRole;
  workshopTitle: string;
  projectName: string;
}

/** The code's workshop and role while it works (not revoked, not expired, its workshop not ended), or null. */
export async function findOpenCode(db: Database, typed: string): Promise<OpenCode | null> {
  const code = normaliseCode(typed);
  if (!code) return null;
  const [row] = await db
    .select({ codeId: workshopCodes.id, workshopId: workshopCodes.workshopId, projectId: workshopCodes.projectId, role: workshopCodes.role, workshopTitle: workshops.title, projectName: projects.name, workshopProject: workshops.projectId })
    .from(workshopCodes)
    .innerJoin(workshops, eq(workshops.id, workshopCodes.workshopId))
    .innerJoin(projects, eq(projects.id, workshopCodes.projectId))
    .where(and(eq(workshopCodes.codeHash, hashToken(code)), isNull(workshopCodes.revokedAt), gt(workshopCodes.expiresAt, sql`now()`), sql`${workshops.status} <> 'ended'`));
  if (!row || row.workshopProject !== row.projectId) return null;
  return { codeId: row.codeId, workshopId: row.workshopId, projectId: row.projectId, role: guestRoleOf(row.role), workshopTitle: row.workshopTitle, projectName: row.projectName };
}
