/**
 * The project's workshops (decision 014): planned, running and ended ones (with their minutes in
 * the participation log); planners create one (title, date) and go straight to its console.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useParams } from "@remix-run/react";
import { pageTitle } from "../i18n/page-title";
import type { WorkshopActionData } from "../workshop-ui/use-workshop-action";
import { WorkshopListPage } from "../workshop-ui/workshop-list-page";
import { workshopListAction, workshopListLoader } from "../workshops/workshop-requests.server";

export const meta: MetaFunction = ({ matches }) => {
  const project = matches.find((match) => match.id === "routes/projects.$projectId")?.data as { project?: { name?: string } } | undefined;
  return [{ title: pageTitle(matches, "workshops.title", project?.project?.name) }];
};

export const loader = ({ request, params, context }: LoaderFunctionArgs) => workshopListLoader(context, request, params.projectId);

export const action = ({ request, params, context }: ActionFunctionArgs) => workshopListAction(context, request, params.projectId);

export default function WorkshopsRoute() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as WorkshopActionData | undefined;
  const { projectId = "" } = useParams();
  return <WorkshopListPage projectId={projectId} workshops={data.workshops} mayRun={data.mayRun} result={result} />;
}
