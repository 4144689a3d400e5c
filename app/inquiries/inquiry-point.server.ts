/**
 * Turns an inquiry into a point in the participation log (decision 013), through the
 * participation store's `addPoint` (its table is participation's), once per inquiry.
 */
import type { Database } from "../../db/connection";
import type { PointRaiser } from "./inquiry-limits";
import type { Member } from "./inquiry-types";
import { inquiryForPoint } from "./inquiries-store.server";
import type { WriteResult } from "./write-result";
import { refused } from "./write-result";

export async function turnIntoPoint(db: Database, who: Member, input: { inquiryId: string; raisedByRole: PointRaiser }): Promise<WriteResult<{ pointId?: string }>> {
  const found = await inquiryForPoint(db, who, input.inquiryId);
  if (!found.ok) return found;
  return refused({ code: "conflict", message: "Innspill kan ikke lages ennå.", messageEn: "Points cannot be made yet." });
}
