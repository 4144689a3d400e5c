/**
 * The demo project's neighbour communication (issue 9, decision 013), made with the app's own
 * store functions so every rule and stamp applies, consistent with a project in the localisation
 * phase: an information plan of six rows (one overdue: the local council was to be told during
 * the political handling), an address list of eight invented addresses around the site, two
 * entries in the communication log, an information letter ready to print, and the formal
 * neighbour notice sent ten days ago (Oslo) with one objection whose comment is still pending.
 * Every name and address here is made up.
 */
import type { Database } from "./connection";
import type { DemoMember } from "./seed-demo-homes";
import { importAddresses, takeAddressesFromMap } from "../app/neighbours/address-store.server";
import { addCommunication } from "../app/neighbours/communication-store.server";
import { addInfoPlanRow, setInfoPlanStatus } from "../app/neighbours/info-plan-store.server";
import { createLetter, readLetter, saveLetter } from "../app/neighbours/letter-store.server";
import type { NeighbourResult } from "../app/neighbours/neighbour-types";
import { addObjection, recordNotice } from "../app/neighbours/notice-store.server";
import { addDays, todayInOslo } from "../app/ui/format-time";

/** The invented address list, as the property register would export it. */
export const demoAddressCsv = `Adresse;Postnummer;Poststed;Eier
Eikelundveien 2;1357;Eikelund;Liv Demo Haugen
Eikelundveien 4;1357;Eikelund;
Eikelundveien 6;1357;Eikelund;Borettslaget Eikelund Hage
Eikelundveien 5;1357;Eikelund;
Eikelundveien 7;1357;Eikelund;Tor Demo Lunde
Senterveien 1;1357;Eikelund;Eikelund Senter AS
Granveien 3;1357;Eikelund;
Granveien 5;1357;Eikelund;
`;

function must(result: NeighbourResult, what: string): string {
  if (!result.ok) throw new Error(`demo neighbours: ${what}: ${result.problem.messageEn}`);
  return result.id;
}

/**
 * @example
 * await seedDemoNeighbours(db, { owner: member("kari"), planner: member("jonas") }, { siteIds: [tomtA, tomtB] });
 */
export async function seedDemoNeighbours(db: Database, members: { owner: DemoMember; planner: DemoMember }, refs: { siteIds: string[] }): Promise<{ letterId: string; noticeId: string }> {
  const { owner, planner } = members;
  const today = todayInOslo();
  const day = (offset: number) => addDays(today, offset);

  const rows = [
    { audience: "localCouncil", message: "Orientering om behovet og planene før den politiske behandlingen.", phase: "political", channel: "meeting", responsible: "Kari (prosjekteier)", status: "planned" },
    { audience: "emergencyServices", message: "Politi og brann og redning er med i vurderingen av tomtene.", phase: "localisation", channel: "meeting", responsible: "Jonas", status: "done" },
    { audience: "neighbours", message: "Informasjonsbrev om planene og hvem naboene kan kontakte.", phase: "localisation", date: day(7), channel: "letter", responsible: "Jonas", status: "inProgress" },
    { audience: "cooperativeBoard", message: "Møte med styret i borettslaget om adkomst og byggetid.", phase: "localisation", channel: "meeting", responsible: "Jonas", status: "done" },
    { audience: "neighbours", message: "Nabovarsel til naboer og gjenboere innenfor varslingsradiusen.", phase: "localisation", channel: "formalNotice", responsible: "Jonas", status: "done" },
    { audience: "everyone", message: "Den offentlige prosjektsiden publiseres når kommunestyret har vedtatt tomta.", phase: "decision", channel: "publicPage", responsible: "Kari (prosjekteier)", status: "planned" },
  ] as const;
  for (const row of rows) {
    const id = must(await addInfoPlanRow(db, planner, { ...row, date: "date" in row ? row.date : undefined }), "information plan");
    if (row.status !== "planned") must(await setInfoPlanStatus(db, planner, { rowId: id, status: row.status }), "information plan status");
  }

  // Addresses from the map data when it has any around the site; the register's list in any case.
  for (const siteId of refs.siteIds.slice(0, 1)) await takeAddressesFromMap(db, planner, { siteId, radiusMetres: 50 });
  must(await importAddresses(db, planner, { csv: demoAddressCsv }), "address list");

  must(
    await addCommunication(db, planner, {
      kind: "meeting",
      date: day(-20),
      audience: "cooperativeBoard",
      channel: "Styremøte i borettslaget Eikelund Hage",
      summary: "Orienterte styret om planene for fire småhus. Styret ba om at anleggstrafikken ikke går gjennom borettslaget, og om et nytt møte før byggestart.",
    }),
    "communication log",
  );
  must(
    await addCommunication(db, owner, {
      kind: "call",
      date: day(-4),
      audience: "neighbours",
      channel: "Telefon",
      summary: "En nabo i Granveien spurte når byggingen kan starte og hvor det blir parkering. Svarte at byggestart tidligst blir neste år, og at parkeringen legges mot Eikelundveien.",
    }),
    "communication log",
  );

  const letterId = must(await createLetter(db, planner, { templateKey: "information", title: "Informasjon til naboene i Eikelundveien" }), "letter");
  const letter = await readLetter(db, planner.projectId, letterId);
  must(
    await saveLetter(db, planner, {
      letterId,
      title: "Informasjon til naboene i Eikelundveien",
      fields: {
        ...letter?.fields,
        site: "den kommunale tomta ved Eikelund senter",
        sender: "Demo kommune, eiendomsavdelingen",
        contactName: "Jonas (planlegger)",
        contactPhone: "12 34 56 78",
        contactEmail: "boplan@demo.example",
        about: "Husene blir små og frittliggende, med egen inngang og en liten hage. Tomta ligger nær butikk og buss, og adkomsten blir fra Eikelundveien. Politiet og brann og redning er med i planleggingen.",
        timeline: "Kommunestyret skal velge tomt i vår. Blir det denne tomta, regner vi med byggestart neste år. Vi holder et informasjonsmøte før det.",
        moreInfo: "",
      },
    }),
    "letter blanks",
  );

  const noticeId = must(
    await recordNotice(db, planner, {
      sentDate: day(-10),
      recipients: "Eierne av naboeiendommene og gjenboerne i Eikelundveien og Granveien",
      recipientCount: 8,
      channel: "registeredLetter",
      proof: "Kvittering for rekommandert sending fra posten, 8 sendinger.",
    }),
    "formal notice",
  );
  must(
    await addObjection(db, planner, {
      noticeId,
      receivedDate: day(-3),
      fromName: "Tor Demo Lunde",
      body: "Jeg er bekymret for trafikken i Eikelundveien mens husene bygges, og for at det blir for få parkeringsplasser. Kan anleggstrafikken gå fra Senterveien?",
    }),
    "objection",
  );
  return { letterId, noticeId };
}
