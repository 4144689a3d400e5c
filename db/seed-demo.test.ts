import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { areasAsFeatures, listAreas } from "../app/concerns/concern-document";
import { listDecisions, readPhase } from "../app/decision-log/plan-document";
import { authenticate } from "../app/auth/users.server";
import { findInvalidEntries } from "../app/documents/document-problems";
import { sharedDocumentSchemas } from "../app/documents/index";
import { assessSite, everydayCategories, prepareArea, type SiteAssessment } from "../app/geo";
import { readSnapshot } from "../app/feedback/feedback-store.server";
import { listMembers } from "../app/members/members.server";
import { listLayers, loadLayers } from "../app/reference-data/reference-layers.server";
import { listSites } from "../app/sites/site-document";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../test/support/database";
import { demoArea, demoSiteNames, demoSitesCollection } from "./demo-area/demo-area";
import { demoAreaFile, demoFileText, demoSitesFile } from "./demo-area/write-demo-area";
import { documentUpdates, projects, users } from "./schema";
import { readChecklist } from "../app/checklist/checklist-store.server";
import { readChoiceMatrix } from "../app/choices/choice-matrix.server";
import { listHomesWithResidents } from "../app/homes/homes-store.server";
import { readMyHome } from "../app/my-home/my-home-store.server";
import { demoAccounts, demoAreaLayerName, demoPassword, seedDemo } from "./seed-demo";

describe("demo area files", () => {
  it("match the module that builds them (regenerate with npx tsx db/demo-area/write-demo-area.ts)", () => {
    expect(readFileSync(demoAreaFile, "utf8")).toBe(demoFileText(demoArea()));
    expect(readFileSync(demoSitesFile, "utf8")).toBe(demoFileText(demoSitesCollection()));
  });

  it("stay small", () => {
    expect(demoArea().features.length).toBeLessThan(300);
    expect(readFileSync(demoAreaFile).length).toBeLessThan(300_000);
  });
});

