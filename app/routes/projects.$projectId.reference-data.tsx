/**
 * Resource route for a project's map reference data (no page): GET returns the
 * layers as GeoJSON, POST imports from OpenStreetMap, uploads GeoJSON or deletes
 * a layer. Formats: docs/decisions/008-reference-data-import.md.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { problemResponse } from "../http/problem";
import { importOsm, readLayers, readReferenceForm, removeLayer, uploadLayer } from "../reference-data/reference-data-requests.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { project } = await requireMember(context, request, params.projectId, "reference:read");
  return readLayers(context, request, project.id);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, project } = await requireMember(context, request, params.projectId, "reference:import");
  const config = context.config.referenceData;
  const form = await readReferenceForm(request);
  if (form instanceof Response) return form;
  const input = { projectId: project.id, userId: user.id, form };
  const intent = form.get("intent");
  switch (intent) {
    case "importOsm":
      return importOsm(context, { ...input, request, config });
    case "upload":
      return uploadLayer(context, { ...input, config });
    case "delete":
      return removeLayer(context, input);
    default:
      return problemResponse({
        code: "badRequest",
        message: "Ukjent handling: bruk importOsm, upload eller delete.",
        messageEn: "Unknown intent: use importOsm, upload or delete.",
      });
  }
}
