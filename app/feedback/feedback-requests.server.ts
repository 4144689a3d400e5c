/**
 * The HTTP side of feedback, behind /projects/:projectId/feedback (decision 009): the member's
 * filtered snapshot, the actions, and the stream of "changed" notices. The route's guard has
 * already checked membership and the permission of the intent it applies.
 */
import type { AppLoadContext } from "@remix-run/node";
import { problemResponse } from "../http/problem";
import { eventStreamResponse } from "../live/event-stream.server";
import { aspects } from "./aspects";
import type { FeedbackEvents, ProjectTopic } from "./feedback-events.server";
import { feedbackEvents } from "./feedback-events.server";
import type { FeedbackInput } from "./feedback-input";
import type { Member } from "./feedback-store.server";
import { addComment, addReply, FeedbackNotFoundError, rateSite, readSnapshot, setResolved, setRevealed } from "./feedback-store.server";
import type { FeedbackProblem } from "./feedback-types";

const noStore = { "Cache-Control": "private, no-store" };

/**
 * The action's form, or a problem when the body is not a form. Its size was capped before it got
 * here (server/body-limits.ts).
 *
 * @example
 * const form = await readFeedbackForm(request);
 * if (form instanceof Response) return form;
 */
export async function readFeedbackForm(request: Request): Promise<FormData | Response> {
  try {
    return await request.formData();
  } catch {
    return problemResponse({
      code: "invalidInput",
      message: "Sendte data er ikke et skjema på under 64 kB.",
      messageEn: "The data sent is not a form under 64 kB.",
    } satisfies FeedbackProblem);
  }
}

/** GET: what this member may see. */
export async function snapshotResponse(context: AppLoadContext, member: Member): Promise<Response> {
  return Response.json(await readSnapshot(context.db, member), { headers: noStore });
}

/**
 * POST: one intent, already checked and allowed (the route's guard took the intent's permission),
 * applied; answers with the member's new snapshot, or a problem (and nothing changed). Everyone
 * else in the project is told through `events`.
 *
 * @example
 * const parsed = parseFeedbackForm(form);
 * if (!parsed.ok) return problemResponse(parsed.problem);
 * const member = await requireMember(context, request, projectId, intentPermission[parsed.input.intent]);
 * return feedbackAction(context, { projectId, userId, role }, parsed.input);
 */
export async function feedbackAction(context: AppLoadContext, member: Member, input: FeedbackInput, events: FeedbackEvents = feedbackEvents): Promise<Response> {
  try {
    const id = await apply(context, member, input);
    context.logger.info({ projectId: member.projectId, intent: input.intent }, "feedback changed");
    events.publish(member.projectId);
    return Response.json({ id, snapshot: await readSnapshot(context.db, member) }, { status: id ? 201 : 200, headers: noStore });
  } catch (error) {
    if (error instanceof FeedbackNotFoundError) {
      return problemResponse({
        code: "notFound",
        message: "Fant ikke kommentaren i dette prosjektet. Den kan være fjernet.",
        messageEn: "This project has no such comment. It may have been removed.",
      });
    }
    throw error;
  }
}

/** Applies an intent; returns the id of a new comment, or null. */
async function apply(context: AppLoadContext, member: Member, input: FeedbackInput): Promise<string | null> {
  const { db } = context;
  switch (input.intent) {
    case "comment": {
      const position = input.latitude !== undefined && input.longitude !== undefined ? { lat: input.latitude, lon: input.longitude } : undefined;
      return addComment(db, member, { body: input.body, siteId: input.siteId, position });
    }
    case "reply":
      return addReply(db, member, { parentId: input.parentId, body: input.body });
    case "resolve":
    case "reopen":
      await setResolved(db, member, { commentId: input.commentId, resolved: input.intent === "resolve" });
      return null;
    case "rate":
      await rateSite(db, member, { siteId: input.siteId, score: input.score, comment: input.comment });
      return null;
    case "reveal":
    case "hide":
      await setRevealed(db, member, { aspects: input.aspect === "all" ? aspects : [input.aspect], revealed: input.intent === "reveal", siteId: input.siteId });
      return null;
  }
}

/**
 * GET …/feedback/events: Server-Sent Events carrying only `changed` notices for the project,
 * a keep-alive comment now and then; stops listening when the browser goes away.
 */
export function feedbackEventStream(
  projectId: string,
  signal: AbortSignal,
  options: {
    events?: FeedbackEvents;
    keepAliveMs?: number;
    /** What the stream carries notices of: feedback unless named (checklist, choices: decision 012). */
    topic?: ProjectTopic;
    /** Whose stream this is: signing out, removal and a role change end it (decision 011). */
    owner?: { userId: string; sessionId: string };
  } = {},
): Response {
  const events = options.events ?? feedbackEvents;
  return eventStreamResponse(
    signal,
    (send, stop) => {
      const owner = options.owner ? { ...options.owner, end: stop } : undefined;
      return events.subscribe(projectId, () => send("data: changed\n\n"), owner, options.topic);
    },
    options.keepAliveMs,
  );
}
