/**
 * The checklist's print page (decision 012): outside the project layout (the `_` after
 * `$projectId`), so paper gets the checklist and no navigation.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { ChecklistPrint } from "../checklist/checklist-print";
import { readChecklist } from "../checklist/checklist-store.server";
import { pageTitle } from "../i18n/page-title";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [{ title: pageTitle(matches, "checklist.title", data?.projectName) }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "checklist:read");
  const snapshot = await readChecklist(context.db, { projectId: project.id, userId: user.id, role });
  return { snapshot, projectName: project.name };
}

export default function ChecklistPrintRoute() {
  const { snapshot, projectName } = useLoaderData<typeof loader>();
  return <ChecklistPrint snapshot={snapshot} projectName={projectName} />;
}
