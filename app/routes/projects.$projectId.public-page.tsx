/**
 * The planners' editor of the public project page (decision 013): `publicPage:edit` to open it
 * and for every write.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { pageTitle } from "../i18n/page-title";
import { PublicPageEditor } from "../public-page/editor-page";
import { publicPageEditorAction } from "../public-page/editor-requests.server";
import { readPublicPageEditor } from "../public-page/public-page-store.server";

export const meta: MetaFunction = ({ matches }) => {
  const project = matches.find((match) => match.id === "routes/projects.$projectId")?.data as { project?: { name?: string } } | undefined;
  return [{ title: pageTitle(matches, "publicPage.title", project?.project?.name) }];
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "publicPage:edit");
  const snapshot = await readPublicPageEditor(context.db, { projectId: project.id, userId: user.id, role });
  return data({ snapshot, origin: new URL(request.url).origin }, { headers: { "Cache-Control": "private, no-store" } });
}

export const action = ({ request, params, context }: ActionFunctionArgs) => publicPageEditorAction(context, request, params.projectId);

export default function PublicPageEditorRoute() {
  const { snapshot, origin } = useLoaderData<typeof loader>();
  return <PublicPageEditor snapshot={snapshot} origin={origin} />;
}
