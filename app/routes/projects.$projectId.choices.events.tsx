/** Server-Sent Events for a project's homes, catalogue and choices: `changed` notices only (decision 012). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { projectEventRoute } from "../live/project-event-route.server";

export const loader = ({ request, params, context }: LoaderFunctionArgs) => projectEventRoute(context, request, params.projectId, "choices", "catalogue:read");
