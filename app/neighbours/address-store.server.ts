/**
 * The neighbours' address list in the database (decision 013): taken from the project's map
 * data within the notice radius, or from an uploaded CSV, and exported for a mail merge. The
 * owner's name is personal data: planners only, and deleted on request (one, or all at once)
 * with a `personalDataDeleted` history row that does not repeat the name.
 *
 * @example
 * const result = await importAddresses(db, planner, { csv: await file.text() });
 */
import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { neighbourAddresses } from "../../db/schema";
import { can } from "../permissions";
import { addressKey, readAddressCsv } from "./address-csv";
import { recordNeighbourEvent, type Transaction } from "./neighbour-history.server";
import { forbidden } from "./neighbour-input";
import type { NeighbourMember, NeighbourProblem, NeighbourResult } from "./neighbour-types";
import type { AddressSource } from "./neighbour-vocabulary";
import { readNeighbourhood } from "./neighbourhood.server";

export interface AddressJson {
  id: string;
  source: AddressSource;
  address: string;
  postcode: string;
  city: string;
  ownerName: string | null;
  distanceMetres: number | null;
}

const refused = (problem: NeighbourProblem): NeighbourResult => ({ ok: false, problem });
const noSuchAddress: NeighbourProblem = { code: "notFound", message: "Adresselisten har ikke den adressen.", messageEn: "The address list has no such address." };
const mayWrite = (member: NeighbourMember) => can(member.role, "neighbours:write");

/**
 * The project's address list, by address.
 *
 * @example
 * const addresses = await listAddresses(db, projectId);
 */
export async function listAddresses(db: Database, projectId: string): Promise<AddressJson[]> {
  const rows = await db.select().from(neighbourAddresses).where(eq(neighbourAddresses.projectId, projectId)).orderBy(asc(neighbourAddresses.address), asc(neighbourAddresses.createdAt));
  return rows
    .map((row) => ({
      id: row.id,
      source: row.source === "map" ? ("map" as const) : ("upload" as const),
      address: row.address,
      postcode: row.postcode,
      city: row.city,
      ownerName: row.ownerName,
      distanceMetres: row.distanceMetres === null ? null : Math.round(row.distanceMetres),
    }))
    .sort((a, b) => a.address.localeCompare(b.address, "nb", { numeric: true }) || a.postcode.localeCompare(b.postcode));
}

type NewAddress = { address: string; postcode: string; city: string; ownerName?: string | null; latitude?: number; longitude?: number; distanceMetres?: number };

/** Adds the addresses the list does not have yet (same address and postcode); returns how many. */
async function addNew(db: Database, member: NeighbourMember, source: AddressSource, entries: readonly NewAddress[]): Promise<{ added: number; skipped: number }> {
  return db.transaction(async (transaction: Transaction) => {
    const existing = await transaction
      .select({ address: neighbourAddresses.address, postcode: neighbourAddresses.postcode })
      .from(neighbourAddresses)
      .where(eq(neighbourAddresses.projectId, member.projectId));
    const known = new Set(existing.map(addressKey));
    const rows = [];
    for (const entry of entries) {
      const key = addressKey(entry);
      if (known.has(key)) continue;
      known.add(key);
      rows.push({
        id: crypto.randomUUID(),
        projectId: member.projectId,
        source,
        address: entry.address,
        postcode: entry.postcode,
        city: entry.city,
        ownerName: entry.ownerName ?? null,
        latitude: entry.latitude ?? null,
        longitude: entry.longitude ?? null,
        distanceMetres: entry.distanceMetres ?? null,
      });
    }
    if (rows.length > 0) {
      await transaction.insert(neighbourAddresses).values(rows);
      for (const row of rows) {
        await recordNeighbourEvent(transaction, member, { subjectKind: "neighbourAddress", subjectId: row.id, kind: "created", detail: { source, address: row.address, postcode: row.postcode } });
      }
    }
    return { added: rows.length, skipped: entries.length - rows.length };
  });
}

/**
 * Takes the addresses found within the notice radius of a site into the list (the server counts
 * them again; nothing the browser sends is trusted). 404 for a site the plan does not have; 409
 * when the radius holds no addresses. Planners only (403).
 *
 * @example
 * const result = await takeAddressesFromMap(db, planner, { siteId, radiusMetres: 50 });
 * result.ok && result.details; // { added: 7, skipped: 0 }
 */
export async function takeAddressesFromMap(db: Database, member: NeighbourMember, input: { siteId: string; radiusMetres: number }): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const neighbourhood = await readNeighbourhood(db, member.projectId, input);
  if (!neighbourhood.site || neighbourhood.site.id !== input.siteId || !neighbourhood.result) {
    return refused({ code: "notFound", message: "Prosjektet har ikke den tomta.", messageEn: "This project has no such site." });
  }
  const found = neighbourhood.result.addresses;
  if (found.length === 0) {
    return refused({ code: "conflict", message: "Kartdataene har ingen adresser innenfor radiusen. Øk radiusen, eller last opp en adresseliste.", messageEn: "The map data has no addresses within the radius. Widen the radius, or upload an address list." });
  }
  const counts = await addNew(db, member, "map", found);
  return { ok: true, id: input.siteId, details: counts };
}

