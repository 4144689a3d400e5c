import * as Y from "yjs";
import { eq, sql } from "drizzle-orm";
import type { Database } from "./connection";
import { documentUpdates, memberships, projects, users } from "./schema";
import { createUser } from "../app/auth/users.server";
import { createProject } from "../app/projects/projects.server";
import { addArea } from "../app/concerns/concern-document";
import { addDecision, setPhase } from "../app/decision-log/plan-document";
import { decisionsMap } from "../app/documents/plan-document";
import type { Role } from "../app/permissions";
import { storeLayer } from "../app/reference-data/reference-layers.server";
import { addSite } from "../app/sites/site-document";
import { addComment, addReply, rateSite } from "../app/feedback/feedback-store.server";
import { seedDemoCooperation } from "./seed-demo-cooperation";
import { demoBedroomDecision, seedDemoHomes } from "./seed-demo-homes";
import { seedDemoNeighbours } from "./seed-demo-neighbours";
import { seedDemoParticipation } from "./seed-demo-participation";
import { seedDemoPublic } from "./seed-demo-public";
import { seedDemoMemo } from "./seed-demo-memo";
import { seedDemoWorkshop } from "./seed-demo-workshop";
import { demoArea, demoAreaOfConcern, demoFeedback, demoSiteNames, demoSites } from "./demo-area/demo-area";

export const demoPassword = "demo-passord";

/** Name of the demo project's OpenStreetMap-style reference layer: an invented area, see db/demo-area/. */
export const demoAreaLayerName = "Demoområde (oppdiktet)";

/**
 * Invented people, one per role: nobody real, no real addresses. Names only: the app shows each
 * member's role beside the name, so a role in the name would be shown twice ("Ahmed (brann og
 * redning) (Brann og redning)").
 */
export const demoAccounts: ReadonlyArray<{ username: string; name: string; role: Role }> = [
  { username: "kari", name: "Kari", role: "owner" },
  { username: "jonas", name: "Jonas", role: "planner" },
  { username: "silje", name: "Silje", role: "police" },
  { username: "ahmed", name: "Ahmed", role: "fire" },
  { username: "mari", name: "Mari", role: "resident" },
  { username: "emil", name: "Emil", role: "resident" },
  { username: "ola", name: "Ola", role: "observer" },
];

/**
 * Creates the demo project and accounts when the database has no users yet.
 * Returns what was created, or null when the database was not empty.
 */
