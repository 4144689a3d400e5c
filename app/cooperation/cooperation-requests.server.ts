/**
 * The HTTP side of the cooperation page (GET and POST /projects/:id/cooperation, decision 013):
 * the loader reads the agreement for members who may (`cooperation:read`); the action takes
 * `cooperation:write` before it reads the form, applies one intent through the store, tells the
 * project's open pages (`cooperation` topic) and answers `{ ok: true }` or `{ error: problem }`
 * with its status, as Remix data so the page's fetcher shows it beside the form.
 */
import type { AppLoadContext } from "@remix-run/node";
import { data } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import type { Actor } from "../changes/people-events.server";
import type { FeedbackEvents } from "../feedback/feedback-events.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import { problemStatus } from "../http/problem";
import type { CooperationInput } from "./cooperation-input";
import { parseCooperationForm } from "./cooperation-input";
import { addGoal, addPartner, addResponsibility, mayNotWrite, readCooperation, removeGoal, removePartner, removeResponsibility, updateGoal, updatePartner } from "./cooperation-store.server";
import type { CooperationActionData, CooperationProblem, CooperationResult } from "./cooperation-types";
import { markMeetingHeld } from "./meeting-held.server";
import { addMeeting, removeMeeting } from "./meetings-store.server";

const noStore = { "Cache-Control": "private, no-store" };

function refusal(problem: CooperationProblem, intent: string | null) {
  return data<CooperationActionData>({ ok: false, intent, error: problem }, { status: problemStatus(problem.code), headers: noStore });
}

function apply(context: AppLoadContext, actor: Actor, input: CooperationInput): Promise<CooperationResult> {
  const { db } = context;
  switch (input.intent) {
    case "addPartner":
      return addPartner(db, actor, input);
    case "updatePartner":
      return updatePartner(db, actor, input);
    case "removePartner":
      return removePartner(db, actor, input);
    case "addResponsibility":
      return addResponsibility(db, actor, input);
    case "removeResponsibility":
      return removeResponsibility(db, actor, input);
    case "addGoal":
      return addGoal(db, actor, input);
    case "updateGoal":
      return updateGoal(db, actor, input);
    case "removeGoal":
      return removeGoal(db, actor, input);
    case "addMeeting":
      return addMeeting(db, actor, input);
    case "removeMeeting":
      return removeMeeting(db, actor, input);
    case "markHeld":
      return markMeetingHeld(db, actor, input);
  }
}

/** The cooperation page's data for this member. */
export async function loadCooperation(context: AppLoadContext, request: Request, projectId: string | undefined) {
  const { user, project, role } = await requireMember(context, request, projectId, "cooperation:read");
  return readCooperation(context.db, { projectId: project.id, userId: user.id, role });
}

/**
 * @example
 * export const action = ({ request, params, context }: ActionFunctionArgs) => cooperationAction(context, request, params.projectId);
 */
export async function cooperationAction(context: AppLoadContext, request: Request, projectId: string | undefined, events: FeedbackEvents = feedbackEvents) {
  let actor: Actor;
  try {
    const { user, project, role } = await requireMember(context, request, projectId, "cooperation:write", mayNotWrite);
    actor = { projectId: project.id, userId: user.id, role };
  } catch (thrown) {
    // A problem (not a member, a role that may not) is answered; a redirect to sign in goes on.
    if (thrown instanceof Response && thrown.status >= 400) {
      const body = (await thrown.json()) as { error: CooperationProblem };
      return data<CooperationActionData>({ ok: false, intent: null, error: body.error }, { status: thrown.status, headers: noStore });
    }
    throw thrown;
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refusal({ code: "invalidInput", message: "Sendte data er ikke et skjema.", messageEn: "The data sent is not a form." }, null);
  }
  const parsed = parseCooperationForm(form);
  if (!parsed.ok) return refusal(parsed.problem, typeof form.get("intent") === "string" ? String(form.get("intent")) : null);
  const result = await apply(context, actor, parsed.input);
  if (!result.ok) return refusal(result.problem, parsed.input.intent);
  context.logger.info({ projectId: actor.projectId, intent: parsed.input.intent }, "cooperation changed");
  events.publish(actor.projectId, "cooperation");
  // A held meeting is an activity in the participation log too.
  if (parsed.input.intent === "markHeld") events.publish(actor.projectId, "participation");
  return data<CooperationActionData>({ ok: true, intent: parsed.input.intent, id: result.id }, { headers: noStore });
}
