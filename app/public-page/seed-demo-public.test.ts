/**
 * The demo's public page and inquiries (db/seed-demo-public.ts) on a real database: ready to
 * publish but not published, in positive words with no stigmatising-word warnings, an FAQ and two
 * updates; one inquiry answered and shown without its sender, one overdue.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberships } from "../../db/schema";
import { seedDemoPublic } from "../../db/seed-demo-public";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createUser } from "../auth/users.server";
import { readInquiries } from "../inquiries/inquiries-store.server";
import { createProject } from "../projects/projects.server";
import { readPreview, readPublicPageEditor, readPublishedView } from "./public-page-store.server";

describe.each(testDatabaseKinds)("the demo's public page on %s", (kind) => {
  let database: TestDatabase;
  let owner: { projectId: string; userId: string; role: "owner" };
  let planner: { projectId: string; userId: string; role: "planner" };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const kari = await createUser(database.db, { name: "Kari", username: "kari", email: null, password: "passord-123" });
    const jonas = await createUser(database.db, { name: "Jonas", username: "jonas", email: null, password: "passord-123" });
    const project = await createProject(database.db, kari.id, { name: "Småhus på Eikelund", municipality: "Demo kommune", housingForm: "smahus", homeCount: 4, description: "" });
    await database.db.insert(memberships).values({ projectId: project.id, userId: jonas.id, role: "planner" });
    owner = { projectId: project.id, userId: kari.id, role: "owner" };
    planner = { projectId: project.id, userId: jonas.id, role: "planner" };
    await seedDemoPublic(database.db, { owner, planner }, new Date("2026-12-03T09:00:00Z"));
  });
  afterAll(() => database.drop());

  it("is ready to publish, not published, and free of stigmatising words", async () => {
    const editor = await readPublicPageEditor(database.db, planner, new Date("2026-12-03T09:00:00Z"));
    expect(editor).toMatchObject({ saved: true, published: false, slug: "smahus-pa-eikelund", missing: [], warnings: [], shownAnswers: 1 });
    expect(editor.content.faq.length).toBeGreaterThanOrEqual(3);
    expect(editor.content.faq.length).toBeLessThanOrEqual(4);
    expect(editor.content.whatAndWhy.nb).toContain("et steg mot å bo selvstendig");
    expect(JSON.stringify(editor.content)).not.toMatch(/siste utvei|last resort/i);
    expect(editor.updates.map((update) => update.date)).toEqual(["2026-11-21", "2026-10-24"]);
    expect(await readPublishedView(database.db, "smahus-pa-eikelund")).toBeNull();
  });

  it("has one inquiry answered and shown without its sender, and one overdue", async () => {
    const snapshot = await readInquiries(database.db, planner, new Date("2026-12-03T09:00:00Z"));
    expect(snapshot.summary).toEqual({ open: 1, overdue: 1, dueSoon: 0 });
    const overdue = snapshot.inquiries.find((inquiry) => inquiry.state === "overdue");
    expect(overdue).toMatchObject({ receivedDate: "2026-11-13", dueDate: "2026-11-27", answeredDate: null });
    const preview = await readPreview(database.db, planner, new Date("2026-12-03T09:00:00Z"));
    expect(preview?.answers).toHaveLength(1);
    expect(preview?.answers[0]).toMatchObject({ topic: "Trafikk i byggeperioden" });
    expect(JSON.stringify(preview)).not.toMatch(/borettslag, styret|styret@|Nabo i Bjørkeveien/);
  });
});
