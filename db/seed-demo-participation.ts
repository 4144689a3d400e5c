/**
 * The demo project's participation (issue 9, decision 013), made with the participation stores
 * so every rule and stamp applies: a site visit (befaring) and a choice session with residents
 * (Mari and Emil by their accounts, Sara by the alias she chose), points raised by residents,
 * police and fire with their answers — one considered but not adopted, with its reason; one
 * still open and past the project's days for an answer — and one point Mari sent in the app.
 * The activities happened weeks ago, so their points are moved back to those days, as the
 * database's clock would have stamped them then.
 */
import { inArray, sql } from "drizzle-orm";
import type { Database } from "./connection";
import { participationPoints, peopleEvents } from "./schema";
import { addActivity } from "../app/participation/activities-store.server";
import { addPoint, answerPoint } from "../app/participation/points-store.server";
import { addDays, todayInOslo } from "../app/ui/format-time";
import type { DemoMember } from "./seed-demo-homes";

function must<T extends { ok: boolean }>(result: T, what: string): T & { ok: true; id: string } {
  if (!result.ok) throw new Error(`demo participation: ${what} was refused: ${JSON.stringify(result)}`);
  return result as T & { ok: true; id: string };
}

/** Moves points and their history back to a day (noon in Oslo, about), as if raised and answered then. */
async function happenedOn(db: Database, pointIds: readonly string[], raisedOn: string, answeredOn: string | null) {
  const raised = sql`${`${raisedOn}T10:00:00Z`}::timestamptz`;
  const answered = answeredOn ? sql`${`${answeredOn}T10:00:00Z`}::timestamptz` : null;
  await db.update(participationPoints).set({ createdAt: raised }).where(inArray(participationPoints.id, [...pointIds]));
  if (answered) {
    await db.update(participationPoints).set({ answeredAt: answered }).where(inArray(participationPoints.id, [...pointIds]));
  }
  for (const id of pointIds) {
    await db.update(peopleEvents).set({ createdAt: raised }).where(sql`${peopleEvents.subjectId} = ${id} and ${peopleEvents.kind} = 'created'`);
    if (answered) await db.update(peopleEvents).set({ createdAt: answered }).where(sql`${peopleEvents.subjectId} = ${id} and ${peopleEvents.kind} = 'answered'`);
  }
}

/**
 * @example
 * await seedDemoParticipation(db, { owner, planner, police, fire, residents: [mari, emil] }, { siteIds: [tomtA, tomtB, tomtC, tomtD], bedroomDecisionId });
 */
