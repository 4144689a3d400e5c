/**
 * The cooperation agreement (decision 013): police, fire & rescue, observers and planners read
 * it; planners change it (app/cooperation/cooperation-requests.server.ts).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CooperationPage } from "../cooperation/cooperation-page";
import { cooperationAction, loadCooperation } from "../cooperation/cooperation-requests.server";
import { pageTitle } from "../i18n/page-title";

export const meta: MetaFunction = ({ matches }) => {
  const project = matches.find((match) => match.id === "routes/projects.$projectId")?.data as { project?: { name?: string } } | undefined;
  return [{ title: pageTitle(matches, "cooperation.pageTitle", project?.project?.name) }];
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  return { snapshot: await loadCooperation(context, request, params.projectId) };
}

export const action = ({ request, params, context }: ActionFunctionArgs) => cooperationAction(context, request, params.projectId);

export default function CooperationRoute() {
  const { snapshot } = useLoaderData<typeof loader>();
  return <CooperationPage snapshot={snapshot} />;
}
