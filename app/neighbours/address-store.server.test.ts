/**
 * The address list on a real database (decision 013): the neighbourhood is read from the plan
 * document's site and the project's map data on the server; planners take the addresses within
 * the radius into the list, or upload a CSV (a bad file is refused with its line numbers and
 * takes nothing); owner names are deleted one by one or all at once, leaving the addresses and
 * no name in the history; every other role is refused without a change.
 */
import type { FeatureCollection } from "geojson";
import { eq } from "drizzle-orm";
import * as Y from "yjs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { documentUpdates, neighbourAddresses, peopleEvents } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { storeLayer } from "../reference-data/reference-layers.server";
import { addSite } from "../sites/site-document";
import good from "./fixtures/address-list.csv?raw";
import bad from "./fixtures/address-list-bad.csv?raw";
import street from "./fixtures/radius-street.geojson?raw";
import { clearAddresses, deleteAllOwnerNames, deleteOwnerName, importAddresses, listAddresses, removeAddress, takeAddressesFromMap } from "./address-store.server";
import { readNeighbourhood } from "./neighbourhood.server";
import { idOf, neighbourFixture, people, problemOf } from "./testing/neighbour-fixture";

describe.each(testDatabaseKinds)("address list on %s", (kind) => {
  let database: TestDatabase;
  let fixture: Awaited<ReturnType<typeof neighbourFixture>>;
  const siteIds = { chosen: "", far: "" };
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixture = await neighbourFixture(database.db);
    const doc = new Y.Doc();
    siteIds.far = addSite(doc, { name: "Tomt B – langt unna", status: "candidate", notes: "", geometry: { type: "Point", coordinates: [10.99, 59.96] } });
    siteIds.chosen = addSite(doc, { name: "Tomt A – Eikelundveien", status: "chosen", notes: "", geometry: { type: "Point", coordinates: [10.97, 59.95] } });
    await database.db.insert(documentUpdates).values({ document: `project/${fixture.projectId}/plan`, data: Y.encodeStateAsUpdate(doc) });
    const features = (JSON.parse(street) as FeatureCollection).features;
    await storeLayer(database.db, { projectId: fixture.projectId, source: "upload", name: "bygninger.geojson", features, createdBy: fixture.ids.get("jonas") as string });
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.db.delete(neighbourAddresses);
  });

  it("shows the chosen site's neighbourhood by default, and another site or radius on request", async () => {
    const db = database.db;
    const shown = await readNeighbourhood(db, fixture.projectId, {});
    expect(shown.sites.map((site) => site.name)).toEqual(["Tomt A – Eikelundveien", "Tomt B – langt unna"]);
    expect(shown.site?.id).toBe(siteIds.chosen);
    expect(shown.radiusMetres).toBe(50);
    expect(shown.result?.addresses).toHaveLength(4);
    expect(shown.result?.buildingCount).toBe(4);
    expect((await readNeighbourhood(db, fixture.projectId, { radiusMetres: 25 })).result?.addresses).toHaveLength(1);
    expect((await readNeighbourhood(db, fixture.projectId, { siteId: siteIds.far })).result?.addresses).toHaveLength(0);
    expect((await readNeighbourhood(db, fixture.projectId, { siteId: "no-such-site" })).site?.id).toBe(siteIds.chosen);
  });

  it("takes the addresses within the radius into the list once", async () => {
    const db = database.db;
    const first = await takeAddressesFromMap(db, fixture.member("jonas"), { siteId: siteIds.chosen, radiusMetres: 50 });
    expect(first).toMatchObject({ ok: true, details: { added: 4, skipped: 0 } });
    const again = await takeAddressesFromMap(db, fixture.member("kari"), { siteId: siteIds.chosen, radiusMetres: 80 });
    expect(again).toMatchObject({ ok: true, details: { added: 1, skipped: 4 } });
    const list = await listAddresses(db, fixture.projectId);
    expect(list.map((entry) => [entry.address, entry.source, entry.distanceMetres])).toEqual([
      ["Eikelundveien 10", "map", 20],
      ["Eikelundveien 11", "map", 35],
      ["Eikelundveien 13", "map", 45],
      ["Granveien 2", "map", 30],
      ["Granveien 8", "map", 70],
    ]);
    expect(problemOf(await takeAddressesFromMap(db, fixture.member("jonas"), { siteId: siteIds.far, radiusMetres: 50 })).code).toBe("conflict");
    expect(problemOf(await takeAddressesFromMap(db, fixture.member("jonas"), { siteId: "unknown", radiusMetres: 50 })).code).toBe("notFound");
  });

  it("takes an uploaded CSV, skipping addresses already in the list", async () => {
    const db = database.db;
    idOf(await takeAddressesFromMap(db, fixture.member("jonas"), { siteId: siteIds.chosen, radiusMetres: 25 }));
    const result = await importAddresses(db, fixture.member("jonas"), { csv: good });
    expect(result).toMatchObject({ ok: true, details: { added: 2, skipped: 1 } });
    const list = await listAddresses(db, fixture.projectId);
    expect(list.map((entry) => [entry.address, entry.source, entry.ownerName])).toEqual([
      ["Eikelundveien 10", "map", null],
      ["Eikelundveien 11; bakhuset", "upload", null],
      ["Granveien 2", "upload", 'Anne "Mor" Berg'],
    ]);
  });

  it("refuses a CSV with bad lines, naming them, and takes none of it", async () => {
    const db = database.db;
    const problem = problemOf(await importAddresses(db, fixture.member("jonas"), { csv: bad }));
    expect(problem.code).toBe("invalidInput");
    expect(problem.details).toEqual({ lines: [3, 4, 5, 6] });
    expect(problem.message).toContain("Linje 3:");
    expect(await listAddresses(db, fixture.projectId)).toEqual([]);
  });

  it("deletes owner names one by one or all at once, keeping the addresses and no name in the history", async () => {
    const db = database.db;
    idOf(await importAddresses(db, fixture.member("jonas"), { csv: `${good}Skolebakken 1;1234;Eikelund;Kari Nordmann\n` }));
    const withName = (await listAddresses(db, fixture.projectId)).find((entry) => entry.ownerName === "Per Hansen");
    idOf(await deleteOwnerName(db, fixture.member("jonas"), { addressId: withName?.id as string }));
    expect(problemOf(await deleteOwnerName(db, fixture.member("jonas"), { addressId: withName?.id as string })).code).toBe("conflict");
    expect((await deleteAllOwnerNames(db, fixture.member("kari"))) as unknown).toMatchObject({ ok: true, details: { deleted: 2 } });
    const list = await listAddresses(db, fixture.projectId);
    expect(list).toHaveLength(4);
    expect(list.every((entry) => entry.ownerName === null)).toBe(true);
    const history = await db.select().from(peopleEvents).where(eq(peopleEvents.kind, "personalDataDeleted"));
    expect(history).toHaveLength(3);
    expect(JSON.stringify(history)).not.toMatch(/Per Hansen|Kari Nordmann|Berg/);
  });

  it("removes one address or empties the list", async () => {
    const db = database.db;
    idOf(await importAddresses(db, fixture.member("jonas"), { csv: good }));
    const [first] = await listAddresses(db, fixture.projectId);
    idOf(await removeAddress(db, fixture.member("jonas"), { addressId: first.id }));
    expect(await listAddresses(db, fixture.projectId)).toHaveLength(2);
    expect(await clearAddresses(db, fixture.member("jonas"))).toMatchObject({ ok: true, details: { removed: 2 } });
    expect(await listAddresses(db, fixture.projectId)).toEqual([]);
  });

  it("refuses every role but planners, changing nothing, and keeps projects apart", async () => {
    const db = database.db;
    idOf(await importAddresses(db, fixture.member("jonas"), { csv: good }));
    const before = { list: await listAddresses(db, fixture.projectId), history: await fixture.historyCount() };
    const addressId = before.list[0].id;
    for (const person of people.filter((name) => name !== "kari" && name !== "jonas")) {
      const member = fixture.member(person);
      expect(problemOf(await takeAddressesFromMap(db, member, { siteId: siteIds.chosen, radiusMetres: 50 })).code).toBe("forbidden");
      expect(problemOf(await importAddresses(db, member, { csv: good })).code).toBe("forbidden");
      expect(problemOf(await removeAddress(db, member, { addressId })).code).toBe("forbidden");
      expect(problemOf(await deleteOwnerName(db, member, { addressId })).code).toBe("forbidden");
      expect(problemOf(await deleteAllOwnerNames(db, member)).code).toBe("forbidden");
      expect(problemOf(await clearAddresses(db, member)).code).toBe("forbidden");
    }
    expect(problemOf(await deleteOwnerName(db, fixture.member("kari", fixture.otherProjectId), { addressId })).code).toBe("notFound");
    expect(await listAddresses(db, fixture.projectId)).toEqual(before.list);
    expect(await fixture.historyCount()).toBe(before.history);
  });
});
