/** Server-Sent Events for a project's inquiries: `changed` notices only, to planners (decision 013). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { projectEventRoute } from "../live/project-event-route.server";

export const loader = ({ request, params, context }: LoaderFunctionArgs) => projectEventRoute(context, request, params.projectId, "inquiries", "inquiries:read");
