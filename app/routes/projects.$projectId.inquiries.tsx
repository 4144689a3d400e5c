/**
 * The inquiries page (decision 013): planners only (`inquiries:read`, writes `inquiries:write`),
 * because senders' names and contacts are personal data.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { pageTitle } from "../i18n/page-title";
import { InquiriesPage } from "../inquiries/inquiries-page";
import { inquiriesAction } from "../inquiries/inquiries-requests.server";
import { readInquiries } from "../inquiries/inquiries-store.server";

export const meta: MetaFunction = ({ matches }) => {
  const project = matches.find((match) => match.id === "routes/projects.$projectId")?.data as { project?: { name?: string } } | undefined;
  return [{ title: pageTitle(matches, "inquiries.title", project?.project?.name) }];
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "inquiries:read");
  const snapshot = await readInquiries(context.db, { projectId: project.id, userId: user.id, role });
  return data({ snapshot }, { headers: { "Cache-Control": "private, no-store" } });
}

export const action = ({ request, params, context }: ActionFunctionArgs) => inquiriesAction(context, request, params.projectId);

export default function InquiriesRoute() {
  const { snapshot } = useLoaderData<typeof loader>();
  return <InquiriesPage snapshot={snapshot} />;
}
