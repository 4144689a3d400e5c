/**
 * The communication log (decision 013): planners only. POST /projects/:id/neighbours/log with an
 * `intent`; files through /projects/:id/files with purpose "communication".
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { listFiles } from "../files/files.server";
import { pageTitle } from "../i18n/page-title";
import { communicationPermissions, parseCommunicationForm, type CommunicationInput } from "../neighbours/communication-input";
import { addCommunication, editCommunication, listCommunications, removeCommunication } from "../neighbours/communication-store.server";
import { LogPage } from "../neighbours/log-page";
import { neighbourAction, type NeighbourActionSpec } from "../neighbours/neighbour-requests.server";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "neighbours.log.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { project, user } = await requireMember(context, request, params.projectId, "neighbours:read");
  const [entries, files] = await Promise.all([listCommunications(context.db, project.id), listFiles(context.db, project.id, "communication")]);
  return { projectId: project.id, userId: user.id, entries, files };
}

const logActions: NeighbourActionSpec<CommunicationInput> = {
  permissions: communicationPermissions,
  parse: parseCommunicationForm,
  apply({ db }, member, input) {
    switch (input.intent) {
      case "addEntry":
        return addCommunication(db, member, input);
      case "editEntry":
        return editCommunication(db, member, input);
      case "removeEntry":
        return removeCommunication(db, member, input);
    }
  },
};

export const action = ({ request, params, context }: ActionFunctionArgs) => neighbourAction(context, request, params.projectId, logActions);

export default function LogRoute() {
  const { projectId, userId, entries, files } = useLoaderData<typeof loader>();
  return <LogPage projectId={projectId} entries={entries} files={files} userId={userId} />;
}
