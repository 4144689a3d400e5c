/**
 * The HTTP side of the inquiries page's actions (POST /projects/:id/inquiries, decision 013):
 * read the form, check the planner (`inquiries:write`), apply the intent through the store, tell
 * the project's open pages, answer `{ ok: true }` or `{ ok: false, error }` with its status (as
 * Remix data, so the form's fetcher shows it beside the form; without JavaScript the page shows it).
 */
import type { AppLoadContext } from "@remix-run/node";
import { data } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import type { FeedbackEvents } from "../feedback/feedback-events.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import { problemStatus } from "../http/problem";
import { addInquiry, answerInquiry, deleteSenderData, setAnswerDays, setShownOnPublicPage } from "./inquiries-store.server";
import { turnIntoPoint } from "./inquiry-point.server";
import type { InquiryIntent } from "./inquiry-input";
import { inquiryFieldMessages, inquiryIntents, inquiryIntentSchemas, isInquiryIntent } from "./inquiry-input";
import type { Member } from "./inquiry-types";
import { formValues, parseWith } from "./parse-form";
import type { ActionData, WriteProblem, WriteResult } from "./write-result";

const noStore = { "Cache-Control": "private, no-store" };

/**
 * A refusal as the page's fetcher reads it, with the problem's status.
 *
 * @example
 * return refusal("answer", { code: "notFound", message: "…", messageEn: "…" }); // 404
 */
export function refusal(intent: string, problem: WriteProblem) {
  return data<ActionData>({ ok: false, intent, error: problem }, { status: problemStatus(problem.code), headers: noStore });
}

/** A thrown problem from the guard, answered as data; a redirect to sign in goes on. */
export async function memberOrRefusal(context: AppLoadContext, request: Request, projectId: string | undefined, intent: string, action: Parameters<typeof requireMember>[3]) {
  try {
    const { user, project, role } = await requireMember(context, request, projectId, action);
    return { member: { projectId: project.id, userId: user.id, role } satisfies Member };
  } catch (thrown) {
    if (thrown instanceof Response && thrown.status >= 400) {
      const body = (await thrown.json()) as { error: WriteProblem };
      return { refused: data<ActionData>({ ok: false, intent, error: body.error }, { status: thrown.status, headers: noStore }) };
    }
    throw thrown;
  }
}

function apply(context: AppLoadContext, member: Member, intent: InquiryIntent, values: Record<string, string>): Promise<WriteResult> | WriteResult {
  const { db } = context;
  switch (intent) {
    case "add": {
      const parsed = parseWith(inquiryIntentSchemas.add, values, inquiryFieldMessages);
      return parsed.ok ? addInquiry(db, member, parsed.input) : parsed;
    }
    case "answer": {
      const parsed = parseWith(inquiryIntentSchemas.answer, values, inquiryFieldMessages);
      return parsed.ok ? answerInquiry(db, member, parsed.input) : parsed;
    }
    case "showOnPublicPage": {
      const parsed = parseWith(inquiryIntentSchemas.showOnPublicPage, values, inquiryFieldMessages);
      return parsed.ok ? setShownOnPublicPage(db, member, parsed.input) : parsed;
    }
    case "deletePersonalData": {
      const parsed = parseWith(inquiryIntentSchemas.deletePersonalData, values, inquiryFieldMessages);
      return parsed.ok ? deleteSenderData(db, member, parsed.input) : parsed;
    }
    case "turnIntoPoint": {
      const parsed = parseWith(inquiryIntentSchemas.turnIntoPoint, values, inquiryFieldMessages);
      return parsed.ok ? turnIntoPoint(db, member, parsed.input) : parsed;
    }
    case "answerDays": {
      const parsed = parseWith(inquiryIntentSchemas.answerDays, values, inquiryFieldMessages);
      return parsed.ok ? setAnswerDays(db, member, parsed.input) : parsed;
    }
  }
}

/**
 * @example
 * export const action = ({ request, params, context }: ActionFunctionArgs) => inquiriesAction(context, request, params.projectId);
 */
export async function inquiriesAction(context: AppLoadContext, request: Request, projectId: string | undefined, events: FeedbackEvents = feedbackEvents) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refusal("", { code: "invalidInput", message: "Sendte data er ikke et skjema på under 64 kB.", messageEn: "The data sent is not a form under 64 kB." });
  }
  const values = formValues(form);
  const intent = values.intent;
  if (!isInquiryIntent(intent)) {
    return refusal(String(intent ?? ""), { code: "unknownIntent", message: `Ukjent handling: bruk ${inquiryIntents.join(", ")}.`, messageEn: `Unknown intent: use ${inquiryIntents.join(", ")}.` });
  }
  const guarded = await memberOrRefusal(context, request, projectId, intent, "inquiries:write");
  if (guarded.refused) return guarded.refused;
  const { member } = guarded;
  const result = await apply(context, member, intent, values);
  if (!result.ok) return refusal(intent, result.problem);
  context.logger.info({ projectId: member.projectId, intent }, "inquiries changed");
  events.publish(member.projectId, "inquiries");
  // What the public page shows changed too: its editor's count of shown answers.
  if (intent === "showOnPublicPage") events.publish(member.projectId, "publicPage");
  return data<ActionData>({ ok: true, intent }, { headers: noStore });
}
