/**
 * The workshop's shared screen (decision 014): outside the project layout (the `_` after
 * `$projectId`), so the projector shows the workshop and nothing else. Members who may read the
 * workshop may open it; only planners' screens carry the join code.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { pageTitle } from "../i18n/page-title";
import { ScreenPage } from "../workshop-ui/screen-page";
import { workshopAction, workshopLoader } from "../workshops/workshop-requests.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [{ title: pageTitle(matches, "workshopUi.title", data?.workshop.title) }];

export const loader = ({ request, params, context }: LoaderFunctionArgs) => workshopLoader(context, request, params.projectId, params.workshopId, "screen");

export const action = ({ request, params, context }: ActionFunctionArgs) => workshopAction(context, request, params.projectId, params.workshopId);

export default function WorkshopScreenRoute() {
  return <ScreenPage data={useLoaderData<typeof loader>()} />;
}
