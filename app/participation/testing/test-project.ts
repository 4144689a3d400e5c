/**
 * A project with one member of each role (and two residents) on a test database, for the
 * participation tests: Kari owns it, Jonas plans, Silje is police, Ahmed fire, Mari and Emil
 * residents, Ola observes. Tor is a resident of another project.
 */
import type { Database } from "../../../db/connection";
import { memberships } from "../../../db/schema";
import { createUser } from "../../auth/users.server";
import type { Role } from "../../permissions";
import { createProject } from "../../projects/projects.server";
import type { ParticipationMember } from "../activities-store.server";

export const testPeople = ["kari", "jonas", "silje", "ahmed", "mari", "emil", "ola", "tor"] as const;
export type TestPerson = (typeof testPeople)[number];

const roleOf: Record<TestPerson, Role> = { kari: "owner", jonas: "planner", silje: "police", ahmed: "fire", mari: "resident", emil: "resident", ola: "observer", tor: "resident" };

export interface TestProject {
  projectId: string;
  otherProjectId: string;
  userIds: Record<TestPerson, string>;
  member(person: TestPerson): ParticipationMember;
}

export async function makeTestProject(db: Database): Promise<TestProject> {
  const userIds = {} as Record<TestPerson, string>;
  for (const person of testPeople) {
    const user = await createUser(db, { name: person[0].toUpperCase() + person.slice(1), username: `${person}-${crypto.randomUUID().slice(0, 6)}`, email: null, password: "passord-123" });
    userIds[person] = user.id;
  }
  const details = { municipality: "Demo", housingForm: "smahus" as const, homeCount: 3, description: "" };
  const projectId = (await createProject(db, userIds.kari, { name: "Eikelund", ...details })).id;
  const otherProjectId = (await createProject(db, userIds.kari, { name: "Bakken", ...details })).id;
  for (const person of testPeople) {
    if (person === "kari") continue;
    await db.insert(memberships).values({ projectId: person === "tor" ? otherProjectId : projectId, userId: userIds[person], role: roleOf[person] });
  }
  return {
    projectId,
    otherProjectId,
    userIds,
    member: (person) => ({ projectId: person === "tor" ? otherProjectId : projectId, userId: userIds[person], role: roleOf[person] }),
  };
}
