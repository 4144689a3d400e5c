/**
 * The demo project's homes (issue 8, decision 012), made with the app's own store functions so
 * every rule and stamp applies: four homes in two house types, two allocated to demo residents;
 * the checklist from template version 1 (so version 2's items wait to be taken in), partly done,
 * with fire & rescue's sign-offs, a photo as evidence, the bedroom decided with its reason and in
 * the decision log; the default catalogue with open, closed and not yet open categories; and
 * choices, one of them recorded by staff together with the resident.
 */
import sharp from "sharp";
import { eq } from "drizzle-orm";
import type { Database } from "./connection";
import { checklistVersions, choiceCategories } from "./schema";
import { ensureChecklist, linkDecision, setDecision, setStatus, addComment as addChecklistComment, addDisagreement } from "../app/checklist/checklist-store.server";
import { storeFile } from "../app/files/files.server";
import { importDefaults, addDays } from "../app/homes/catalogue-import.server";
import { readCatalogue } from "../app/homes/catalogue-store.server";
import { allocateHome, createHouseType, setHomeHouseType } from "../app/homes/homes-store.server";
import { ensureHomes } from "../app/homes/homes.server";
import { chooseOption, confirmChoice, requestHelp, toggleFavourite } from "../app/my-home/my-home-store.server";
import { recordWithResident } from "../app/choices/choice-writes.server";
import type { Role } from "../app/permissions";
import { todayInOslo } from "../app/ui/format-time";

export interface DemoMember {
  projectId: string;
  userId: string;
  role: Role;
}

/** The bedroom decision, as it stands in the demo's decision log. */
export const demoBedroomDecision = {
  decision: "Alle fire husene får en egen sovealkove med skyvedør.",
  reason:
    "Beboerne vi har snakket med, ønsker et eget sted å sove; det gjør det lettere å holde rutiner. En alkove tar mindre plass enn et soverom og kan brukes som bod om noen heller vil sove i stua.",
};

