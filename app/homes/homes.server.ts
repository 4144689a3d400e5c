/**
 * A project's homes and house types (decision 012): numbered 1…homeCount, made when first
 * needed and named "Hus N" until a planner renames them.
 */
import { and, asc, eq, gt } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { homes, houseTypes, projects } from "../../db/schema";

export interface Home {
  id: string;
  number: number;
  name: string;
  houseTypeId: string | null;
  residentId: string | null;
}

export interface HouseType {
  id: string;
  name: string;
}

/**
 * The project's homes in number order, making the missing ones (1…homeCount) first. Homes past
 * homeCount stay (the count may have been lowered) and are listed too.
 *
 * @example
 * const list = await ensureHomes(db, projectId); // [{ number: 1, name: "Hus 1", … }, …]
 */
export async function ensureHomes(db: Database, projectId: string): Promise<Home[]> {
  const [project] = await db.select({ homeCount: projects.homeCount }).from(projects).where(eq(projects.id, projectId));
  if (!project) return [];
  const existing = await listHomes(db, projectId);
  const have = new Set(existing.map((home) => home.number));
  const missing = [];
  for (let number = 1; number <= project.homeCount; number += 1) {
    if (!have.has(number)) missing.push({ id: crypto.randomUUID(), projectId, number, name: `Hus ${number}` });
  }
  if (missing.length === 0) return existing;
  await db.insert(homes).values(missing).onConflictDoNothing();
  return listHomes(db, projectId);
}

/** The project's homes in number order (without making any). */
export async function listHomes(db: Database, projectId: string): Promise<Home[]> {
  return db
    .select({ id: homes.id, number: homes.number, name: homes.name, houseTypeId: homes.houseTypeId, residentId: homes.residentId })
    .from(homes)
    .where(and(eq(homes.projectId, projectId), gt(homes.number, 0)))
    .orderBy(asc(homes.number));
}

/** The project's house types by name. */
export async function listHouseTypes(db: Database, projectId: string): Promise<HouseType[]> {
  return db.select({ id: houseTypes.id, name: houseTypes.name }).from(houseTypes).where(eq(houseTypes.projectId, projectId)).orderBy(asc(houseTypes.name));
}

/** The home allocated to this member in this project, or null. */
export async function homeOfResident(db: Database, projectId: string, userId: string): Promise<Home | null> {
  const [home] = await db
    .select({ id: homes.id, number: homes.number, name: homes.name, houseTypeId: homes.houseTypeId, residentId: homes.residentId })
    .from(homes)
    .where(and(eq(homes.projectId, projectId), eq(homes.residentId, userId)));
  return home ?? null;
}
