/**
 * The public page store on a real database (decision 013): an address made from the project's
 * name, unique and checked; texts saved with stigmatising-word warnings that never block a save;
 * publishing only after a political decision in the decision log or an explicit confirmation,
 * with complete texts and the word warnings read; unpublishing hides the page at once; the plan
 * read on the server shows the chosen site and nothing of the others; the public form's limit
 * per address and hour.
 */
import { count, eq } from "drizzle-orm";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentUpdates, memberships, peopleEvents, publicPages } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createUser } from "../auth/users.server";
import { addDecision } from "../decision-log/plan-document";
import type { Member } from "../inquiries/inquiry-types";
import type { WriteResult } from "../inquiries/write-result";
import { createProject } from "../projects/projects.server";
import { addSite } from "../sites/site-document";
import { readPublicPlan } from "./plan-snapshot.server";
import type { PublicContent } from "./public-content";
import { takePublicFormSlot } from "./public-form-limits.server";
import {
  addPublicUpdate,
  publishPage,
  readPreview,
  readPublicPageEditor,
  readPublishedView,
  removePublicUpdate,
  savePublicTexts,
  setSlug,
  unpublishPage,
} from "./public-page-store.server";

function problemOf(result: WriteResult) {
  if (result.ok) throw new Error("expected a refusal");
  return result.problem;
}
function done<T extends object>(result: WriteResult<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.problem.messageEn}`);
  return result;
}

const goodContent: PublicContent = {
  title: { nb: "Nye småhus på Eikelund", en: "New small houses at Eikelund" },
  whatAndWhy: { nb: "Kommunen bygger fire små hus. For dem som skal bo der, er det et steg mot å bo selvstendig.", en: "" },
  contact: { name: "Kari Nordmann", role: { nb: "Prosjektleder", en: "Project manager" }, email: "kari@kommune.example", phone: "" },
  faq: [{ question: { nb: "Når starter byggingen?", en: "" }, answer: { nb: "Til våren.", en: "" } }],
};

async function storePlan(db: TestDatabase["db"], projectId: string, build: (doc: Y.Doc) => void) {
  const doc = new Y.Doc();
  doc.transact(() => build(doc));
  await db.insert(documentUpdates).values({ document: `project/${projectId}/plan`, data: Y.encodeStateAsUpdate(doc) });
  doc.destroy();
}

describe.each(testDatabaseKinds)("public page store on %s", (kind) => {
  let database: TestDatabase;
  let projectId: string;
  let otherProjectId: string;
  let planner: Member;
  let otherPlanner: Member;
  let police: Member;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const owner = await createUser(database.db, { name: "Kari", username: "kari", email: null, password: "passord-123" });
    const silje = await createUser(database.db, { name: "Silje", username: "silje", email: null, password: "passord-123" });
    const details = { municipality: "Demo", housingForm: "smahus" as const, homeCount: 4, description: "" };
    projectId = (await createProject(database.db, owner.id, { name: "Småhus på Eikelund", ...details })).id;
    otherProjectId = (await createProject(database.db, owner.id, { name: "Bakken", ...details })).id;
    await database.db.insert(memberships).values({ projectId, userId: silje.id, role: "police" });
    planner = { projectId, userId: owner.id, role: "owner" };
    otherPlanner = { projectId: otherProjectId, userId: owner.id, role: "owner" };
    police = { projectId, userId: silje.id, role: "police" };
  });
  afterAll(() => database.drop());

  it("offers an address made from the project's name before anything is saved, and makes it on the first save", async () => {
    const draft = await readPublicPageEditor(database.db, planner);
    expect(draft).toMatchObject({ saved: false, slug: "smahus-pa-eikelund", published: false, missing: ["whatAndWhy.nb", "contact.name", "contact.email"] });
    const saved = done(await savePublicTexts(database.db, planner, goodContent));
    expect(saved.warnings).toEqual([]);
    expect(await readPublicPageEditor(database.db, planner)).toMatchObject({ saved: true, slug: "smahus-pa-eikelund", missing: [], content: goodContent });
  });

  it("refuses another project the same address, and a member who may not edit the page", async () => {
    done(await setSlug(database.db, otherPlanner, { slug: "bakken" }));
    expect(problemOf(await setSlug(database.db, otherPlanner, { slug: "smahus-pa-eikelund" }))).toMatchObject({ code: "invalidInput", fields: { slug: {} } });
    expect(problemOf(await setSlug(database.db, police, { slug: "noe-annet" })).code).toBe("forbidden");
    expect(problemOf(await savePublicTexts(database.db, police, goodContent)).code).toBe("forbidden");
    expect(problemOf(await publishPage(database.db, police, { confirmPublic: true, acceptWarnings: true })).code).toBe("forbidden");
    const [row] = await database.db.select({ slug: publicPages.slug }).from(publicPages).where(eq(publicPages.projectId, projectId));
    expect(row.slug).toBe("smahus-pa-eikelund");
  });

  it("warns about the brief's stigmatising words in the texts and updates, and saves them anyway", async () => {
    const saved = done(
      await savePublicTexts(database.db, planner, {
        ...goodContent,
        whatAndWhy: { nb: "Husene er ikke en siste utvei for rusmisbrukere.", en: "Not a last resort for addicts." },
      }),
    );
    expect(saved.warnings.map((warning) => [warning.field, warning.found])).toEqual([
      ["whatAndWhy.nb", "siste utvei"],
      ["whatAndWhy.nb", "rusmisbrukere"],
      ["whatAndWhy.en", "last resort"],
      ["whatAndWhy.en", "addicts"],
    ]);
    expect(saved.warnings[0].suggestion).toMatch(/selvstendighet/);
    const update = done(await addPublicUpdate(database.db, planner, { date: "2026-11-30", title: "Nytt", body: "Ingen kriminelle elementer." }, new Date("2026-12-01T12:00:00Z")));
    expect(update.warnings.map((warning) => warning.found)).toEqual(["kriminelle elementer"]);
    expect((await readPublicPageEditor(database.db, planner)).warnings).toHaveLength(5);
  });

  it("refuses publishing before the decision log has a political decision, unless the planner confirms the project is public", async () => {
    const events = async () => (await database.db.select({ n: count() }).from(peopleEvents).where(eq(peopleEvents.kind, "published")))[0].n;
    await storePlan(database.db, projectId, (doc) => addDecision(doc, { date: "2026-09-01", phase: "needs", decision: "Behovet er kartlagt.", decidedBy: "Prosjektgruppa", basis: "" }));
    const refusal = problemOf(await publishPage(database.db, planner, { confirmPublic: false, acceptWarnings: true }));
    expect(refusal).toMatchObject({ code: "notPublishable", details: { reason: "noDecision" } });
    expect(refusal.message).toMatch(/politisk/);
    expect(await events()).toBe(0);
    expect(await readPublishedView(database.db, "smahus-pa-eikelund")).toBeNull();
  });

  it("refuses publishing while a stigmatising word remains, until the planner ticks that the warning is read", async () => {
    const refusal = problemOf(await publishPage(database.db, planner, { confirmPublic: true, acceptWarnings: false }));
    expect(refusal).toMatchObject({ code: "notPublishable", details: { reason: "wordWarnings", warnings: 5 } });
    const published = done(await publishPage(database.db, planner, { confirmPublic: true, acceptWarnings: true }));
    expect(published.basis).toBe("confirmed");
    expect(await readPublishedView(database.db, "smahus-pa-eikelund")).not.toBeNull();
    done(await unpublishPage(database.db, planner));
    expect(await readPublishedView(database.db, "smahus-pa-eikelund")).toBeNull();
  });

  it("publishes on a political decision in the log, and the page shows only the chosen site", async () => {
    done(await savePublicTexts(database.db, planner, goodContent));
    const updates = (await readPublicPageEditor(database.db, planner)).updates;
    for (const update of updates) done(await removePublicUpdate(database.db, planner, { updateId: update.id }));
    let decisionId = "";
    await storePlan(database.db, projectId, (doc) => {
      decisionId = addDecision(doc, { date: "2026-10-22", phase: "political", decision: "Kommunestyret ber om tomt ved Tomt B.", decidedBy: "Kommunestyret", basis: "Sak 41/26" });
      addSite(doc, { name: "Tomt A – Senteret", status: "chosen", notes: "Hemmelig notat", geometry: { type: "Point", coordinates: [10.9612, 59.9473] } });
      addSite(doc, { name: "Tomt B – Bjørkeveien", status: "candidate", notes: "", geometry: { type: "Point", coordinates: [10.9671, 59.9527] } });
      addSite(doc, { name: "Tomt C – Vollveien", status: "rejected", notes: "", geometry: { type: "Point", coordinates: [10.9588, 59.9421] } });
    });
    const published = done(await publishPage(database.db, planner, { confirmPublic: false, acceptWarnings: false }));
    expect(published.basis).toBe(`decision:${decisionId}`);
    const view = await readPublishedView(database.db, "smahus-pa-eikelund");
    expect(view?.chosenSites).toEqual([{ name: "Tomt A – Senteret", geometry: { type: "Point", coordinates: [10.9612, 59.9473] } }]);
    const text = JSON.stringify(view);
    for (const secret of ["Tomt B", "Bjørkeveien", "Tomt C", "10.9671", "59.9527", "10.9588", "Hemmelig", "Kommunestyret ber", "Sak 41/26"]) expect(text).not.toContain(secret);
    expect(view?.decisions).toEqual([
      { phase: "needs", date: "2026-09-01" },
      { phase: "political", date: "2026-10-22" },
    ]);
    const plan = await readPublicPlan(database.db, projectId);
    expect(JSON.stringify(plan)).not.toContain("Bjørkeveien");
  });

  it("moves a published page to its new address at once: the old one is gone", async () => {
    done(await setSlug(database.db, planner, { slug: "eikelund" }));
    expect(await readPublishedView(database.db, "smahus-pa-eikelund")).toBeNull();
    expect((await readPublishedView(database.db, "eikelund"))?.projectName).toBe("Småhus på Eikelund");
    expect(await readPreview(database.db, police)).toBeNull();
    expect(await readPreview(database.db, otherPlanner)).not.toBeNull();
  });

  it("lets an address send five inquiries in an hour, then asks it to wait until the next hour", async () => {
    const now = new Date("2026-12-01T10:45:00Z");
    for (let attempt = 0; attempt < 5; attempt++) expect(await takePublicFormSlot(database.db, "203.0.113.9", 5, now)).toEqual({ allowed: true });
    expect(await takePublicFormSlot(database.db, "203.0.113.9", 5, now)).toEqual({ allowed: false, retryAfterSeconds: 900 });
    expect(await takePublicFormSlot(database.db, "203.0.113.10", 5, now)).toEqual({ allowed: true });
    expect(await takePublicFormSlot(database.db, "203.0.113.9", 5, new Date("2026-12-01T11:00:01Z"))).toEqual({ allowed: true });
    const parallel = await Promise.all(Array.from({ length: 8 }, () => takePublicFormSlot(database.db, "198.51.100.7", 5, now)));
    expect(parallel.filter((slot) => slot.allowed)).toHaveLength(5);
  });
});
