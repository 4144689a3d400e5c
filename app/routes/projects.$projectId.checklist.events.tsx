/** Server-Sent Events for a project's checklist: `changed` notices only (decision 012). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { projectEventRoute } from "../live/project-event-route.server";

export const loader = ({ request, params, context }: LoaderFunctionArgs) => projectEventRoute(context, request, params.projectId, "checklist", "checklist:read");
