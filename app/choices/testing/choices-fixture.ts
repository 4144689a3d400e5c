/**
 * A project with homes, a catalogue and members for the choices' tests, inserted directly (as
 * the catalogue and homes pages would): one category open today, one closed, one not open yet,
 * each with a standard; a second project to refer to from the wrong place. Test support only.
 */
import { eq } from "drizzle-orm";
import type { Database } from "../../../db/connection";
import { choiceCategories, choiceEvents, choiceOptions, homeChoices, homes, memberships } from "../../../db/schema";
import { createUser } from "../../auth/users.server";
import { ensureHomes } from "../../homes/homes.server";
import type { Role } from "../../permissions";
import { createProject } from "../../projects/projects.server";
import { todayInOslo } from "../../ui/format-time";
import { addDays } from "../calendar";

/**
 * Waits past the current millisecond: PGlite's clock counts milliseconds, so two rows written
 * within one share a time stamp and their order is not known. Tests that check an order wait.
 */
export function nextMillisecond(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 2));
}

export { addDays };

export const fixturePeople = [
  { username: "kari", role: "owner" },
  { username: "jonas", role: "planner" },
  { username: "silje", role: "police" },
  { username: "ahmed", role: "fire" },
  { username: "mari", role: "resident" },
  { username: "per", role: "resident" },
  { username: "ola", role: "observer" },
] as const satisfies ReadonlyArray<{ username: string; role: Role }>;

export type FixturePerson = (typeof fixturePeople)[number]["username"];

interface FixtureOption {
  id: string;
  name: string;
}

export interface ChoicesFixture {
  today: string;
  projectId: string;
  userIds: Record<FixturePerson, string>;
  names: Record<FixturePerson, string>;
  /** Hus 1 (Mari's), Hus 2 (Per's), Hus 3 (unallocated). */
  homeIds: [string, string, string];
  categories: {
    /** Open today: Lys grå (standard), Mørk blå, Rød (fails robustness). */
    facade: { id: string; options: { grey: FixtureOption; blue: FixtureOption; failing: FixtureOption } };
    /** Closed yesterday: Eik (standard), Hvit. */
    door: { id: string; options: { oak: FixtureOption; white: FixtureOption } };
    /** Opens in five days: Parkett (standard), Vinyl. */
    floor: { id: string; options: { parquet: FixtureOption; vinyl: FixtureOption } };
  };
  other: { projectId: string; homeId: string; categoryId: string; optionId: string };
}

async function insertCategory(
  db: Database,
  projectId: string,
  category: { name: string; previewPart: string; opensOn: string; closesOn: string; position: number },
  options: Array<{ name: string; color: string; colorCode?: string; material?: string; isStandard?: boolean; robustness?: string; robustnessNote?: string }>,
): Promise<{ id: string; options: FixtureOption[] }> {
  const id = crypto.randomUUID();
  await db.insert(choiceCategories).values({ id, projectId, ...category });
  const rows = options.map((option, position) => ({ id: crypto.randomUUID(), projectId, categoryId: id, position, ...option }));
  await db.insert(choiceOptions).values(rows);
  return { id, options: rows.map((row) => ({ id: row.id, name: row.name })) };
}

/**
 * @example
 * const fixture = await createChoicesFixture(database.db);
 * await recordWithResident(db, { projectId: fixture.projectId, userId: fixture.userIds.jonas, role: "planner" }, …);
 */
