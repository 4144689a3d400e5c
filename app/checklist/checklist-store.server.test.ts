/**
 * The checklist store on a real database (decision 012), with a fixture template (not the one
 * that ships, which grows): the checklist is made from the template's version; per-item rights
 * (fire signs fire items, police security items, residents and observers set nothing); reasons
 * and evidence are required where the rules say, refusals change nothing; disagreements are
 * kept beside the state; per-home and per-house-type states; newer template items taken in;
 * progress figures. Each write leaves a server-stamped entry in the item's thread.
 */
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checklistEvents, checklistItems, checklistStates, checklistVersions, files, homes, houseTypes, memberships, projects } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createUser } from "../auth/users.server";
import type { Role } from "../permissions";
import { createProject } from "../projects/projects.server";
import type { ChecklistMember, ChecklistResult, ChecklistSnapshot } from "./checklist-types";
import fixture from "./fixtures/test-template.json";
import {
  addComment,
  addDisagreement,
  ensureChecklist,
  linkDecision,
  readChecklist,
  setAssignment,
  setDecision,
  setStatus,
  takeInNewItems,
} from "./checklist-store.server";
import type { ChecklistTemplate } from "./template";
import { checklistTemplateSchema } from "./template";

const template = checklistTemplateSchema.parse(fixture);
/** The same template as it was in version 1, before "evaluateFirst" came in. */
const versionOne: ChecklistTemplate = {
  ...template,
  version: 1,
  sections: template.sections.map((section) => ({ ...section, items: section.items.filter((item) => item.since === 1) })),
};

const people = ["kari", "jonas", "silje", "ahmed", "mari", "ola"] as const;
type Person = (typeof people)[number];
const roleOf: Record<Person, Role> = { kari: "owner", jonas: "planner", silje: "police", ahmed: "fire", mari: "resident", ola: "observer" };

function problemOf(result: ChecklistResult) {
  if (result.ok) throw new Error("expected a refusal");
  return result.problem;
}

