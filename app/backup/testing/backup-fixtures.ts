/**
 * Test data for the backup's tests: the demo project (db/seed-demo.ts) plus what the demo may not
 * hold yet — a workshop with its agenda, a poll, an answer, the attendance, the parking lot, a
 * guest made by a join code, a reply to a comment (a row that refers to its own table), a memo —
 * and the records a backup leaves out (an invite, the join code), so every part of the archive
 * is exercised.
 */
import { eq, max } from "drizzle-orm";
import { unzipSync, zipSync } from "fflate";
import type { Database } from "../../../db/connection";
import {
  guestAccounts,
  invites,
  memberships,
  memos,
  parkingLotItems,
  pollAnswers,
  polls,
  siteComments,
  users,
  workshopAttendance,
  workshopCodes,
  workshopItems,
  workshops,
} from "../../../db/schema";
import { seedDemo } from "../../../db/seed-demo";
import { unusablePasswordHash } from "../../auth/password.server";
import { manifestPath, type Manifest } from "../archive-format";
import { sha256Hex } from "../export-project.server";

export interface SeededProject {
  projectId: string;
  userIds: Record<string, string>;
}

/**
 * Seeds the demo and the extra records into an empty database.
 *
 * @example
 * const { projectId, userIds } = await seedBackupProject(database.db);
 */
export async function seedBackupProject(db: Database): Promise<SeededProject> {
  const seeded = await seedDemo(db);
  if (!seeded) throw new Error("the demo was already seeded");
  const { projectId } = seeded;
  const userIds = Object.fromEntries((await db.select({ id: users.id, username: users.username }).from(users)).map((row) => [row.username, row.id]));
  const workshopId = crypto.randomUUID();
  const itemId = crypto.randomUUID();
  const pollId = crypto.randomUUID();
  const codeId = crypto.randomUUID();
  const guestId = crypto.randomUUID();
  await db.insert(workshops).values({
    id: workshopId,
    projectId,
    title: "Verksted om tomtene",
    date: "2026-11-20",
    status: "ended",
    facilitatorId: userIds.kari,
    startedAt: new Date("2026-11-20T17:00:00.123Z"),
    endedAt: new Date("2026-11-20T19:00:00Z"),
    createdBy: userIds.kari,
  });
  await db.insert(workshopItems).values({ id: itemId, workshopId, position: 0, kind: "free", title: "Velkommen", plannedMinutes: 10 });
  await db.insert(polls).values({
    id: pollId,
    workshopId,
    itemId,
    kind: "dots",
    question: "Hvilken tomt liker dere best?",
    options: [{ id: "a", label: "Tomt A" }, { id: "b", label: "Tomt B" }],
    budget: 3,
    status: "closed",
    revealedAt: new Date("2026-11-20T18:30:00Z"),
  });
  await db.insert(pollAnswers).values({ pollId, round: 1, userId: userIds.mari, role: "resident", answer: { dots: { a: 2, b: 1 } } });
  await db.insert(workshopAttendance).values([
    { workshopId, userId: userIds.kari, role: "owner" },
    { workshopId, userId: userIds.mari, role: "resident" },
  ]);
  await db.insert(parkingLotItems).values({ id: crypto.randomUUID(), workshopId, body: "Hvor skal sykkelparkeringen være?", raisedByRole: "resident", raisedBy: userIds.mari });
  await db.insert(workshopCodes).values({
    id: codeId,
    workshopId,
    projectId,
    codeHash: "a".repeat(64),
    role: "resident",
    expiresAt: new Date("2026-11-20T23:00:00Z"),
    createdBy: userIds.kari,
  });
  await db.insert(users).values({ id: guestId, username: `gjest-${guestId.slice(0, 8)}`, name: "Sol", passwordHash: unusablePasswordHash });
  await db.insert(memberships).values({ projectId, userId: guestId, role: "resident" });
  await db.insert(guestAccounts).values({ userId: guestId, workshopCodeId: codeId });
  await db.insert(invites).values({
    id: crypto.randomUUID(),
    tokenHash: "b".repeat(64),
    projectId,
    role: "planner",
    createdBy: userIds.kari,
    expiresAt: new Date("2027-01-01T00:00:00Z"),
  });
  const [comment] = await db.select({ id: siteComments.id, siteId: siteComments.siteId }).from(siteComments).where(eq(siteComments.projectId, projectId)).limit(1);
  if (comment) {
    await db.insert(siteComments).values({ id: crypto.randomUUID(), projectId, siteId: comment.siteId, parentId: comment.id, authorId: userIds.jonas, authorRole: "planner", body: "Takk, vi ser på det." });
  }
  // The demo may hold memos of its own already: this one is the next version.
  const [{ latest }] = await db.select({ latest: max(memos.version) }).from(memos).where(eq(memos.projectId, projectId));
  await db.insert(memos).values({
    id: crypto.randomUUID(),
    projectId,
    version: (latest ?? 0) + 1,
    title: "Beslutningsnotat: valg av tomt",
    sections: ["summary", "sites"],
    snapshot: { project: { name: "Demo" }, sites: [{ name: "Tomt A", score: 4.25 }] },
    createdBy: userIds.kari,
  });
  return { projectId, userIds: { ...userIds, guest: guestId } };
}

/**
 * The entries of an archive by path, as text for JSON and as hex for the rest.
 *
 * @example
 * const parts = archiveParts(bytes); parts.get("tables/homes.json");
 */
export function archiveParts(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

/** A table's rows from an archive. */
export function archiveRows(bytes: Uint8Array, table: string): Array<Record<string, unknown>> {
  const entry = archiveParts(bytes).get(`tables/${table}.json`);
  return entry ? (JSON.parse(new TextDecoder().decode(entry)) as Array<Record<string, unknown>>) : [];
}

/**
 * An archive with its entries changed by `edit` (a map of path → bytes, manifest.json included as
 * parsed JSON); with `rehash`, the manifest's sizes, hashes and row counts are made to match
 * again, so only the change itself is wrong.
 *
 * @example
 * rewriteArchive(bytes, ({ entries }) => entries.delete("documents/plan.bin"), { rehash: true });
 */
export function rewriteArchive(
  bytes: Uint8Array,
  edit: (archive: { entries: Map<string, Uint8Array>; manifest: Manifest }) => void,
  options: { rehash: boolean },
): Uint8Array {
  const entries = archiveParts(bytes);
  const manifest = JSON.parse(new TextDecoder().decode(entries.get(manifestPath))) as Manifest;
  entries.delete(manifestPath);
  edit({ entries, manifest });
  if (options.rehash) {
    manifest.parts = [...entries].map(([path, content]) => {
      const rows = path.startsWith("tables/") ? (JSON.parse(new TextDecoder().decode(content)) as unknown[]).length : undefined;
      return { path, sha256: sha256Hex(content), bytes: content.byteLength, ...(rows === undefined ? {} : { rows }) };
    });
  }
  return zipSync({ [manifestPath]: new TextEncoder().encode(JSON.stringify(manifest)), ...Object.fromEntries(entries) });
}

/** Table rows as an archive entry. */
export function rowsEntry(rows: unknown[]): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(rows));
}
