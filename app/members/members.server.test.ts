import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invites, memberships } from "../../db/schema";
import { allocateHome } from "../homes/homes-store.server";
import { ensureHomes, listHomes } from "../homes/homes.server";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createUser } from "../auth/users.server";
import { createProject, findMembership, listProjectsForUser } from "../projects/projects.server";
import {
  acceptInvite,
  changeRole,
  createInvite,
  findOpenInvite,
  listActiveInvites,
  listMembers,
  MemberChangeError,
  removeMember,
  revokeInvite,
} from "./members.server";

describe.each(testDatabaseKinds)("projects, invites and members on %s", (kind) => {
  let database: TestDatabase;
  let ownerId: string;
  let guestId: string;
  let projectId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    ownerId = (await createUser(database.db, { name: "Kari", username: "kari", email: null, password: "passord-123" })).id;
    guestId = (await createUser(database.db, { name: "Silje", username: "silje", email: null, password: "passord-123" })).id;
    const project = await createProject(database.db, ownerId, {
      name: "Småhus på Eikelund",
      municipality: "Demo",
      housingForm: "smahus",
      homeCount: 3,
      description: "",
    });
    projectId = project.id;
  });
  afterAll(() => database.drop());

  it("shows a new project on its creator's dashboard with the owner role", async () => {
    const projects = await listProjectsForUser(database.db, ownerId);
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({ name: "Småhus på Eikelund", role: "owner", homeCount: 3 });
    expect(await listProjectsForUser(database.db, guestId)).toEqual([]);
  });

  it("lets someone join by invite link with the invite's role", async () => {
    const { token } = await createInvite(database.db, { projectId, role: "police", createdBy: ownerId, validDays: 7 });
    const stored = await database.db.select().from(invites);
    expect(stored.some((row) => row.tokenHash === token)).toBe(false);

    const invite = await findOpenInvite(database.db, token);
    expect(invite).toMatchObject({ projectName: "Småhus på Eikelund", role: "police" });
    await acceptInvite(database.db, invite!, guestId);
    expect(await findMembership(database.db, projectId, guestId)).toMatchObject({ role: "police" });
    const [active] = await listActiveInvites(database.db, projectId);
    expect(active.uses).toBe(1);
  });

  it("never changes an existing member's role through an invite", async () => {
    const { token } = await createInvite(database.db, { projectId, role: "planner", createdBy: ownerId, validDays: 1 });
    await acceptInvite(database.db, (await findOpenInvite(database.db, token))!, guestId);
    expect(await findMembership(database.db, projectId, guestId)).toMatchObject({ role: "police" });
  });

  it("refuses expired, revoked and unknown links", async () => {
    const { invite, token } = await createInvite(database.db, { projectId, role: "resident", createdBy: ownerId, validDays: 1 });
    await revokeInvite(database.db, projectId, invite.id);
    expect(await findOpenInvite(database.db, token)).toBeNull();
    expect(await findOpenInvite(database.db, "not-a-real-token")).toBeNull();

    const expired = await createInvite(database.db, { projectId, role: "resident", createdBy: ownerId, validDays: -1 });
    expect(await findOpenInvite(database.db, expired.token)).toBeNull();
  });

  it("lets the owner change roles and remove members, but not the owner", async () => {
    await changeRole(database.db, projectId, guestId, "fire");
    expect((await listMembers(database.db, projectId)).map((member) => [member.name, member.role])).toEqual([
      ["Kari", "owner"],
      ["Silje", "fire"],
    ]);
    await expect(changeRole(database.db, projectId, ownerId, "observer")).rejects.toBeInstanceOf(MemberChangeError);
    await expect(removeMember(database.db, projectId, ownerId)).rejects.toBeInstanceOf(MemberChangeError);
    await removeMember(database.db, projectId, guestId);
    expect(await findMembership(database.db, projectId, guestId)).toBeNull();
    await expect(removeMember(database.db, projectId, guestId)).rejects.toMatchObject({ code: "notMember" });
  });
  it("frees a resident's home when they are removed or are no longer a resident (decision 012)", async () => {
    const resident = await createUser(database.db, { name: "Mari", username: "mari-home", email: null, password: "passord-123" });
    await database.db.insert(memberships).values({ projectId, userId: resident.id, role: "resident" });
    const [home] = await ensureHomes(database.db, projectId);
    await allocateHome(database.db, projectId, home.id, resident.id);
    await changeRole(database.db, projectId, resident.id, "observer");
    expect((await listHomes(database.db, projectId))[0].residentId).toBeNull();

    await changeRole(database.db, projectId, resident.id, "resident");
    await allocateHome(database.db, projectId, home.id, resident.id);
    await removeMember(database.db, projectId, resident.id);
    expect((await listHomes(database.db, projectId))[0].residentId).toBeNull();
  });
});
