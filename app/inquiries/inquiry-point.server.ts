/**
 * Turns an inquiry into a point in the participation log (decision 013), through the
 * participation store's `addPoint` (the points are participation's table): the inquiry's topic
 * and text, raised by a neighbour or others, never the sender. Once per inquiry (409 after).
 */
import type { Database } from "../../db/connection";
import { addPoint } from "../participation/points-store.server";
import { inquiryForPoint, recordPoint } from "./inquiries-store.server";
import type { PointRaiser } from "./inquiry-limits";
import type { Member } from "./inquiry-types";
import type { WriteResult } from "./write-result";

/** A point's text is at most 4,000 characters (app/participation). */
const pointBodyLimit = 4000;

/**
 * @example
 * const made = await turnIntoPoint(db, planner, { inquiryId, raisedByRole: "neighbour" });
 * if (made.ok) made.pointId;
 */
export async function turnIntoPoint(db: Database, who: Member, input: { inquiryId: string; raisedByRole: PointRaiser }): Promise<WriteResult<{ pointId: string }>> {
  const found = await inquiryForPoint(db, who, input.inquiryId);
  if (!found.ok) return found;
  const text = `${found.topic}: ${found.body}`;
  const body = text.length > pointBodyLimit ? `${text.slice(0, pointBodyLimit - 1)}…` : text;
  const point = await addPoint(db, who, { inquiryId: input.inquiryId, body, raisedByRole: input.raisedByRole });
  if (!point.ok) return point;
  await recordPoint(db, who, { inquiryId: input.inquiryId, pointId: point.id, raisedByRole: input.raisedByRole });
  return { ok: true, pointId: point.id };
}
