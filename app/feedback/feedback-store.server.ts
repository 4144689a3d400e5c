/**
 * Comments, ratings and reveals in the database (decision 009). Every function takes the
 * member as the server knows them (id and role from the session and membership), never from
 * the form, and stamps times with the database clock.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../../db/connection";
import { ratingReveals, siteComments, siteRatings, users } from "../../db/schema";
import type { Role } from "../permissions";
import { can, isRole } from "../permissions";
import type { Aspect } from "./aspects";
import { aspectOfRole, aspects, isAspect, visibleAspects } from "./aspects";
import type { CommentJson, FeedbackSnapshot, HiddenCount, RatingJson, SiteReveal } from "./feedback-types";

/** Who acts, as the server established it. */
export interface Member {
  projectId: string;
  userId: string;
  role: Role;
}

/** Something the action refers to is not in this project. */
export class FeedbackNotFoundError extends Error {
  readonly what: "comment";
  constructor(what: "comment") {
    super(`no such ${what} in this project`);
    this.name = "FeedbackNotFoundError";
    this.what = what;
  }
}

function roleOf(value: string): Role {
  // Stored by the server from a membership; an unknown value would be a bug, shown as observer.
  return isRole(value) ? value : "observer";
}

/**
 * What `member` may see of the project's feedback: hidden ratings are left out here, on the
 * server, and only counted.
 *
 * @example
 * const snapshot = await readSnapshot(db, { projectId, userId, role: "resident" });
 */
export async function readSnapshot(db: Database, member: Member): Promise<FeedbackSnapshot> {
  const [{ revealed, revealedOnSites }, ratings, comments] = await Promise.all([
    readRevealed(db, member.projectId),
    readRatings(db, member.projectId),
    readComments(db, member.projectId),
  ]);
  const visible = visibleAspects(member.role, revealed);
  const revealedHere = new Set(revealedOnSites.map((reveal) => siteAspectKey(reveal.siteId, reveal.aspect)));
  const shown: RatingJson[] = [];
  const hidden = new Map<string, HiddenCount>();
  for (const rating of ratings) {
    const key = siteAspectKey(rating.siteId, rating.aspect);
    if (visible.has(rating.aspect) || revealedHere.has(key) || rating.authorId === member.userId) {
      shown.push(rating);
      continue;
    }
    const count = hidden.get(key) ?? { siteId: rating.siteId, aspect: rating.aspect, count: 0 };
    count.count += 1;
    hidden.set(key, count);
  }
  return {
    self: {
      id: member.userId,
      role: member.role,
      aspect: aspectOfRole(member.role),
      may: { comment: can(member.role, "comments:write"), rate: can(member.role, "ratings:write"), reveal: can(member.role, "ratings:reveal") },
    },
    revealed,
    revealedOnSites,
    ratings: shown,
    hidden: [...hidden.values()],
    comments,
  };
}

function siteAspectKey(siteId: string, aspect: Aspect): string {
  return `${siteId}\u0000${aspect}`;
}

/** The aspects revealed on every site (in the order of `aspects`) and those revealed on one site. */
async function readRevealed(db: Database, projectId: string): Promise<{ revealed: Aspect[]; revealedOnSites: SiteReveal[] }> {
  const rows = await db
    .select({ siteId: ratingReveals.siteId, aspect: ratingReveals.aspect })
    .from(ratingReveals)
    .where(eq(ratingReveals.projectId, projectId))
    .orderBy(asc(ratingReveals.siteId), asc(ratingReveals.aspect));
  const everywhere = new Set(rows.filter((row) => row.siteId === null).map((row) => row.aspect));
  const revealedOnSites = rows.flatMap((row) => (row.siteId !== null && isAspect(row.aspect) ? [{ siteId: row.siteId, aspect: row.aspect }] : []));
  return { revealed: aspects.filter((aspect) => everywhere.has(aspect)), revealedOnSites };
}

async function readRatings(db: Database, projectId: string): Promise<RatingJson[]> {
  const rows = await db
    .select({
      id: siteRatings.id,
      siteId: siteRatings.siteId,
      aspect: siteRatings.aspect,
      authorId: siteRatings.authorId,
      authorName: users.name,
      authorRole: siteRatings.authorRole,
      score: siteRatings.score,
      comment: siteRatings.comment,
      createdAt: siteRatings.createdAt,
      updatedAt: siteRatings.updatedAt,
    })
    .from(siteRatings)
    .innerJoin(users, eq(users.id, siteRatings.authorId))
    .where(eq(siteRatings.projectId, projectId))
    .orderBy(asc(siteRatings.createdAt), asc(siteRatings.id));
  return rows.flatMap((row) =>
    isAspect(row.aspect)
      ? [{ ...row, aspect: row.aspect, authorRole: roleOf(row.authorRole), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() }]
      : [],
  );
}

