/**
 * A project with a member of every role on a fresh test database, for the neighbour store tests.
 *
 * @example
 * const fixture = await neighbourFixture(database.db);
 * await addInfoPlanRow(database.db, fixture.member("jonas"), …);
 */
import { count, eq } from "drizzle-orm";
import type { Database } from "../../../db/connection";
import { memberships, peopleEvents } from "../../../db/schema";
import { createUser } from "../../auth/users.server";
import type { Role } from "../../permissions";
import { createProject } from "../../projects/projects.server";
import type { NeighbourMember, NeighbourResult } from "../neighbour-types";

export const people = ["kari", "jonas", "silje", "ahmed", "mari", "ola"] as const;
export type Person = (typeof people)[number];
export const roleOf: Record<Person, Role> = { kari: "owner", jonas: "planner", silje: "police", ahmed: "fire", mari: "resident", ola: "observer" };

export async function neighbourFixture(db: Database, options: { suffix?: string } = {}) {
  const suffix = options.suffix ?? crypto.randomUUID().slice(0, 8);
  const ids = new Map<Person, string>();
  for (const person of people) {
    const user = await createUser(db, { name: person[0].toUpperCase() + person.slice(1), username: `${person}-${suffix}`, email: null, password: "passord-123" });
    ids.set(person, user.id);
  }
  const details = { municipality: "Demo", housingForm: "smahus" as const, homeCount: 4, description: "" };
  const projectId = (await createProject(db, ids.get("kari") as string, { name: "Eikelund", ...details })).id;
  const otherProjectId = (await createProject(db, ids.get("kari") as string, { name: "Bakken", ...details })).id;
  for (const person of people) {
    if (person !== "kari") await db.insert(memberships).values({ projectId, userId: ids.get(person) as string, role: roleOf[person] });
  }
  const member = (person: Person, project = projectId): NeighbourMember => ({ projectId: project, userId: ids.get(person) as string, role: roleOf[person] });
  const historyCount = async () => (await db.select({ n: count() }).from(peopleEvents).where(eq(peopleEvents.projectId, projectId)))[0].n;
  return { projectId, otherProjectId, ids, member, historyCount };
}

/** The problem of a refused write (fails the test when the write succeeded). */
export function problemOf(result: NeighbourResult) {
  if (result.ok) throw new Error("expected a refusal");
  return result.problem;
}

/** The id of a successful write (fails the test when it was refused). */
export function idOf(result: NeighbourResult): string {
  if (!result.ok) throw new Error(`expected success, got ${result.problem.code}: ${result.problem.messageEn}`);
  return result.id;
}
