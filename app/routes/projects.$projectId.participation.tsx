/**
 * The participation log (decision 013): the municipality, the agencies and observers read it
 * (`participation:log`), planners write it (`participation:write`). A resident, who reads only
 * "Dette sa dere – dette gjorde vi", is sent there (a link's #point-… comes along).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { pageTitle } from "../i18n/page-title";
import { participationAction } from "../participation/participation-requests.server";
import { readParticipationLog } from "../participation/participation-log.server";
import { ParticipationPage } from "../participation/participation-page";
import { saidDoneUrl } from "../participation/participation-text";
import { can } from "../permissions";
import { isPhase } from "../projects/vocabulary";

export const meta: MetaFunction = ({ matches }) => {
  const project = matches.find((match) => match.id === "routes/projects.$projectId")?.data as { project?: { name?: string } } | undefined;
  return [{ title: pageTitle(matches, "participation.title", project?.project?.name) }];
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "participation:read");
  if (!can(role, "participation:log")) throw redirect(saidDoneUrl(project.id));
  const log = await readParticipationLog(context.db, { projectId: project.id, userId: user.id, role });
  return data({ projectId: project.id, phase: isPhase(project.phase) ? project.phase : "needs", log }, { headers: { "Cache-Control": "private, no-store" } });
}

export const action = ({ request, params, context }: ActionFunctionArgs) => participationAction(context, request, params.projectId);

export default function ParticipationRoute() {
  const { projectId, phase, log } = useLoaderData<typeof loader>();
  return <ParticipationPage projectId={projectId} log={log} phase={phase} />;
}
