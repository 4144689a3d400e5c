/**
 * Join codes and guests on a real database (decision 014): a code works for its one workshop
 * and project with exactly its role until its day ends, the workshop ends or it is revoked; a
 * guest is a real account with an alias that cannot sign in with any password until kept, and
 * cannot make itself more than the code gave; wrong codes are limited per address.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guestAccounts, memberships, users, workshopCodes } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { authenticate } from "../auth/users.server";
import { makeTestProject, type TestProject } from "../participation/testing/test-project";
import { can } from "../permissions";
import { todayInOslo } from "../ui/format-time";
import { joinAsGuest, joinAsMember, keepGuestAccount, lookUpCode } from "./guest-join.server";
import { createJoinCode, findOpenCode, listJoinCodes, normaliseCode, revokeJoinCode } from "./join-codes.server";
import { addPoll, answerPoll, stepPoll } from "./polls-store.server";
import { endOfDayInOslo } from "./workshop-day";
import { createWorkshopEvents } from "./workshop-events.server";
import { endWorkshop } from "./workshop-minutes.server";
import type { WorkshopMember } from "./workshop-rows.server";
import { createWorkshop, startWorkshop, updateWorkshop } from "./workshops-store.server";

function valueOf<Value>(result: ({ ok: true } & Value) | { ok: false; problem: { messageEn: string } }): Value {
  if (!result.ok) throw new Error(`refused: ${result.problem.messageEn}`);
  return result;
}

describe("the end of a workshop's day", () => {
  it("is midnight in Oslo, in winter and in summer", () => {
    expect(endOfDayInOslo("2026-12-10").toISOString()).toBe("2026-12-10T23:00:00.000Z");
    expect(endOfDayInOslo("2026-06-10").toISOString()).toBe("2026-06-10T22:00:00.000Z");
    expect(endOfDayInOslo("2026-03-28").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(endOfDayInOslo("2026-03-29").toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });
  it("reads codes as people type them", () => {
    expect(normaliseCode(" k7m2-qx9p ")).toBe("K7M2QX9P");
    expect(normaliseCode("K7M2QX9O")).toBeNull();
    expect(normaliseCode("K7M2QX9")).toBeNull();
  });
});

describe.each(testDatabaseKinds)("join codes and guests on %s", (kind) => {
  let database: TestDatabase;
  let project: TestProject;
  let planner: WorkshopMember;
  let workshopId: string;
  let otherWorkshopId: string;
  const events = createWorkshopEvents();

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    project = await makeTestProject(database.db);
    planner = project.member("jonas");
    workshopId = valueOf(await createWorkshop(database.db, planner, { title: "Verksted om tomtene", date: todayInOslo() })).id;
    const otherPlanner = { projectId: project.otherProjectId, userId: project.userIds.kari, role: "owner" as const };
    otherWorkshopId = valueOf(await createWorkshop(database.db, otherPlanner, { title: "Bakken", date: todayInOslo() })).id;
    valueOf(await startWorkshop(database.db, planner, workshopId, events));
  }, 120_000);
  afterAll(() => database?.drop());

  it("makes a code once, stores only its hash, and stops it when revoked, past its day or when the workshop ends", async () => {
    const made = valueOf(await createJoinCode(database.db, planner, workshopId, { role: "resident" }, events)).code;
    expect(made.code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(made.path).toBe(`/w/${made.code}`);
    const [stored] = await database.db.select().from(workshopCodes).where(eq(workshopCodes.id, made.id));
    expect(JSON.stringify(stored)).not.toContain(made.code);
    expect(stored.expiresAt.toISOString()).toBe(endOfDayInOslo(todayInOslo()).toISOString());
    expect(await findOpenCode(database.db, made.code ?? "")).toMatchObject({ workshopId, projectId: project.projectId, role: "resident" });

    const refusedRole = await createJoinCode(database.db, planner, workshopId, { role: "planner" }, events);
    expect(refusedRole.ok).toBe(false);
    const byResident = await createJoinCode(database.db, project.member("mari"), workshopId, { role: "resident" }, events);
    expect(byResident.ok ? null : byResident.problem.code).toBe("forbidden");

    await database.db.update(workshopCodes).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(workshopCodes.id, made.id));
    expect(await findOpenCode(database.db, made.code ?? "")).toBeNull();
    expect((await listJoinCodes(database.db, workshopId)).map((code) => code.id)).not.toContain(made.id);

    const second = valueOf(await createJoinCode(database.db, planner, workshopId, { role: "observer" }, events)).code;
    expect((await listJoinCodes(database.db, workshopId, { withCodes: true })).find((code) => code.id === second.id)?.code).toBe(second.code);
    valueOf(await revokeJoinCode(database.db, planner, workshopId, second.id, events));
    expect(await findOpenCode(database.db, second.code ?? "")).toBeNull();

    const past = valueOf(await createWorkshop(database.db, planner, { title: "I fjor", date: "2025-01-10" })).id;
    const pastCode = await createJoinCode(database.db, planner, past, { role: "resident" }, events);
    expect(pastCode.ok ? null : pastCode.problem.code).toBe("conflict");
    // Moving a workshop's date moves its codes' end.
    const moving = valueOf(await createWorkshop(database.db, planner, { title: "Flyttes", date: todayInOslo() })).id;
    const movingCode = valueOf(await createJoinCode(database.db, planner, moving, { role: "resident" }, events)).code;
    valueOf(await updateWorkshop(database.db, planner, moving, { title: "Flyttes", date: "2025-01-10" }, events));
    expect(await findOpenCode(database.db, movingCode.code ?? "")).toBeNull();
  });

  it("makes a guest a real account with an alias and exactly the code's role in the code's project, which cannot sign in", async () => {
    const made = valueOf(await createJoinCode(database.db, planner, workshopId, { role: "resident" }, events)).code;
    const code = await findOpenCode(database.db, made.code ?? "");
    if (!code) throw new Error("no code");
    for (const alias of ["", " ", "x".repeat(41), "Sol\u0000sikke", "Sol\nsikke"]) expect((await joinAsGuest(database.db, code, { alias })).ok).toBe(false);
    // A role in the form is not the guest's to choose.
    const guest = valueOf(await joinAsGuest(database.db, code, { alias: "Solsikke", role: "planner" }));
    expect(guest).toMatchObject({ projectId: project.projectId, workshopId });
    const theirMemberships = await database.db.select().from(memberships).where(eq(memberships.userId, guest.userId));
    expect(theirMemberships.map((row) => [row.projectId, row.role])).toEqual([[project.projectId, "resident"]]);
    const [account] = await database.db.select().from(users).where(eq(users.id, guest.userId));
    expect(account).toMatchObject({ name: "Solsikke", email: null });
    expect(account.username).toMatch(/^gjest-[a-z2-9]{10}$/);
    expect(await authenticate(database.db, account.username, "")).toBeNull();
    expect(await authenticate(database.db, account.username, account.passwordHash)).toBeNull();
    const [guestRow] = await database.db.select().from(guestAccounts).where(eq(guestAccounts.userId, guest.userId));
    expect(guestRow).toMatchObject({ workshopCodeId: made.id, keptAt: null });

    // The guest takes part but cannot run the workshop, invite, or reach another project's workshop.
    const member: WorkshopMember = { projectId: project.projectId, userId: guest.userId, role: "resident" };
    const poll = valueOf(await addPoll(database.db, planner, workshopId, { kind: "scale", question: "Hvor godt passer tomt A?" }, events));
    expect((await addPoll(database.db, member, workshopId, { kind: "scale", question: "Min egen" }, events)).ok).toBe(false);
    expect((await stepPoll(database.db, member, workshopId, poll.id, "open", events)).ok).toBe(false);
    valueOf(await stepPoll(database.db, planner, workshopId, poll.id, "open", events));
    valueOf(await answerPoll(database.db, member, workshopId, poll.id, { value: 4 }, events));
    expect((await endWorkshop(database.db, member, workshopId, events)).ok).toBe(false);
    expect(can(member.role, "invites:create") || can(member.role, "workshops:run") || can(member.role, "members:manage")).toBe(false);
    const elsewhere = await answerPoll(database.db, member, otherWorkshopId, poll.id, { value: 4 }, events);
    expect(elsewhere.ok ? null : elsewhere.problem.code).toBe("notFound");

    // Keeping the account: a username and a password, then it signs in like any other.
    expect((await keepGuestAccount(database.db, guest.userId, { username: "solsikke", password: "kort" })).ok).toBe(false);
    const taken = await keepGuestAccount(database.db, guest.userId, { username: (await database.db.select().from(users).where(eq(users.id, project.userIds.mari)))[0].username, password: "passord-123" });
    expect(taken.ok ? null : Object.keys(taken.problem.fields ?? {})).toEqual(["username"]);
    valueOf(await keepGuestAccount(database.db, guest.userId, { username: "solsikke", password: "passord-123" }));
    expect((await authenticate(database.db, "solsikke", "passord-123"))?.id).toBe(guest.userId);
    expect((await keepGuestAccount(database.db, guest.userId, { username: "solsikke2", password: "passord-123" })).ok).toBe(false);
  });

  it("gives an observer code's guest the observer role, and lets a member keep the role they have", async () => {
    const made = valueOf(await createJoinCode(database.db, planner, workshopId, { role: "observer" }, events)).code;
    const code = await findOpenCode(database.db, made.code ?? "");
    if (!code) throw new Error("no code");
    const guest = valueOf(await joinAsGuest(database.db, code, { alias: "Måke" }));
    const [row] = await database.db.select().from(memberships).where(eq(memberships.userId, guest.userId));
    expect(row.role).toBe("observer");
    await joinAsMember(database.db, code, project.userIds.silje);
    const [police] = await database.db.select().from(memberships).where(eq(memberships.userId, project.userIds.silje));
    expect(police.role).toBe("police");
    // Tor, a resident of another project, joins this one as an observer, and his own project keeps his role.
    await joinAsMember(database.db, code, project.userIds.tor);
    const tor = await database.db.select({ projectId: memberships.projectId, role: memberships.role }).from(memberships).where(eq(memberships.userId, project.userIds.tor));
    expect(tor.sort((a, b) => a.role.localeCompare(b.role))).toEqual([
      { projectId: project.projectId, role: "observer" },
      { projectId: project.otherProjectId, role: "resident" },
    ]);
  });

  it("limits wrong codes per address and never counts a right one", async () => {
    const made = valueOf(await createJoinCode(database.db, planner, workshopId, { role: "resident" }, events)).code;
    const policy = { windowSeconds: 60, accountAndAddress: { freeFailures: 2, firstDelayMs: 60_000, maxDelayMs: 60_000 }, account: { freeFailures: 2, firstDelayMs: 60_000, maxDelayMs: 60_000 }, manyNames: { distinctNames: 1000, freeFailures: 2 } };
    const address = `10.0.0.${Math.floor(Math.random() * 200)}`;
    expect((await lookUpCode(database.db, address, made.code ?? "", policy)).outcome).toBe("found");
    expect((await lookUpCode(database.db, address, "AAAAAAAA", policy)).outcome).toBe("notFound");
    expect((await lookUpCode(database.db, address, "BBBBBBBB", policy)).outcome).toBe("notFound");
    expect((await lookUpCode(database.db, address, "CCCCCCCC", policy)).outcome).toBe("throttled");
    expect((await lookUpCode(database.db, address, made.code ?? "", policy)).outcome).toBe("throttled");
    expect((await lookUpCode(database.db, "10.9.9.9", made.code ?? "", policy)).outcome).toBe("found");
  });

  it("stops every code when the workshop ends", async () => {
    const made = valueOf(await createJoinCode(database.db, planner, workshopId, { role: "resident" }, events)).code;
    valueOf(await endWorkshop(database.db, planner, workshopId, events));
    expect(await findOpenCode(database.db, made.code ?? "")).toBeNull();
  });
});
