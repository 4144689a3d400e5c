import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { pageTitle } from "../i18n/page-title";
import { MapDataPage } from "../map-data/map-data-page";
import { can } from "../permissions";
import { listLayers } from "../reference-data/reference-layers.server";
import type { loader as projectLoader } from "./projects.$projectId";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "mapData.title") }];

/** The project's map data: every member sees which layers exist; planners import and upload. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { project, role } = await requireMember(context, request, params.projectId, "reference:read");
  const layers = await listLayers(context.db, project.id);
  return {
    layers: layers.map((layer) => ({ id: layer.id, source: layer.source, name: layer.name, featureCount: layer.featureCount, createdAt: layer.createdAt.toISOString() })),
    mayImport: can(role, "reference:import"),
  };
}

export default function ProjectMapData() {
  const { layers, mayImport } = useLoaderData<typeof loader>();
  const project = useRouteLoaderData<typeof projectLoader>("routes/projects.$projectId");
  if (!project) return null;
  return (
    <MapDataPage
      projectId={project.project.id}
      self={{ id: project.user.id, name: project.user.name, role: project.role }}
      layers={layers}
      mayImport={mayImport}
    />
  );
}
