/**
 * Letters on a real database (decision 013): a letter made from a template takes the project's
 * municipality and chosen site; its blanks are checked by the template (a wrong or unknown blank
 * is refused, changing nothing); a print run has one letter per address, or one unaddressed;
 * "mark as sent" writes the communication log, and for the formal notice also the notice;
 * every other role is refused.
 */
import * as Y from "yjs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { communications, documentUpdates, letters, neighbourNotices } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { addSite } from "../sites/site-document";
import good from "./fixtures/address-list.csv?raw";
import { clearAddresses, importAddresses } from "./address-store.server";
import { listCommunications } from "./communication-store.server";
import { printRun } from "./letter-print-run.server";
import { createLetter, deleteLetter, listLetters, markLetterSent, readLetter, saveLetter } from "./letter-store.server";
import { listNotices } from "./notice-store.server";
import { idOf, neighbourFixture, people, problemOf } from "./testing/neighbour-fixture";

const now = new Date("2026-12-02T10:00:00Z");

describe.each(testDatabaseKinds)("letters on %s", (kind) => {
  let database: TestDatabase;
  let fixture: Awaited<ReturnType<typeof neighbourFixture>>;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixture = await neighbourFixture(database.db);
    const doc = new Y.Doc();
    addSite(doc, { name: "Tomt A – Eikelundveien", status: "chosen", notes: "", geometry: { type: "Point", coordinates: [10.97, 59.95] } });
    await database.db.insert(documentUpdates).values({ document: `project/${fixture.projectId}/plan`, data: Y.encodeStateAsUpdate(doc) });
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    for (const table of [letters, communications, neighbourNotices]) await database.db.delete(table);
    await clearAddresses(database.db, fixture.member("jonas"));
  });

  const filled = async (letterId: string) => {
    const letter = await readLetter(database.db, fixture.projectId, letterId);
    return { ...letter!.fields, contactName: "Jonas Berg", about: "Fire små hus med egne innganger." };
  };

  it("makes a letter from a template with the project's municipality and chosen site", async () => {
    const id = idOf(await createLetter(database.db, fixture.member("jonas"), { templateKey: "information", title: "" }, { now }));
    const letter = await readLetter(database.db, fixture.projectId, id);
    expect(letter).toMatchObject({ templateKey: "information", title: "Informasjon om nye boliger i nabolaget", sent: [] });
    expect(letter?.fields).toMatchObject({ language: "nb", letterDate: "2026-12-02", sender: "Demo", site: "Tomt A – Eikelundveien", about: "" });
    expect((await listLetters(database.db, fixture.projectId)).map((entry) => entry.id)).toEqual([id]);
  });

  it("saves blanks checked by the template, refusing wrong and unknown ones without a change", async () => {
    const db = database.db;
    const id = idOf(await createLetter(db, fixture.member("jonas"), { templateKey: "meetingInvitation", title: "Møte" }, { now }));
    const fields = { ...(await filled(id)), meetingDate: "2027-01-14", meetingTime: "18.00", meetingPlace: "Eikelund skole" };
    delete (fields as Record<string, unknown>).about;
    idOf(await saveLetter(db, fixture.member("jonas"), { letterId: id, title: "Møte i januar", fields }));
    expect((await readLetter(db, fixture.projectId, id))?.fields).toMatchObject({ meetingTime: "18:00", meetingPlace: "Eikelund skole" });
    const wrong = problemOf(await saveLetter(db, fixture.member("jonas"), { letterId: id, title: "x", fields: { ...fields, meetingDate: "14.01.2027", meetingPlace: "" } }));
    expect(Object.keys(wrong.fields ?? {}).sort()).toEqual(["meetingDate", "meetingPlace"]);
    const unknown = problemOf(await saveLetter(db, fixture.member("jonas"), { letterId: id, title: "x", fields: { ...fields, residentNames: "Mari og Emil" } }));
    expect(unknown.fields).toHaveProperty("form");
    expect(unknown.messageEn).toBe("The form has fields the template does not know.");
    expect((await readLetter(db, fixture.projectId, id))?.title).toBe("Møte i januar");
  });

  it("prints one letter per address, or one for the neighbourhood", async () => {
    const db = database.db;
    const id = idOf(await createLetter(db, fixture.member("jonas"), { templateKey: "information", title: "" }, { now }));
    const letter = (await readLetter(db, fixture.projectId, id))!;
    expect((await printRun(db, fixture.projectId, letter, "list")).map((entry) => entry.greeting)).toEqual(["Til beboerne i nabolaget"]);
    idOf(await importAddresses(db, fixture.member("jonas"), { csv: good }));
    const run = await printRun(db, fixture.projectId, letter, "list");
    expect(run.map((entry) => entry.addressLines[0])).toEqual(["Eikelundveien 10", "Eikelundveien 11; bakhuset", "Granveien 2"]);
    expect(run[0].greeting).toBe("Til Per Hansen");
    expect(await printRun(db, fixture.projectId, letter, "neighbourhood")).toHaveLength(1);
  });

  it("marks a letter as sent in the communication log, once its blanks are complete", async () => {
    const db = database.db;
    const id = idOf(await createLetter(db, fixture.member("jonas"), { templateKey: "information", title: "" }, { now }));
    expect(Object.keys(problemOf(await markLetterSent(db, fixture.member("jonas"), { letterId: id, date: "2026-12-01", recipients: "neighbourhood", channel: "" }, { now })).fields ?? {})).toEqual(["contactName", "about"]);
    idOf(await saveLetter(db, fixture.member("jonas"), { letterId: id, title: "Informasjon", fields: await filled(id) }));
    expect(problemOf(await markLetterSent(db, fixture.member("jonas"), { letterId: id, date: "2026-12-01", recipients: "list", channel: "" }, { now })).code).toBe("conflict");
    idOf(await importAddresses(db, fixture.member("jonas"), { csv: good }));
    const result = await markLetterSent(db, fixture.member("jonas"), { letterId: id, date: "2026-12-01", recipients: "list", channel: "Postkassene" }, { now });
    expect(result).toMatchObject({ ok: true, details: { count: 3 } });
    expect(await listCommunications(db, fixture.projectId)).toMatchObject([{ kind: "letter", date: "2026-12-01", audience: "neighbours", channel: "Postkassene", letterId: id, summary: "Informasjon: sendt til 3 adresser i adresselisten." }]);
    expect((await readLetter(db, fixture.projectId, id))?.sent).toEqual([{ date: "2026-12-01", summary: "Informasjon: sendt til 3 adresser i adresselisten." }]);
  });

  it("records the formal notice when its letter is marked as sent", async () => {
    const db = database.db;
    const id = idOf(await createLetter(db, fixture.member("jonas"), { templateKey: "formalNotice", title: "" }, { now }));
    const { about: _about, ...rest } = await filled(id);
    const fields = { ...rest, property: "gnr. 12, bnr. 345", appliedFor: "Fire småhus", commentsTo: "Demo kommune, Postboks 1" };
    idOf(await saveLetter(db, fixture.member("jonas"), { letterId: id, title: "Nabovarsel", fields }));
    idOf(await importAddresses(db, fixture.member("jonas"), { csv: good }));
    idOf(await markLetterSent(db, fixture.member("jonas"), { letterId: id, date: "2026-11-30", recipients: "list", channel: "Rekommandert" }, { now }));
    const [notice] = await listNotices(db, fixture.projectId, { now });
    expect(notice).toMatchObject({ sentDate: "2026-11-30", recipientCount: 3, countdown: { deadline: "2026-12-14", daysLeft: 12 } });
    expect((await listCommunications(db, fixture.projectId)).map((entry) => entry.kind)).toEqual(["notice"]);
  });

  it("refuses every role but planners, and keeps projects apart", async () => {
    const db = database.db;
    const id = idOf(await createLetter(db, fixture.member("jonas"), { templateKey: "information", title: "" }, { now }));
    const before = { letters: await listLetters(db, fixture.projectId), history: await fixture.historyCount() };
    for (const person of people.filter((name) => name !== "kari" && name !== "jonas")) {
      const member = fixture.member(person);
      expect(problemOf(await createLetter(db, member, { templateKey: "information", title: "" }, { now })).code).toBe("forbidden");
      expect(problemOf(await saveLetter(db, member, { letterId: id, title: "x", fields: await filled(id) })).code).toBe("forbidden");
      expect(problemOf(await markLetterSent(db, member, { letterId: id, date: "2026-12-01", recipients: "neighbourhood", channel: "" }, { now })).code).toBe("forbidden");
      expect(problemOf(await deleteLetter(db, member, { letterId: id })).code).toBe("forbidden");
    }
    expect(problemOf(await deleteLetter(db, fixture.member("kari", fixture.otherProjectId), { letterId: id })).code).toBe("notFound");
    expect(await listLetters(db, fixture.projectId)).toEqual(before.letters);
    expect(await fixture.historyCount()).toBe(before.history);
    idOf(await deleteLetter(db, fixture.member("kari"), { letterId: id }));
    expect(await listLetters(db, fixture.projectId)).toEqual([]);
  });
});
