/**
 * Points raised in the participation log, and their answers (decision 013). A point is raised in
 * an activity, in the app by a resident, or from an inquiry; who raised it is kept by role (and,
 * for a resident member, who). Staff entering a resident's point are marked as entering it on the
 * resident's behalf. Every point gets an answer: adopted, partly, not adopted (with a reason) or
 * still open, with a link to what changed. Like the activities, every write checks its rule
 * here, appends a row to `people_events` in its transaction and tells the participation pages.
 *
 * @example
 * const raised = await addPoint(db, planner, { activityId, body: "Benk ved inngangen", raisedByRole: "resident", raisedByUserId: mari });
 * if (raised.ok) await answerPoint(db, planner, { pointId: raised.id, status: "adopted", answer: "Benken er tegnet inn.", linkKind: "site", linkId: siteId });
 */
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { activities, checklistItems, choiceCategories, inquiries, participationPoints } from "../../db/schema";
import { appendPeopleEvent } from "../changes/people-events.server";
import type { FeedbackEvents } from "../feedback/feedback-events.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import { can } from "../permissions";
import type { ParticipationMember } from "./activities-store.server";
import type { AnswerInput, CheckedAnswer, PointInput } from "./participation-input";
import { answerInputSchema, checkInput, pointInputSchema } from "./participation-input";
import type { ParticipationProblem, ParticipationResult } from "./participation-problem";
import { forbidden, invalidFields, notFound, refused } from "./participation-problem";
import { readPlanNames } from "./plan-names.server";
import { residentMembers } from "./residents.server";

export { answerInputSchema, pointInputSchema };
export type { AnswerInput, PointInput };

const noSuchPoint = notFound({ nb: "innspillet", en: "point" });
const noSuchActivity = notFound({ nb: "aktiviteten", en: "activity" });

const ownPointsOnly: ParticipationProblem = {
  code: "forbidden",
  message: "Som beboer kan du komme med dine egne innspill, men ikke føre inn innspill for andre.",
  messageEn: "As a resident you can raise your own points, but not enter points for others.",
};

const notAtActivity: ParticipationProblem = {
  code: "forbidden",
  message: "Du står ikke på deltakerlisten til den aktiviteten. Kom med innspillet ditt uten aktivitet, eller be en planlegger føre det inn.",
  messageEn: "You are not on that activity's list of attendees. Raise your point without an activity, or ask a planner to enter it.",
};

const pointOfInquiryExists: ParticipationProblem = {
  code: "conflict",
  message: "Henvendelsen er allerede gjort til et innspill i medvirkningsloggen.",
  messageEn: "The inquiry is already a point in the participation log.",
};

/** The activity's listed resident members, or null when it is not in the project. */
async function activityResidents(db: Database, projectId: string, activityId: string): Promise<string[] | null> {
  const [row] = await db
    .select({ attendance: activities.attendance })
    .from(activities)
    .where(and(eq(activities.projectId, projectId), eq(activities.id, activityId)));
  if (!row) return null;
  const residents = (row.attendance as { residents?: Array<{ userId?: unknown }> } | null)?.residents ?? [];
  return residents.flatMap((resident) => (typeof resident.userId === "string" ? [resident.userId] : []));
}

/**
 * Adds a point. Planners (`participation:write`) add any point, also a resident's on their behalf
 * (a resident raiser must then be a resident member: 400 otherwise). A resident
 * (`participation:raiseOwn`) adds only their own point: raised by themselves, as a resident, in
 * no activity or one whose attendance lists them, never from an inquiry (403 otherwise). Refused
 * too: an activity or inquiry that is not in the project (404), an inquiry already made a point
 * (409), input that fails its schema (400 naming the field).
 */
