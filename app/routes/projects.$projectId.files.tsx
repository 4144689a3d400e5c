/**
 * Resource route for uploads (no page): POST stores an evidence photo or PDF on a checklist item,
 * or a catalogue option's photo, or removes a file. Decision 012, "Files"; app/files.
 */
import type { ActionFunctionArgs } from "@remix-run/node";
import { filesAction } from "../files/file-requests.server";

export async function action({ request, params, context }: ActionFunctionArgs) {
  return filesAction(context, request, params.projectId);
}