describe.each(testDatabaseKinds)("demo data on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.drop());

  it("creates an account for every role (two residents) in a demo project with a phase and stamped decisions", async () => {
    const created = await seedDemo(database.db);
    expect(created).not.toBeNull();
    const members = await listMembers(database.db, created!.projectId);
    expect(members.map((member) => member.role).sort()).toEqual(
      ["fire", "observer", "owner", "planner", "police", "resident", "resident"].sort(),
    );
    expect(await authenticate(database.db, demoAccounts[2].username, demoPassword)).not.toBeNull();

    const rows = await database.db.select().from(documentUpdates).where(eq(documentUpdates.document, `project/${created!.projectId}/plan`));
    const doc = new Y.Doc();
    for (const row of rows) Y.applyUpdate(doc, row.data);
    expect(readPhase(doc)).toBe("localisation");
    const decisions = listDecisions(doc);
    expect(decisions).toHaveLength(3);
    expect(decisions.every((decision) => decision.recordedBy?.name === "Kari")).toBe(true);
  });

  it("gives the demo project four homes, a checklist partly done and a catalogue with choices (issue 8)", async () => {
    const [project] = await database.db.select({ id: projects.id }).from(projects);
    const member = async (username: string) => {
      const account = demoAccounts.find((candidate) => candidate.username === username)!;
      const [user] = await database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
      return { projectId: project.id, userId: user.id, role: account.role };
    };
    const homes = await listHomesWithResidents(database.db, project.id);
    expect(homes).toHaveLength(4);
    expect(homes.filter((home) => home.residentName).map((home) => home.residentName).sort()).toEqual(["Emil", "Mari"]);

    const checklist = await readChecklist(database.db, await member("jonas"));
    expect(checklist.templateVersion).toBe(1);
    expect(checklist.newItems?.count).toBeGreaterThan(0);
    const items = checklist.sections.flatMap((section) => section.items);
    const sprinklers = items.find((item) => item.key === "sprinklersWithoutRemovableParts")!;
    expect(sprinklers.summary).toBe("done");
    expect(sprinklers.evidence.total).toBe(1);
    const bedroom = items.find((item) => item.key === "separateBedroom")!;
    expect(bedroom.decisionReason).toMatch(/rutiner/);
    expect(bedroom.decisionLogId).not.toBeNull();
    expect(items.filter((item) => item.summary === "done").length).toBeGreaterThan(5);

    const matrix = await readChoiceMatrix(database.db, project.id);
    const cells = matrix.cells.flat();
    expect(cells.some((cell) => cell.withResident)).toBe(true);
    expect(matrix.categories.map((category) => category.state)).toEqual(expect.arrayContaining(["open", "closed", "notYet"]));
    const mari = await readMyHome(database.db, await member("mari"));
    expect(mari?.categories.find((category) => category.previewPart === "facade")?.choice?.confirmedAt).toBeTruthy();
  });

  it("gives the demo project the invented area as its OSM layer, and sites that each show their finding", async () => {
    const [project] = await database.db.select({ id: projects.id }).from(projects);
    const layers = await listLayers(database.db, project.id);
    expect(layers).toHaveLength(1);
    expect(layers[0]).toMatchObject({ source: "osm", name: demoAreaLayerName, featureCount: demoArea().features.length });

    const rows = await database.db.select().from(documentUpdates).where(eq(documentUpdates.document, `project/${project.id}/plan`));
    const doc = new Y.Doc();
    for (const row of rows) Y.applyUpdate(doc, row.data);
    const sites = listSites(doc);
    expect(sites.map((site) => site.name).sort()).toEqual(Object.values(demoSiteNames).sort());
    expect(new Set(sites.map((site) => site.status)).size).toBeGreaterThan(1);
    expect(sites.some((site) => site.geometry.type === "Polygon")).toBe(true);

    // The real engine on what was stored, as the map and the command line run it.
    const area = prepareArea({ osm: await loadLayers(database.db, project.id) });
    const assessed = new Map<string, SiteAssessment>(
      sites.map((site) => [site.name, assessSite(area, site, { includeReachableNetwork: false })]),
    );
    const safe = assessed.get(demoSiteNames.safe)!;
    const railway = assessed.get(demoSiteNames.railwayShortcut)!;
    const noise = assessed.get(demoSiteNames.noiseBarrier)!;
    const neighbourhood = assessed.get(demoSiteNames.neighbourhood)!;

    // Everything close and safe.
    expect(safe.shortcuts).toEqual([]);
    for (const category of everydayCategories) {
      expect(safe.nearest[category], category).not.toBeNull();
      expect(safe.nearest[category]!.status, category).toBe("pass");
    }
    expect(safe.nearest.fireStation).not.toBeNull();
    expect(safe.nearest.police).not.toBeNull();
    expect(safe.neighbourhood.supportedHomesStatus).toBe("pass");

    // The bus stop across the railway, reached safely only round by the level crossing.
    const railwayShortcut = railway.shortcuts.find((shortcut) => shortcut.barrier === "railway");
    expect(railwayShortcut).toMatchObject({ category: "busStop", destinationName: "Eikelund stasjon" });
    expect(railwayShortcut!.walkMeters).not.toBeNull();
    expect(railwayShortcut!.walkMeters! / railwayShortcut!.straightMeters).toBeGreaterThan(area.config.shortcutMinDetourRatio);

    // Behind the noise barrier along the trunk road: the stop and the shop on the other side.
    expect(noise.shortcuts.length).toBeGreaterThan(0);
    expect(noise.shortcuts.every((shortcut) => shortcut.barrier === "noise_barrier" || shortcut.barrier === "trunk")).toBe(true);
    expect(noise.shortcuts.map((shortcut) => shortcut.category)).toContain("busStop");

    // Existing supported housing and the school nearby.
    expect(neighbourhood.neighbourhood.supportedHomesWithin).toBeGreaterThan(area.config.thresholds.supportedHomesWithin!.pass);
    expect(neighbourhood.neighbourhood.supportedHomesStatus).not.toBe("pass");
    expect(neighbourhood.nearest.school?.status).not.toBe("pass");
    expect(neighbourhood.shortcuts).toEqual([]);
    for (const other of [safe, railway, noise]) expect(other.neighbourhood.supportedHomesWithin).toBeLessThan(neighbourhood.neighbourhood.supportedHomesWithin);
  });

  it("seeds one area of concern in the concerns document, near Tomt B only", async () => {
    const [project] = await database.db.select({ id: projects.id }).from(projects);
    const rows = await database.db.select().from(documentUpdates).where(eq(documentUpdates.document, `project/${project.id}/concerns`));
    const concerns = new Y.Doc();
    for (const row of rows) Y.applyUpdate(concerns, row.data);
    const areas = listAreas(concerns);
    expect(areas.map((area) => area.name)).toEqual(["Grøntområdet ved Bjørkeveien"]);

    const plan = new Y.Doc();
    for (const row of await database.db.select().from(documentUpdates).where(eq(documentUpdates.document, `project/${project.id}/plan`))) {
      Y.applyUpdate(plan, row.data);
    }
    const area = prepareArea({ osm: await loadLayers(database.db, project.id) });
    const near = listSites(plan)
      .filter((site) => assessSite(area, site, { areasOfConcern: areasAsFeatures(areas), includeReachableNetwork: false }).neighbourhood.areaOfConcern?.near)
      .map((site) => site.name);
    expect(near).toEqual([demoSiteNames.railwayShortcut]);
  });

  it("seeds a first workshop round: comments every member reads, ratings hidden from the other roles", async () => {
    const [project] = await database.db.select({ id: projects.id }).from(projects);
    const members = await listMembers(database.db, project.id);
    const member = (username: string) => {
      const name = demoAccounts.find((account) => account.username === username)!.name;
      const found = members.find((candidate) => candidate.name === name)!;
      return { projectId: project.id, userId: found.userId, role: found.role };
    };
    const plan = new Y.Doc();
    for (const row of await database.db.select().from(documentUpdates).where(eq(documentUpdates.document, `project/${project.id}/plan`))) {
      Y.applyUpdate(plan, row.data);
    }
    const siteId = (name: string) => listSites(plan).find((site) => site.name === name)!.id;

    const observer = await readSnapshot(database.db, member("ola"));
    expect(observer.comments.map((comment) => comment.authorRole).sort()).toEqual(["fire", "fire", "planner", "police"]);
    const pinned = observer.comments.filter((comment) => comment.position !== null);
    expect(pinned.map((comment) => comment.siteId)).toEqual(expect.arrayContaining([siteId(demoSiteNames.railwayShortcut), null]));
    const reply = observer.comments.find((comment) => comment.parentId !== null)!;
    expect(observer.comments.find((comment) => comment.id === reply.parentId)?.authorRole).toBe("police");
    expect(observer.ratings).toEqual([]);
    expect(observer.hidden.reduce((sum, hidden) => sum + hidden.count, 0)).toBe(3);

    const resident = await readSnapshot(database.db, member("mari"));
    expect(resident.ratings.map((rating) => [rating.aspect, rating.score])).toEqual([["living", 4]]);
    expect(resident.hidden).toContainEqual({ siteId: siteId(demoSiteNames.railwayShortcut), aspect: "safety", count: 1 });
    const police = await readSnapshot(database.db, member("silje"));
    expect(police.ratings.map((rating) => [rating.siteId, rating.aspect, rating.score])).toEqual([[siteId(demoSiteNames.railwayShortcut), "safety", 2]]);
  });

  it("seeds documents the server's schemas accept in full, so no reader skips a demo record", async () => {
    const [project] = await database.db.select({ id: projects.id }).from(projects);
    for (const domain of ["plan", "concerns"] as const) {
      const doc = new Y.Doc();
      for (const row of await database.db.select().from(documentUpdates).where(eq(documentUpdates.document, `project/${project.id}/${domain}`))) {
        Y.applyUpdate(doc, row.data);
      }
      expect(findInvalidEntries(doc, sharedDocumentSchemas[domain]), domain).toEqual([]);
      const entries = sharedDocumentSchemas[domain].maps.reduce((sum, map) => sum + doc.getMap(map).size, 0);
      expect(entries, domain).toBeGreaterThan(0);
    }
  });

  it("does nothing on a database that already has users", async () => {
    expect(await seedDemo(database.db)).toBeNull();
  });
});