export async function addPoint(db: Database, who: ParticipationMember, input: unknown, events: FeedbackEvents = feedbackEvents): Promise<ParticipationResult> {
  const staff = can(who.role, "participation:write");
  if (!staff && !can(who.role, "participation:raiseOwn")) return refused(forbidden);
  const checked = checkInput(pointInputSchema, staff ? input : { raisedByRole: "resident", raisedByUserId: who.userId, ...(input as object) });
  if (!checked.ok) return checked;
  const point = checked.value;
  if (!staff && (point.raisedByUserId !== who.userId || point.raisedByRole !== "resident" || point.inquiryId !== undefined)) return refused(ownPointsOnly);
  if (point.raisedByUserId !== undefined) {
    if (point.raisedByRole !== "resident") {
      return refused(invalidFields({ raisedByRole: { message: "Et innspill fra en beboer er ført inn med rollen beboer.", messageEn: "A point from a resident is entered with the role resident." } }));
    }
    const [resident] = await residentMembers(db, who.projectId, [point.raisedByUserId]);
    if (!resident) {
      return refused(invalidFields({ raisedByUserId: { message: "Beboeren er ikke beboer i dette prosjektet.", messageEn: "The resident is not a resident of this project." } }));
    }
  }
  if (point.activityId !== undefined) {
    const listed = await activityResidents(db, who.projectId, point.activityId);
    if (listed === null) return refused(noSuchActivity);
    if (!staff && !listed.includes(who.userId)) return refused(notAtActivity);
  }
  if (point.inquiryId !== undefined) {
    const [inquiry] = await db
      .select({ id: inquiries.id })
      .from(inquiries)
      .where(and(eq(inquiries.projectId, who.projectId), eq(inquiries.id, point.inquiryId)));
    if (!inquiry) return refused(notFound({ nb: "henvendelsen", en: "inquiry" }));
  }
  const onBehalf = point.raisedByRole === "resident" && point.raisedByUserId !== who.userId;
  const id = crypto.randomUUID();
  const values = {
    activityId: point.activityId ?? null,
    inquiryId: point.inquiryId ?? null,
    body: point.body,
    raisedByRole: point.raisedByRole,
    raisedByUserId: point.raisedByUserId ?? null,
    onBehalf,
  };
  const made = await db.transaction(async (transaction) => {
    if (values.inquiryId !== null) {
      // One point per inquiry, also when two planners press at once: the inquiry's row is locked.
      await transaction.select({ id: inquiries.id }).from(inquiries).where(eq(inquiries.id, values.inquiryId)).for("update");
      const [existing] = await transaction.select({ id: participationPoints.id }).from(participationPoints).where(eq(participationPoints.inquiryId, values.inquiryId));
      if (existing) return false;
    }
    await transaction.insert(participationPoints).values({ id, projectId: who.projectId, ...values, enteredBy: who.userId, enteredRole: who.role });
    await appendPeopleEvent(transaction, who, { subjectKind: "point", subjectId: id, kind: "created", detail: values });
    return true;
  });
  if (!made) return refused(pointOfInquiryExists);
  events.publish(who.projectId, "participation");
  return { ok: true, id };
}

/** Whether what an answer links to exists in the project: a server record, or an entry of the plan document. */
async function linkProblem(db: Database, projectId: string, answer: CheckedAnswer): Promise<ParticipationProblem | null> {
  if (answer.linkKind === undefined || answer.linkId === undefined) return null;
  const id = answer.linkId;
  const missing = (nb: string, en: string) =>
    invalidFields({ linkId: { message: `Fant ikke ${nb} svaret lenker til, i dette prosjektet.`, messageEn: `This project has no such ${en} for the answer to link to.` } });
  switch (answer.linkKind) {
    case "checklistItem": {
      const [item] = await db
        .select({ key: checklistItems.itemKey })
        .from(checklistItems)
        .where(and(eq(checklistItems.projectId, projectId), eq(checklistItems.itemKey, id)));
      return item ? null : missing("punktet i sjekklisten", "checklist item");
    }
    case "choiceCategory": {
      const [category] = await db
        .select({ id: choiceCategories.id })
        .from(choiceCategories)
        .where(and(eq(choiceCategories.projectId, projectId), eq(choiceCategories.id, id)));
      return category ? null : missing("valgkategorien", "choice category");
    }
    case "site":
    case "decision": {
      const names = await readPlanNames(db, projectId);
      const found = answer.linkKind === "site" ? names.sites.some((site) => site.id === id) : names.decisions.some((decision) => decision.id === id);
      return found ? null : answer.linkKind === "site" ? missing("tomta", "site") : missing("beslutningen", "decision");
    }
  }
}

/**
 * Answers a point, or changes its answer (planners: 403 otherwise). "notAdopted" without a reason
 * is refused (400, field `reason`); a link to a site, decision, checklist item or choice category
 * that is not in the project is refused (400, field `linkId`). Back to "open", the point has no
 * answer time; every other status stamps the answer's time (the latest answer).
 *
 * @example
 * await answerPoint(db, planner, { pointId, status: "notAdopted", reason: "Tomta er for liten til to innganger." });
 */
export async function answerPoint(db: Database, who: ParticipationMember, input: unknown, events: FeedbackEvents = feedbackEvents): Promise<ParticipationResult> {
  if (!can(who.role, "participation:write")) return refused(forbidden);
  const checked = checkInput(answerInputSchema, input);
  if (!checked.ok) return checked;
  const answer = checked.value;
  const [point] = await db
    .select({ id: participationPoints.id })
    .from(participationPoints)
    .where(and(eq(participationPoints.projectId, who.projectId), eq(participationPoints.id, answer.pointId)));
  if (!point) return refused(noSuchPoint);
  const problem = await linkProblem(db, who.projectId, answer);
  if (problem) return refused(problem);
  const values = {
    answerStatus: answer.status,
    answer: answer.answer,
    reason: answer.reason,
    linkKind: answer.linkKind ?? null,
    linkId: answer.linkId ?? null,
  };
  const open = answer.status === "open";
  await db.transaction(async (transaction) => {
    await transaction
      .update(participationPoints)
      .set({ ...values, answeredBy: open ? null : who.userId, answeredAt: open ? null : sql`now()` })
      .where(eq(participationPoints.id, point.id));
    await appendPeopleEvent(transaction, who, { subjectKind: "point", subjectId: point.id, kind: "answered", detail: values });
  });
  events.publish(who.projectId, "participation");
  return { ok: true, id: point.id };
}
