/**
 * Loader and action of the planners' homes page (/projects/:id/homes). Both need
 * `homes:manage`: the page lists the residents by name, which only planners need to see.
 */
import type { AppLoadContext } from "@remix-run/node";
import { data } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import { ChangeRefused, invalidInput, type Refusal, type RefusalValues } from "./change-refused";
import { listHouseTypes } from "./homes.server";
import { homesIntentSchema, type HomesIntent } from "./homes-input";
import { createHouseType, deleteHouseType, listHomesWithResidents, listResidents, renameHouseType, updateHome } from "./homes-store.server";

export async function homesPageData(context: AppLoadContext, request: Request, projectId: string | undefined) {
  const { project } = await requireMember(context, request, projectId, "homes:manage");
  const [list, types, residents] = await Promise.all([
    listHomesWithResidents(context.db, project.id),
    listHouseTypes(context.db, project.id),
    listResidents(context.db, project.id),
  ]);
  return {
    projectId: project.id,
    homes: list,
    houseTypes: types.map((type) => ({ ...type, homeCount: list.filter((home) => home.houseTypeId === type.id).length })),
    residents,
  };
}

export type HomesPageData = Awaited<ReturnType<typeof homesPageData>>;

/** What a write answers: a message to show (a key of app/homes/messages.ts and its values), or the refusal. */
export type HomesActionResult =
  | { ok: true; intent: HomesIntent["intent"]; done: { key: string; values: RefusalValues } }
  | { ok: false; intent: string; error: Refusal };

export async function homesPageAction(context: AppLoadContext, request: Request, projectId: string | undefined) {
  // The guard first: a member who may not manage homes gets 403 whatever the form holds.
  const { project } = await requireMember(context, request, projectId, "homes:manage");
  const form = Object.fromEntries(await request.formData());
  const intentName = typeof form.intent === "string" ? form.intent : "";
  try {
    const parsed = homesIntentSchema.safeParse(form);
    if (!parsed.success) throw invalidInput(parsed.error);
    const done = await apply(context, project.id, parsed.data);
    feedbackEvents.publish(project.id, "choices");
    context.logger.info({ projectId: project.id, intent: parsed.data.intent }, "homes changed");
    return data<HomesActionResult>({ ok: true, intent: parsed.data.intent, done });
  } catch (error) {
    if (error instanceof ChangeRefused) return data<HomesActionResult>({ ok: false, intent: intentName, error: error.toJSON() }, { status: error.status });
    throw error;
  }
}

async function apply(context: AppLoadContext, projectId: string, input: HomesIntent): Promise<{ key: string; values: RefusalValues }> {
  switch (input.intent) {
    case "saveHome": {
      const { home, movedFrom } = await updateHome(context.db, projectId, input.homeId, {
        name: input.name,
        houseTypeId: input.houseTypeId,
        residentId: input.residentId,
      });
      if (movedFrom && home.residentId) {
        const residents = await listResidents(context.db, projectId);
        const resident = residents.find((candidate) => candidate.userId === home.residentId)?.name ?? "";
        return { key: "homes.homes.moved", values: { resident, from: movedFrom.name, to: home.name } };
      }
      return { key: "homes.homes.saved", values: { name: home.name } };
    }
    case "addHouseType": {
      const type = await createHouseType(context.db, projectId, input.name);
      return { key: "homes.houseTypes.added", values: { name: type.name } };
    }
    case "renameHouseType": {
      const type = await renameHouseType(context.db, projectId, input.houseTypeId, input.name);
      return { key: "homes.houseTypes.renamed", values: { name: type.name } };
    }
    case "deleteHouseType": {
      const count = await deleteHouseType(context.db, projectId, input.houseTypeId);
      return { key: "homes.houseTypes.deleted", values: { count } };
    }
  }
}
