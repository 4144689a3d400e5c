/**
 * The memos of a project (decision 014): made with a frozen snapshot and the next version
 * number, a draft's own texts edited until it is issued, then nothing changes (409). Every
 * write takes the member as the server knows them and leaves a line in the people's history.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { memos, users } from "../../db/schema";
import { recordPeopleEvent } from "../history/people-events.server";
import type { Problem } from "../http/problem";
import { can } from "../permissions";
import { allSections, memoTextsSchema, summaryLines, memoSummaryMaxLines, type MemoTexts } from "./memo-input";
import { buildMemoSnapshot, type MemoMember } from "./memo-snapshot.server";
import { memoSectionsSchema, memoSnapshotSchema, type MemoSection, type MemoSnapshot } from "./memo-snapshot-types";

export type MemoStatus = "draft" | "issued";

/** A memo in the list: no snapshot. */
export interface MemoSummary {
  id: string;
  version: number;
  title: string;
  status: MemoStatus;
  createdAt: string;
  issuedAt: string | null;
}

/** A memo with its texts and snapshot. */
export interface MemoRecord extends MemoSummary {
  proposedDecision: string;
  summary: string;
  risks: string;
  sections: MemoSection[];
  snapshot: MemoSnapshot;
  createdByName: string | null;
  issuedByName: string | null;
}

export type MemoProblem = Problem<"invalidInput" | "forbidden" | "notFound" | "conflict", Record<string, { message: string; messageEn: string }>>;
export type MemoResult<Value> = ({ ok: true } & Value) | { ok: false; problem: MemoProblem };

const refused = (problem: MemoProblem): { ok: false; problem: MemoProblem } => ({ ok: false, problem });
const forbidden: MemoProblem = { code: "forbidden", message: "Bare planleggere kan lage og endre beslutningsnotater.", messageEn: "Only planners can make and change decision memos." };
const noSuchMemo: MemoProblem = { code: "notFound", message: "Prosjektet har ikke det beslutningsnotatet.", messageEn: "This project has no such decision memo." };
const issuedAlready: MemoProblem = {
  code: "conflict",
  message: "Notatet er sendt ut og kan ikke endres. Lag et nytt beslutningsnotat for å ta med endringer.",
  messageEn: "The memo has been issued and cannot be changed. Make a new decision memo to include changes.",
};

const fieldMessages: Record<string, { message: string; messageEn: string }> = {
  titleRequired: { message: "Skriv en tittel.", messageEn: "Write a title." },
  titleTooLong: { message: "Tittelen kan ha høyst 200 tegn.", messageEn: "The title can have at most 200 characters." },
  textTooLong: { message: "Teksten kan ha høyst 5000 tegn.", messageEn: "The text can have at most 5000 characters." },
};

function summaryMessage(lines: number): { message: string; messageEn: string } {
  return {
    message: `Sammendraget kan ha høyst ${memoSummaryMaxLines} linjer; nå har det ${lines}. Kort det ned, eller flytt resten til vurderingen.`,
    messageEn: `The summary can have at most ${memoSummaryMaxLines} lines; it has ${lines}. Shorten it, or move the rest to the assessment.`,
  };
}

function summaryOf(row: typeof memos.$inferSelect): MemoSummary {
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    status: row.status === "issued" ? "issued" : "draft",
    createdAt: row.createdAt.toISOString(),
    issuedAt: row.issuedAt ? row.issuedAt.toISOString() : null,
  };
}

/**
 * The project's memos, newest version first.
 *
 * @example
 * const [latest] = await listMemos(db, projectId);
 */
export async function listMemos(db: Database, projectId: string): Promise<MemoSummary[]> {
  const rows = await db.select().from(memos).where(eq(memos.projectId, projectId)).orderBy(desc(memos.version));
  return rows.map(summaryOf);
}

/**
 * One memo of the project with its snapshot, or null (another project's memo is not found either).
 *
 * @example
 * const memo = await readMemo(db, projectId, memoId);
 */
export async function readMemo(db: Database, projectId: string, memoId: string): Promise<MemoRecord | null> {
  const creator = sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${memos.createdBy})`;
  const issuer = sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${memos.issuedBy})`;
  const [found] = await db
    .select({ row: memos, createdByName: creator, issuedByName: issuer })
    .from(memos)
    .where(and(eq(memos.projectId, projectId), eq(memos.id, memoId)));
  if (!found) return null;
  const { row } = found;
  const sections = memoSectionsSchema.safeParse(row.sections);
  return {
    ...summaryOf(row),
    proposedDecision: row.proposedDecision,
    summary: row.summary,
    risks: row.risks,
    sections: sections.success ? sections.data : allSections,
    snapshot: memoSnapshotSchema.parse(row.snapshot),
    createdByName: found.createdByName,
    issuedByName: found.issuedByName,
  };
}

