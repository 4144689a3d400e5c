/**
 * The decision memo on the demo project, on PGlite and PostgreSQL: its snapshot holds the figures
 * the app's own functions compute (the assessment, the checklist, participation, the neighbour
 * communication), revealed ratings only; the public version has removed every candidate, the
 * police's area and every name; versions count up; an issued memo refuses every change (409) and
 * a summary over five lines is refused (400) with nothing changed; non-planners may not write.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { documentUpdates, memos } from "../../db/schema";
import { demoAccounts, seedDemo } from "../../db/seed-demo";
import { demoAreaOfConcern, demoSiteNames } from "../../db/demo-area/demo-area";
import { readChecklist } from "../checklist/checklist-snapshot.server";
import { setRevealed } from "../feedback/feedback-store.server";
import { assessSite, prepareArea } from "../geo/index";
import { participationSummary } from "../participation/participation-summary.server";
import { loadPlanDocument } from "../public-page/plan-snapshot.server";
import { loadLayers } from "../reference-data/reference-layers.server";
import { listSites, updateSite } from "../sites/site-document";
import { listMembers } from "../members/members.server";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import type { Role } from "../permissions";
import { createMemo, issueMemo, listMemos, readMemo, updateMemoTexts } from "./memo-store.server";
import { publicMemo, publicTexts, removedNamesMentioned } from "./public-memo";
import { summaryLines } from "./memo-input";
import { demoMemoTexts } from "../../db/seed-demo-memo";

describe.each(testDatabaseKinds)("decision memos on %s", (kind) => {
  let database: TestDatabase;
  let projectId = "";
  const userIds = new Map<string, string>();
  const member = (username: string) => {
    const role = demoAccounts.find((account) => account.username === username)?.role as Role;
    return { projectId, userId: userIds.get(username) as string, role };
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    projectId = (await seedDemo(database.db))!.projectId;
    for (const row of await listMembers(database.db, projectId)) userIds.set(demoAccounts.find((account) => account.name === row.name)!.username, row.userId);
    // A planner chooses Tomt A and reveals the police's ratings, as they would in the app.
    const doc = await loadPlanDocument(database.db, projectId);
    const before = Y.encodeStateVector(doc);
    const site = listSites(doc).find((candidate) => candidate.name === demoSiteNames.safe)!;
    updateSite(doc, site.id, { status: "chosen" });
    await database.db.insert(documentUpdates).values({ document: `project/${projectId}/plan`, data: Y.encodeStateAsUpdate(doc, before) });
    doc.destroy();
    await setRevealed(database.db, member("kari"), { aspects: ["safety"], revealed: true });
  });
  afterAll(() => database.drop());

  it("gives the demo a draft memo with a proposed decision, a summary of at most five lines, and the finished workshop", async () => {
    const [demo] = await listMemos(database.db, projectId);
    expect(demo).toMatchObject({ version: 1, status: "draft", title: demoMemoTexts.title });
    const memo = (await readMemo(database.db, projectId, demo.id))!;
    expect(memo.proposedDecision).toBe(demoMemoTexts.proposedDecision);
    expect(summaryLines(memo.summary).length).toBeLessThanOrEqual(5);
    expect(memo.snapshot.workshops.length).toBeGreaterThan(0);
  });

  it("freezes the assessment's walking distances as the geo engine computes them from the stored map data", async () => {
    const made = await createMemo(database.db, member("kari"));
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const memo = (await readMemo(database.db, projectId, made.id))!;
    const area = prepareArea({ osm: await loadLayers(database.db, projectId) });
    const doc = await loadPlanDocument(database.db, projectId);
    const sites = listSites(doc);
    doc.destroy();
    expect(memo.snapshot.sites.map((site) => site.name).sort()).toEqual(sites.map((site) => site.name).sort());
    for (const site of sites) {
      const expected = assessSite(area, { name: site.name, geometry: site.geometry });
      const frozen = memo.snapshot.sites.find((candidate) => candidate.id === site.id)!.assessment!;
      expect(frozen.nearest.grocery?.walkMeters).toBe(expected.nearest.grocery?.walkMeters);
      expect(frozen.nearest.busStop?.walkMeters).toBe(expected.nearest.busStop?.walkMeters);
      expect(frozen.shortcuts.length).toBe(expected.shortcuts.length);
      expect(frozen.supportedHomesWithin).toBe(expected.neighbourhood.supportedHomesWithin);
    }
    expect(memo.snapshot.sites[0].name).toBe(demoSiteNames.safe);
    expect(memo.snapshot.sites[0].status).toBe("chosen");
    // The police's area is in the internal snapshot, and the site beside it is near it.
    expect(memo.snapshot.areasOfConcern.map((area) => area.name)).toEqual([demoAreaOfConcern().name]);
    expect(memo.snapshot.sites.find((site) => site.name === demoSiteNames.railwayShortcut)?.assessment?.areaOfConcern).not.toBeNull();
  });

  it("holds the checklist's, participation's and neighbours' figures as their own parts compute them", async () => {
    const [latest] = await listMemos(database.db, projectId);
    const { snapshot } = (await readMemo(database.db, projectId, latest.id))!;
    const checklist = await readChecklist(database.db, member("kari"));
    expect(snapshot.checklist.total).toBe(checklist.progress.total);
    expect(snapshot.checklist.closed).toBe(checklist.progress.closed);
    const decidedAgainst = checklist.sections.flatMap((section) => section.items).filter((item) => item.summary === "decidedAgainst");
    expect(snapshot.checklist.decidedAgainst.map((item) => item.title.nb)).toEqual(decidedAgainst.map((item) => item.title.nb));
    expect(Object.values(snapshot.checklist.byStatus).reduce((sum, count) => sum + count, 0)).toBe(checklist.progress.total);
    const participation = (await participationSummary(database.db, member("kari")))!.figures;
    expect(snapshot.participation).toMatchObject({ distinctResidents: participation.distinctResidents, activityCount: participation.activityCount, pointCount: participation.pointCount, answeredCount: participation.answeredCount });
    expect(snapshot.participation.points.length).toBe(participation.pointCount);
    expect(snapshot.neighbours.infoPlanRows).toBeGreaterThan(0);
    expect(snapshot.decisions.length).toBe(3);
  });

  it("holds revealed ratings only: the police's once revealed, not fire's nor the residents'", async () => {
    const [latest] = await listMemos(database.db, projectId);
    const { snapshot } = (await readMemo(database.db, projectId, latest.id))!;
    const ratings = snapshot.sites.flatMap((site) => site.ratings);
    expect(ratings.length).toBeGreaterThan(0);
    expect(new Set(ratings.map((rating) => rating.role))).toEqual(new Set(["police"]));
    expect(snapshot.revealedAspects).toEqual(["safety"]);
  });

  it("removes every candidate, the area of concern and every name from the public version", async () => {
    const [latest] = await listMemos(database.db, projectId);
    const { snapshot } = (await readMemo(database.db, projectId, latest.id))!;
    const internal = JSON.stringify(snapshot);
    const shown = JSON.stringify(publicMemo(snapshot));
    const candidates = [demoSiteNames.railwayShortcut, demoSiteNames.noiseBarrier, demoSiteNames.neighbourhood];
    const names = demoAccounts.map((account) => account.name);
    // They are there to remove: the test would prove nothing otherwise.
    for (const word of [...candidates, demoAreaOfConcern().name, "Silje", "Kari"]) expect(internal).toContain(`"${word}`);
    const word = (text: string) => new RegExp(`(?<![\\p{L}])${text}(?![\\p{L}])`, "iu");
    // Not the full names, not the short ones ("Tomt B") in points and answers, not a person's name anywhere.
    for (const text of [...candidates, ...candidates.map((name) => name.split(" – ")[0]), demoAreaOfConcern().name]) expect(shown).not.toMatch(word(text));
    for (const name of names) expect(shown).not.toMatch(word(name));
    // The chosen site's answers keep their words, with "[…]" where another site was named.
    expect(internal).toMatch(/Tomt B/);
    expect(shown).toContain("[…]");
    expect(publicMemo(snapshot).sites.map((site) => site.name)).toEqual([demoSiteNames.safe]);
    expect(publicMemo(snapshot).sites[0].assessment?.areaOfConcern).toBeNull();
  });

  it("takes removed names out of the planner's own texts in the public version, and says which", async () => {
    const [latest] = await listMemos(database.db, projectId);
    const { snapshot } = (await readMemo(database.db, projectId, latest.id))!;
    const texts = { title: "Valg av tomt", proposedDecision: "Tomt A velges framfor Tomt B.", summary: "Silje og Kari har vurdert tomtene.", risks: "" };
    expect(publicTexts(snapshot, texts)).toEqual({ title: "Valg av tomt", proposedDecision: "Tomt A velges framfor […].", summary: "[…] og […] har vurdert tomtene.", risks: "" });
    expect(removedNamesMentioned(snapshot, Object.values(texts)).sort()).toEqual([demoSiteNames.railwayShortcut, "Kari", "Silje"].sort());
  });

  it("shows no site at all publicly when none is chosen", async () => {
    const [latest] = await listMemos(database.db, projectId);
    const { snapshot } = (await readMemo(database.db, projectId, latest.id))!;
    const noneChosen = { ...snapshot, sites: snapshot.sites.map((site) => ({ ...site, status: "shortlisted" as const })) };
    expect(publicMemo(noneChosen).sites).toEqual([]);
  });

  it("numbers memos per project, refuses a summary over five lines and changes nothing", async () => {
    const before = (await listMemos(database.db, projectId))[0].version;
    const second = await createMemo(database.db, member("jonas"), { title: "Valg av tomt" });
    expect(second.ok && second.version).toBe(before + 1);
    if (!second.ok) return;
    const texts = { title: "Valg av tomt", proposedDecision: "Tomt A velges.", summary: "En\nTo\nTre\nFire\nFem", risks: "Trafikk", sections: ["project", "sites"] };
    expect(await updateMemoTexts(database.db, member("jonas"), second.id, texts)).toEqual({ ok: true });
    const tooLong = await updateMemoTexts(database.db, member("jonas"), second.id, { ...texts, summary: "1\n2\n3\n4\n5\n6", risks: "Endret" });
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) {
      expect(tooLong.problem.code).toBe("invalidInput");
      expect(tooLong.problem.fields?.summary.message).toContain("nå har det 6");
    }
    const stored = (await readMemo(database.db, projectId, second.id))!;
    expect(stored).toMatchObject({ summary: "En\nTo\nTre\nFire\nFem", risks: "Trafikk", sections: ["project", "sites"], status: "draft" });
  });

  it("refuses every change to an issued memo with a conflict", async () => {
    const [latest] = await listMemos(database.db, projectId);
    expect(await issueMemo(database.db, member("kari"), latest.id)).toEqual({ ok: true });
    const [row] = await database.db.select().from(memos).where(eq(memos.id, latest.id));
    const edit = await updateMemoTexts(database.db, member("kari"), latest.id, { title: "Ny", proposedDecision: "", summary: "", risks: "", sections: [] });
    expect(edit.ok ? null : edit.problem.code).toBe("conflict");
    const again = await issueMemo(database.db, member("kari"), latest.id);
    expect(again.ok ? null : again.problem.code).toBe("conflict");
    const [after] = await database.db.select().from(memos).where(eq(memos.id, latest.id));
    expect(after).toEqual(row);
  });

  it("lets no one but planners make, edit or issue a memo", async () => {
    const [latest] = await listMemos(database.db, projectId);
    const count = (await listMemos(database.db, projectId)).length;
    for (const username of ["silje", "ahmed", "mari", "ola"]) {
      const made = await createMemo(database.db, member(username));
      expect(made.ok ? null : made.problem.code).toBe("forbidden");
      const edit = await updateMemoTexts(database.db, member(username), latest.id, { title: "X", proposedDecision: "", summary: "", risks: "", sections: [] });
      expect(edit.ok ? null : edit.problem.code).toBe("forbidden");
    }
    expect((await listMemos(database.db, projectId)).length).toBe(count);
  });
});
