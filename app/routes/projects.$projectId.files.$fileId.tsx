/**
 * Resource route serving one stored file (no page), `?size=thumb|view`: to members who may read
 * what it belongs to, with headers that keep anything served from running as the app.
 * Decision 012, "Files"; app/files.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { fileResponse } from "../files/file-requests.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  return fileResponse(context, request, params.projectId, params.fileId);
}
