/**
 * The HTTP side of the memo's pages (decision 014): every loader and action checks the member's
 * role with `requireMember` (`memo:read` to read, `memo:write` to write — planners); an action
 * answers `{ ok: true }` or `{ ok: false, error }` with the problem's status, and a refusal
 * changes nothing. Making a memo redirects to it, so the form works without JavaScript.
 */
import type { AppLoadContext } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { problemResponse, problemStatus } from "../http/problem";
import { can } from "../permissions";
import { memoSections } from "./memo-snapshot-types";
import { createMemo, issueMemo, listMemos, readMemo, updateMemoTexts, type MemoProblem } from "./memo-store.server";

const noStore = { "Cache-Control": "private, no-store" };
const orderOf = (section: string) => {
  const index = (memoSections as readonly string[]).indexOf(section);
  return index === -1 ? memoSections.length : index;
};

export type MemoActionData = { ok: true; intent: string } | { ok: false; error: MemoProblem };

function refusal(problem: MemoProblem) {
  return data<MemoActionData>({ ok: false, error: problem }, { status: problemStatus(problem.code), headers: noStore });
}

const badForm: MemoProblem = { code: "invalidInput", message: "Sendte data er ikke et skjema innenfor størrelsesgrensen.", messageEn: "The data sent is not a form within the size limit." };
const unknownIntent: MemoProblem = { code: "invalidInput", message: "Ukjent handling.", messageEn: "Unknown action.", fields: { intent: { message: "Ukjent handling.", messageEn: "Unknown action." } } };
const noSuchMemo = { code: "notFound" as const, message: "Prosjektet har ikke det beslutningsnotatet.", messageEn: "This project has no such decision memo." };

async function readForm(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

/** The memos page: the list, and whether the member may make one. */
export async function memoListLoader(context: AppLoadContext, request: Request, projectId: string | undefined) {
  const { project, role } = await requireMember(context, request, projectId, "memo:read");
  return { projectId: project.id, projectName: project.name, memos: await listMemos(context.db, project.id), mayWrite: can(role, "memo:write") };
}

/** POST intent=create: freeze the project into a new draft and go to it. */
export async function memoListAction(context: AppLoadContext, request: Request, projectId: string | undefined) {
  const { user, project, role } = await requireMember(context, request, projectId, "memo:write");
  const form = await readForm(request);
  if (!form) return refusal(badForm);
  if (form.get("intent") !== "create") return refusal(unknownIntent);
  const made = await createMemo(context.db, { projectId: project.id, userId: user.id, role });
  if (!made.ok) return refusal(made.problem);
  context.logger.info({ projectId: project.id, version: made.version }, "memo made");
  return redirect(`/projects/${project.id}/memos/${made.id}`, { headers: noStore });
}

/** One memo with its snapshot, or 404 when the project has no such memo. */
export async function memoLoader(context: AppLoadContext, request: Request, projectId: string | undefined, memoId: string | undefined) {
  const { project, role } = await requireMember(context, request, projectId, "memo:read");
  const memo = await readMemo(context.db, project.id, memoId ?? "");
  if (!memo) throw problemResponse(noSuchMemo);
  return { projectId: project.id, memo, mayWrite: can(role, "memo:write") };
}

/** POST intent=save (the draft's texts and sections) or intent=issue. */
export async function memoAction(context: AppLoadContext, request: Request, projectId: string | undefined, memoId: string | undefined) {
  const { user, project, role } = await requireMember(context, request, projectId, "memo:write");
  const form = await readForm(request);
  if (!form) return refusal(badForm);
  const member = { projectId: project.id, userId: user.id, role };
  const intent = form.get("intent");
  if (intent === "save") {
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value : "";
    };
    const sections = form.getAll("sections").filter((value): value is string => typeof value === "string");
    const result = await updateMemoTexts(context.db, member, memoId ?? "", {
      title: text("title"),
      proposedDecision: text("proposedDecision"),
      summary: text("summary"),
      risks: text("risks"),
      // In the template's order, whatever order the form sent; an unknown name is refused by the schema.
      sections: [...new Set(sections)].sort((a, b) => orderOf(a) - orderOf(b)),
    });
    if (!result.ok) return refusal(result.problem);
    return data<MemoActionData>({ ok: true, intent }, { headers: noStore });
  }
  if (intent === "issue") {
    const result = await issueMemo(context.db, member, memoId ?? "");
    if (!result.ok) return refusal(result.problem);
    context.logger.info({ projectId: project.id, memoId }, "memo issued");
    return data<MemoActionData>({ ok: true, intent }, { headers: noStore });
  }
  return refusal(unknownIntent);
}

/** `?version=internal|public`, internal by default; anything else is a 400. */
export function versionOf(url: URL): "internal" | "public" | null {
  const value = url.searchParams.get("version") ?? "internal";
  return value === "internal" || value === "public" ? value : null;
}
