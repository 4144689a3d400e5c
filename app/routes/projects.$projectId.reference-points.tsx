/**
 * Resource route for the points planners add by hand (no page): GET lists them,
 * POST adds (intent=add), changes (intent=update) or deletes (intent=delete) one.
 * The points are stored in the project's "manual" reference layer, so the map's
 * GET /projects/:projectId/reference-data includes them.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { changePoints, readPoints } from "../reference-points/point-requests.server";

export function loader({ request, params, context }: LoaderFunctionArgs) {
  return readPoints(context, request, params.projectId);
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return changePoints(context, request, params.projectId);
}