/**
 * Freezes the project into a new draft memo with the next version number.
 *
 * @example
 * const made = await createMemo(db, member, { title: "Beslutningsnotat: valg av tomt" });
 * if (made.ok) made.version; // 1 for the project's first memo
 */
export async function createMemo(
  db: Database,
  member: MemoMember,
  input: { title?: string; proposedDecision?: string; summary?: string; risks?: string } = {},
  options: { now?: Date } = {},
): Promise<MemoResult<{ id: string; version: number }>> {
  if (!can(member.role, "memo:write")) return refused(forbidden);
  const snapshot = await buildMemoSnapshot(db, member, options);
  const id = crypto.randomUUID();
  const title = (input.title ?? "").trim() || `Beslutningsnotat: ${snapshot.project.name}`;
  // The unique (project, version) index decides a race between two planners: the later one retries.
  for (let attempt = 0; ; attempt += 1) {
    try {
      const version = await db.transaction(async (transaction) => {
        const [{ next }] = await transaction
          .select({ next: sql<number>`coalesce(max(${memos.version}), 0)::int + 1` })
          .from(memos)
          .where(eq(memos.projectId, member.projectId));
        await transaction.insert(memos).values({
          id,
          projectId: member.projectId,
          version: next,
          status: "draft",
          title: title.slice(0, 200),
          proposedDecision: input.proposedDecision ?? "",
          summary: input.summary ?? "",
          risks: input.risks ?? "",
          sections: allSections,
          snapshot,
          createdBy: member.userId,
        });
        await recordPeopleEvent(transaction, member, { subjectKind: "memo", subjectId: id, kind: "created", detail: { version: next } });
        return next;
      });
      return { ok: true, id, version };
    } catch (error) {
      if (attempt < 2 && /memos_project_version_idx|duplicate key|unique/i.test(String((error as { cause?: unknown }).cause ?? error))) continue;
      throw error;
    }
  }
}

/** Locks a draft of the project for a change; the problem when it is missing or issued. */
async function lockDraft(transaction: Parameters<Parameters<Database["transaction"]>[0]>[0], projectId: string, memoId: string): Promise<MemoProblem | null> {
  const [row] = await transaction
    .select({ status: memos.status })
    .from(memos)
    .where(and(eq(memos.projectId, projectId), eq(memos.id, memoId)))
    .for("update");
  if (!row) return noSuchMemo;
  return row.status === "issued" ? issuedAlready : null;
}

/**
 * Saves a draft's own texts and the sections it includes; refuses an issued memo (409) and a
 * summary longer than five lines (400, saying how many it has). Nothing changes when refused.
 *
 * @example
 * await updateMemoTexts(db, member, memoId, { title, proposedDecision, summary, risks, sections: ["project", "sites"] });
 */
export async function updateMemoTexts(db: Database, member: MemoMember, memoId: string, input: unknown): Promise<MemoResult<object>> {
  if (!can(member.role, "memo:write")) return refused(forbidden);
  const parsed = memoTextsSchema.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, { message: string; messageEn: string }> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      if (fields[field]) continue;
      if (issue.message === "summaryTooLong") fields[field] = summaryMessage(summaryLines(String((input as { summary?: unknown }).summary ?? "")).length);
      else fields[field] = fieldMessages[issue.message] ?? { message: "Ugyldig verdi.", messageEn: "Invalid value." };
    }
    return refused({ code: "invalidInput", message: "Noe i skjemaet må rettes.", messageEn: "Something in the form needs fixing.", fields });
  }
  const texts: MemoTexts = parsed.data;
  return db.transaction(async (transaction) => {
    const problem = await lockDraft(transaction, member.projectId, memoId);
    if (problem) return refused(problem);
    await transaction
      .update(memos)
      .set({ title: texts.title, proposedDecision: texts.proposedDecision, summary: texts.summary, risks: texts.risks, sections: texts.sections })
      .where(and(eq(memos.projectId, member.projectId), eq(memos.id, memoId)));
    await recordPeopleEvent(transaction, member, { subjectKind: "memo", subjectId: memoId, kind: "changed", detail: { sections: texts.sections } });
    return { ok: true as const };
  });
}

/**
 * Issues a draft: from then on nothing in it changes (a second issue is 409 as well).
 *
 * @example
 * await issueMemo(db, member, memoId);
 */
export async function issueMemo(db: Database, member: MemoMember, memoId: string): Promise<MemoResult<object>> {
  if (!can(member.role, "memo:write")) return refused(forbidden);
  return db.transaction(async (transaction) => {
    const problem = await lockDraft(transaction, member.projectId, memoId);
    if (problem) return refused(problem);
    await transaction
      .update(memos)
      .set({ status: "issued", issuedBy: member.userId, issuedAt: sql`now()` })
      .where(and(eq(memos.projectId, member.projectId), eq(memos.id, memoId)));
    await recordPeopleEvent(transaction, member, { subjectKind: "memo", subjectId: memoId, kind: "issued", detail: {} });
    return { ok: true as const };
  });
}
