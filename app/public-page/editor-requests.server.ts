/**
 * The HTTP side of the public page editor's actions (POST /projects/:id/public-page, decision
 * 013): `publicPage:edit`, then the intent through the store; answered as Remix data so each
 * form's fetcher shows the refusal beside it; every change tells the project's open editors.
 */
import type { AppLoadContext } from "@remix-run/node";
import { data } from "@remix-run/node";
import type { FeedbackEvents } from "../feedback/feedback-events.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import { memberOrRefusal, refusal } from "../inquiries/inquiries-requests.server";
import type { Member } from "../inquiries/inquiry-types";
import { formValues, parseWith } from "../inquiries/parse-form";
import type { ActionData, WriteResult } from "../inquiries/write-result";
import type { PublicPageIntent } from "./public-input";
import { addUpdateSchema, contentFromForm, contentSchema, isPublicPageIntent, publicFieldMessages, publicPageIntents, publishSchema, removeUpdateSchema, slugSchema } from "./public-input";
import { addPublicUpdate, publishPage, removePublicUpdate, savePublicTexts, setSlug, unpublishPage } from "./public-page-store.server";

function apply(context: AppLoadContext, member: Member, intent: PublicPageIntent, values: Record<string, string>): Promise<WriteResult> | WriteResult {
  const { db } = context;
  switch (intent) {
    case "texts": {
      const parsed = parseWith(contentSchema, contentFromForm(values), publicFieldMessages);
      return parsed.ok ? savePublicTexts(db, member, parsed.input) : parsed;
    }
    case "slug": {
      const parsed = parseWith(slugSchema, values, publicFieldMessages);
      return parsed.ok ? setSlug(db, member, parsed.input) : parsed;
    }
    case "addUpdate": {
      const parsed = parseWith(addUpdateSchema, values, publicFieldMessages);
      return parsed.ok ? addPublicUpdate(db, member, parsed.input) : parsed;
    }
    case "removeUpdate": {
      const parsed = parseWith(removeUpdateSchema, values, publicFieldMessages);
      return parsed.ok ? removePublicUpdate(db, member, parsed.input) : parsed;
    }
    case "publish": {
      const parsed = parseWith(publishSchema, values, publicFieldMessages);
      return parsed.ok ? publishPage(db, member, parsed.input) : parsed;
    }
    case "unpublish":
      return unpublishPage(db, member);
  }
}

/**
 * @example
 * export const action = ({ request, params, context }: ActionFunctionArgs) => publicPageEditorAction(context, request, params.projectId);
 */
export async function publicPageEditorAction(context: AppLoadContext, request: Request, projectId: string | undefined, events: FeedbackEvents = feedbackEvents) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refusal("", { code: "invalidInput", message: "Sendte data er ikke et skjema på under 64 kB.", messageEn: "The data sent is not a form under 64 kB." });
  }
  const values = formValues(form);
  const intent = values.intent;
  if (!isPublicPageIntent(intent)) {
    return refusal(String(intent ?? ""), { code: "unknownIntent", message: `Ukjent handling: bruk ${publicPageIntents.join(", ")}.`, messageEn: `Unknown intent: use ${publicPageIntents.join(", ")}.` });
  }
  const guarded = await memberOrRefusal(context, request, projectId, intent, "publicPage:edit");
  if (guarded.refused) return guarded.refused;
  const { member } = guarded;
  const result = await apply(context, member, intent, values);
  if (!result.ok) return refusal(intent, result.problem);
  context.logger.info({ projectId: member.projectId, intent }, "public page changed");
  events.publish(member.projectId, "publicPage");
  return data<ActionData>({ ok: true, intent }, { headers: { "Cache-Control": "private, no-store" } });
}
