/**
 * The information plan (decision 013): read by the municipality, police, fire and observers;
 * written by planners (POST /projects/:id/neighbours?index with an `intent`).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { pageTitle } from "../i18n/page-title";
import { infoPlanPermissions, parseInfoPlanForm, type InfoPlanInput } from "../neighbours/info-plan-input";
import { InfoPlanPage } from "../neighbours/info-plan-page";
import { addInfoPlanRow, editInfoPlanRow, listInfoPlan, moveInfoPlanRow, setInfoPlanStatus } from "../neighbours/info-plan-store.server";
import { neighbourAction, type NeighbourActionSpec } from "../neighbours/neighbour-requests.server";
import { can } from "../permissions";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "neighbours.infoPlan.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { project, role } = await requireMember(context, request, params.projectId, "infoPlan:read");
  return { projectId: project.id, rows: await listInfoPlan(context.db, project.id), mayWrite: can(role, "infoPlan:write") };
}

const infoPlanActions: NeighbourActionSpec<InfoPlanInput> = {
  permissions: infoPlanPermissions,
  parse: parseInfoPlanForm,
  apply({ db }, member, input) {
    switch (input.intent) {
      case "addRow":
        return addInfoPlanRow(db, member, input);
      case "editRow":
        return editInfoPlanRow(db, member, input);
      case "setRowStatus":
        return setInfoPlanStatus(db, member, input);
      case "moveRow":
        return moveInfoPlanRow(db, member, input);
    }
  },
};

export const action = ({ request, params, context }: ActionFunctionArgs) => neighbourAction(context, request, params.projectId, infoPlanActions);

export default function InfoPlanRoute() {
  const { projectId, rows, mayWrite } = useLoaderData<typeof loader>();
  return <InfoPlanPage projectId={projectId} rows={rows} mayWrite={mayWrite} />;
}