async function readComments(db: Database, projectId: string): Promise<CommentJson[]> {
  const resolver = alias(users, "resolver");
  const rows = await db
    .select({
      id: siteComments.id,
      siteId: siteComments.siteId,
      parentId: siteComments.parentId,
      latitude: siteComments.latitude,
      longitude: siteComments.longitude,
      authorId: siteComments.authorId,
      authorName: users.name,
      authorRole: siteComments.authorRole,
      body: siteComments.body,
      createdAt: siteComments.createdAt,
      resolvedAt: siteComments.resolvedAt,
      resolvedByName: resolver.name,
    })
    .from(siteComments)
    .innerJoin(users, eq(users.id, siteComments.authorId))
    .leftJoin(resolver, eq(resolver.id, siteComments.resolvedBy))
    .where(eq(siteComments.projectId, projectId))
    .orderBy(asc(siteComments.createdAt), asc(siteComments.id));
  return rows.map(({ latitude, longitude, ...row }) => ({
    ...row,
    authorRole: roleOf(row.authorRole),
    position: latitude !== null && longitude !== null ? { lat: latitude, lon: longitude } : null,
    createdAt: row.createdAt.toISOString(),
    resolvedAt: row.resolvedAt ? row.resolvedAt.toISOString() : null,
  }));
}

/**
 * Starts a thread on a site, at a map position, or both.
 *
 * @example
 * await addComment(db, member, { body: "Mørk gangvei hit", siteId, position: { lat: 63.42, lon: 10.39 } });
 */
export async function addComment(
  db: Database,
  member: Member,
  input: { body: string; siteId?: string; position?: { lat: number; lon: number } },
): Promise<string> {
  const id = crypto.randomUUID();
  await db.insert(siteComments).values({
    id,
    projectId: member.projectId,
    siteId: input.siteId ?? null,
    latitude: input.position?.lat ?? null,
    longitude: input.position?.lon ?? null,
    authorId: member.userId,
    authorRole: member.role,
    body: input.body,
  });
  return id;
}

/** The first comment of the thread that `commentId` belongs to, in this project. */
async function findThread(db: Database, projectId: string, commentId: string): Promise<{ id: string; siteId: string | null }> {
  const [row] = await db
    .select({ id: siteComments.id, parentId: siteComments.parentId, siteId: siteComments.siteId })
    .from(siteComments)
    .where(and(eq(siteComments.projectId, projectId), eq(siteComments.id, commentId)))
    .limit(1);
  if (!row) throw new FeedbackNotFoundError("comment");
  return row.parentId ? findThread(db, projectId, row.parentId) : { id: row.id, siteId: row.siteId };
}

/**
 * Replies in a thread; a reply to a reply joins the same thread. Throws FeedbackNotFoundError
 * when the comment is not in this project.
 */
export async function addReply(db: Database, member: Member, input: { parentId: string; body: string }): Promise<string> {
  const thread = await findThread(db, member.projectId, input.parentId);
  const id = crypto.randomUUID();
  await db.insert(siteComments).values({
    id,
    projectId: member.projectId,
    siteId: thread.siteId,
    parentId: thread.id,
    authorId: member.userId,
    authorRole: member.role,
    body: input.body,
  });
  return id;
}

/** Resolves (or reopens) the thread of `commentId`, stamping who and when. */
export async function setResolved(db: Database, member: Member, input: { commentId: string; resolved: boolean }): Promise<void> {
  const thread = await findThread(db, member.projectId, input.commentId);
  await db
    .update(siteComments)
    .set(input.resolved ? { resolvedAt: sql`now()`, resolvedBy: member.userId } : { resolvedAt: null, resolvedBy: null })
    .where(eq(siteComments.id, thread.id));
}

/**
 * Rates the member's own aspect of a site, or changes their rating. Throws when the role
 * rates nothing (observers; the route refuses them first).
 */
export async function rateSite(db: Database, member: Member, input: { siteId: string; score: number; comment: string }): Promise<void> {
  const aspect = aspectOfRole(member.role);
  if (!aspect) throw new Error(`role ${member.role} rates no aspect`);
  await db
    .insert(siteRatings)
    .values({
      id: crypto.randomUUID(),
      projectId: member.projectId,
      siteId: input.siteId,
      aspect,
      authorId: member.userId,
      authorRole: member.role,
      score: input.score,
      comment: input.comment,
    })
    .onConflictDoUpdate({
      target: [siteRatings.projectId, siteRatings.siteId, siteRatings.aspect, siteRatings.authorId],
      set: { score: input.score, comment: input.comment, authorRole: member.role, updatedAt: sql`now()` },
    });
}

/**
 * Reveals aspects' ratings to every member of the project, on one site (`siteId`) or on all of
 * them, or hides them again. Hiding on all sites also ends each site's own reveal of those
 * aspects, so "hide on every site" leaves nothing of them shown; hiding on one site leaves a
 * reveal on all sites in place (the planner hides that with its own button).
 *
 * @example
 * await setRevealed(db, planner, { aspects: ["safety"], revealed: true, siteId: "site-a" });
 */
export async function setRevealed(
  db: Database,
  member: Member,
  input: { aspects: readonly Aspect[]; revealed: boolean; siteId?: string },
): Promise<void> {
  const siteId = input.siteId ?? null;
  if (input.revealed) {
    await db
      .insert(ratingReveals)
      .values(input.aspects.map((aspect) => ({ projectId: member.projectId, siteId, aspect, revealedBy: member.userId })))
      .onConflictDoNothing();
    return;
  }
  const ofAspects = and(eq(ratingReveals.projectId, member.projectId), inArray(ratingReveals.aspect, [...input.aspects]));
  await db.delete(ratingReveals).where(siteId === null ? ofAspects : and(ofAspects, eq(ratingReveals.siteId, siteId)));
}
