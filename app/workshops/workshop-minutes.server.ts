/**
 * The workshop writes its own minutes (decision 014): ending it writes one participation
 * activity (kind "workshop", `workshop_id` set, not yet approved) through participation's
 * `addActivity`, with the attendance by role (residents by alias), the agenda as run (planned
 * and used minutes), each poll with its results (final round) and the parking lot; each
 * parking-lot question becomes a point of that activity (`addPoint`). Ending twice writes once.
 *
 * @example
 * const ended = await endWorkshop(db, planner, workshopId);
 * if (ended.ok) console.log(ended.activityId);
 */
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { activities, parkingLotItems, projects, users, workshopAttendance, workshopItems, workshops } from "../../db/schema";
import { addActivity } from "../participation/activities-store.server";
import { addPoint } from "../participation/points-store.server";
import type { AttendanceRole } from "../participation/participation-vocabulary";
import { residentMembers } from "../participation/residents.server";
import type { Role } from "../permissions";
import { isRole } from "../permissions";
import { phases } from "../projects/vocabulary";
import { smallestSplitGroup } from "./poll-results";
import { optionsOf, pollsOf } from "./polls-store.server";
import type { WorkshopEvents } from "./workshop-events.server";
import { readPollResults } from "./workshop-view.server";
import type { WorkshopResult } from "./workshop-problem";
import { refused } from "./workshop-problem";
import type { WorkshopMember } from "./workshop-rows.server";
import { bumpState, findWorkshop } from "./workshop-rows.server";
import { closeWorkshop } from "./workshops-store.server";
import type { PollKind, PollResults } from "./workshop-types";

const attendanceRoleOf: Record<Role, AttendanceRole> = { owner: "planner", planner: "planner", police: "police", fire: "fire", resident: "resident", observer: "other" };
const roleNames: Record<Role, string> = { owner: "prosjekteier", planner: "planleggere", police: "politi", fire: "brann og redning", resident: "beboere", observer: "observatører" };
const attendanceOrder: AttendanceRole[] = ["resident", "planner", "police", "fire", "neighbour", "partner", "other"];
const attendanceNames: Record<AttendanceRole, string> = { resident: "beboere", planner: "planleggere", police: "politi", fire: "brann og redning", neighbour: "naboer", partner: "samarbeidspartnere", other: "andre" };
const kindNames: Record<PollKind, string> = { single: "ett valg", scale: "skala 1–5", ranking: "rangering", dots: "prikkstemming", text: "tekstsvar" };
const unitOf: Record<PollKind, [string, string]> = { single: ["stemme", "stemmer"], scale: ["svar", "svar"], ranking: ["poeng", "poeng"], dots: ["prikk", "prikker"], text: ["svar", "svar"] };

const plural = (count: number, [one, other]: [string, string]) => `${count} ${count === 1 ? one : other}`;

/** Minutes from a start to an end, at least 0, rounded. */
function usedMinutes(startedAt: Date | null, endedAt: Date | null): number | null {
  if (!startedAt || !endedAt) return null;
  return Math.max(0, Math.round((endedAt.getTime() - startedAt.getTime()) / 60_000));
}

function resultLines(kind: PollKind, labels: Map<string, string>, results: PollResults): string[] {
  if (kind === "text") return (results.texts ?? []).map((text) => `  – «${text}»`);
  // A scale reads in its own order, 1 to 5; the others with the most first.
  const entries = Object.entries(results.totals).sort(([keyA, a], [keyB, b]) => (kind === "scale" ? Number(keyA) - Number(keyB) : b - a));
  const name = (key: string) => (kind === "scale" ? key : (labels.get(key) ?? key));
  const lines = entries.map(([key, value]) => `  ${name(key)}: ${plural(value, unitOf[kind])}`);
  if (results.mean !== undefined) lines.push(`  Snitt: ${results.mean.toLocaleString("nb-NO")}`);
  for (const group of results.byRole) {
    if (group.totals === null) continue;
    const split = Object.entries(group.totals).sort(([, a], [, b]) => b - a).map(([key, value]) => `${name(key)} ${value}`).join(", ");
    lines.push(`  ${roleNames[group.role]} (${plural(group.answered, ["svar", "svar"])}): ${split}`);
  }
  const few = results.byRole.filter((group) => group.totals === null && group.answered < smallestSplitGroup).map((group) => roleNames[group.role]);
  if (few.length > 0) lines.push(`  Ikke vist for seg (færre enn ${smallestSplitGroup} svar): ${few.join(", ")}`);
  return lines;
}

