/**
 * The design checklist page (decision 012): every member reads it; the actions each take their
 * intent's permission and the store's per-item rule (app/checklist/checklist-requests.server.ts).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { ChecklistPage } from "../checklist/checklist-page";
import { checklistAction } from "../checklist/checklist-requests.server";
import { readChecklist } from "../checklist/checklist-store.server";
import { listFiles } from "../files/files.server";
import { pageTitle } from "../i18n/page-title";
import type { loader as projectLoader } from "./projects.$projectId";

export const meta: MetaFunction = ({ matches }) => {
  const project = matches.find((match) => match.id === "routes/projects.$projectId")?.data as { project?: { name?: string } } | undefined;
  return [{ title: pageTitle(matches, "checklist.title", project?.project?.name) }];
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "checklist:read");
  const [snapshot, evidence] = await Promise.all([readChecklist(context.db, { projectId: project.id, userId: user.id, role }), listFiles(context.db, project.id, "checklist")]);
  return { snapshot, evidence };
}

export const action = ({ request, params, context }: ActionFunctionArgs) => checklistAction(context, request, params.projectId);

export default function ChecklistRoute() {
  const { snapshot, evidence } = useLoaderData<typeof loader>();
  const layout = useRouteLoaderData<typeof projectLoader>("routes/projects.$projectId");
  const self = { id: snapshot.self.id, name: layout?.user.name ?? "", role: snapshot.self.role };
  return <ChecklistPage snapshot={snapshot} evidence={evidence} self={self} />;
}
