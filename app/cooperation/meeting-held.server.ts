/**
 * A planned meeting marked as held (decision 013): it becomes an activity of kind
 * "partnerMeeting" in the participation log, made by the participation store's own `addActivity`
 * (never its table), and the meeting keeps the activity's id, so the plan links to it. A meeting
 * is held once: a second "held" is refused with 409, also when two planners press at once (the
 * meeting's row is locked while the activity is made).
 */
import { eq } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { partners, plannedMeetings, projects } from "../../db/schema";
import type { Actor } from "../changes/people-events.server";
import { appendPeopleEvent } from "../changes/people-events.server";
import { createFeedbackEvents } from "../feedback/feedback-events.server";
import { addActivity } from "../participation/activities-store.server";
import { isPhase } from "../projects/vocabulary";
import { todayInOslo } from "../ui/format-time";
import type { InputOf } from "./cooperation-input";
import { invalidFields } from "./cooperation-input";
import { mayNotWrite, mayWrite, notFound, partnerIdsOf, refused } from "./cooperation-store.server";
import type { CooperationProblem, CooperationResult } from "./cooperation-types";
import type { PartnerKind } from "./cooperation-vocabulary";

const alreadyHeld: CooperationProblem = {
  code: "conflict",
  message: "Møtet er allerede markert som holdt og står i medvirkningsloggen.",
  messageEn: "The meeting is already marked as held and is in the participation log.",
};

/** Which attendance count a partner taking part adds to: the agencies by name, the municipality's own services as planners. */
const countOfKind: Record<PartnerKind, "police" | "fire" | "planner" | "partner"> = {
  police: "police",
  fire: "fire",
  municipality: "planner",
  prisonService: "partner",
  husbanken: "partner",
  other: "partner",
};

/** One attendee per partner taking part, counted by role; no names. */
async function attendanceCounts(db: Database, projectId: string, partnerIds: readonly string[]) {
  const counts = { police: 0, fire: 0, planner: 0, partner: 0 };
  if (partnerIds.length === 0) return counts;
  const rows = await db.select({ id: partners.id, kind: partners.kind }).from(partners).where(eq(partners.projectId, projectId));
  for (const row of rows) {
    if (!partnerIds.includes(row.id)) continue;
    const kind = (Object.hasOwn(countOfKind, row.kind) ? row.kind : "other") as PartnerKind;
    counts[countOfKind[kind]] += 1;
  }
  return counts;
}

/** Raised inside the transaction to undo the activity when the meeting turned out to be held already. */
class MeetingRefused extends Error {
  constructor(readonly problem: CooperationProblem) {
    super(problem.messageEn);
  }
}

/**
 * Marks a planned meeting as held on `heldDate` (its planned date unless given; not after
 * today in Oslo), with the place and who chaired it. Returns the new activity's id.
 *
 * @example
 * const result = await markMeetingHeld(db, planner, { meetingId, place: "Politihuset", facilitator: "Jonas" });
 * if (result.ok) console.log(`/projects/${projectId}/participation#activity-${result.id}`);
 */
export async function markMeetingHeld(db: Database, actor: Actor, input: InputOf<"markHeld">, options: { now?: Date } = {}): Promise<CooperationResult> {
  if (!mayWrite(actor)) return refused(mayNotWrite);
  const [meeting] = await db.select().from(plannedMeetings).where(eq(plannedMeetings.id, input.meetingId));
  if (!meeting || meeting.projectId !== actor.projectId) return refused(notFound("meeting"));
  if (meeting.activityId !== null) return refused(alreadyHeld);
  const heldDate = input.heldDate ?? meeting.date;
  if (heldDate > todayInOslo(options.now)) {
    return refused(
      invalidFields({
        heldDate: {
          message: "Et møte kan ikke markeres som holdt før det har vært. Velg datoen det ble holdt.",
          messageEn: "A meeting cannot be marked as held before it took place. Choose the date it was held.",
        },
      }),
    );
  }
  const [project] = await db.select({ phase: projects.phase }).from(projects).where(eq(projects.id, actor.projectId));
  const counts = await attendanceCounts(db, actor.projectId, partnerIdsOf(meeting.partnerIds));
  try {
    const activityId = await db.transaction(async (transaction) => {
      // Locked until the activity is linked: a second "held" waits here and then sees it held.
      const [locked] = await transaction.select({ activityId: plannedMeetings.activityId }).from(plannedMeetings).where(eq(plannedMeetings.id, meeting.id)).for("update");
      if (!locked || locked.activityId !== null) throw new MeetingRefused(alreadyHeld);
      const made = await addActivity(transaction, actor, {
        kind: "partnerMeeting",
        title: meeting.title,
        date: heldDate,
        phase: project && isPhase(project.phase) ? project.phase : "needs",
        place: input.place,
        facilitator: input.facilitator,
        attendance: { counts, residents: [] },
        plannedMeetingId: meeting.id,
        // Told by the route once this transaction has committed, not from inside it.
      }, createFeedbackEvents());
      if (!made.ok) throw new MeetingRefused(made.problem as CooperationProblem);
      await transaction.update(plannedMeetings).set({ activityId: made.id }).where(eq(plannedMeetings.id, meeting.id));
      await appendPeopleEvent(transaction, actor, { subjectKind: "meeting", subjectId: meeting.id, kind: "held", detail: { activityId: made.id, heldDate } });
      return made.id;
    });
    return { ok: true, id: activityId };
  } catch (error) {
    if (error instanceof MeetingRefused) return refused(error.problem);
    throw error;
  }
}