/** The minutes' text and attendance of an ended workshop. */
async function minutesOf(db: Database, workshopId: string, projectId: string) {
  const [agenda, pollRows, parking, present] = await Promise.all([
    db.select().from(workshopItems).where(eq(workshopItems.workshopId, workshopId)).orderBy(asc(workshopItems.position)),
    pollsOf(db, workshopId),
    db.select().from(parkingLotItems).where(eq(parkingLotItems.workshopId, workshopId)).orderBy(asc(parkingLotItems.createdAt), asc(parkingLotItems.id)),
    db.select({ userId: workshopAttendance.userId, role: workshopAttendance.role, name: users.name }).from(workshopAttendance).innerJoin(users, eq(users.id, workshopAttendance.userId)).where(eq(workshopAttendance.workshopId, workshopId)),
  ]);
  const counts: Partial<Record<AttendanceRole, number>> = {};
  for (const person of present) {
    const role = isRole(person.role) ? attendanceRoleOf[person.role] : "other";
    counts[role] = (counts[role] ?? 0) + 1;
  }
  const residentIds = present.filter((person) => person.role === "resident").map((person) => person.userId);
  const stillResidents = new Set((await residentMembers(db, projectId, residentIds)).map((resident) => resident.userId));
  const residents = present
    .filter((person) => person.role === "resident")
    .map((person) => (stillResidents.has(person.userId) ? { userId: person.userId, alias: person.name } : { alias: person.name }));

  const lines: string[] = [];
  const inRoom = attendanceOrder.flatMap((role) => (counts[role] ? [`${attendanceNames[role]} ${counts[role]}`] : []));
  lines.push(inRoom.length === 0 ? "Ingen registrert i rommet." : `I rommet (${present.length}): ${inRoom.join(", ")}.`);
  lines.push("", "Dagsorden (planlagt / brukt):");
  if (agenda.length === 0) lines.push("  Ingen punkter.");
  agenda.forEach((item, index) => {
    const used = usedMinutes(item.startedAt, item.endedAt);
    lines.push(`  ${index + 1}. ${item.title}: ${item.plannedMinutes} min planlagt, ${used === null ? "ikke tatt opp" : `${used} min brukt`}`);
  });
  const asked = pollRows.filter((poll) => poll.openedAt !== null);
  if (asked.length > 0) lines.push("", "Avstemninger:");
  for (const poll of asked) {
    const kind = (Object.keys(kindNames) as PollKind[]).includes(poll.kind as PollKind) ? (poll.kind as PollKind) : "single";
    const results = await readPollResults(db, poll);
    const round = poll.round > 1 ? `, runde ${poll.round}` : "";
    lines.push(`  «${poll.question}» (${kindNames[kind]}${poll.budget ? `, ${poll.budget} prikker hver` : ""}, ${plural(results.answered, ["svar", "svar"])}${round})`);
    const labels = new Map(optionsOf(poll).map((option) => [option.id, option.label]));
    lines.push(...resultLines(kind, labels, results).map((line) => `  ${line}`));
  }
  lines.push("", "Parkeringsplassen:");
  if (parking.length === 0) lines.push("  Ingen spørsmål.");
  for (const item of parking) lines.push(`  – ${item.body}`);
  return { minutes: lines.join("\n"), attendance: { counts, residents }, parking };
}

// One ending at a time per workshop in this process (decision 001: one server process), so two
// planners pressing "Avslutt" at once write one set of minutes.
const endings = new Map<string, Promise<unknown>>();

/**
 * Ends the workshop and writes its minutes once: an ended workshop's second end finds the
 * activity it wrote and returns it.
 */
export async function endWorkshop(db: Database, who: WorkshopMember, workshopId: string, events?: WorkshopEvents): Promise<WorkshopResult<{ activityId: string | null; stateVersion: number }>> {
  const before = endings.get(workshopId) ?? Promise.resolve();
  const run = before.catch(() => undefined).then(() => endOnce(db, who, workshopId, events));
  endings.set(workshopId, run);
  try {
    return await run;
  } finally {
    if (endings.get(workshopId) === run) endings.delete(workshopId);
  }
}

async function endOnce(db: Database, who: WorkshopMember, workshopId: string, events?: WorkshopEvents): Promise<WorkshopResult<{ activityId: string | null; stateVersion: number }>> {
  const closed = await closeWorkshop(db, who, workshopId, events);
  if (!closed.ok) return closed;
  const row = await findWorkshop(db, who.projectId, workshopId);
  if (!row) return refused({ code: "notFound", message: "Fant ikke verkstedet.", messageEn: "No such workshop." });
  const [existing] = await db.select({ id: activities.id }).from(activities).where(and(eq(activities.projectId, who.projectId), eq(activities.workshopId, workshopId)));
  if (existing) {
    if (row.activityId !== existing.id) await db.update(workshops).set({ activityId: existing.id }).where(eq(workshops.id, workshopId));
    return { ok: true, activityId: existing.id, stateVersion: closed.stateVersion };
  }
  const [project] = await db.select({ phase: projects.phase }).from(projects).where(eq(projects.id, who.projectId));
  const phase = (phases as readonly string[]).includes(project?.phase ?? "") ? project?.phase : "needs";
  const [facilitator] = row.facilitatorId ? await db.select({ name: users.name }).from(users).where(eq(users.id, row.facilitatorId)) : [];
  const { minutes, attendance, parking } = await minutesOf(db, workshopId, who.projectId);
  const written = await addActivity(db, who, {
    kind: "workshop",
    title: row.title,
    date: row.date,
    phase,
    facilitator: facilitator?.name ?? "",
    attendance,
    minutes,
    workshopId,
  });
  if (!written.ok) return refused(written.problem);
  await db.update(workshops).set({ activityId: written.id }).where(eq(workshops.id, workshopId));
  const residents = new Set(attendance.residents.flatMap((resident) => (resident.userId ? [resident.userId] : [])));
  for (const item of parking.filter((entry) => entry.pointId === null)) {
    const role = isRole(item.raisedByRole) ? attendanceRoleOf[item.raisedByRole] : "other";
    const raisedByUserId = role === "resident" && item.raisedBy && residents.has(item.raisedBy) ? item.raisedBy : undefined;
    const point = await addPoint(db, who, { activityId: written.id, body: item.body, raisedByRole: role, raisedByUserId });
    if (point.ok) await db.update(parkingLotItems).set({ pointId: point.id }).where(and(eq(parkingLotItems.id, item.id), isNull(parkingLotItems.pointId)));
  }
  const stateVersion = await bumpState(db, workshopId, events);
  return { ok: true, activityId: written.id, stateVersion };
}
