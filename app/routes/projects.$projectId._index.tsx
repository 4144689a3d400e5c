import { useRouteLoaderData } from "@remix-run/react";
import { ProjectWorkspace } from "../projects/project-workspace";
import type { loader as projectLoader } from "./projects.$projectId";

export default function ProjectOverview() {
  const data = useRouteLoaderData<typeof projectLoader>("routes/projects.$projectId");
  if (!data) return null;
  return (
    <ProjectWorkspace
      projectId={data.project.id}
      self={{ id: data.user.id, name: data.user.name, role: data.role }}
      mayEditPlan={data.may.editPlan}
    />
  );
}
