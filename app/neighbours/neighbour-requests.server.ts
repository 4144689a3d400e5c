/**
 * The HTTP side of the neighbour pages' actions (decision 013): read the form, take the
 * intent's permission, apply it through the store, tell the project's open pages, and answer
 * `{ ok: true, intent, id }` or `{ ok: false, error }` with the problem's status, as Remix data so
 * a page's fetcher reads it. A refusal changes nothing.
 */
import type { AppLoadContext } from "@remix-run/node";
import { data } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import type { FeedbackEvents } from "../feedback/feedback-events.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import { problemStatus } from "../http/problem";
import { forbidden as forbiddenProblem } from "./neighbour-input";
import type { Action } from "../permissions";
import { can } from "../permissions";
import type { Parsed } from "./neighbour-input";
import type { NeighbourActionData, NeighbourMember, NeighbourProblem, NeighbourResult } from "./neighbour-types";

const noStore = { "Cache-Control": "private, no-store" };

export function neighbourRefusal(problem: NeighbourProblem) {
  return data<NeighbourActionData>({ ok: false, error: problem }, { status: problemStatus(problem.code), headers: noStore });
}

/** The member behind a request, or the answer to give when there is none (a redirect is thrown on). */
export async function memberOrRefusal(context: AppLoadContext, request: Request, projectId: string | undefined, action: Action) {
  try {
    const { user, project, role } = await requireMember(context, request, projectId, action);
    return { member: { projectId: project.id, userId: user.id, role } satisfies NeighbourMember, project };
  } catch (thrown) {
    if (thrown instanceof Response && thrown.status >= 400) {
      const body = (await thrown.json()) as { error: NeighbourProblem };
      return { refusal: data<NeighbourActionData>({ ok: false, error: body.error }, { status: thrown.status, headers: noStore }) };
    }
    throw thrown;
  }
}

export interface NeighbourActionSpec<Input extends { intent: string }> {
  /** The permission each intent takes; the member's role must have it before the form is read further. */
  permissions: Readonly<Record<Input["intent"], Action>>;
  /** Fields that may come as an uploaded file: read as UTF-8 text into the same field before parsing. */
  textFiles?: readonly string[];
  parse(form: FormData): Parsed<Input>;
  apply(context: AppLoadContext, member: NeighbourMember, input: Input): Promise<NeighbourResult>;
}

/**
 * @example
 * export const action = ({ request, params, context }: ActionFunctionArgs) => neighbourAction(context, request, params.projectId, infoPlanActions);
 */
export async function neighbourAction<Input extends { intent: string }>(
  context: AppLoadContext,
  request: Request,
  projectId: string | undefined,
  spec: NeighbourActionSpec<Input>,
  events: FeedbackEvents = feedbackEvents,
) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return neighbourRefusal({ code: "invalidInput", message: "Sendte data er ikke et skjema innenfor størrelsesgrensen.", messageEn: "The data sent is not a form within the size limit." });
  }
  // A non-member learns nothing, not even whether the form was right: membership first.
  const found = await memberOrRefusal(context, request, projectId, "project:read");
  if ("refusal" in found) return found.refusal;
  const { member } = found;
  const intent = form.get("intent");
  const permissions: Readonly<Record<string, Action>> = spec.permissions;
  if (typeof intent === "string" && Object.hasOwn(permissions, intent) && !can(member.role, permissions[intent])) return neighbourRefusal(forbiddenProblem);
  for (const name of spec.textFiles ?? []) {
    const value = form.get(name);
    if (value instanceof File) form.set(name, value.size === 0 ? "" : await value.text());
  }
  const parsed = spec.parse(form);
  if (!parsed.ok) return neighbourRefusal(parsed.problem);
  const result = await spec.apply(context, member, parsed.input);
  if (!result.ok) return neighbourRefusal(result.problem);
  context.logger.info({ projectId: member.projectId, intent: parsed.input.intent }, "neighbours changed");
  events.publish(member.projectId, "neighbours");
  return data<NeighbourActionData>({ ok: true, intent: parsed.input.intent, id: result.id, ...(result.details ? { details: result.details } : {}) }, { headers: noStore });
}
