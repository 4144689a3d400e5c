/**
 * Planners' changes to a project's homes (decision 012): a home's name, its house type and the
 * resident member it is allocated to; the house types themselves. Plain functions taking `db`,
 * so the demo seed and tests call them as the pages do.
 *
 * Names are unique in a project (ignoring case), checked under a lock on the project row so two
 * planners saving at once cannot both take one. A resident has at most one home: allocating them
 * to another home moves them, and the home they had becomes unallocated (the page says so). Only
 * the link is stored; the name shown is the one the resident chose for their account.
 */
import { and, asc, eq, ne } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { homes, houseTypes, memberships, projects, users } from "../../db/schema";
import { ChangeRefused, invalidInput } from "./change-refused";
import { homeNameSchema } from "./homes-input";
import { ensureHomes, type Home, type HouseType } from "./homes.server";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** A resident member of the project, by the name they chose. */
export interface Resident {
  userId: string;
  name: string;
}

/** What a change to a home did besides itself: the home a resident was moved from. */
export interface HomeChange {
  home: Home;
  movedFrom: { id: string; name: string } | null;
}

function validName(name: string): string {
  const parsed = homeNameSchema.safeParse(name);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase("nb") === b.toLocaleLowerCase("nb");

async function lockProject(transaction: Transaction, projectId: string): Promise<void> {
  const [project] = await transaction.select({ id: projects.id }).from(projects).where(eq(projects.id, projectId)).for("update");
  if (!project) throw new ChangeRefused("projectNotFound", 404);
}

const homeColumns = { id: homes.id, number: homes.number, name: homes.name, houseTypeId: homes.houseTypeId, residentId: homes.residentId };

async function homeIn(transaction: Transaction, projectId: string, homeId: string): Promise<Home> {
  const [home] = await transaction.select(homeColumns).from(homes).where(and(eq(homes.projectId, projectId), eq(homes.id, homeId)));
  if (!home) throw new ChangeRefused("homeNotFound", 404);
  return home;
}

/**
 * Changes a home: any of its name, its house type (null: none) and its resident (null:
 * unallocated), all or nothing.
 *
 * @example
 * await updateHome(db, projectId, homeId, { name: "Hus ved bekken", residentId: mariId });
 * // { home: { name: "Hus ved bekken", residentId: mariId, … }, movedFrom: { id, name: "Hus 2" } }
 * @throws ChangeRefused homeNameTaken (409), notResident (400), homeNotFound / houseTypeNotFound (404), invalid name (400)
 */
export async function updateHome(
  db: Database,
  projectId: string,
  homeId: string,
  change: { name?: string; houseTypeId?: string | null; residentId?: string | null },
): Promise<HomeChange> {
  const name = change.name === undefined ? undefined : validName(change.name);
  return db.transaction(async (transaction) => {
    await lockProject(transaction, projectId);
    const home = await homeIn(transaction, projectId, homeId);
    const values: Partial<typeof homes.$inferInsert> = {};
    let movedFrom: HomeChange["movedFrom"] = null;

    if (name !== undefined && name !== home.name) {
      const others = await transaction
        .select({ name: homes.name })
        .from(homes)
        .where(and(eq(homes.projectId, projectId), ne(homes.id, homeId)));
      if (others.some((other) => sameName(other.name, name))) throw new ChangeRefused("homeNameTaken", 409, { name }, "name");
      values.name = name;
    }

    if (change.houseTypeId !== undefined && change.houseTypeId !== home.houseTypeId) {
      if (change.houseTypeId !== null) {
        const [type] = await transaction
          .select({ id: houseTypes.id })
          .from(houseTypes)
          .where(and(eq(houseTypes.projectId, projectId), eq(houseTypes.id, change.houseTypeId)));
        if (!type) throw new ChangeRefused("houseTypeNotFound", 404, {}, "houseTypeId");
      }
      values.houseTypeId = change.houseTypeId;
    }

    if (change.residentId !== undefined && change.residentId !== home.residentId) {
      if (change.residentId === null) {
        values.residentId = null;
        values.allocatedAt = null;
      } else {
        const [member] = await transaction
          .select({ role: memberships.role })
          .from(memberships)
          .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, change.residentId)));
        if (member?.role !== "resident") throw new ChangeRefused("notResident", 400, {}, "residentId");
        const [previous] = await transaction
          .select({ id: homes.id, name: homes.name })
          .from(homes)
          .where(and(eq(homes.projectId, projectId), eq(homes.residentId, change.residentId)));
        if (previous) {
          await transaction.update(homes).set({ residentId: null, allocatedAt: null }).where(eq(homes.id, previous.id));
          movedFrom = previous;
        }
        values.residentId = change.residentId;
        values.allocatedAt = new Date();
      }
    }

    if (Object.keys(values).length === 0) return { home, movedFrom };
    const [updated] = await transaction.update(homes).set(values).where(eq(homes.id, homeId)).returning(homeColumns);
    return { home: updated, movedFrom };
  });
}

/**
 * Renames a home (1–60 characters, unique in the project ignoring case).
 *
 * @example
 * await renameHome(db, projectId, homeId, "Hus ved bekken");
 */
export async function renameHome(db: Database, projectId: string, homeId: string, name: string): Promise<Home> {
  return (await updateHome(db, projectId, homeId, { name })).home;
}

