/**
 * The HTTP side of the participation pages (decision 013): POST /projects/:id/participation
 * (intents addActivity, updateActivity, addPoint, answerPoint) and POST
 * /projects/:id/you-said-we-did (intent raiseOwn). Each takes its intent's permission before
 * anything else (403), turns the form into the store's input and lets the store check it; the
 * answer is `{ ok: true, intent, id }` or `{ ok: false, intent, error }` with the problem's status,
 * as Remix data so a page's fetcher reads it. The stores tell the participation topic.
 */
import type { AppLoadContext } from "@remix-run/node";
import { data } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import type { Problem } from "../http/problem";
import { problemStatus } from "../http/problem";
import type { Action } from "../permissions";
import { can } from "../permissions";
import { addActivity, approveActivity, updateActivity, type ParticipationMember } from "./activities-store.server";
import type { ParticipationProblem, ParticipationResult } from "./participation-problem";
import { forbidden } from "./participation-problem";
import { attendanceRoles } from "./participation-vocabulary";
import { addPoint, answerPoint } from "./points-store.server";

export const logIntents = ["addActivity", "updateActivity", "addPoint", "answerPoint", "approveActivity"] as const;
export type LogIntent = (typeof logIntents)[number];

/** The permissions of each intent: the member's role needs one of them. A resident's own point is then checked by the store. */
export const intentPermissions: Readonly<Record<LogIntent | "raiseOwn", readonly Action[]>> = {
  addActivity: ["participation:write"],
  updateActivity: ["participation:write"],
  addPoint: ["participation:write", "participation:raiseOwn"],
  answerPoint: ["participation:write"],
  approveActivity: ["participation:write"],
  raiseOwn: ["participation:raiseOwn"],
};

export type ParticipationActionData = { ok: true; intent: string; id: string } | { ok: false; intent: string | null; error: ParticipationProblem };

const noStore = { "Cache-Control": "private, no-store" };

function refusal(intent: string | null, problem: ParticipationProblem) {
  return data<ParticipationActionData>({ ok: false, intent, error: problem }, { status: problemStatus(problem.code), headers: noStore });
}

/** A form's string values; a name given several times keeps every value. */
function formLists(form: FormData): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const [name, value] of form.entries()) if (typeof value === "string") values.set(name, [...(values.get(name) ?? []), value]);
  return values;
}

const emptyAsUndefined = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value);