export async function createChoicesFixture(db: Database, today: string = todayInOslo()): Promise<ChoicesFixture> {
  const suffix = crypto.randomUUID().slice(0, 8);
  const userIds = {} as Record<FixturePerson, string>;
  const names = {} as Record<FixturePerson, string>;
  for (const person of fixturePeople) {
    const name = person.username.charAt(0).toUpperCase() + person.username.slice(1);
    const user = await createUser(db, { name, username: `${person.username}-${suffix}`, email: null, password: "passord-123" });
    userIds[person.username] = user.id;
    names[person.username] = name;
  }
  const details = { municipality: "Demo kommune", housingForm: "smahus" as const, homeCount: 3, description: "" };
  const project = await createProject(db, userIds.kari, { name: `Eikelund ${suffix}`, ...details });
  for (const person of fixturePeople) {
    if (person.role === "owner") continue;
    await db.insert(memberships).values({ projectId: project.id, userId: userIds[person.username], role: person.role });
  }
  const homeList = await ensureHomes(db, project.id);
  await db.update(homes).set({ residentId: userIds.mari, allocatedAt: new Date() }).where(eq(homes.id, homeList[0].id));
  await db.update(homes).set({ residentId: userIds.per, allocatedAt: new Date() }).where(eq(homes.id, homeList[1].id));

  const facade = await insertCategory(db, project.id, { name: "Fasadefarge", previewPart: "facade", opensOn: addDays(today, -10), closesOn: addDays(today, 10), position: 0 }, [
    { name: "Lys grå", color: "#c8c8c0", colorCode: "S 2002-Y", material: "Malt trekledning", isStandard: true },
    { name: "Mørk blå", color: "#1f3a5f", colorCode: "S 7020-R90B", material: "Malt trekledning" },
    { name: "Rød", color: "#a33a2a", colorCode: "S 3060-Y90R", material: "Beis", robustness: "fails", robustnessNote: "Falmer raskt." },
  ]);
  const door = await insertCategory(db, project.id, { name: "Inngangsdør", previewPart: "door", opensOn: addDays(today, -30), closesOn: addDays(today, -1), position: 1 }, [
    { name: "Eik", color: "#8a6a43", material: "Heltre eik", isStandard: true },
    { name: "Hvit", color: "#f4f4f0", material: "Stål, lakkert" },
  ]);
  const floor = await insertCategory(db, project.id, { name: "Gulv", previewPart: "floor", opensOn: addDays(today, 5), closesOn: addDays(today, 20), position: 2 }, [
    { name: "Parkett", color: "#c19a6b", material: "Eik, lakkert", isStandard: true },
    { name: "Vinyl", color: "#9a9a90", material: "Vinyl, slitesterk" },
  ]);

  const otherProject = await createProject(db, userIds.kari, { name: `Bakken ${suffix}`, ...details, homeCount: 1 });
  const [otherHome] = await ensureHomes(db, otherProject.id);
  const otherCategory = await insertCategory(db, otherProject.id, { name: "Fasadefarge", previewPart: "facade", opensOn: addDays(today, -10), closesOn: addDays(today, 10), position: 0 }, [
    { name: "Grønn", color: "#2f5d3a", isStandard: true },
  ]);

  return {
    today,
    projectId: project.id,
    userIds,
    names,
    homeIds: [homeList[0].id, homeList[1].id, homeList[2].id],
    categories: {
      facade: { id: facade.id, options: { grey: facade.options[0], blue: facade.options[1], failing: facade.options[2] } },
      door: { id: door.id, options: { oak: door.options[0], white: door.options[1] } },
      floor: { id: floor.id, options: { parquet: floor.options[0], vinyl: floor.options[1] } },
    },
    other: { projectId: otherProject.id, homeId: otherHome.id, categoryId: otherCategory.id, optionId: otherCategory.options[0].id },
  };
}

/**
 * A resident's own pick as the resident's page stores it (app/my-home), inserted directly: the
 * home's choice and a `pick` event (and `confirm` when confirmed).
 */
export async function insertResidentPick(
  db: Database,
  fixture: Pick<ChoicesFixture, "projectId">,
  pick: { homeId: string; categoryId: string; optionId: string; userId: string; confirmed?: boolean },
): Promise<void> {
  await db
    .insert(homeChoices)
    .values({ homeId: pick.homeId, categoryId: pick.categoryId, projectId: fixture.projectId, optionId: pick.optionId, chosenBy: pick.userId, chosenRole: "resident", confirmedAt: pick.confirmed ? new Date() : null })
    .onConflictDoUpdate({
      target: [homeChoices.homeId, homeChoices.categoryId],
      set: { optionId: pick.optionId, chosenBy: pick.userId, chosenRole: "resident", confirmedAt: pick.confirmed ? new Date() : null, withResidentMeeting: null, withResidentDate: null, updatedAt: new Date() },
    });
  const event = { projectId: fixture.projectId, homeId: pick.homeId, categoryId: pick.categoryId, optionId: pick.optionId, actorId: pick.userId, actorRole: "resident" };
  await db.insert(choiceEvents).values({ id: crypto.randomUUID(), kind: "pick", ...event });
  await nextMillisecond();
  if (pick.confirmed) {
    await db.insert(choiceEvents).values({ id: crypto.randomUUID(), kind: "confirm", ...event });
    await nextMillisecond();
  }
}

/** A resident's request for help, as the resident's page stores it, inserted directly. */
export async function insertHelpRequest(db: Database, fixture: Pick<ChoicesFixture, "projectId">, request: { homeId: string; categoryId: string | null; userId: string; message?: string }): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insert(choiceEvents)
    .values({ id, projectId: fixture.projectId, homeId: request.homeId, categoryId: request.categoryId, kind: "helpRequest", actorId: request.userId, actorRole: "resident", meeting: request.message ?? null });
  await nextMillisecond();
  return id;
}
