/**
 * The HTTP side of attention flags (GET and POST /projects/:id/attention, decision 013). GET:
 * the open flags the member sees (for planners every role's, or one record's with
 * `?subjectKind=…&subjectId=…`). POST `intent=add` (planners: `attention:flag`) or
 * `intent=clear` (planners, or a member of the flag's role), answered `{ ok: true }` or
 * `{ error: problem }` with its status; each write tells the project's open pages (`attention`).
 */
import type { AppLoadContext } from "@remix-run/node";
import { data } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import type { FeedbackEvents } from "../feedback/feedback-events.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import { problemStatus } from "../http/problem";
import { can, roles } from "../permissions";
import { parseAttentionForm } from "./attention-input";
import { addFlag, clearFlag, openFlags } from "./attention-store.server";
import type { AttentionActionData, ChangesProblem } from "./changes-types";
import type { Actor } from "./people-events.server";
import { isSubjectKind, readPermissionOf, subjectKinds } from "./subject-links";

const noStore = { "Cache-Control": "private, no-store" };

function refusal(problem: ChangesProblem, intent: string | null) {
  return data<AttentionActionData>({ ok: false, intent, error: problem }, { status: problemStatus(problem.code), headers: noStore });
}

/** The roles each kind of record can be flagged for: those that may read it. */
export function flaggableRoles() {
  return Object.fromEntries(subjectKinds.map((kind) => [kind, roles.filter((role) => can(role, readPermissionOf[kind]))])) as Record<(typeof subjectKinds)[number], (typeof roles)[number][]>;
}

export async function loadAttention(context: AppLoadContext, request: Request, projectId: string | undefined) {
  const { user, project, role } = await requireMember(context, request, projectId, "changes:read");
  const member = { projectId: project.id, userId: user.id, role };
  const url = new URL(request.url);
  const kind = url.searchParams.get("subjectKind");
  const id = url.searchParams.get("subjectId");
  const subject = isSubjectKind(kind) && id && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? { kind, id } : undefined;
  const flags = await openFlags(context.db, member, subject ? { subject } : { everyRole: true });
  return { projectId: project.id, role, mayFlag: can(role, "attention:flag"), flags, flaggableRoles: flaggableRoles() };
}

/**
 * @example
 * export const action = ({ request, params, context }: ActionFunctionArgs) => attentionAction(context, request, params.projectId);
 */
export async function attentionAction(context: AppLoadContext, request: Request, projectId: string | undefined, events: FeedbackEvents = feedbackEvents) {
  let actor: Actor;
  try {
    const { user, project, role } = await requireMember(context, request, projectId, "changes:read");
    actor = { projectId: project.id, userId: user.id, role };
  } catch (thrown) {
    if (thrown instanceof Response && thrown.status >= 400) {
      const body = (await thrown.json()) as { error: ChangesProblem };
      return data<AttentionActionData>({ ok: false, intent: null, error: body.error }, { status: thrown.status, headers: noStore });
    }
    throw thrown;
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refusal({ code: "invalidInput", message: "Sendte data er ikke et skjema.", messageEn: "The data sent is not a form." }, null);
  }
  const intent = typeof form.get("intent") === "string" ? String(form.get("intent")) : null;
  // A role that may not flag learns nothing from its input.
  if (intent === "add" && !can(actor.role, "attention:flag")) {
    return refusal({ code: "forbidden", message: "Bare planleggere kan markere noe for en rolles oppmerksomhet.", messageEn: "Only planners can mark something as needing a role's attention." }, intent);
  }
  const parsed = parseAttentionForm(form);
  if (!parsed.ok) return refusal(parsed.problem, intent);
  const input = parsed.input;
  const result = input.intent === "add" ? await addFlag(context.db, actor, input) : await clearFlag(context.db, actor, input);
  if (!result.ok) return refusal(result.problem, input.intent);
  context.logger.info({ projectId: actor.projectId, intent: input.intent }, "attention flag changed");
  events.publish(actor.projectId, "attention");
  return data<AttentionActionData>({ ok: true, intent: input.intent, id: result.id }, { headers: noStore });
}
