/**
 * Resource route for a project's comments and agency ratings (no page): GET returns what the
 * member may see (hidden ratings filtered out on the server), POST applies one intent.
 * Decision 009.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { feedbackAction, readFeedbackForm, snapshotResponse } from "../feedback/feedback-requests.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "feedback:read");
  return snapshotResponse(context, { projectId: project.id, userId: user.id, role });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "feedback:read");
  const form = await readFeedbackForm(request);
  if (form instanceof Response) return form;
  return feedbackAction(context, { projectId: project.id, userId: user.id, role }, form);
}
