import type { ManualPoint, PointProblem } from "./manual-points";

export type PointAnswer =
  | { ok: true; point: ManualPoint }
  | { ok: true; point: null; deleted: string }
  | { ok: false; offline: true }
  | { ok: false; offline: false; problem: PointProblem };

/**
 * Posts one change of a point to /projects/:projectId/reference-points and reads the answer.
 *
 * @example
 * await sendPointRequest(projectId, { intent: "delete", pointId });
 */
export async function sendPointRequest(projectId: string, fields: Record<string, string>): Promise<PointAnswer> {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.set(key, value);
  let response: Response;
  try {
    response = await fetch(`/projects/${projectId}/reference-points`, { method: "POST", body, headers: { Accept: "application/json" } });
  } catch {
    return { ok: false, offline: true };
  }
  const answer = (await response.json().catch(() => null)) as { point?: ManualPoint; deleted?: string; error?: PointProblem } | null;
  if (response.ok && answer?.point) return { ok: true, point: answer.point };
  if (response.ok && answer?.deleted) return { ok: true, point: null, deleted: answer.deleted };
  const problem: PointProblem = answer?.error ?? {
    code: response.status === 403 ? "forbidden" : response.status === 404 ? "notFound" : "badRequest",
    message: `HTTP ${response.status}`,
    messageEn: `HTTP ${response.status}`,
  };
  return { ok: false, offline: false, problem };
}