export async function seedDemoParticipation(
  db: Database,
  members: { owner: DemoMember; planner: DemoMember; police: DemoMember; fire: DemoMember; residents: [DemoMember, DemoMember] },
  refs: { siteIds: string[]; bedroomDecisionId: string },
): Promise<{ activityIds: string[]; pointIds: string[] }> {
  // Police and fire took part by count; the planners entered their points.
  const { planner, owner } = members;
  const [mari, emil] = members.residents;
  const today = todayInOslo();
  const visitDay = addDays(today, -45);
  const sessionDay = addDays(today, -12);

  const visit = must(
    await addActivity(db, planner, {
      kind: "siteVisit",
      title: "Befaring på tomt A og tomt B",
      date: visitDay,
      phase: "localisation",
      place: "Eikelund, oppmøte ved butikken",
      facilitator: "Jonas, eiendomsenheten",
      attendance: { counts: { planner: 2, police: 1, fire: 1 }, residents: [{ userId: mari.userId }, { userId: emil.userId }, { alias: "Sara" }] },
      minutes:
        "Vi gikk fra butikken til tomt A og videre til tomt B, og tok bussen tilbake. Fra tomt A er det fortau hele veien til bussholdeplassen. Fra tomt B går mange rett over jernbanen i stedet for å ta omveien om undergangen.",
    }),
    "the site visit",
  );
  const session = must(
    await addActivity(db, owner, {
      kind: "choiceSession",
      title: "Valgmøte om farger og materialer",
      date: sessionDay,
      phase: "localisation",
      place: "Kommunehuset, møterom 2",
      facilitator: "Kari og arkitekten",
      attendance: { counts: { planner: 2 }, residents: [{ userId: mari.userId }, { userId: emil.userId }] },
      minutes: "Beboerne så på fargeprøver til fasade og ytterdør, og på gulv som tåler mye. Arkitekten viste tegningen av sovealkoven.",
    }),
    "the choice session",
  );

  // At the site visit: Mari's point entered by Jonas on her behalf; the police's; Emil's, still open.
  const bus = must(
    await addPoint(db, planner, { activityId: visit.id, body: "Det er langt og mørkt å gå til bussen fra tomt B. Vi vil heller ha en tomt med trygg vei til bussen.", raisedByRole: "resident", raisedByUserId: mari.userId }),
    "Mari's point on the bus",
  );
  const railway = must(
    await addPoint(db, planner, { activityId: visit.id, body: "Snarveien over jernbanen ved tomt B blir brukt mye. Velges tomt B, må den stenges eller få en trygg overgang.", raisedByRole: "police" }),
    "the police's point on the railway",
  );
  const terrace = must(
    await addPoint(db, planner, { activityId: visit.id, body: "Jeg vil gjerne ha en liten terrasse der jeg kan sitte ute.", raisedByRole: "resident", raisedByUserId: emil.userId }),
    "Emil's point on a terrace",
  );
  must(
    await answerPoint(db, planner, {
      pointId: bus.id,
      status: "adopted",
      answer: "Tomt A går videre som den beste tomta: fortau og gatelys hele veien til bussen, og ingen snarvei over jernbanen.",
      linkKind: "site",
      linkId: refs.siteIds[0],
    }),
    "the answer on the bus",
  );
  must(
    await answerPoint(db, planner, {
      pointId: railway.id,
      status: "partly",
      answer: "Tomt B er ikke lenger førstevalget. Vi har bedt om en trygg overgang ved undergangen i tilfelle tomt B likevel blir valgt.",
      linkKind: "site",
      linkId: refs.siteIds[1],
    }),
    "the answer on the railway",
  );
  await happenedOn(db, [bus.id, railway.id], visitDay, addDays(visitDay, 6));
  await happenedOn(db, [terrace.id], visitDay, null);

  // At the choice session: Mari raised her own point in the app afterwards, Emil's by Kari, fire's.
  const bedroom = must(await addPoint(db, mari, { activityId: session.id, body: "Jeg vil ha et eget sted å sove, ikke bare sofaen i stua." }), "Mari's point on a bedroom");
  const door = must(
    await addPoint(db, owner, { activityId: session.id, body: "Kan vi få en svart ytterdør?", raisedByRole: "resident", raisedByUserId: emil.userId }),
    "Emil's point on the door",
  );
  const alarm = must(
    await addPoint(db, owner, { activityId: session.id, body: "Røykvarslerne må ikke gå av hver gang noen lager mat.", raisedByRole: "fire" }),
    "fire's point on the alarms",
  );
  must(
    await answerPoint(db, owner, {
      pointId: bedroom.id,
      status: "adopted",
      answer: "Alle fire husene får en egen sovealkove med skyvedør.",
      linkKind: "decision",
      linkId: refs.bedroomDecisionId,
    }),
    "the answer on the bedroom",
  );
  must(
    await answerPoint(db, owner, {
      pointId: door.id,
      status: "notAdopted",
      answer: "Ytterdørene kommer i tre farger som er prøvd ut på slike hus.",
      reason: "En svart dør blir svært varm i sola, og malingen sprekker. Den mørkeste av de tre fargene er mørk grønn.",
    }),
    "the answer on the door",
  );
  must(
    await answerPoint(db, owner, {
      pointId: alarm.id,
      status: "adopted",
      answer: "Husene får varslere som skiller matos fra røyk, og brann og redning signerer punktet i sjekklisten.",
      linkKind: "checklistItem",
      linkId: "fireAlarmSuited",
    }),
    "the answer on the alarms",
  );
  await happenedOn(db, [bedroom.id, door.id, alarm.id], sessionDay, addDays(sessionDay, 3));

  // Mari's own point in the app, yesterday: still open, within the days for an answer.
  const bench = must(await addPoint(db, mari, { body: "Kan det komme en benk ved inngangen, så vi kan sitte ute når vi venter på noen?" }), "Mari's point on a bench");
  await happenedOn(db, [bench.id], addDays(today, -1), null);

  const pointIds = [bus.id, railway.id, terrace.id, bedroom.id, door.id, alarm.id, bench.id];
  return { activityIds: [visit.id, session.id], pointIds };
}
