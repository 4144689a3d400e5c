/**
 * The loader of a project's event stream of one topic (decision 012): members with `action`
 * only; signing out, removal and a role change end the stream (decision 011).
 */
import type { AppLoadContext } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import type { ProjectTopic } from "../feedback/feedback-events.server";
import { feedbackEventStream } from "../feedback/feedback-requests.server";
import type { Action } from "../permissions";

/**
 * @example
 * export const loader = ({ request, params, context }: LoaderFunctionArgs) =>
 *   projectEventRoute(context, request, params.projectId, "checklist", "checklist:read");
 */
export async function projectEventRoute(context: AppLoadContext, request: Request, projectId: string | undefined, topic: ProjectTopic, action: Action): Promise<Response> {
  const { project, user, sessionId } = await requireMember(context, request, projectId, action);
  return feedbackEventStream(project.id, request.signal, { topic, owner: { userId: user.id, sessionId } });
}
