/**
 * A workshop's console (decision 014): planners facilitate it here (agenda, polls, codes, the map
 * the room follows); the other members see its summary and a link to the phone view. The page
 * takes the project layout's whole width (`handle.stage`).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { pageTitle } from "../i18n/page-title";
import { can } from "../permissions";
import type { StageHandle } from "./projects.$projectId";
import { FacilitatorConsole } from "../workshop-ui/facilitator-console";
import { noPickers, type WorkshopPickers } from "../workshop-ui/workshop-page-data";
import { workshopUrl } from "../workshop-ui/workshop-urls";
import { workshopAction, workshopListLoader, workshopLoader } from "../workshops/workshop-requests.server";

export const handle: StageHandle = { stage: true };

export const meta: MetaFunction<typeof loader> = ({ data: loaded, matches }) => [{ title: pageTitle(matches, "workshopUi.title", loaded?.workshop.title) }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { role } = await requireMember(context, request, params.projectId, "workshops:read");
  const mayRun = can(role, "workshops:run");
  // Someone reading the summary is not in the room: only the phone view counts them.
  const [view, list] = await Promise.all([
    workshopLoader(context, request, params.projectId, params.workshopId, mayRun ? "facilitator" : "screen"),
    mayRun ? workshopListLoader(context, request, params.projectId) : null,
  ]);
  const pickers: WorkshopPickers = list ? { sites: list.data.sites, checklistSections: list.data.checklistSections, choiceCategories: list.data.choiceCategories } : noPickers;
  return data({ ...view.data, pickers }, { headers: { "Cache-Control": "private, no-store" } });
}

export const action = ({ request, params, context }: ActionFunctionArgs) => workshopAction(context, request, params.projectId, params.workshopId);

export default function WorkshopConsoleRoute() {
  const loaded = useLoaderData<typeof loader>();
  return <FacilitatorConsole data={loaded} pickers={loaded.pickers} actionUrl={workshopUrl(loaded.workshop.projectId, loaded.workshop.id)} />;
}
