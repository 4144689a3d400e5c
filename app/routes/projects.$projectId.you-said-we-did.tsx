/**
 * "Dette sa dere – dette gjorde vi" (decision 013): every member reads it
 * (`participation:read`); a resident raises a point of their own here (`participation:raiseOwn`).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { pageTitle } from "../i18n/page-title";
import { raiseOwnAction } from "../participation/participation-requests.server";
import { SaidDonePage } from "../participation/said-done-page";
import { readSaidDone } from "../participation/said-done.server";

export const meta: MetaFunction = ({ matches }) => {
  const project = matches.find((match) => match.id === "routes/projects.$projectId")?.data as { project?: { name?: string } } | undefined;
  return [{ title: pageTitle(matches, "participation.saidDone.title", project?.project?.name) }];
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "participation:read");
  const page = await readSaidDone(context.db, { projectId: project.id, userId: user.id, role });
  return data({ projectId: project.id, page }, { headers: { "Cache-Control": "private, no-store" } });
}

export const action = ({ request, params, context }: ActionFunctionArgs) => raiseOwnAction(context, request, params.projectId);

export default function SaidDoneRoute() {
  const { projectId, page } = useLoaderData<typeof loader>();
  return <SaidDonePage projectId={projectId} page={page} />;
}
