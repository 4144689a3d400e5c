/**
 * The HTTP side of points added by hand, behind the resource route
 * /projects/:projectId/reference-points. Every answer is JSON; every refusal is
 * `{ error: PointProblem }` with its status, and changes nothing.
 */
import type { AppLoadContext } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import type { Problem } from "../http/problem";
import { problemResponse } from "../http/problem";
import type { PointProblem } from "./manual-points";
import { fieldProblems, pointFields, pointIdField } from "./point-validation";
import { addPoint, deletePoint, listPoints, updatePoint } from "./manual-points.server";

const pointProblem = (problem: PointProblem): Response => problemResponse(problem);

const plannersOnly: Problem<"forbidden"> = {
  code: "forbidden",
  message: "Bare planleggere kan legge inn, endre og slette punkter.",
  messageEn: "Only planners can add, change and delete points.",
};

const notFound = (): Response =>
  pointProblem({ code: "notFound", message: "Fant ikke punktet i dette prosjektet.", messageEn: "This project has no such point." });

function invalid(fields: PointProblem["fields"]): Response {
  return pointProblem({
    code: "invalid",
    message: "Punktet ble ikke lagret: rett opp feltene som er merket.",
    messageEn: "The point was not saved: correct the marked fields.",
    fields,
  });
}

/** GET: the project's points added by hand (every member may read them, like the map). */
export async function readPoints(context: AppLoadContext, request: Request, projectId: string | undefined): Promise<Response> {
  const { project } = await requireMember(context, request, projectId, "reference:read");
  return Response.json({ points: await listPoints(context.db, project.id) }, { headers: { "Cache-Control": "private, no-store" } });
}

/**
 * POST: intent add | update | delete. The guard takes the write it performs: non-members get
 * 404, members without `reference:edit` a typed 403.
 */
export async function changePoints(context: AppLoadContext, request: Request, projectId: string | undefined): Promise<Response> {
  const { user, project } = await requireMember(context, request, projectId, "reference:edit", plannersOnly);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return pointProblem({ code: "badRequest", message: "Send punktet som et skjema.", messageEn: "Send the point as a form." });
  }
  const values = Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const scope = { projectId: project.id, userId: user.id };
  const intent = values.intent;
  if (intent === "add") {
    const fields = pointFields.safeParse(values);
    if (!fields.success) return invalid(fieldProblems(fields.error));
    const point = await addPoint(context.db, { ...scope, fields: fields.data });
    context.logger.info({ projectId: project.id, pointId: point.id, category: point.category }, "reference point added");
    return Response.json({ point }, { status: 201 });
  }
  if (intent === "update" || intent === "delete") {
    const id = pointIdField.safeParse(values);
    if (!id.success) return invalid(fieldProblems(id.error));
    if (intent === "delete") {
      const deleted = await deletePoint(context.db, { ...scope, pointId: id.data.pointId });
      if (!deleted) return notFound();
      context.logger.info({ projectId: project.id, pointId: id.data.pointId }, "reference point deleted");
      return Response.json({ deleted: id.data.pointId });
    }
    const fields = pointFields.safeParse(values);
    if (!fields.success) return invalid(fieldProblems(fields.error));
    const point = await updatePoint(context.db, { ...scope, pointId: id.data.pointId, fields: fields.data });
    if (!point) return notFound();
    context.logger.info({ projectId: project.id, pointId: point.id }, "reference point changed");
    return Response.json({ point });
  }
  return pointProblem({
    code: "badRequest",
    message: "Ukjent handling: bruk add, update eller delete.",
    messageEn: "Unknown intent: use add, update or delete.",
  });
}