export async function seedDemo(db: Database): Promise<{ projectId: string } | null> {
  const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(users);
  if (count > 0) return null;

  const created = new Map<string, string>();
  for (const account of demoAccounts) {
    const user = await createUser(db, {
      username: account.username,
      name: account.name,
      email: null,
      password: demoPassword,
    });
    created.set(account.username, user.id);
  }
  const owner = created.get("kari") as string;
  const project = await createProject(db, owner, {
    name: "Småhus på Eikelund",
    municipality: "Demo kommune",
    housingForm: "smahus",
    homeCount: 4,
    description:
      "Fire små, frittliggende hus for personer som ønsker å bo for seg selv, med oppfølging fra kommunen. Demoprosjekt med oppdiktede steder.",
  });
  for (const account of demoAccounts) {
    if (account.role === "owner") continue;
    await db.insert(memberships).values({
      projectId: project.id,
      userId: created.get(account.username) as string,
      role: account.role,
    });
  }

  // The invented neighbourhood as the project's OSM layer, as if a planner had imported it.
  await storeLayer(db, {
    projectId: project.id,
    source: "osm",
    name: demoAreaLayerName,
    features: demoArea().features,
    createdBy: owner,
  });

  // A plan document with a phase, two decisions stamped as the server would, and the demo sites.
  const doc = new Y.Doc();
  const recordedBy = { id: owner, name: "Kari" };
  const recordedAt = new Date().toISOString();
  const siteIds = new Map<string, string>();
  let bedroomDecisionId = "";
  doc.transact(() => {
    setPhase(doc, "localisation");
    const first = addDecision(doc, {
      date: "2026-09-14",
      phase: "needs",
      decision: "Behov for tre småhus er kartlagt; prosjektet går videre til politisk behandling.",
      decidedBy: "Prosjektgruppa",
      basis: "Kartlegging av boligbehov 2026",
    });
    const second = addDecision(doc, {
      date: "2026-10-22",
      phase: "political",
      decision: "Kommunestyret ber administrasjonen finne egnet tomt og involvere politi og brann tidlig.",
      decidedBy: "Kommunestyret",
      basis: "Saksframlegg 41/26",
    });
    // Decided at the design checklist's separate-bedroom item and put into the log from there.
    bedroomDecisionId = addDecision(doc, {
      date: "2026-11-18",
      phase: "localisation",
      decision: demoBedroomDecision.decision,
      decidedBy: "Prosjektgruppa",
      basis: "Sjekklisten: «Eget soverom eller sovealkove» og samtaler med beboerne",
    });
    for (const id of [first, second, bedroomDecisionId]) {
      const entry = decisionsMap(doc).get(id);
      if (!(entry instanceof Y.Map)) continue;
      entry.set("recordedBy", recordedBy);
      entry.set("recordedAt", recordedAt);
      entry.set("updatedBy", recordedBy);
      entry.set("updatedAt", recordedAt);
    }
    for (const site of demoSites()) siteIds.set(site.name, addSite(doc, site));
  });
  await db.update(projects).set({ phase: "localisation" }).where(eq(projects.id, project.id));
  await db.insert(documentUpdates).values({
    document: `project/${project.id}/plan`,
    data: Y.encodeStateAsUpdate(doc),
  });
  doc.destroy();

  // One area of concern near Tomt B, in the document only police and the municipality can open.
  const concerns = new Y.Doc();
  addArea(concerns, demoAreaOfConcern());
  await db.insert(documentUpdates).values({
    document: `project/${project.id}/concerns`,
    data: Y.encodeStateAsUpdate(concerns),
  });
  concerns.destroy();

  // The first round of the workshop: comments and ratings as members made them (decision 009).
  const member = (username: string) => {
    const account = demoAccounts.find((candidate) => candidate.username === username);
    if (!account) throw new Error(`demo feedback: no account ${username}`);
    return { projectId: project.id, userId: created.get(username) as string, role: account.role };
  };
  const siteId = (site: keyof typeof demoSiteNames) => siteIds.get(demoSiteNames[site]) as string;
  const feedback = demoFeedback();
  for (const thread of feedback.threads) {
    const id = await addComment(db, member(thread.author), {
      body: thread.body,
      ...(thread.site ? { siteId: siteId(thread.site) } : {}),
      ...(thread.position ? { position: thread.position } : {}),
    });
    for (const reply of thread.replies) await addReply(db, member(reply.author), { parentId: id, body: reply.body });
  }
  for (const rating of feedback.ratings) {
    await rateSite(db, member(rating.author), { siteId: siteId(rating.site), score: rating.score, comment: rating.comment });
  }

  await seedDemoHomes(
    db,
    { owner: member("kari"), planner: member("jonas"), fire: member("ahmed"), police: member("silje"), residents: [member("mari"), member("emil")] },
    bedroomDecisionId,
  );
  // The people around the project (decision 013): after the homes, which make the checklist from template version 1.
  const allSites = (Object.keys(demoSiteNames) as Array<keyof typeof demoSiteNames>).map(siteId);
  await seedDemoNeighbours(db, { owner: member("kari"), planner: member("jonas") }, { siteIds: allSites });
  await seedDemoPublic(db, { owner: member("kari"), planner: member("jonas") });
  await seedDemoCooperation(db, { owner: member("kari"), planner: member("jonas"), police: member("silje"), fire: member("ahmed") });
  await seedDemoParticipation(
    db,
    { owner: member("kari"), planner: member("jonas"), police: member("silje"), fire: member("ahmed"), residents: [member("mari"), member("emil")] },
    { siteIds: allSites, bedroomDecisionId },
  );
  await seedDemoWorkshop(db, { owner: member("kari"), planner: member("jonas"), police: member("silje"), fire: member("ahmed"), observer: member("ola"), residents: [member("mari"), member("emil")] }, { siteIds: allSites });
  await seedDemoMemo(db, { owner: member("kari") });
  return { projectId: project.id };
}
