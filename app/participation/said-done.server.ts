/**
 * "Dette sa dere – dette gjorde vi" as one member reads it (decision 013, `participation:read`):
 * every point and what came of it, newest first, with who raised it by role only. A resident's
 * own points are marked as theirs; nobody's alias is in this data, so no resident sees another's.
 */
import type { Database } from "../../db/connection";
import { can } from "../permissions";
import { todayInOslo } from "../ui/format-time";
import type { ParticipationMember } from "./activities-store.server";
import { readParticipationRecords } from "./participation-records.server";
import type { SaidDoneData, SaidDonePoint } from "./participation-types";
import { linkOf, readLinkOptions } from "./point-links.server";

/**
 * @example
 * const page = await readSaidDone(db, { projectId, userId: mari, role: "resident" });
 * page.points.filter((point) => point.own);
 */
export async function readSaidDone(db: Database, member: ParticipationMember): Promise<SaidDoneData> {
  const [records, links] = await Promise.all([readParticipationRecords(db, member.projectId), readLinkOptions(db, member.projectId)]);
  const activityOf = new Map(records.activities.map((activity) => [activity.id, activity]));
  const points: Array<SaidDonePoint & { latest: string }> = records.points.map((point) => {
    const activity = point.activityId ? activityOf.get(point.activityId) : undefined;
    const latest = (point.answeredAt && point.answeredAt > point.createdAt ? point.answeredAt : point.createdAt).toISOString();
    return {
      id: point.id,
      body: point.body,
      raisedByRole: point.raisedByRole,
      own: point.raisedByUserId === member.userId,
      onBehalf: point.onBehalf,
      activity: activity ? { title: activity.title, date: activity.date, kind: activity.kind } : null,
      answerStatus: point.answerStatus,
      answer: point.answer,
      reason: point.reason,
      link: linkOf(member.projectId, links, point.linkKind, point.linkId),
      raisedOn: todayInOslo(point.createdAt),
      answeredOn: point.answeredAt ? todayInOslo(point.answeredAt) : null,
      latest,
    };
  });
  const mayRaise = can(member.role, "participation:raiseOwn");
  return {
    self: { userId: member.userId, role: member.role, mayRaise },
    points: points.sort((a, b) => b.latest.localeCompare(a.latest)).map(({ latest: _latest, ...point }) => point),
    ownActivities: mayRaise
      ? records.activities
          .filter((activity) => activity.attendance.residents.some((resident) => resident.userId === member.userId))
          .map((activity) => ({ id: activity.id, title: activity.title, date: activity.date }))
          .sort((a, b) => b.date.localeCompare(a.date))
      : [],
  };
}
