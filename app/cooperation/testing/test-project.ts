/**
 * A project with one member per role (and a second resident) on a test database, for the
 * cooperation and "new since your last visit" tests: Kari owns it, Jonas plans, Silje is police,
 * Ahmed fire & rescue, Mari and Emil residents, Ola observes.
 */
import type { Database } from "../../../db/connection";
import { memberships } from "../../../db/schema";
import { createUser } from "../../auth/users.server";
import type { Actor } from "../../changes/people-events.server";
import type { Role } from "../../permissions";
import { createProject } from "../../projects/projects.server";

export const testPeople = ["kari", "jonas", "silje", "ahmed", "mari", "emil", "ola"] as const;
export type TestPerson = (typeof testPeople)[number];
export const roleOfPerson: Record<TestPerson, Role> = { kari: "owner", jonas: "planner", silje: "police", ahmed: "fire", mari: "resident", emil: "resident", ola: "observer" };

export interface TestProject {
  projectId: string;
  otherProjectId: string;
  userIds: Record<TestPerson, string>;
  member(person: TestPerson): Actor;
}

/**
 * @example
 * const project = await makeTestProject(database.db);
 * await addPartner(database.db, project.member("jonas"), { … });
 */
export async function makeTestProject(db: Database, prefix = ""): Promise<TestProject> {
  const userIds = {} as Record<TestPerson, string>;
  for (const person of testPeople) {
    const user = await createUser(db, { name: person[0].toUpperCase() + person.slice(1), username: `${prefix}${person}`, email: null, password: "passord-123" });
    userIds[person] = user.id;
  }
  const details = { municipality: "Demo", housingForm: "smahus" as const, homeCount: 3, description: "" };
  const projectId = (await createProject(db, userIds.kari, { name: "Eikelund", ...details })).id;
  const otherProjectId = (await createProject(db, userIds.kari, { name: "Bakken", ...details })).id;
  for (const person of testPeople) {
    if (person !== "kari") await db.insert(memberships).values({ projectId, userId: userIds[person], role: roleOfPerson[person] });
  }
  return { projectId, otherProjectId, userIds, member: (person) => ({ projectId, userId: userIds[person], role: roleOfPerson[person] }) };
}
