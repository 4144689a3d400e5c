import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { invites, memberships, projects, users } from "../../db/schema";
import { hashToken, randomToken } from "../auth/tokens.server";
import type { InvitableRole, Role } from "../permissions";
import { isRole } from "../permissions";
import { unallocateMember } from "../homes/homes-store.server";

export interface Member {
  userId: string;
  name: string;
  role: Role;
  joinedAt: Date;
}

export async function listMembers(db: Database, projectId: string): Promise<Member[]> {
  const rows = await db
    .select({ userId: users.id, name: users.name, role: memberships.role, joinedAt: memberships.joinedAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.projectId, projectId))
    .orderBy(asc(memberships.joinedAt));
  return rows.flatMap((row) => (isRole(row.role) ? [{ ...row, role: row.role }] : []));
}

export class MemberChangeError extends Error {
  constructor(readonly code: "notMember" | "ownerFixed") {
    super(code);
    this.name = "MemberChangeError";
  }
}

/** Changes a member's role; the owner's own role cannot be changed this way. */
export async function changeRole(db: Database, projectId: string, userId: string, role: InvitableRole): Promise<void> {
  const [member] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)));
  if (!member) throw new MemberChangeError("notMember");
  if (member.role === "owner") throw new MemberChangeError("ownerFixed");
  await db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)));
  // A home is allocated to a resident member only (decision 012): no longer one, no longer theirs.
  if (role !== "resident") await unallocateMember(db, projectId, userId);
}

export async function removeMember(db: Database, projectId: string, userId: string): Promise<void> {
  const [member] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)));
  if (!member) throw new MemberChangeError("notMember");
  if (member.role === "owner") throw new MemberChangeError("ownerFixed");
  await db.delete(memberships).where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)));
  await unallocateMember(db, projectId, userId);
}

export type Invite = Omit<typeof invites.$inferSelect, "tokenHash">;

/** Creates an invite link token; only its hash is stored, so the link is shown once. */
export async function createInvite(
  db: Database,
  input: { projectId: string; role: InvitableRole; createdBy: string; validDays: number },
): Promise<{ invite: Invite; token: string }> {
  const token = randomToken();
  const [row] = await db
    .insert(invites)
    .values({
      id: crypto.randomUUID(),
      tokenHash: hashToken(token),
      projectId: input.projectId,
      role: input.role,
      createdBy: input.createdBy,
      expiresAt: new Date(Date.now() + input.validDays * 24 * 60 * 60 * 1000),
    })
    .returning();
  const { tokenHash: _hash, ...invite } = row;
  return { invite, token };
}

export async function listActiveInvites(db: Database, projectId: string): Promise<Invite[]> {
  return db
    .select({
      id: invites.id,
      projectId: invites.projectId,
      role: invites.role,
      createdBy: invites.createdBy,
      expiresAt: invites.expiresAt,
      revokedAt: invites.revokedAt,
      uses: invites.uses,
      createdAt: invites.createdAt,
    })
    .from(invites)
    .where(and(eq(invites.projectId, projectId), isNull(invites.revokedAt), gt(invites.expiresAt, new Date())))
    .orderBy(asc(invites.createdAt));
}

export async function revokeInvite(db: Database, projectId: string, inviteId: string): Promise<void> {
  await db
    .update(invites)
    .set({ revokedAt: new Date() })
    .where(and(eq(invites.id, inviteId), eq(invites.projectId, projectId)));
}

export interface OpenInvite {
  id: string;
  role: InvitableRole;
  projectId: string;
  projectName: string;
  municipality: string;
  expiresAt: Date;
}

/** The invite behind a link, if it is still valid. */
export async function findOpenInvite(db: Database, token: string): Promise<OpenInvite | null> {
  const [row] = await db
    .select({
      id: invites.id,
      role: invites.role,
      projectId: invites.projectId,
      projectName: projects.name,
      municipality: projects.municipality,
      expiresAt: invites.expiresAt,
    })
    .from(invites)
    .innerJoin(projects, eq(projects.id, invites.projectId))
    .where(and(eq(invites.tokenHash, hashToken(token)), isNull(invites.revokedAt), gt(invites.expiresAt, new Date())))
    .limit(1);
  if (!row || !isRole(row.role) || row.role === "owner") return null;
  return { ...row, role: row.role };
}

/**
 * Adds the user to the invite's project with its role. A member who already
 * belongs keeps their current role (an invite never demotes or promotes).
 */
export async function acceptInvite(db: Database, invite: OpenInvite, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(memberships)
      .values({ projectId: invite.projectId, userId, role: invite.role })
      .onConflictDoNothing()
      .returning({ userId: memberships.userId });
    if (inserted.length > 0) {
      await tx.update(invites).set({ uses: sql`${invites.uses} + 1` }).where(eq(invites.id, invite.id));
    }
  });
}
