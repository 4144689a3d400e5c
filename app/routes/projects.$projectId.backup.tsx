/**
 * The project's backup page, for planners (decision 014): what the archive holds, and the
 * download (`./backup/download`). Others get the guard's 403, non-members 404.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BackupPage } from "../backup/backup-page";
import { backupPageLoader } from "../backup/backup-requests.server";
import { pageTitle } from "../i18n/page-title";

export const meta: MetaFunction = ({ matches }) => {
  const project = matches.find((match) => match.id === "routes/projects.$projectId")?.data as { project?: { name?: string } } | undefined;
  return [{ title: pageTitle(matches, "backup.title", project?.project?.name) }];
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  return backupPageLoader(context, request, params.projectId);
}

export default function BackupRoute() {
  const { projectId, fileName } = useLoaderData<typeof loader>();
  return <BackupPage projectId={projectId} fileName={fileName} />;
}
