/**
 * The HTTP side of the workshop (decision 014), for the thin route modules of app/workshop-ui
 * and the event stream: the list and its create form, one workshop's loader for the facilitator,
 * the shared screen and the phones, the one action with an `intent`, and the SSE stream. Each
 * checks the member's role on the server first; a refusal is `{ ok: false, intent, error }` with
 * the problem's status and changes nothing.
 */
import type { AppLoadContext } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { eq, and, isNull } from "drizzle-orm";
import { guestAccounts } from "../../db/schema";
import { requireMember } from "../auth/guards.server";
import { checklistTemplate } from "../checklist/template";
import { readCategories } from "../choices/choices-store.server";
import type { Problem } from "../http/problem";
import { problemResponse, problemStatus } from "../http/problem";
import { i18nServer } from "../i18n/i18n.server";
import { readPlanNames } from "../participation/plan-names.server";
import type { Action, Role } from "../permissions";
import { can } from "../permissions";
import { createJoinCode, listJoinCodes, revokeJoinCode } from "./join-codes.server";
import { answerPoll, showPoll, stepPoll, addPoll, updatePoll, removePoll, type PollStep } from "./polls-store.server";
import { workshopEventResponse } from "./workshop-events.server";
import { booleanField, formValues, jsonField, numberField, optionalId, optionsField } from "./workshop-form";
import { endWorkshop } from "./workshop-minutes.server";
import type { WorkshopProblem, WorkshopResult } from "./workshop-problem";
import { forbidden, noSuchWorkshop } from "./workshop-problem";
import { parkQuestion, pointAttention, removeParked } from "./workshop-room.server";
import type { WorkshopMember } from "./workshop-rows.server";
import { bumpState, findWorkshop, isRecordId } from "./workshop-rows.server";
import type { JoinCodeView, WorkshopSummary, WorkshopView } from "./workshop-types";
import { markPresent, readWorkshopView } from "./workshop-view.server";
import { addItem, createWorkshop, goToItem, listWorkshops, moveItem, removeItem, startWorkshop, updateItem, updateWorkshop } from "./workshops-store.server";

const noStore = { "Cache-Control": "private, no-store" };

export const workshopIntents = [
  "updateWorkshop",
  "addItem",
  "updateItem",
  "removeItem",
  "moveItem",
  "start",
  "goTo",
  "end",
  "createCode",
  "revokeCode",
  "addPoll",
  "updatePoll",
  "removePoll",
  "openPoll",
  "closePoll",
  "reopenPoll",
  "resetPoll",
  "revealPoll",
  "hidePoll",
  "showPoll",
  "removeParked",
  "answer",
  "park",
  "attention",
] as const;
export type WorkshopIntent = (typeof workshopIntents)[number];

/** Participants' intents; every other one is the facilitator's (`workshops:run`). */
const takePartIntents: readonly WorkshopIntent[] = ["answer", "park", "attention"];

/** The permission of each intent. */
export function intentPermission(intent: WorkshopIntent): Action {
  return takePartIntents.includes(intent) ? "workshops:takePart" : "workshops:run";
}

export type WorkshopActionData = ({ ok: true; intent: string } & Record<string, unknown>) | { ok: false; intent: string | null; error: WorkshopProblem };

function refusal(intent: string | null, problem: WorkshopProblem) {
  return data<WorkshopActionData>({ ok: false, intent, error: problem }, { status: problemStatus(problem.code), headers: noStore });
}

type Found = { member: WorkshopMember & { sessionId: string }; answer?: undefined } | { member?: undefined; answer: ReturnType<typeof refusal> };

/** The member, or the problem as the action's data (a redirect to sign in goes on). */
async function memberOf(context: AppLoadContext, request: Request, projectId: string | undefined): Promise<Found> {
  try {
    const { user, project, role, sessionId } = await requireMember(context, request, projectId, "workshops:read");
    return { member: { projectId: project.id, userId: user.id, role, sessionId } };
  } catch (thrown) {
    if (thrown instanceof Response && thrown.status >= 400) {
      const body = (await thrown.json()) as { error: Problem };
      return { answer: refusal(null, body.error as WorkshopProblem) };
    }
    throw thrown;
  }
}

