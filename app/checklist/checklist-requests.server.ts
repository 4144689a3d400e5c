/**
 * The HTTP side of the checklist page's actions (POST /projects/:id/checklist, decision 012):
 * read the form, take the intent's permission, apply it through the store, tell the project's
 * other pages, answer `{ ok: true }` or `{ error: problem }` with its status (as Remix data, so
 * a page's fetcher reads it).
 */
import type { AppLoadContext } from "@remix-run/node";
import { data } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import type { FeedbackEvents } from "../feedback/feedback-events.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import { problemStatus } from "../http/problem";
import { can } from "../permissions";
import type { ChecklistInput } from "./checklist-input";
import { intentPermissions, parseChecklistForm } from "./checklist-input";
import { addComment, addDisagreement, linkDecision, setAssignment, setDecision, setStatus, takeInNewItems } from "./checklist-store.server";
import type { ChecklistActionData, ChecklistMember, ChecklistProblem, ChecklistResult } from "./checklist-types";

const noStore = { "Cache-Control": "private, no-store" };

/**
 * The answer of a refusal: evidence missing and "already done" are 409; the rest have the status
 * of app/http/problem.ts.
 *
 * @example
 * return checklistRefusal({ code: "evidenceRequired", message, messageEn }); // 409
 */
export function checklistRefusal(problem: ChecklistProblem) {
  return data<ChecklistActionData>({ ok: false, error: problem }, { status: problemStatus(problem.code), headers: noStore });
}

function apply(context: AppLoadContext, member: ChecklistMember, input: ChecklistInput): Promise<ChecklistResult> {
  const { db } = context;
  switch (input.intent) {
    case "status":
      return setStatus(db, member, { itemKey: input.itemKey, target: input.target, status: input.status, reason: input.reason });
    case "assignment":
      return setAssignment(db, member, input);
    case "comment":
      return addComment(db, member, input);
    case "disagreement":
      return addDisagreement(db, member, input);
    case "decision":
      return setDecision(db, member, input);
    case "linkDecision":
      return linkDecision(db, member, input);
    case "takeIn":
      return takeInNewItems(db, member);
  }
}

/**
 * The checklist page's action: one intent, checked and applied; refusals are answered (not
 * thrown), so a form's fetcher shows them beside the form.
 *
 * @example
 * export const action = ({ request, params, context }: ActionFunctionArgs) => checklistAction(context, request, params.projectId);
 */
export async function checklistAction(context: AppLoadContext, request: Request, projectId: string | undefined, events: FeedbackEvents = feedbackEvents) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return checklistRefusal({ code: "invalidInput", message: "Sendte data er ikke et skjema på under 64 kB.", messageEn: "The data sent is not a form under 64 kB." });
  }
  const parsed = parseChecklistForm(form);
  if (!parsed.ok) return checklistRefusal(parsed.problem);
  let member: ChecklistMember;
  try {
    const { user, project, role } = await requireMember(context, request, projectId, "checklist:read");
    member = { projectId: project.id, userId: user.id, role };
  } catch (thrown) {
    // A problem (not a member) is answered; a redirect to sign in goes on.
    if (thrown instanceof Response && thrown.status >= 400) {
      const body = (await thrown.json()) as { error: ChecklistProblem };
      return data<ChecklistActionData>({ ok: false, error: body.error }, { status: thrown.status, headers: noStore });
    }
    throw thrown;
  }
  if (!intentPermissions[parsed.input.intent].some((action) => can(member.role, action))) {
    return checklistRefusal({ code: "forbidden", message: "Rollen din i prosjektet kan ikke gjøre dette.", messageEn: "Your role in this project cannot do this." });
  }
  const result = await apply(context, member, parsed.input);
  if (!result.ok) return checklistRefusal(result.problem);
  context.logger.info({ projectId: member.projectId, intent: parsed.input.intent }, "checklist changed");
  events.publish(member.projectId, "checklist");
  return data<ChecklistActionData>({ ok: true, eventId: result.eventId }, { headers: noStore });
}
