/**
 * The neighbour pages' frame (decision 013): members who read the information plan open it;
 * planners also get the addresses, letters, the formal notice and the log. Live over the
 * project's `neighbours` event stream.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { pageTitle } from "../i18n/page-title";
import { NeighboursLayout } from "../neighbours/neighbours-layout";
import { can } from "../permissions";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "neighbours.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { project, role } = await requireMember(context, request, params.projectId, "infoPlan:read");
  return { projectId: project.id, mayReadNeighbours: can(role, "neighbours:read") };
}

export default function NeighboursRoute() {
  const { projectId, mayReadNeighbours } = useLoaderData<typeof loader>();
  return <NeighboursLayout projectId={projectId} mayReadNeighbours={mayReadNeighbours} />;
}