/** A count field: empty is 0 (left out), a number is taken as it is, anything else is passed on for the schema to refuse. */
function countValue(value: string | undefined): number | string | undefined {
  const text = emptyAsUndefined(value)?.trim();
  if (text === undefined) return undefined;
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

/**
 * An activity as the form sends it: counts `count.<role>`, residents picked among the members
 * (`residentId`, repeated) and aliases typed one per line (`aliases`).
 */
export function activityFromForm(values: Map<string, string[]>) {
  const one = (name: string) => values.get(name)?.[0];
  const aliases = (one("aliases") ?? "")
    .split(/[\n,;]/)
    .map((alias) => alias.trim())
    .filter((alias) => alias !== "");
  return {
    kind: one("kind"),
    title: one("title"),
    date: one("date"),
    phase: one("phase"),
    place: one("place") ?? "",
    facilitator: one("facilitator") ?? "",
    minutes: one("minutes") ?? "",
    isPublic: one("isPublic") === "on" || one("isPublic") === "true",
    attendance: {
      counts: Object.fromEntries(attendanceRoles.flatMap((role) => {
        const value = countValue(one(`count.${role}`));
        return value === undefined ? [] : [[role, value]];
      })),
      residents: [...(values.get("residentId") ?? []).filter((id) => id !== "").map((userId) => ({ userId })), ...aliases.map((alias) => ({ alias }))],
    },
  };
}

function pointFromForm(values: Map<string, string[]>) {
  const one = (name: string) => values.get(name)?.[0];
  return {
    activityId: emptyAsUndefined(one("activityId")),
    body: one("body"),
    raisedByRole: one("raisedByRole"),
    raisedByUserId: emptyAsUndefined(one("raisedByUserId")),
  };
}

function answerFromForm(values: Map<string, string[]>) {
  const one = (name: string) => values.get(name)?.[0];
  const link = emptyAsUndefined(one("link"));
  const separator = link?.indexOf(":") ?? -1;
  return {
    pointId: one("pointId"),
    status: one("status"),
    answer: one("answer") ?? "",
    reason: one("reason") ?? "",
    linkKind: link === undefined ? undefined : separator > 0 ? link.slice(0, separator) : link,
    linkId: link === undefined || separator <= 0 ? undefined : link.slice(separator + 1),
  };
}

type Found = { member: ParticipationMember; answer?: undefined } | { member?: undefined; answer: ReturnType<typeof data<ParticipationActionData>> };

async function memberOf(context: AppLoadContext, request: Request, projectId: string | undefined): Promise<Found> {
  try {
    const { user, project, role } = await requireMember(context, request, projectId, "participation:read");
    return { member: { projectId: project.id, userId: user.id, role } satisfies ParticipationMember };
  } catch (thrown) {
    // A problem (not a member) is answered as the page's data; a redirect to sign in goes on.
    if (thrown instanceof Response && thrown.status >= 400) {
      const body = (await thrown.json()) as { error: Problem };
      return { answer: data<ParticipationActionData>({ ok: false, intent: null, error: body.error as ParticipationProblem }, { status: thrown.status, headers: noStore }) };
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

const notAForm: ParticipationProblem = { code: "invalidInput", message: "Sendte data er ikke et skjema.", messageEn: "The data sent is not a form." };

function answered(context: AppLoadContext, member: ParticipationMember, intent: string, result: ParticipationResult) {
  if (!result.ok) return refusal(intent, result.problem);
  context.logger.info({ projectId: member.projectId, intent }, "participation changed");
  return data<ParticipationActionData>({ ok: true, intent, id: result.id }, { headers: noStore });
}

/**
 * @example
 * export const action = ({ request, params, context }: ActionFunctionArgs) => participationAction(context, request, params.projectId);
 */
export async function participationAction(context: AppLoadContext, request: Request, projectId: string | undefined) {
  const found = await memberOf(context, request, projectId);
  if (!found.member) return found.answer;
  const member = found.member;
  const form = await readForm(request);
  if (!form) return refusal(null, notAForm);
  const values = formLists(form);
  const intent = values.get("intent")?.[0] ?? "";
  if (!(logIntents as readonly string[]).includes(intent)) {
    return refusal(intent, { code: "unknownIntent", message: `Ukjent handling: bruk ${logIntents.join(", ")}.`, messageEn: `Unknown intent: use ${logIntents.join(", ")}.` });
  }
  const logIntent = intent as LogIntent;
  if (!intentPermissions[logIntent].some((action) => can(member.role, action))) return refusal(intent, forbidden);
  const { db } = context;
  switch (logIntent) {
    case "addActivity":
      return answered(context, member, intent, await addActivity(db, member, activityFromForm(values)));
    case "updateActivity":
      return answered(context, member, intent, await updateActivity(db, member, { activityId: values.get("activityId")?.[0], ...activityFromForm(values) }));
    case "addPoint":
      return answered(context, member, intent, await addPoint(db, member, can(member.role, "participation:write") ? pointFromForm(values) : ownPointFromForm(values)));
    case "answerPoint":
      return answered(context, member, intent, await answerPoint(db, member, answerFromForm(values)));
    case "approveActivity":
      return answered(context, member, intent, await approveActivity(db, member, { activityId: values.get("activityId")?.[0] }));
  }
}

/** A resident's own point: the text and, optionally, the activity it was raised in; the rest is theirs by the session. */
function ownPointFromForm(values: Map<string, string[]>) {
  const { activityId, body } = pointFromForm(values);
  return { activityId, body };
}

/**
 * The action of "Dette sa dere – dette gjorde vi": a resident raises a point of their own.
 *
 * @example
 * export const action = ({ request, params, context }: ActionFunctionArgs) => raiseOwnAction(context, request, params.projectId);
 */
export async function raiseOwnAction(context: AppLoadContext, request: Request, projectId: string | undefined) {
  const found = await memberOf(context, request, projectId);
  if (!found.member) return found.answer;
  const member = found.member;
  const form = await readForm(request);
  if (!form) return refusal(null, notAForm);
  const values = formLists(form);
  const intent = values.get("intent")?.[0] ?? "";
  if (intent !== "raiseOwn") return refusal(intent, { code: "unknownIntent", message: "Ukjent handling: bruk raiseOwn.", messageEn: "Unknown intent: use raiseOwn." });
  if (!intentPermissions.raiseOwn.some((action) => can(member.role, action))) return refusal(intent, forbidden);
  return answered(context, member, intent, await addPoint(context.db, member, ownPointFromForm(values)));
}
