import { Paragraph } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { ChecklistSummary, checklistSummary } from "../checklist/checklist-summary";
import { readChecklist } from "../checklist/checklist-store.server";
import { ProjectWorkspace } from "../projects/project-workspace";
import type { loader as projectLoader } from "./projects.$projectId";

/** The checklist's figures only (decision 012), so the overview stays light. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "checklist:read");
  const snapshot = await readChecklist(context.db, { projectId: project.id, userId: user.id, role });
  return { checklist: checklistSummary(snapshot.progress) };
}

export default function ProjectOverview() {
  const data = useRouteLoaderData<typeof projectLoader>("routes/projects.$projectId");
  const { checklist } = useLoaderData<typeof loader>();
  if (!data) return null;
  return (
    <div className="stack">
      {data.project.description ? <Paragraph>{data.project.description}</Paragraph> : null}
      <ProjectWorkspace
        projectId={data.project.id}
        self={{ id: data.user.id, name: data.user.name, role: data.role }}
        mayEditPlan={data.may.editPlan}
      />
      <ChecklistSummary projectId={data.project.id} summary={checklist} />
    </div>
  );
}
