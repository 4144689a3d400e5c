/**
 * Hole 2 (issue 7): a member with write access added a site whose geometry was
 * {"type":"Point","coordinates":[]} and every map page broke, for everyone, and
 * offline copies brought it back. Afterwards the sync server checks each update
 * with the document's own schemas (app/documents) before it is applied: invalid
 * ones are not applied, stored or relayed, and the sender is closed with 4422.
 * Real y-websocket clients, the extensions in the order app-server.ts registers them.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { sharedDocumentSchemas } from "../../app/documents";
import { siteSchema, sitesMap } from "../../app/documents/plan-document";
import { decisionLogStampsExtension } from "../../server/decision-log-stamps";
import { documentValidationExtension } from "../../server/sync/document-validation";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/database";
import {
  addMember,
  connectClient,
  createProject,
  createUser,
  nextClose,
  sleep,
  startServer,
  storedDocument,
  waitFor,
  waitForSync,
  type RunningServer,
  type TestClient,
  type TestUser,
} from "../sync/helpers";

const maxDocumentBytes = 256 * 1024;

const validSite = (name: string): Record<string, unknown> => ({
  name,
  status: "candidate",
  notes: "",
  geometry: { type: "Point", coordinates: [10.39, 63.43] },
});

const siteEntry = (fields: Record<string, unknown>): Y.Map<unknown> => {
  const entry = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) entry.set(key, value);
  return entry;
};

/** A small deterministic PRNG (mulberry32), so a failing fuzz case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ways to break a site record, each one a record a map page once had to survive. */
const breakers: Array<(site: Record<string, unknown>, pick: () => number) => Record<string, unknown>> = [
  (site) => ({ ...site, geometry: { type: "Point", coordinates: [] } }),
  (site) => ({ ...site, geometry: { type: "Point", coordinates: ["10.4", "63.4"] } }),
  (site) => ({ ...site, geometry: { type: "Point", coordinates: [Number.POSITIVE_INFINITY, 0] } }),
  (site) => ({ ...site, geometry: { type: "Point", coordinates: [500, 63] } }),
  (site) => ({ ...site, geometry: { type: "Polygon", coordinates: [[[10, 63], [10.1, 63], [10, 63.1]]] } }),
  (site) => ({ ...site, geometry: { type: "LineString", coordinates: [[10, 63], [10.1, 63]] } }),
  (site) => ({ ...site, geometry: null }),
  (site) => ({ ...site, geometry: "POINT(10 63)" }),
  (site) => ({ ...site, name: 42 }),
  (site) => ({ ...site, name: "x".repeat(81) }),
  (site) => ({ ...site, status: "bulldozed" }),
  (site) => ({ ...site, notes: ["not", "text"] }),
  (site) => ({ ...site, extra: { nested: true } }),
  (site, pick) => {
    const keys = Object.keys(site);
    const { [keys[Math.floor(pick() * keys.length)]]: _dropped, ...rest } = site;
    return rest;
  },
];

