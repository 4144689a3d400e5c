/**
 * Import a project from a backup (decision 014): any signed-in account uploads an archive and
 * lands on the imported project; a refused archive is shown with what was wrong.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { requireUser } from "../auth/session.server";
import { importAction } from "../backup/backup-requests.server";
import { ImportPage } from "../backup/import-page";
import { pageTitle } from "../i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "backup.importTitle") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(context.db, request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  return importAction(context, request);
}

export default function ImportRoute() {
  const result = useActionData<typeof action>();
  return <ImportPage problem={result?.problem ?? null} />;
}
