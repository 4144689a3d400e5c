/**
 * Resource route for a project's comments and agency ratings (no page): GET returns what the
 * member may see (hidden ratings filtered out on the server), POST applies one intent.
 * Decision 009.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { intentPermission, parseFeedbackForm } from "../feedback/feedback-input";
import { feedbackAction, readFeedbackForm, snapshotResponse } from "../feedback/feedback-requests.server";
import { problemResponse } from "../http/problem";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "feedback:read");
  return snapshotResponse(context, { projectId: project.id, userId: user.id, role });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const form = await readFeedbackForm(request);
  if (form instanceof Response) return form;
  const parsed = parseFeedbackForm(form);
  if (!parsed.ok) return problemResponse(parsed.problem);
  // The guard takes the permission of the very intent applied: no second check by hand.
  const { user, project, role } = await requireMember(context, request, params.projectId, intentPermission[parsed.input.intent]);
  return feedbackAction(context, { projectId: project.id, userId: user.id, role }, parsed.input);
}
