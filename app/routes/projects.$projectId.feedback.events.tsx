/**
 * Server-Sent Events for a project's feedback: `changed` notices only, so the page refetches
 * its own filtered snapshot. Members only. Decision 009.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { feedbackEventStream } from "../feedback/feedback-requests.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { project, user, sessionId } = await requireMember(context, request, params.projectId, "feedback:read");
  return feedbackEventStream(project.id, request.signal, { owner: { userId: user.id, sessionId } });
}
