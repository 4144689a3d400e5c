/**
 * The demo project's cooperation agreement (issue 9, decision 013), made with the app's own
 * store functions so every rule and stamp applies: six partners with the contact's role and a
 * work contact only, a responsibility matrix across the phases, two goals, the police's yearly
 * plan of meetings (the first held and in the participation log, the others ahead), and one
 * attention flag for the police on the checklist's item about locks.
 */
import type { Database } from "./connection";
import { addFlag } from "../app/changes/attention-store.server";
import { addGoal, addPartner, addResponsibility } from "../app/cooperation/cooperation-store.server";
import { markMeetingHeld } from "../app/cooperation/meeting-held.server";
import { addMeeting } from "../app/cooperation/meetings-store.server";
import type { PartnerKind } from "../app/cooperation/cooperation-vocabulary";
import type { Phase } from "../app/projects/vocabulary";
import { addDays, todayInOslo } from "../app/ui/format-time";
import type { DemoMember } from "./seed-demo-homes";

function must<T extends { ok: boolean }>(result: T, what: string): T & { ok: true } {
  if (!result.ok) throw new Error(`demo cooperation: ${what} was refused: ${JSON.stringify(result)}`);
  return result as T & { ok: true };
}

const demoPartners: ReadonlyArray<{ key: string; name: string; kind: PartnerKind; contactRole: string; workContact: string }> = [
  { key: "property", name: "Eiendomsenheten", kind: "municipality", contactRole: "Prosjektleder bygg", workContact: "Servicetorget, sentralbord" },
  { key: "allocation", name: "Tildelingskontoret", kind: "municipality", contactRole: "Leder for tildeling", workContact: "Felles postkasse for tildeling" },
  { key: "police", name: "Politiet (forebyggende seksjon)", kind: "police", contactRole: "Leder forebyggende seksjon", workContact: "Politiets sentralbord" },
  { key: "fire", name: "Brann og redning", kind: "fire", contactRole: "Forebyggende avdeling", workContact: "Sentralbord brann og redning" },
  { key: "prison", name: "Kriminalomsorgen", kind: "prisonService", contactRole: "Koordinator for løslatelse", workContact: "Fengselets sentralbord" },
  { key: "husbanken", name: "Husbanken", kind: "husbanken", contactRole: "Rådgiver for kommunene i regionen", workContact: "Husbankens sentralbord" },
];

/** Who does what in which phase, in the project's own words. */
const demoResponsibilities: ReadonlyArray<{ partner: string; phase: Phase; text: string }> = [
  { partner: "allocation", phase: "needs", text: "Kartlegger hvem som trenger bolig, og hvilke boformer som passer" },
  { partner: "husbanken", phase: "needs", text: "Gir råd om tilskudd og lån til utleieboliger" },
  { partner: "prison", phase: "needs", text: "Melder tidlig fra om løslatelser som trenger bolig" },
  { partner: "police", phase: "localisation", text: "Gir råd om plassering ut fra kjente rusmiljøer i området" },
  { partner: "fire", phase: "localisation", text: "Vurderer adkomst for utrykningskjøretøy" },
  { partner: "property", phase: "localisation", text: "Finner og vurderer tomter" },
  { partner: "property", phase: "design", text: "Leder prosjekteringen og tar med sjekklisten" },
  { partner: "fire", phase: "design", text: "Gir råd om brannvarsling og sprinkling tilpasset beboerne" },
  { partner: "property", phase: "construction", text: "Følger opp entreprenøren" },
  { partner: "allocation", phase: "completion", text: "Tildeler boligene og avtaler oppfølging" },
  { partner: "prison", phase: "completion", text: "Planlegger overgangen fra soning til egen bolig" },
  { partner: "police", phase: "evaluation", text: "Deler erfaringer fra nærmiljøet etter innflytting" },
];

/**
 * @example
 * await seedDemoCooperation(db, { owner, planner, police, fire });
 */
export async function seedDemoCooperation(
  db: Database,
  members: { owner: DemoMember; planner: DemoMember; police: DemoMember; fire: DemoMember },
  options: { now?: Date } = {},
): Promise<{ partnerIds: Record<string, string>; heldMeetingId: string; activityId: string; flagId: string }> {
  const { owner, planner } = members;
  const partnerIds: Record<string, string> = {};
  for (const { key, ...partner } of demoPartners) partnerIds[key] = must(await addPartner(db, planner, partner), `partner ${partner.name}`).id;
  for (const entry of demoResponsibilities) {
    must(await addResponsibility(db, planner, { partnerId: partnerIds[entry.partner], phase: entry.phase, text: entry.text }), `responsibility ${entry.text}`);
  }
  const today = todayInOslo(options.now);
  const endOfYear = `${today.slice(0, 4)}-12-31`;
  must(await addGoal(db, owner, { title: "Boliger tilbudt i år", target: 4, achieved: 2, unit: "boliger", dueDate: endOfYear }), "homes goal");
  must(await addGoal(db, planner, { title: "Felles møter i året", target: 6, achieved: 1, unit: "møter", dueDate: endOfYear }), "meetings goal");

  // The police's yearly plan of meetings with the municipality: the first has been held.
  const together = [partnerIds.police, partnerIds.allocation, partnerIds.property];
  const meetings = [
    { title: "Samarbeidsmøte med politiet: oppstart", date: addDays(today, -21), purpose: "Roller, kontaktpersoner og møteplan for året", partnerIds: [...together, partnerIds.prison] },
    { title: "Samarbeidsmøte med politiet: plassering", date: addDays(today, 28), purpose: "Politiets råd om tomtene før valget av tomt", partnerIds: [...together, partnerIds.fire] },
    { title: "Samarbeidsmøte med politiet: før innflytting", date: addDays(today, 120), purpose: "Nærmiljøet, naboene og kontakt ved behov", partnerIds: together },
    { title: "Samarbeidsmøte med politiet: erfaringer", date: addDays(today, 240), purpose: "Hva har fungert, og hva gjør vi annerledes neste gang", partnerIds: together },
  ];
  const meetingIds: string[] = [];
  for (const meeting of meetings) meetingIds.push(must(await addMeeting(db, planner, meeting), `meeting ${meeting.title}`).id);
  const held = must(await markMeetingHeld(db, planner, { meetingId: meetingIds[0], place: "Politihuset, møterom 2", facilitator: "Planlegger i kommunen" }, options), "held meeting");

  const flag = must(
    await addFlag(db, owner, {
      subjectKind: "checklistItem",
      subjectId: "workingLocks",
      role: "police",
      note: "Kan dere se på låsene i tegningene før neste samarbeidsmøte?",
    }),
    "attention flag",
  );
  return { partnerIds, heldMeetingId: meetingIds[0], activityId: held.id, flagId: flag.id };
}