describe.each(testDatabaseKinds)("checklist store on %s", (kind) => {
  let database: TestDatabase;
  let projectId: string;
  let otherProjectId: string;
  const ids = new Map<Person, string>();
  const member = (person: Person): ChecklistMember => ({ projectId, userId: ids.get(person) as string, role: roleOf[person] });
  const read = (person: Person = "jonas"): Promise<ChecklistSnapshot> => readChecklist(database.db, member(person), { template, now: new Date("2026-12-02T12:00:00Z") });
  const itemOf = (snapshot: ChecklistSnapshot, key: string) => {
    const item = snapshot.sections.flatMap((section) => section.items).find((candidate) => candidate.key === key);
    if (!item) throw new Error(`no item ${key}`);
    return item;
  };
  const status = (person: Person, itemKey: string, value: "notStarted" | "inProgress" | "done" | "notRelevant" | "decidedAgainst", extra: { reason?: string; target?: Parameters<typeof setStatus>[2]["target"] } = {}) =>
    setStatus(database.db, member(person), { itemKey, status: value, reason: extra.reason ?? "", target: extra.target ?? "project" }, template);
  const homeIds = async () => (await read()).homes.map((home) => home.id);

  async function rowCounts() {
    const [[states], [events]] = await Promise.all([
      database.db.select({ n: count() }).from(checklistStates).where(eq(checklistStates.projectId, projectId)),
      database.db.select({ n: count() }).from(checklistEvents).where(eq(checklistEvents.projectId, projectId)),
    ]);
    return { states: states.n, events: events.n };
  }

  async function addFile(itemKey: string, homeId = "") {
    await database.db.insert(files).values({
      id: crypto.randomUUID(),
      projectId,
      purpose: "checklist",
      subjectKey: itemKey,
      homeId,
      kind: "image",
      contentType: "image/jpeg",
      fileName: "alarm.jpg",
      byteSize: 3,
      data: Buffer.from([0xff, 0xd8, 0xff]),
      uploadedBy: ids.get("ahmed") ?? null,
      uploadedRole: "fire",
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    for (const person of people) {
      const user = await createUser(database.db, { name: person[0].toUpperCase() + person.slice(1), username: person, email: null, password: "passord-123" });
      ids.set(person, user.id);
    }
    const details = { municipality: "Demo", housingForm: "smahus" as const, homeCount: 3, description: "" };
    projectId = (await createProject(database.db, ids.get("kari") as string, { name: "Eikelund", ...details })).id;
    otherProjectId = (await createProject(database.db, ids.get("kari") as string, { name: "Bakken", ...details })).id;
    for (const person of people) {
      if (person !== "kari") await database.db.insert(memberships).values({ projectId, userId: ids.get(person) as string, role: roleOf[person] });
    }
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    for (const table of [checklistStates, checklistEvents, checklistItems, checklistVersions, files]) await database.db.delete(table);
    await database.db.update(projects).set({ phase: "needs" }).where(eq(projects.id, projectId));
  });

  it("makes the checklist from the template's newest version, with its responsible roles and due phases, once", async () => {
    const [first, second] = await Promise.all([ensureChecklist(database.db, projectId, template), ensureChecklist(database.db, projectId, template)]);
    expect(first.version).toBe(2);
    expect(second.items).toHaveLength(7);
    const snapshot = await read();
    expect(snapshot).toMatchObject({ templateVersion: 2, newestVersion: 2, newItems: null });
    expect(snapshot.sections.map((section) => section.key)).toEqual(["surfaces", "fireSafety", "security", "layout", "process"]);
    expect(itemOf(snapshot, "fireAlarm")).toMatchObject({
      title: { nb: "Brannalarm tilpasset beboeren" },
      source: "SINTEF 2020, §9",
      scope: "home",
      signingRole: "fire",
      requiresEvidence: true,
      responsibleRole: "fire",
      duePhase: "construction",
      summary: "notStarted",
      homesDiffer: false,
    });
    // Homes that agree are not listed one by one; the progress counts each of them.
    expect(itemOf(snapshot, "fireAlarm").homeStates).toEqual([]);
    expect(snapshot.progress.byHome.map((home) => home.total)).toEqual([4, 4, 4]);
    expect(snapshot.homes.map((home) => home.name)).toEqual(["Hus 1", "Hus 2", "Hus 3"]);
  });

  it("refuses 'done' on an item that needs evidence until a file is there, then signs it off", async () => {
    const before = await rowCounts();
    const refusal = problemOf(await status("ahmed", "fireAlarm", "done"));
    expect(refusal.code).toBe("evidenceRequired");
    expect(refusal.message).toMatch(/krever dokumentasjon/);
    expect(await rowCounts()).toEqual(before);

    const [home1, home2] = await homeIds();
    await addFile("fireAlarm", home1);
    expect((await status("ahmed", "fireAlarm", "done", { target: { homeId: home1 } })).ok).toBe(true);
    // A photo in Hus 1 is no evidence for Hus 2, nor for every home at once.
    expect(problemOf(await status("ahmed", "fireAlarm", "done", { target: { homeId: home2 } })).code).toBe("evidenceRequired");
    expect(problemOf(await status("ahmed", "fireAlarm", "done")).code).toBe("evidenceRequired");
    await addFile("fireAlarm");
    expect((await status("ahmed", "fireAlarm", "done")).ok).toBe(true);

    const item = itemOf(await read("ola"), "fireAlarm");
    expect(item).toMatchObject({ summary: "done", closed: true, homesDiffer: false, evidence: { total: 2, byHome: { "": 1, [home1]: 1 } } });
    expect(item.state).toMatchObject({ status: "done", updatedByName: "Ahmed", updatedRole: "fire" });
    expect(item.thread.filter((entry) => entry.kind === "status").map((entry) => entry.homeId)).toEqual([home1, ""]);
  });

  it("refuses 'not relevant' and 'decided against' without a reason, naming the field, and changes nothing", async () => {
    await status("jonas", "robustSurfaces", "inProgress");
    const before = await rowCounts();
    for (const value of ["notRelevant", "decidedAgainst"] as const) {
      const refusal = problemOf(await status("jonas", "robustSurfaces", value, { reason: "   " }));
      expect(refusal.code).toBe("invalidInput");
      expect(Object.keys(refusal.fields ?? {})).toEqual(["reason"]);
      expect(refusal.message).toMatch(/begrunnelse/i);
      expect(refusal.messageEn).toMatch(/reason/);
    }
    expect(await rowCounts()).toEqual(before);
    expect(itemOf(await read(), "robustSurfaces").summary).toBe("inProgress");

    expect((await status("jonas", "robustSurfaces", "decidedAgainst", { reason: "  Vi valgte panel som kan byttes.  " })).ok).toBe(true);
    expect(itemOf(await read(), "robustSurfaces").state).toMatchObject({ status: "decidedAgainst", reason: "Vi valgte panel som kan byttes." });
  });

  it("lets fire set fire items and police security items, each not the other's, and residents and observers neither", async () => {
    expect((await status("ahmed", "fireAccess", "inProgress")).ok).toBe(true);
    expect((await status("silje", "workingLocks", "inProgress")).ok).toBe(true);
    const before = await rowCounts();
    const fireOnPolice = problemOf(await status("ahmed", "workingLocks", "done"));
    expect(fireOnPolice.code).toBe("forbidden");
    expect(fireOnPolice.message).toMatch(/signeres av politiet/);
    expect(problemOf(await status("silje", "fireAccess", "done")).code).toBe("forbidden");
    expect(problemOf(await status("ahmed", "informationStrategy", "done")).code).toBe("forbidden");
    for (const person of ["mari", "ola"] as const) {
      for (const itemKey of ["fireAccess", "workingLocks", "informationStrategy"]) expect(problemOf(await status(person, itemKey, "inProgress")).code).toBe("forbidden");
    }
    expect(await rowCounts()).toEqual(before);
    expect((await status("kari", "workingLocks", "done")).ok).toBe(true);

    const snapshot = await read("ahmed");
    expect(itemOf(snapshot, "fireAccess").may).toMatchObject({ setState: true, disagree: false, comment: true, edit: false });
    expect(itemOf(snapshot, "workingLocks").may).toMatchObject({ setState: false, disagree: true });
    expect(itemOf(await read("ola"), "fireAccess").may).toEqual({ setState: false, disagree: false, comment: false, edit: false });
  });

  it("lets residents comment and observers not", async () => {
    expect((await addComment(database.db, member("mari"), { itemKey: "separateBedroom", body: "Jeg vil gjerne ha et eget soverom." }, template)).ok).toBe(true);
    const before = await rowCounts();
    expect(problemOf(await addComment(database.db, member("ola"), { itemKey: "separateBedroom", body: "Hei" }, template)).code).toBe("forbidden");
    expect(problemOf(await addDisagreement(database.db, member("ola"), { itemKey: "separateBedroom", body: "Nei" }, template)).code).toBe("forbidden");
    expect(problemOf(await addComment(database.db, member("mari"), { itemKey: "noSuchItem", body: "Hei" }, template)).code).toBe("notFound");
    expect(problemOf(await addComment(database.db, member("mari"), { itemKey: "separateBedroom", body: "Hei", homeId: "not-a-home" }, template)).code).toBe("notFound");
    expect(await rowCounts()).toEqual(before);
    const [comment] = itemOf(await read(), "separateBedroom").thread;
    expect(comment).toMatchObject({ kind: "comment", body: "Jeg vil gjerne ha et eget soverom.", authorName: "Mari", authorRole: "resident", open: false });
  });

  it("records a disagreement beside the state without changing it, flagged until the state is set again", async () => {
    await addFile("fireAlarm");
    expect((await status("ahmed", "fireAlarm", "done")).ok).toBe(true);
    // Fire set it: fire changes it themselves rather than disagree.
    expect(problemOf(await addDisagreement(database.db, member("ahmed"), { itemKey: "fireAlarm", body: "Nei" }, template)).code).toBe("forbidden");
    const disagreement = await addDisagreement(database.db, member("silje"), { itemKey: "fireAlarm", body: "Røykvarsleren kan dekkes til." }, template);
    expect(disagreement.ok).toBe(true);

    let item = itemOf(await read(), "fireAlarm");
    expect(item.summary).toBe("done");
    expect(item.openDisagreements).toBe(1);
    expect(item.thread.at(-1)).toMatchObject({ kind: "disagreement", authorRole: "police", body: "Røykvarsleren kan dekkes til.", open: true });

    // A planner changes the state: the disagreement is answered; fire may now disagree with the planner.
    expect((await status("jonas", "fireAlarm", "inProgress")).ok).toBe(true);
    item = itemOf(await read("ahmed"), "fireAlarm");
    expect(item.openDisagreements).toBe(0);
    expect(item.may.disagree).toBe(true);
    expect((await addDisagreement(database.db, member("ahmed"), { itemKey: "fireAlarm", body: "Alarmen er godkjent av oss." }, template)).ok).toBe(true);
    expect(itemOf(await read(), "fireAlarm")).toMatchObject({ summary: "inProgress", openDisagreements: 1 });
  });

  it("sets a state for one home, for a house type's homes, and for every home again", async () => {
    const [home1, home2, home3] = await homeIds();
    const typeId = crypto.randomUUID();
    await database.db.insert(houseTypes).values({ id: typeId, projectId, name: "Type A" });
    await database.db.update(homes).set({ houseTypeId: typeId }).where(and(eq(homes.projectId, projectId), eq(homes.number, 2)));
    await database.db.update(homes).set({ houseTypeId: typeId }).where(and(eq(homes.projectId, projectId), eq(homes.number, 3)));

    expect((await status("jonas", "separateBedroom", "inProgress")).ok).toBe(true);
    expect((await status("jonas", "separateBedroom", "done", { target: { homeId: home1 } })).ok).toBe(true);
    let item = itemOf(await read(), "separateBedroom");
    expect(item).toMatchObject({ summary: "mixed", homesDiffer: true, closed: false });
    expect(item.homeStates.map((home) => [home.homeId, home.status, home.own])).toEqual([
      [home1, "done", true],
      [home2, "inProgress", false],
      [home3, "inProgress", false],
    ]);

    expect((await status("jonas", "separateBedroom", "decidedAgainst", { target: { houseTypeId: typeId }, reason: "Sovealkove i type A." })).ok).toBe(true);
    item = itemOf(await read(), "separateBedroom");
    expect(item.homeStates.map((home) => home.status)).toEqual(["done", "decidedAgainst", "decidedAgainst"]);
    expect(item).toMatchObject({ summary: "mixed", closed: true });

    expect((await status("jonas", "separateBedroom", "done")).ok).toBe(true);
    item = itemOf(await read(), "separateBedroom");
    expect(item).toMatchObject({ summary: "done", homesDiffer: false, homeStates: [], shown: { status: "done" } });
    const homeRows = await database.db.select({ homeId: checklistStates.homeId }).from(checklistStates).where(and(eq(checklistStates.projectId, projectId), eq(checklistStates.itemKey, "separateBedroom")));
    expect(homeRows.map((row) => row.homeId)).toEqual([""]);

    // Homes and house types of another project, and per-home states of a project item, are refused.
    const [otherHome] = (await readChecklist(database.db, { projectId: otherProjectId, userId: ids.get("kari") as string, role: "owner" }, { template })).homes;
    expect(problemOf(await status("jonas", "separateBedroom", "done", { target: { homeId: otherHome.id } })).code).toBe("notFound");
    expect(problemOf(await status("jonas", "separateBedroom", "done", { target: { houseTypeId: "no-such-type" } })).code).toBe("notFound");
    expect(problemOf(await status("jonas", "informationStrategy", "done", { target: { homeId: home1 } })).fields).toHaveProperty("target");
  });

  it("takes in the items of a later template version", async () => {
    await ensureChecklist(database.db, projectId, versionOne);
    let snapshot = await read();
    expect(snapshot).toMatchObject({ templateVersion: 1, newestVersion: 2, newItems: { count: 1, version: 2 } });
    expect(snapshot.sections.flatMap((section) => section.items)).toHaveLength(6);
    expect(problemOf(await takeInNewItems(database.db, member("ahmed"), template)).code).toBe("forbidden");

    const taken = await takeInNewItems(database.db, member("jonas"), template);
    expect(taken).toMatchObject({ ok: true, added: 1 });
    snapshot = await read();
    expect(snapshot).toMatchObject({ templateVersion: 2, newItems: null });
    expect(itemOf(snapshot, "evaluateFirst")).toMatchObject({ templateVersion: 2, duePhase: "evaluation", thread: [{ kind: "assignment", details: { type: "takenIn", version: 2 }, authorName: "Jonas" }] });
    expect(problemOf(await takeInNewItems(database.db, member("jonas"), template)).code).toBe("conflict");
  });

  it("sets responsibility and due dates (planners only) and flags what is overdue", async () => {
    expect(problemOf(await setAssignment(database.db, member("ahmed"), { itemKey: "fireAccess", responsibleRole: "fire" }, template)).code).toBe("forbidden");
    expect((await setAssignment(database.db, member("jonas"), { itemKey: "fireAccess", responsibleRole: "fire", dueDate: "2026-12-01" }, template)).ok).toBe(true);
    let item = itemOf(await read(), "fireAccess");
    expect(item).toMatchObject({ responsibleRole: "fire", dueDate: "2026-12-01", duePhase: null, overdue: true });
    expect(item.thread[0].details).toEqual({ type: "assignment", responsibleRole: "fire", duePhase: null, dueDate: "2026-12-01" });

    // The information strategy is due in the localisation phase: overdue once the project is past it.
    expect(itemOf(await read(), "informationStrategy").overdue).toBe(false);
    await database.db.update(projects).set({ phase: "design" }).where(eq(projects.id, projectId));
    expect(itemOf(await read(), "informationStrategy").overdue).toBe(true);
    await status("jonas", "informationStrategy", "done");
    item = itemOf(await read(), "informationStrategy");
    expect(item.overdue).toBe(false);
  });

  it("keeps a debated item's decision and links it to the decision log once", async () => {
    expect(problemOf(await setDecision(database.db, member("jonas"), { itemKey: "fireAccess", decision: "Ja", decisionReason: "Fordi" }, template)).code).toBe("conflict");
    expect(problemOf(await linkDecision(database.db, member("jonas"), { itemKey: "separateBedroom", decisionLogId: "entry-1" }, template)).code).toBe("conflict");
    expect(problemOf(await setDecision(database.db, member("mari"), { itemKey: "separateBedroom", decision: "Ja", decisionReason: "Fordi" }, template)).code).toBe("forbidden");
    const decided = await setDecision(database.db, member("jonas"), { itemKey: "separateBedroom", decision: "Eget soverom i alle husene", decisionReason: "Beboerne ba om det; det gir faste rutiner." }, template);
    expect(decided.ok).toBe(true);
    expect((await linkDecision(database.db, member("jonas"), { itemKey: "separateBedroom", decisionLogId: "entry-1" }, template)).ok).toBe(true);
    expect(problemOf(await linkDecision(database.db, member("kari"), { itemKey: "separateBedroom", decisionLogId: "entry-2" }, template)).code).toBe("conflict");
    const item = itemOf(await read("mari"), "separateBedroom");
    expect(item).toMatchObject({ decision: "Eget soverom i alle husene", decisionReason: "Beboerne ba om det; det gir faste rutiner.", decisionLogId: "entry-1" });
    expect(item.thread.map((entry) => entry.details?.type)).toEqual(["decision", "linked"]);
  });

  it("counts progress per section, per due phase and per home", async () => {
    const [home1] = await homeIds();
    await addFile("fireAlarm");
    await status("ahmed", "fireAlarm", "done");
    await status("jonas", "robustSurfaces", "done", { target: { homeId: home1 } });
    await status("jonas", "informationStrategy", "notRelevant", { reason: "Alle naboer er informert allerede." });
    await setAssignment(database.db, member("jonas"), { itemKey: "fireAccess", dueDate: "2026-11-30" }, template);
    const { progress } = await read();
    expect(progress).toMatchObject({ total: 7, closed: 2, done: 1, overdue: 1 });
    expect(progress.bySection.map(({ key, total, closed, overdue }) => [key, total, closed, overdue])).toEqual([
      ["surfaces", 1, 0, 0],
      ["fireSafety", 2, 1, 1],
      ["security", 1, 0, 0],
      ["layout", 1, 0, 0],
      ["process", 2, 1, 0],
    ]);
    expect(progress.byPhase.map(({ phase, total, closed }) => [phase, total, closed])).toEqual([
      ["localisation", 1, 1],
      ["design", 1, 0],
      ["construction", 1, 1],
      ["evaluation", 1, 0],
      [null, 3, 0],
    ]);
    // Home items: robustSurfaces, fireAlarm, workingLocks, separateBedroom.
    expect(progress.byHome.map(({ name, total, closed, done }) => [name, total, closed, done])).toEqual([
      ["Hus 1", 4, 2, 2],
      ["Hus 2", 4, 1, 1],
      ["Hus 3", 4, 1, 1],
    ]);
  });
});
