/** Server-Sent Events for a project's participation: `changed` notices only (decision 013). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { projectEventRoute } from "../live/project-event-route.server";

export const loader = ({ request, params, context }: LoaderFunctionArgs) => projectEventRoute(context, request, params.projectId, "participation", "participation:read");