/**
 * Takes an address list CSV (see ./address-csv.ts). A file with any bad line is refused with each
 * line's number, and nothing is taken. Addresses already in the list are skipped. Planners only.
 *
 * @example
 * await importAddresses(db, planner, { csv: "Adresse;Postnummer;Poststed\nEikelundveien 10;1234;Eikelund\n" });
 */
export async function importAddresses(db: Database, member: NeighbourMember, input: { csv: string }): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const read = readAddressCsv(input.csv);
  if (!read.ok) {
    const shown = read.problems.slice(0, 20);
    const more = read.problems.length - shown.length;
    return refused({
      code: "invalidInput",
      message: `Adresselisten ble ikke lest inn. ${shown.map((entry) => entry.message).join(" ")}${more > 0 ? ` Og ${more} linjer til.` : ""}`,
      messageEn: `The address list was not taken in. ${shown.map((entry) => entry.messageEn).join(" ")}${more > 0 ? ` And ${more} more lines.` : ""}`,
      details: { lines: read.problems.map((entry) => entry.line) },
      fields: { csv: { message: shown.map((entry) => entry.message).join(" "), messageEn: shown.map((entry) => entry.messageEn).join(" ") } },
    });
  }
  const counts = await addNew(db, member, "upload", read.rows);
  return { ok: true, id: member.projectId, details: counts };
}

async function findAddress(db: Database, projectId: string, addressId: string) {
  const [row] = await db.select().from(neighbourAddresses).where(and(eq(neighbourAddresses.projectId, projectId), eq(neighbourAddresses.id, addressId)));
  return row;
}

/**
 * Removes one address from the list. Planners only (403).
 *
 * @example
 * await removeAddress(db, planner, { addressId });
 */
export async function removeAddress(db: Database, member: NeighbourMember, input: { addressId: string }): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const row = await findAddress(db, member.projectId, input.addressId);
  if (!row) return refused(noSuchAddress);
  await db.transaction(async (transaction: Transaction) => {
    await transaction.delete(neighbourAddresses).where(eq(neighbourAddresses.id, row.id));
    await recordNeighbourEvent(transaction, member, { subjectKind: "neighbourAddress", subjectId: row.id, kind: "deleted", detail: { address: row.address, postcode: row.postcode } });
  });
  return { ok: true, id: row.id };
}

/**
 * Empties the whole list (the form asks for a confirmation). Planners only (403).
 *
 * @example
 * await clearAddresses(db, planner);
 */
export async function clearAddresses(db: Database, member: NeighbourMember): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const removed = await db.transaction(async (transaction: Transaction) => {
    const rows = await transaction.delete(neighbourAddresses).where(eq(neighbourAddresses.projectId, member.projectId)).returning({ id: neighbourAddresses.id });
    for (const row of rows) await recordNeighbourEvent(transaction, member, { subjectKind: "neighbourAddress", subjectId: row.id, kind: "deleted", detail: {} });
    return rows.length;
  });
  return { ok: true, id: member.projectId, details: { removed } };
}

/**
 * Deletes one address's owner name on request; the address stays. 409 when it has none.
 *
 * @example
 * await deleteOwnerName(db, planner, { addressId });
 */
export async function deleteOwnerName(db: Database, member: NeighbourMember, input: { addressId: string }): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const row = await findAddress(db, member.projectId, input.addressId);
  if (!row) return refused(noSuchAddress);
  if (row.ownerName === null) return refused({ code: "conflict", message: "Adressen har ikke noe eiernavn å slette.", messageEn: "The address has no owner name to delete." });
  await db.transaction(async (transaction: Transaction) => {
    await transaction.update(neighbourAddresses).set({ ownerName: null }).where(eq(neighbourAddresses.id, row.id));
    await recordNeighbourEvent(transaction, member, { subjectKind: "neighbourAddress", subjectId: row.id, kind: "personalDataDeleted", detail: { field: "ownerName" } });
  });
  return { ok: true, id: row.id };
}

/**
 * Deletes every owner name in the list at once; the addresses stay. Planners only (403).
 *
 * @example
 * const result = await deleteAllOwnerNames(db, planner); // details: { deleted: 5 }
 */
export async function deleteAllOwnerNames(db: Database, member: NeighbourMember): Promise<NeighbourResult> {
  if (!mayWrite(member)) return refused(forbidden);
  const deleted = await db.transaction(async (transaction: Transaction) => {
    const rows = await transaction
      .update(neighbourAddresses)
      .set({ ownerName: null })
      .where(and(eq(neighbourAddresses.projectId, member.projectId), isNotNull(neighbourAddresses.ownerName)))
      .returning({ id: neighbourAddresses.id });
    for (const row of rows) await recordNeighbourEvent(transaction, member, { subjectKind: "neighbourAddress", subjectId: row.id, kind: "personalDataDeleted", detail: { field: "ownerName" } });
    return rows.length;
  });
  return { ok: true, id: member.projectId, details: { deleted } };
}