/** Puts a home in a house type of the project, or in none (null). */
export async function setHomeHouseType(db: Database, projectId: string, homeId: string, houseTypeId: string | null): Promise<Home> {
  return (await updateHome(db, projectId, homeId, { houseTypeId })).home;
}

/**
 * Allocates a home to a resident member of this project (role "resident" only). A resident who
 * had another home is moved: that home becomes unallocated and is returned as `movedFrom`.
 *
 * @example
 * const { movedFrom } = await allocateHome(db, projectId, homeId, mariId); // movedFrom: null, or { id, name: "Hus 2" }
 */
export async function allocateHome(db: Database, projectId: string, homeId: string, residentId: string): Promise<HomeChange> {
  return updateHome(db, projectId, homeId, { residentId });
}

/** Leaves a home unallocated. */
export async function unallocateHome(db: Database, projectId: string, homeId: string): Promise<Home> {
  return (await updateHome(db, projectId, homeId, { residentId: null })).home;
}

/**
 * Frees the home of a member who is no longer a resident of the project (removed, or given
 * another role), so their name no longer shows on it. Returns how many homes were freed (0 or 1).
 */
export async function unallocateMember(db: Database, projectId: string, userId: string): Promise<number> {
  const freed = await db
    .update(homes)
    .set({ residentId: null, allocatedAt: null })
    .where(and(eq(homes.projectId, projectId), eq(homes.residentId, userId)))
    .returning({ id: homes.id });
  return freed.length;
}

async function houseTypeNameFree(transaction: Transaction, projectId: string, name: string, exceptId?: string): Promise<void> {
  const types = await transaction.select({ id: houseTypes.id, name: houseTypes.name }).from(houseTypes).where(eq(houseTypes.projectId, projectId));
  if (types.some((type) => type.id !== exceptId && sameName(type.name, name))) throw new ChangeRefused("houseTypeNameTaken", 409, { name }, "name");
}

/**
 * Adds a house type (1–60 characters, unique in the project ignoring case).
 *
 * @example
 * const type = await createHouseType(db, projectId, "Småhus type A"); // { id, name: "Småhus type A" }
 */
export async function createHouseType(db: Database, projectId: string, name: string): Promise<HouseType> {
  const valid = validName(name);
  return db.transaction(async (transaction) => {
    await lockProject(transaction, projectId);
    await houseTypeNameFree(transaction, projectId, valid);
    const [created] = await transaction
      .insert(houseTypes)
      .values({ id: crypto.randomUUID(), projectId, name: valid })
      .returning({ id: houseTypes.id, name: houseTypes.name });
    return created;
  });
}

/** Renames a house type of the project. */
export async function renameHouseType(db: Database, projectId: string, houseTypeId: string, name: string): Promise<HouseType> {
  const valid = validName(name);
  return db.transaction(async (transaction) => {
    await lockProject(transaction, projectId);
    await houseTypeNameFree(transaction, projectId, valid, houseTypeId);
    const [renamed] = await transaction
      .update(houseTypes)
      .set({ name: valid })
      .where(and(eq(houseTypes.projectId, projectId), eq(houseTypes.id, houseTypeId)))
      .returning({ id: houseTypes.id, name: houseTypes.name });
    if (!renamed) throw new ChangeRefused("houseTypeNotFound", 404);
    return renamed;
  });
}

/** Deletes a house type; its homes stay, without a house type. Returns how many homes it had. */
export async function deleteHouseType(db: Database, projectId: string, houseTypeId: string): Promise<number> {
  return db.transaction(async (transaction) => {
    const members = await transaction
      .update(homes)
      .set({ houseTypeId: null })
      .where(and(eq(homes.projectId, projectId), eq(homes.houseTypeId, houseTypeId)))
      .returning({ id: homes.id });
    const deleted = await transaction
      .delete(houseTypes)
      .where(and(eq(houseTypes.projectId, projectId), eq(houseTypes.id, houseTypeId)))
      .returning({ id: houseTypes.id });
    if (deleted.length === 0) throw new ChangeRefused("houseTypeNotFound", 404);
    return members.length;
  });
}

/**
 * The project's resident members by the name they chose, in name order: whom a home can be
 * allocated to.
 */
export async function listResidents(db: Database, projectId: string): Promise<Resident[]> {
  return db
    .select({ userId: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.projectId, projectId), eq(memberships.role, "resident")))
    .orderBy(asc(users.name));
}

/** A home with the name of the person it is allocated to (who may since have left the project or changed role). */
export interface HomeWithResident extends Home {
  residentName: string | null;
  /** False when the allocated person is no longer a resident member of the project. */
  residentIsMember: boolean;
}

/** The project's homes in number order with their residents' names (making missing homes first). */
export async function listHomesWithResidents(db: Database, projectId: string): Promise<HomeWithResident[]> {
  const [list, residents] = await Promise.all([ensureHomes(db, projectId), listResidents(db, projectId)]);
  const allocated = list.flatMap((home) => (home.residentId ? [home.residentId] : []));
  const names = new Map(residents.map((resident) => [resident.userId, resident.name]));
  const missing = allocated.filter((id) => !names.has(id));
  const former = new Map<string, string>();
  for (const id of missing) {
    const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
    if (user) former.set(id, user.name);
  }
  return list.map((home) => ({
    ...home,
    residentName: home.residentId ? (names.get(home.residentId) ?? former.get(home.residentId) ?? null) : null,
    residentIsMember: home.residentId ? names.has(home.residentId) : false,
  }));
}
