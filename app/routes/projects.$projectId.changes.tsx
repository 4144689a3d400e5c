/**
 * What is new in a project since the member's last visit (decision 013), the page the
 * dashboard links to; opening it is a visit, like the project overview.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { loadChangesSinceLastVisit } from "../changes/changes-loader.server";
import { ChangesSinceLastVisit } from "../changes/changes-since-last-visit";
import { pageTitle } from "../i18n/page-title";

export const meta: MetaFunction = ({ matches }) => {
  const project = matches.find((match) => match.id === "routes/projects.$projectId")?.data as { project?: { name?: string } } | undefined;
  return [{ title: pageTitle(matches, "changes.title", project?.project?.name) }];
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "changes:read");
  return { changes: await loadChangesSinceLastVisit(context.db, { projectId: project.id, userId: user.id, role }) };
}

export default function ChangesRoute() {
  const { changes } = useLoaderData<typeof loader>();
  return <ChangesSinceLastVisit changes={changes} />;
}