describe.each(testDatabaseKinds)("hole 2: invalid shared documents on %s", (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let owner: TestUser;
  let planner: TestUser;
  let projectId: string;
  const clients: TestClient[] = [];
  const plan = (): string => `project/${projectId}/plan`;
  const client = (user: TestUser): TestClient => {
    const created = connectClient(server.url, plan(), user);
    clients.push(created);
    return created;
  };
  /** A planner's client that makes one write and is expected to be closed for it. */
  const refusedWrite = async (write: (doc: Y.Doc) => void): Promise<{ code: number; reason: string }> => {
    const writer = client(planner);
    await waitForSync(writer);
    const closed = nextClose(writer);
    write(writer.doc);
    const result = await Promise.race([closed, sleep(5000).then(() => ({ code: -1, reason: "not closed within 5 s" }))]);
    writer.destroy();
    return result;
  };
  /** Every site a fresh load sees passes the schema the map page reads with. */
  const expectOnlyValidSites = (doc: Y.Doc): void => {
    for (const [id, entry] of sitesMap(doc)) {
      const parsed = siteSchema.safeParse(entry instanceof Y.Map ? entry.toJSON() : entry);
      expect(parsed.success, `site ${id}`).toBe(true);
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    owner = await createUser(database.db, "Olga Owner");
    planner = await createUser(database.db, "Per Planner");
    server = await startServer(database.db, {
      extensions: [documentValidationExtension({ schemas: sharedDocumentSchemas }), decisionLogStampsExtension()],
      maxDocumentBytes,
    });
    projectId = await createProject(database.db, owner);
    await addMember(database.db, projectId, planner, "planner");
  }, 60_000);

  afterEach(() => {
    for (const created of clients.splice(0)) created.destroy();
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("hole 2: a site with empty or string coordinates, or a top-level key that is not a map of the plan, closes its sender with 4422 and reaches no one", async () => {
    const colleague = client(owner);
    await waitForSync(colleague);
    sitesMap(colleague.doc).set("tomt-a", siteEntry(validSite("Tomt A")));

    const empty = await refusedWrite((doc) => sitesMap(doc).set("empty", siteEntry({ ...validSite("Tom"), geometry: { type: "Point", coordinates: [] } })));
    expect(empty.code).toBe(4422);
    expect(empty.reason).toMatch(/^update refused: sites\[empty\]\.geometry/);

    const strings = await refusedWrite((doc) => sitesMap(doc).set("strings", siteEntry({ ...validSite("Str"), geometry: { type: "Point", coordinates: ["10.4", "63.4"] } })));
    expect(strings.code).toBe(4422);
    expect(strings.reason).toMatch(/^update refused: sites\[strings\]\.geometry/);

    const foreign = await refusedWrite((doc) => doc.getMap("scripts").set("x", "<img src=x onerror=alert(1)>"));
    expect(foreign).toEqual({ code: 4422, reason: 'update refused: no top-level map "scripts" in the plan document' });

    // Moving an existing site to a broken place is refused just the same.
    const moved = await refusedWrite((doc) => {
      const entry = sitesMap(doc).get("tomt-a");
      if (entry instanceof Y.Map) entry.set("geometry", { type: "Point", coordinates: [] });
    });
    expect(moved.code).toBe(4422);

    // The colleague's valid edits go on; nobody, not even a fresh load from storage, sees the refused ones.
    sitesMap(colleague.doc).set("tomt-b", siteEntry(validSite("Tomt B")));
    const fresh = client(owner);
    await waitForSync(fresh);
    await waitFor(() => sitesMap(fresh.doc).has("tomt-b"), 5000, "the colleague's valid site");
    for (const doc of [colleague.doc, fresh.doc, await storedDocument(database.db, plan())]) {
      expect([...sitesMap(doc).keys()].sort()).toEqual(["tomt-a", "tomt-b"]);
      expect((sitesMap(doc).get("tomt-a") as Y.Map<unknown>).get("geometry")).toEqual(validSite("").geometry);
      expect(doc.share.has("scripts")).toBe(false);
      expectOnlyValidSites(doc);
    }
  });

  it("hole 2: an offline copy holding the broken site is refused again each time it reconnects, and never brings it back", async () => {
    const writer = client(planner);
    await waitForSync(writer);
    writer.provider.disconnect();
    sitesMap(writer.doc).set("offline-broken", siteEntry({ ...validSite("Offline"), geometry: { type: "Point", coordinates: [] } }));
    for (let attempt = 0; attempt < 2; attempt++) {
      const closed = nextClose(writer);
      writer.provider.connect();
      expect((await closed).code).toBe(4422);
    }
    const fresh = client(owner);
    await waitForSync(fresh);
    expect(sitesMap(fresh.doc).has("offline-broken")).toBe(false);
    expect(sitesMap(await storedDocument(database.db, plan())).has("offline-broken")).toBe(false);
  });

  it("hole 2: random invalid sites, decisions and settings written through real clients are all refused, and what is stored still passes every schema", async () => {
    const pick = random(7);
    const cases: Array<{ label: string; write: (doc: Y.Doc) => void }> = [];
    for (let index = 0; index < 16; index++) {
      const breaker = breakers[Math.floor(pick() * breakers.length)];
      const record = breaker(validSite(`Fuzz ${index}`), pick);
      cases.push({ label: `site ${JSON.stringify(record)}`, write: (doc) => sitesMap(doc).set(`fuzz-${index}`, siteEntry(record)) });
    }
    cases.push({ label: "a site that is not a map", write: (doc) => sitesMap(doc).set("plain", "Tomt Z") });
    cases.push({ label: "a phase that does not exist", write: (doc) => doc.getMap("project").set("phase", "demolition") });
    cases.push({ label: "an unknown project key", write: (doc) => doc.getMap("project").set("owner", "me") });
    cases.push({
      label: "a decision without its fields",
      write: (doc) => doc.getMap("decisions").set("d-bad", siteEntry({ decision: "no date, no phase" })),
    });
    cases.push({ label: "a threshold out of range", write: (doc) => doc.getMap("assessmentSettings").set("walkingMetersPerMinute", 5000) });
    cases.push({ label: "text content in the sites map", write: (doc) => doc.getArray("sites").push(["x"]) });

    for (const { label, write } of cases) {
      const result = await refusedWrite(write);
      expect(result.code, label).toBe(4422);
      expect(result.reason, label).toMatch(/^update refused: /);
    }

    const fresh = client(owner);
    await waitForSync(fresh);
    const stored = await storedDocument(database.db, plan());
    for (const doc of [fresh.doc, stored]) {
      expectOnlyValidSites(doc);
      expect([...sitesMap(doc).keys()].some((key) => key.startsWith("fuzz-") || key === "plain")).toBe(false);
      expect(doc.getMap("project").get("phase")).toBeUndefined();
      expect(doc.getMap("decisions").has("d-bad")).toBe(false);
    }
  });

  it("hole 8: an update that would take the plan document past its quota is refused with 4422 and the sizes, and is not stored", async () => {
    const colleague = client(owner);
    await waitForSync(colleague);
    const result = await refusedWrite((doc) =>
      doc.transact(() => {
        // Valid sites, so it is the size that is refused: about 2 KiB each.
        for (let index = 0; index < 200; index++) sitesMap(doc).set(`bulk-${index}`, siteEntry({ ...validSite(`Bulk ${index}`), notes: "n".repeat(2000) }));
      }),
    );
    expect(result.code).toBe(4422);
    expect(result.reason).toMatch(/^update refused: document quota: .* would exceed 256\.0 KiB$/);
    sitesMap(colleague.doc).set("after-quota", siteEntry(validSite("Small")));
    const fresh = client(owner);
    await waitForSync(fresh);
    await waitFor(() => sitesMap(fresh.doc).has("after-quota"), 5000, "a small valid site after the refusal");
    const stored = await storedDocument(database.db, plan());
    expect([...sitesMap(stored).keys()].some((key) => key.startsWith("bulk-"))).toBe(false);
  });
});
