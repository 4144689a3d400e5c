/**
 * The server side of /projects/:id/choices (decision 012): what the planners' page loads, and
 * its one action with four intents, each refused unless the member may `choices:withResident`
 * (checked before the form is read, so a refused role learns nothing from its input).
 */
import type { AppLoadContext } from "@remix-run/node";
import { data } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import { i18nServer } from "../i18n/i18n.server";
import { closeReopening, markHelpAnswered, readChoiceMatrix, readHistory, recordWithResident, reopenForHome } from "./choices-store.server";
import type { z } from "zod";
import { closeReopeningSchema, fieldsProblem, helpAnsweredSchema, recordWithResidentSchema, reopenSchema } from "./choice-input";
import { ChoicesRefused, unknownIntentProblem, type ChoicesProblem } from "./choices-problem";
import { orderListTable, type OrderListLanguage } from "./order-list";

export const choiceIntents = ["recordWithResident", "reopen", "closeReopening", "helpAnswered"] as const;
export type ChoiceIntent = (typeof choiceIntents)[number];

function isChoiceIntent(value: unknown): value is ChoiceIntent {
  return typeof value === "string" && (choiceIntents as readonly string[]).includes(value);
}

export async function pageLanguage(request: Request): Promise<OrderListLanguage> {
  return (await i18nServer.getLocale(request)) === "en" ? "en" : "nb";
}

/** The order list as a table in the request's language. */
export async function orderListFor(context: AppLoadContext, request: Request, projectId: string) {
  const language = await pageLanguage(request);
  const t = await i18nServer.getFixedT(language);
  const matrix = await readChoiceMatrix(context.db, projectId);
  return { language, matrix, table: orderListTable(matrix, { t, language }) };
}

/** The page's data: the matrix, the home shown in detail with its history, and which view. */
export async function loadChoicesPage(context: AppLoadContext, request: Request, projectId: string | undefined) {
  const { project } = await requireMember(context, request, projectId, "choices:readAll");
  const url = new URL(request.url);
  if (url.searchParams.get("view") === "order-list") {
    const { table, matrix } = await orderListFor(context, request, project.id);
    return { view: "orderList" as const, projectId: project.id, projectName: project.name, table, today: matrix.today, generatedAt: new Date().toISOString() };
  }
  const matrix = await readChoiceMatrix(context.db, project.id);
  const wanted = url.searchParams.get("home");
  const selectedHomeId = matrix.homes.some((home) => home.id === wanted) ? wanted : null;
  const history = selectedHomeId ? await readHistory(context.db, project.id, selectedHomeId) : [];
  return { view: "matrix" as const, projectId: project.id, matrix, selectedHomeId, history, waitingOnly: url.searchParams.get("waiting") === "1" };
}

function parseForm<Schema extends z.ZodTypeAny>(schema: Schema, form: Record<string, FormDataEntryValue>): z.output<Schema> {
  const parsed = schema.safeParse(form);
  if (!parsed.success) throw new ChoicesRefused(fieldsProblem(parsed.error));
  return parsed.data as z.output<Schema>;
}

export type ChoiceActionResult = { ok: true; intent: ChoiceIntent } | { ok: false; intent: ChoiceIntent | null; error: ChoicesProblem };

/** Applies one intent; publishes a `choices` notice after each successful write, so open pages reload. */
export async function choicesAction(context: AppLoadContext, request: Request, projectId: string | undefined) {
  const { user, project, role } = await requireMember(context, request, projectId, "choices:withResident");
  const form = Object.fromEntries(await request.formData());
  const intent = isChoiceIntent(form.intent) ? form.intent : null;
  const refused = (problem: ChoicesProblem, status: number) => data<ChoiceActionResult>({ ok: false, intent, error: problem }, { status, headers: { "Cache-Control": "private, no-store" } });
  if (intent === null) return refused(unknownIntentProblem, 400);
  const actor = { projectId: project.id, userId: user.id, role };
  try {
    // Each form parsed by the store's own schema first, so a wrong field is named whatever sent it.
    switch (intent) {
      case "recordWithResident":
        await recordWithResident(context.db, actor, parseForm(recordWithResidentSchema, form));
        break;
      case "reopen":
        await reopenForHome(context.db, actor, parseForm(reopenSchema, form));
        break;
      case "closeReopening":
        await closeReopening(context.db, actor, parseForm(closeReopeningSchema, form));
        break;
      case "helpAnswered":
        await markHelpAnswered(context.db, actor, parseForm(helpAnsweredSchema, form));
        break;
    }
  } catch (error) {
    if (error instanceof ChoicesRefused) return refused(error.problem, error.status);
    throw error;
  }
  context.logger.info({ projectId: project.id, intent }, "choices changed");
  feedbackEvents.publish(project.id, "choices");
  return data<ChoiceActionResult>({ ok: true, intent });
}