async function readForm(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

const notAForm: WorkshopProblem = { code: "invalidInput", message: "Sendte data er ikke et skjema.", messageEn: "The data sent is not a form." };

async function language(request: Request): Promise<"nb" | "en"> {
  return (await i18nServer.getLocale(request)) === "en" ? "en" : "nb";
}

/**
 * The workshops page: the list, whether the member may run workshops, and the pickers of the
 * agenda editor (the plan's sites, the checklist's sections, the catalogue's categories).
 *
 * @example
 * export const loader = ({ request, params, context }: LoaderFunctionArgs) => workshopListLoader(context, request, params.projectId);
 */
export async function workshopListLoader(context: AppLoadContext, request: Request, projectId: string | undefined) {
  const { project, role } = await requireMember(context, request, projectId, "workshops:read");
  const mayRun = can(role, "workshops:run");
  const lang = await language(request);
  const [workshops, planNames, categories] = await Promise.all([
    listWorkshops(context.db, project.id),
    mayRun ? readPlanNames(context.db, project.id) : Promise.resolve({ sites: [] }),
    mayRun ? readCategories(context.db, project.id) : Promise.resolve([]),
  ]);
  return data(
    {
      workshops: workshops satisfies WorkshopSummary[],
      mayRun,
      sites: planNames.sites,
      // With their items and options, so a dot-vote can be over checklist alternatives or catalogue options.
      checklistSections: mayRun
        ? checklistTemplate().sections.map((section) => ({
            key: section.key,
            title: section.title[lang],
            items: section.items.map((item) => ({ key: item.key, title: item.title[lang] })),
          }))
        : [],
      choiceCategories: categories.map((category) => ({
        id: category.id,
        name: category.name,
        options: category.options.map((option) => ({ id: option.id, name: option.name })),
      })),
    },
    { headers: noStore },
  );
}

/**
 * Creates a workshop from the form (title, date) and goes to it.
 *
 * @example
 * export const action = ({ request, params, context }: ActionFunctionArgs) => workshopListAction(context, request, params.projectId);
 */
export async function workshopListAction(context: AppLoadContext, request: Request, projectId: string | undefined) {
  const found = await memberOf(context, request, projectId);
  if (!found.member) return found.answer;
  const member = found.member;
  if (!can(member.role, "workshops:run")) return refusal("create", forbidden);
  const form = await readForm(request);
  if (!form) return refusal("create", notAForm);
  const values = formValues(form);
  const made = await createWorkshop(context.db, member, { title: values.get("title"), date: values.get("date") });
  if (!made.ok) return refusal("create", made.problem);
  context.logger.info({ projectId: member.projectId, workshopId: made.id }, "workshop created");
  return redirect(`/projects/${member.projectId}/workshops/${made.id}`);
}

export type WorkshopMode = "facilitator" | "screen" | "phone";

export interface WorkshopViewer {
  id: string;
  name: string;
  role: Role;
  mayRun: boolean;
  mayTakePart: boolean;
  guest: boolean;
}

/**
 * One workshop for the facilitator (planners only), the shared screen or a phone. Results are
 * in `polls[].results` only for planners or once revealed, and on the shared screen only once
 * revealed. A person opening it while it runs is
 * marked as in the room (not the screen: a screen is not a person).
 *
 * @example
 * export const loader = ({ request, params, context }: LoaderFunctionArgs) =>
 *   workshopLoader(context, request, params.projectId, params.workshopId, "phone");
 */
export async function workshopLoader(context: AppLoadContext, request: Request, projectId: string | undefined, workshopId: string | undefined, mode: WorkshopMode) {
  const { project, role, user } = await requireMember(context, request, projectId, mode === "facilitator" ? "workshops:run" : "workshops:read");
  const row = isRecordId(workshopId) ? await findWorkshop(context.db, project.id, workshopId) : null;
  if (!row) throw problemResponse(noSuchWorkshop);
  const [guest] = await context.db
    .select({ userId: guestAccounts.userId })
    .from(guestAccounts)
    .where(and(eq(guestAccounts.userId, user.id), isNull(guestAccounts.keptAt)));
  if (row.status === "running" && mode !== "screen" && (await markPresent(context.db, row.id, { userId: user.id, role }, guest !== undefined))) {
    row.stateVersion = await bumpState(context.db, row.id);
  }
  const mayRun = can(role, "workshops:run");
  const [workshop, joinCodes] = await Promise.all([
    // The shared screen is seen by the whole room: results only once revealed, whoever signed it in.
    readWorkshopView(context.db, row, { userId: user.id, role }, { unrevealed: mode !== "screen" }),
    mayRun && mode !== "phone" ? listJoinCodes(context.db, row.id, { withCodes: true }) : Promise.resolve([] as JoinCodeView[]),
  ]);
  const viewer: WorkshopViewer = { id: user.id, name: user.name, role, mayRun, mayTakePart: can(role, "workshops:takePart"), guest: guest !== undefined };
  return data({ workshop: workshop satisfies WorkshopView, viewer, joinCodes, projectName: project.name }, { headers: noStore });
}

const pollStepOf: Partial<Record<WorkshopIntent, PollStep>> = {
  openPoll: "open",
  closePoll: "close",
  reopenPoll: "reopen",
  resetPoll: "reset",
  revealPoll: "reveal",
  hidePoll: "hide",
};

function itemFields(values: Map<string, string>) {
  return { kind: values.get("kind"), title: values.get("title"), subjectId: optionalId(values.get("subjectId")), plannedMinutes: numberField(values.get("plannedMinutes")) };
}

function pollFields(values: Map<string, string>) {
  const budget = values.get("budget");
  return {
    kind: values.get("kind"),
    question: values.get("question"),
    options: optionsField(values.get("options")),
    budget: budget === undefined || budget.trim() === "" ? null : numberField(budget),
    itemId: optionalId(values.get("itemId")),
  };
}

async function runIntent(context: AppLoadContext, member: WorkshopMember, workshopId: string, intent: WorkshopIntent, values: Map<string, string>): Promise<WorkshopResult<Record<string, unknown>>> {
  const { db } = context;
  const step = pollStepOf[intent];
  if (step) return stepPoll(db, member, workshopId, values.get("pollId"), step);
  switch (intent) {
    case "updateWorkshop":
      return updateWorkshop(db, member, workshopId, { title: values.get("title"), date: values.get("date"), allowAttention: booleanField(values.get("allowAttention")) });
    case "addItem":
      return addItem(db, member, workshopId, itemFields(values));
    case "updateItem":
      return updateItem(db, member, workshopId, { itemId: values.get("itemId"), ...itemFields(values) });
    case "removeItem":
      return removeItem(db, member, workshopId, values.get("itemId"));
    case "moveItem":
      return moveItem(db, member, workshopId, { itemId: values.get("itemId"), position: numberField(values.get("position")) });
    case "start": {
      const started = await startWorkshop(db, member, workshopId);
      if (!started.ok) return started;
      // Starting gives a join code for the screen, unless the workshop already has one that works.
      if ((await listJoinCodes(db, workshopId)).length > 0) return started;
      const made = await createJoinCode(db, member, workshopId, { role: "resident" });
      return made.ok ? { ...started, code: made.code, stateVersion: made.stateVersion } : started;
    }
    case "goTo":
      return goToItem(db, member, workshopId, values.get("itemId"));
    case "end":
      return endWorkshop(db, member, workshopId);
    case "createCode":
      return createJoinCode(db, member, workshopId, { role: values.get("role") });
    case "revokeCode":
      return revokeJoinCode(db, member, workshopId, values.get("codeId"));
    case "addPoll":
      return addPoll(db, member, workshopId, pollFields(values));
    case "updatePoll":
      return updatePoll(db, member, workshopId, { pollId: values.get("pollId"), ...pollFields(values) });
    case "removePoll":
      return removePoll(db, member, workshopId, values.get("pollId"));
    case "showPoll":
      return showPoll(db, member, workshopId, values.get("pollId"));
    case "removeParked":
      return removeParked(db, member, workshopId, values.get("itemId"));
    case "answer":
      return answerPoll(db, member, workshopId, values.get("pollId"), jsonField(values.get("answer")));
    case "park":
      return parkQuestion(db, member, workshopId, { body: values.get("body") });
    case "attention":
      return pointAttention(db, member, workshopId, { lat: numberField(values.get("lat")), lon: numberField(values.get("lon")) });
    default:
      return { ok: false, problem: { code: "unknownIntent", message: "Ukjent handling.", messageEn: "Unknown intent." } };
  }
}

/**
 * The workshop's one action: `intent` and its fields (see `workshopIntents`).
 *
 * @example
 * export const action = ({ request, params, context }: ActionFunctionArgs) => workshopAction(context, request, params.projectId, params.workshopId);
 */
export async function workshopAction(context: AppLoadContext, request: Request, projectId: string | undefined, workshopId: string | undefined) {
  const found = await memberOf(context, request, projectId);
  if (!found.member) return found.answer;
  const { sessionId: _sessionId, ...member } = found.member;
  const form = await readForm(request);
  if (!form) return refusal(null, notAForm);
  const values = formValues(form);
  const intent = values.get("intent") ?? "";
  if (!(workshopIntents as readonly string[]).includes(intent)) {
    return refusal(intent, { code: "unknownIntent", message: `Ukjent handling: bruk ${workshopIntents.join(", ")}.`, messageEn: `Unknown intent: use ${workshopIntents.join(", ")}.` });
  }
  const workshopIntent = intent as WorkshopIntent;
  if (!can(member.role, intentPermission(workshopIntent))) return refusal(intent, forbidden);
  if (!isRecordId(workshopId)) return refusal(intent, noSuchWorkshop);
  const result = await runIntent(context, member, workshopId, workshopIntent, values);
  if (!result.ok) return refusal(intent, result.problem);
  if (workshopIntent !== "answer" && workshopIntent !== "attention") context.logger.info({ projectId: member.projectId, workshopId, intent }, "workshop changed");
  const { ok: _ok, ...rest } = result;
  return data<WorkshopActionData>({ ok: true, intent, ...rest }, { headers: noStore });
}

/**
 * The workshop's Server-Sent Events for members with `workshops:read`: `state`, `answered` and
 * `attention` (WorkshopEvent), never an answer. Signing out or removal ends it.
 *
 * @example
 * export const loader = ({ request, params, context }: LoaderFunctionArgs) => workshopEventStream(context, request, params.projectId, params.workshopId);
 */
export async function workshopEventStream(context: AppLoadContext, request: Request, projectId: string | undefined, workshopId: string | undefined): Promise<Response> {
  const { project, user, sessionId } = await requireMember(context, request, projectId, "workshops:read");
  const row = isRecordId(workshopId) ? await findWorkshop(context.db, project.id, workshopId) : null;
  if (!row) throw problemResponse(noSuchWorkshop);
  return workshopEventResponse({ projectId: project.id, workshopId: row.id, stateVersion: row.stateVersion, signal: request.signal, owner: { userId: user.id, sessionId } });
}