/** A drawing of a sprinkler head in a ceiling, as a phone photo would show it (no real photo ships with the app). */
async function sprinklerPhoto(): Promise<Uint8Array> {
  const drawing = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
    <rect width="1200" height="900" fill="#e9e4da"/>
    <rect y="640" width="1200" height="260" fill="#c9bfae"/>
    <circle cx="600" cy="300" r="120" fill="#f4f1ea" stroke="#9a9183" stroke-width="8"/>
    <circle cx="600" cy="300" r="46" fill="#b8b2a6"/>
    <rect x="585" y="300" width="30" height="90" fill="#8a8377"/>
  </svg>`;
  return new Uint8Array(await sharp(Buffer.from(drawing)).jpeg({ quality: 82 }).toBuffer());
}

function must<T extends { ok: boolean }>(result: T, what: string): T {
  if (!result.ok) throw new Error(`demo homes: ${what} was refused: ${JSON.stringify(result)}`);
  return result;
}

/**
 * @example
 * await seedDemoHomes(db, { owner, planner, fire, police, residents: [mari, emil] }, bedroomDecisionId);
 */
export async function seedDemoHomes(
  db: Database,
  members: { owner: DemoMember; planner: DemoMember; fire: DemoMember; police: DemoMember; residents: [DemoMember, DemoMember] },
  bedroomDecisionLogId: string,
): Promise<void> {
  const { projectId } = members.owner;
  const today = todayInOslo();

  // Four homes, two house types, two of them allocated.
  const homes = await ensureHomes(db, projectId);
  const small = await createHouseType(db, projectId, "Type A – 36 m²");
  const large = await createHouseType(db, projectId, "Type B – 42 m² med terrasse");
  for (const home of homes) await setHomeHouseType(db, projectId, home.id, home.number <= 2 ? small.id : large.id);
  await allocateHome(db, projectId, homes[0].id, members.residents[0].userId);
  await allocateHome(db, projectId, homes[1].id, members.residents[1].userId);

  // The checklist from template version 1: version 2's new items wait for a planner to take them in.
  await db.insert(checklistVersions).values({ projectId, templateVersion: 1 }).onConflictDoNothing();
  await ensureChecklist(db, projectId);
  const { planner, fire, police } = members;
  const status = async (member: DemoMember, itemKey: string, value: "inProgress" | "done" | "notRelevant" | "decidedAgainst", reason = "", homeId?: string) =>
    must(await setStatus(db, member, { itemKey, target: homeId ? { homeId } : "project", status: value, reason }), `${itemKey} → ${value}`);

  await status(planner, "needsMapped", "done");
  await status(planner, "askTheResidents", "done");
  await status(planner, "politicalAnchoring", "inProgress");
  await status(planner, "siteBothPhases", "inProgress");
  await status(planner, "robustSurfaces", "inProgress");
  await status(planner, "replaceableParts", "done");
  await status(planner, "residentColours", "inProgress");
  await status(planner, "privateOutdoorArea", "done", "", homes[2].id);
  await status(planner, "privateOutdoorArea", "done", "", homes[3].id);
  await status(planner, "wheelchairAccess", "notRelevant", "Ingen av de fire som skal bo her, trenger rullestol nå; dørene er likevel 90 cm, så det kan bygges om.");

  // Fire & rescue sign off their own items; the sprinklers with a photo as evidence.
  await status(fire, "accessNotThroughFireStation", "done");
  await status(fire, "emergencyVehicleAccess", "done");
  await status(fire, "fireConsultedEarly", "done");
  must(
    await storeFile(db, fire, {
      purpose: "checklist",
      subjectKey: "sprinklersWithoutRemovableParts",
      homeId: "",
      caption: "Innfelt sprinklerhode i taket i Hus 1 – ingen deler å skru løs",
      keepPosition: false,
      fileName: "sprinkler-hus-1.jpg",
      bytes: await sprinklerPhoto(),
    }),
    "the sprinkler photo",
  );
  await status(fire, "sprinklersWithoutRemovableParts", "done");
  await status(fire, "fireAlarmSuited", "inProgress");
  must(
    await addChecklistComment(db, fire, {
      itemKey: "fireAlarmSuited",
      body: "Vi anbefaler varsling med komfyrvakt og røykvarsler koblet til alarmsentralen, uten forsinkelse som kan tukles med. Vi tar en runde med hver beboer før innflytting.",
    }),
    "the fire comment",
  );

  // The police on the location; a disagreement recorded, not overwritten.
  await status(police, "policeOnLocation", "done");
  must(
    await addDisagreement(db, police, {
      itemKey: "safeWalkingRoute",
      body: "Gangveien langs jernbanen er mørk om kvelden. Vi mener punktet ikke er ferdig før det er lys hele veien til bussen.",
    }),
    "the police disagreement",
  );

  // The debated bedroom: decided, with its reason, and in the decision log.
  must(await setDecision(db, planner, { itemKey: "separateBedroom", decision: demoBedroomDecision.decision, decisionReason: demoBedroomDecision.reason }), "the bedroom decision");
  must(await linkDecision(db, planner, { itemKey: "separateBedroom", decisionLogId: bedroomDecisionLogId }), "the bedroom decision link");
  await status(planner, "separateBedroom", "done");

  // The default catalogue; façade, door, wall panels and roof open, floor not yet open, trim closed.
  await importDefaults(db, projectId, "nb", { opensOn: addDays(today, -14), closesOn: addDays(today, 21) });
  const catalogue = await readCatalogue(db, projectId);
  const category = (part: string) => {
    const found = catalogue.find((candidate) => candidate.previewPart === part);
    if (!found) throw new Error(`demo homes: no catalogue category for ${part}`);
    return found;
  };
  const option = (part: string, index: number) => category(part).options[index];
  const [mari, emil] = members.residents;

  await chooseOption(db, mari, { categoryId: category("facade").id, optionId: option("facade", 2).id });
  await confirmChoice(db, mari, { categoryId: category("facade").id });
  await toggleFavourite(db, mari, { optionId: option("door", 1).id });
  await toggleFavourite(db, mari, { optionId: option("door", 3).id });
  await chooseOption(db, mari, { categoryId: category("trim").id, optionId: option("trim", 1).id });
  await recordWithResident(
    db,
    planner,
    { homeId: homes[1].id, categoryId: category("facade").id, optionId: option("facade", 3).id, meeting: "Valgmøte på Eikelund", meetingDate: addDays(today, -3) },
    today,
  );
  await requestHelp(db, emil, { categoryId: category("kitchen").id, message: "Jeg vil gjerne se fargene i ekte før jeg velger." });

  // The trim closed yesterday (Mari's choice stands, Hus 2 gets the standard); the floor opens next week.
  await db.update(choiceCategories).set({ opensOn: addDays(today, -30), closesOn: addDays(today, -1) }).where(eq(choiceCategories.id, category("trim").id));
  await db.update(choiceCategories).set({ opensOn: addDays(today, 7), closesOn: addDays(today, 35) }).where(eq(choiceCategories.id, category("floor").id));
}
