/**
 * The HTTP side of the public page /p/:slug (decision 013): the page for everyone, and its
 * inquiry form's plain POST.
 *
 * Caching: the page is read from the database on every request, so unpublishing (or moving the
 * address) takes effect for the app at once: the next request is 404. A response to someone not
 * signed in may be kept by browsers and shared caches for 60 s (`public, max-age=60`, `Vary:
 * Cookie`), which is what a neighbour's phone saves on a second visit; a signed-in member's page
 * carries their name in the header and is `private, no-store`, as are 404s, the form's answers
 * and the receipt.
 */
import type { AppLoadContext } from "@remix-run/node";
import { data } from "@remix-run/node";
import { clientAddress } from "../auth/sign-in-limits.server";
import { getSessionUser } from "../auth/session.server";
import type { FeedbackEvents } from "../feedback/feedback-events.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import { receivePublicInquiry } from "../inquiries/inquiries-store.server";
import { honeypotField, inquiryFieldMessages, publicInquirySchema } from "../inquiries/inquiry-input";
import { inquiryLimits } from "../inquiries/inquiry-limits";
import { formValues, parseWith } from "../inquiries/parse-form";
import { takePublicFormSlot } from "./public-form-limits.server";
import type { PublicFormResult } from "./public-form-types";
import { publicFormFields } from "./public-form-types";
import { isSlug } from "./public-limits";
import { findPublishedProject, readPublishedView } from "./public-page-store.server";

const noStore = { "Cache-Control": "private, no-store" };

/** 404 for an unknown or unpublished address, to everyone, never cached. */
export function publicPageNotFound(): Response {
  return new Response("Not Found", { status: 404, headers: noStore });
}

function slugOf(value: string | undefined): string | null {
  const slug = (value ?? "").toLowerCase();
  return isSlug(slug) ? slug : null;
}

/**
 * @example
 * export const loader = ({ request, params, context }: LoaderFunctionArgs) => publicPageLoader(context, request, params.slug);
 */
export async function publicPageLoader(context: AppLoadContext, request: Request, slugParameter: string | undefined) {
  const slug = slugOf(slugParameter);
  const view = slug ? await readPublishedView(context.db, slug) : null;
  if (!view) throw publicPageNotFound();
  const signedIn = Boolean(await getSessionUser(context.db, request));
  return data({ view }, { headers: { "Cache-Control": signedIn ? "private, no-store" : "public, max-age=60", Vary: "Cookie" } });
}

const answer = (result: PublicFormResult, status = 200, headers: Record<string, string> = {}) => data<PublicFormResult>(result, { status, headers: { ...noStore, ...headers } });

/**
 * The inquiry form's POST: refused neutrally when the honeypot is filled (400), with each field
 * named when one is wrong (400, nothing stored), 429 with Retry-After past five an hour from one
 * address; else one inquiry stored (channel "publicForm"), the planners' pages told, and the
 * receipt answered.
 */
export async function publicFormAction(context: AppLoadContext, request: Request, slugParameter: string | undefined, events: FeedbackEvents = feedbackEvents) {
  const slug = slugOf(slugParameter);
  const projectId = slug ? await findPublishedProject(context.db, slug) : null;
  if (!projectId) throw publicPageNotFound();
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return answer({ kind: "refused" }, 400);
  }
  const values = formValues(form);
  const address = clientAddress(context);
  if ((values[honeypotField] ?? "") !== "") {
    // Counted like any post, so a robot's flood meets the limit too; answered like any refusal.
    await takePublicFormSlot(context.db, address);
    context.logger.info({ projectId }, "public form: honeypot filled, nothing stored");
    return answer({ kind: "refused" }, 400);
  }
  const parsed = parseWith(publicInquirySchema, values, inquiryFieldMessages);
  if (!parsed.ok) {
    // What was typed goes back into the form (React escapes it), cut to twice the limits.
    const typed = Object.fromEntries(publicFormFields.map((field) => [field, (values[field] ?? "").slice(0, inquiryLimits[field] * 2)]));
    return answer({ kind: "invalid", fields: parsed.problem.fields ?? {}, values: typed }, 400);
  }
  const slot = await takePublicFormSlot(context.db, address);
  if (!slot.allowed) return answer({ kind: "tooMany", retryAfterSeconds: slot.retryAfterSeconds }, 429, { "Retry-After": String(slot.retryAfterSeconds) });
  const stored = await receivePublicInquiry(context.db, projectId, parsed.input);
  if (!stored.ok) throw publicPageNotFound();
  context.logger.info({ projectId }, "public form: inquiry received");
  events.publish(projectId, "inquiries");
  return answer({ kind: "receipt", receipt: stored.receipt, dueDate: stored.dueDate, hasContact: parsed.input.fromContact !== null });
}
