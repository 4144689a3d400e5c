/**
 * Resource route: the project's backup as one zip (decision 014), for planners
 * (`backup:export`); app/backup/backup-requests.server.ts.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { backupDownload } from "../backup/backup-requests.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  return backupDownload(context, request, params.projectId);
}
