/**
 * Stored files (decision 012): what is stored for an upload, what lists and counts show, what is
 * served, and that nothing crosses from one project to another. On PGlite, and on PostgreSQL when
 * TEST_DATABASE_URL is set.
 */
import { count, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checklistItems, choiceCategories, choiceOptions, files, homes, memberships } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createUser } from "../auth/users.server";
import type { Role } from "../permissions";
import { createProject } from "../projects/projects.server";
import type { FileMember } from "./files.server";
import { countFiles, deleteFile, fileCountKey, filePurpose, listFiles, readStoredFile, safeFileName, storeFile } from "./files.server";

const itemKey = "fire-alarm";
const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");

describe.each(testDatabaseKinds)("stored files on %s", (kind) => {
  let database: TestDatabase;
  let projectId: string;
  let otherProjectId: string;
  let homeId: string;
  let otherHomeId: string;
  let optionId: string;
  let otherOptionId: string;
  let photo: Buffer;
  const members = new Map<string, FileMember>();
  const member = (name: string) => members.get(name) as FileMember;

  const evidence = (overrides: Partial<Parameters<typeof storeFile>[2]> = {}) => ({
    purpose: "checklist" as const,
    subjectKey: itemKey,
    homeId: "",
    caption: "",
    keepPosition: false,
    fileName: "IMG_0042.jpg",
    bytes: photo,
    ...overrides,
  });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const { db } = database;
    const people: Array<[string, Role]> = [["kari", "owner"], ["ahmed", "fire"], ["mari", "resident"], ["ola", "observer"], ["jonas", "planner"]];
    const ids = new Map<string, string>();
    for (const [username] of people) ids.set(username, (await createUser(db, { name: `${username} N.`, username, email: null, password: "passord-123" })).id);
    const details = { municipality: "Demo", housingForm: "smahus" as const, homeCount: 2, description: "" };
    projectId = (await createProject(db, ids.get("kari")!, { name: "Eikelund", ...details })).id;
    otherProjectId = (await createProject(db, ids.get("kari")!, { name: "Bakken", ...details })).id;
    for (const [username, role] of people) {
      if (role !== "owner") await db.insert(memberships).values({ projectId, userId: ids.get(username)!, role });
      members.set(username, { projectId, userId: ids.get(username)!, role });
    }
    await db.insert(checklistItems).values([
      { projectId, itemKey, templateVersion: 1 },
      { projectId, itemKey: "sprinklers", templateVersion: 1 },
      { projectId: otherProjectId, itemKey: "only-elsewhere", templateVersion: 1 },
    ]);
    homeId = crypto.randomUUID();
    await db.insert(homes).values([
      { id: homeId, projectId, number: 1, name: "Hus 1" },
      { id: crypto.randomUUID(), projectId: otherProjectId, number: 1, name: "Hus 1" },
    ]);
    const [homeElsewhere] = await db.select({ id: homes.id }).from(homes).where(eq(homes.projectId, otherProjectId));
    otherHomeId = homeElsewhere.id;
    for (const [project, name] of [[projectId, "mine"], [otherProjectId, "theirs"]] as const) {
      const categoryId = crypto.randomUUID();
      await db.insert(choiceCategories).values({ id: categoryId, projectId: project, name: "Fasadefarge", previewPart: "facade", opensOn: "2026-01-01", closesOn: "2026-12-31" });
      const id = crypto.randomUUID();
      await db.insert(choiceOptions).values({ id, projectId: project, categoryId, name: `Grå ${name}`, color: "#888888" });
      if (name === "mine") optionId = id;
      else otherOptionId = id;
    }
    photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#557799" } })
      .jpeg()
      .withExif({ IFD0: { Make: "TestCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "59/1 57/1 30/1", GPSLongitudeRef: "E", GPSLongitude: "10/1 57/1 0/1" } })
      .toBuffer();
  });
  afterAll(() => database.drop());

  it("stores evidence with the uploader, their role and the database's time, without the position unless kept", async () => {
    const before = Date.now();
    const result = await storeFile(database.db, member("ahmed"), evidence({ caption: "  Røykvarsler i stua  " }));
    if (!result.ok) throw new Error(result.problem.messageEn);
    expect(result.file).toMatchObject({
      purpose: "checklist",
      subjectKey: itemKey,
      homeId: "",
      kind: "image",
      contentType: "image/jpeg",
      fileName: "IMG_0042.jpg",
      width: 800,
      height: 600,
      latitude: null,
      longitude: null,
      caption: "Røykvarsler i stua",
      uploadedBy: { id: member("ahmed").userId, name: "ahmed N." },
      uploadedRole: "fire",
    });
    expect(result.file.byteSize).toBeGreaterThan(0);
    expect(Date.parse(result.file.createdAt)).toBeGreaterThanOrEqual(before - 5_000);

    const kept = await storeFile(database.db, member("mari"), evidence({ homeId, keepPosition: true, fileName: "C:\\Bilder\\bad\u0007rom.jpg" }));
    if (!kept.ok) throw new Error(kept.problem.messageEn);
    expect(kept.file).toMatchObject({ homeId, fileName: "bad_rom.jpg", uploadedRole: "resident" });
    expect(kept.file.latitude).toBeCloseTo(59.958333, 5);
    expect(kept.file.longitude).toBeCloseTo(10.95, 5);
  });

  it("serves the thumbnail and the view size without metadata, and a PDF as stored, to this project only", async () => {
    const image = await storeFile(database.db, member("jonas"), evidence({ subjectKey: "sprinklers" }));
    const document = await storeFile(database.db, member("jonas"), evidence({ subjectKey: "sprinklers", fileName: "rapport.pdf", bytes: pdf }));
    if (!image.ok || !document.ok) throw new Error("refused");
    const view = await readStoredFile(database.db, projectId, image.file.id, "view");
    const thumbnail = await readStoredFile(database.db, projectId, image.file.id, "thumb");
    const viewMetadata = await sharp(view!.bytes).metadata();
    const thumbnailMetadata = await sharp(thumbnail!.bytes).metadata();
    expect(viewMetadata).toMatchObject({ format: "jpeg", width: 800 });
    expect(thumbnailMetadata).toMatchObject({ format: "jpeg", width: 320 });
    expect([viewMetadata.exif, thumbnailMetadata.exif]).toEqual([undefined, undefined]);
    const served = await readStoredFile(database.db, projectId, document.file.id, "thumb");
    expect(served).toMatchObject({ purpose: "checklist", kind: "pdf", contentType: "application/pdf", fileName: "rapport.pdf" });
    expect(Buffer.from(served!.bytes).equals(Buffer.from(pdf))).toBe(true);
    expect(await readStoredFile(database.db, otherProjectId, image.file.id, "view")).toBeNull();
    expect(await filePurpose(database.db, otherProjectId, image.file.id)).toBeNull();
    expect(await filePurpose(database.db, projectId, image.file.id)).toBe("checklist");
    expect(await readStoredFile(database.db, projectId, "no\u0000such", "view")).toBeNull();
  });

  it("lists a purpose's files oldest first, for some subjects, and counts them per subject and home", async () => {
    const all = await listFiles(database.db, projectId, "checklist");
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(all.map((file) => file.createdAt)).toEqual([...all.map((file) => file.createdAt)].sort());
    expect(all.every((file) => !("data" in file) && !("thumbnail" in file))).toBe(true);
    const sprinklers = await listFiles(database.db, projectId, "checklist", ["sprinklers"]);
    expect(sprinklers.map((file) => file.kind)).toEqual(["image", "pdf"]);
    expect(await listFiles(database.db, projectId, "checklist", [])).toEqual([]);
    expect(await listFiles(database.db, otherProjectId, "checklist")).toEqual([]);
    expect(await listFiles(database.db, projectId, "catalogue")).toEqual([]);

    const counts = await countFiles(database.db, projectId, "checklist");
    expect(counts.get(fileCountKey(itemKey, ""))).toBe(1);
    expect(counts.get(fileCountKey(itemKey, homeId))).toBe(1);
    expect(counts.get(fileCountKey("sprinklers", ""))).toBe(2);
    expect(counts.get(`${itemKey}|${homeId}`)).toBe(1);
  });

  it("stores a catalogue option's photo for planners, and refuses what does not belong to the project", async () => {
    const photoOfOption = await storeFile(database.db, member("jonas"), evidence({ purpose: "catalogue", subjectKey: optionId }));
    expect(photoOfOption).toMatchObject({ ok: true, file: { purpose: "catalogue", subjectKey: optionId } });
    const [{ n: before }] = await database.db.select({ n: count() }).from(files);
    const refusals: Array<[FileMember, Parameters<typeof storeFile>[2], string]> = [
      [member("jonas"), evidence({ subjectKey: "no-such-item" }), "notFound"],
      [member("jonas"), evidence({ subjectKey: "only-elsewhere" }), "notFound"],
      [member("jonas"), evidence({ homeId: otherHomeId }), "notFound"],
      [member("jonas"), evidence({ homeId: "no\u0000home" }), "notFound"],
      [member("jonas"), evidence({ subjectKey: "" }), "badRequest"],
      [member("jonas"), evidence({ purpose: "catalogue", subjectKey: otherOptionId }), "notFound"],
      [member("jonas"), evidence({ purpose: "catalogue", subjectKey: optionId, homeId }), "badRequest"],
      [member("jonas"), evidence({ purpose: "catalogue", subjectKey: optionId, bytes: pdf, fileName: "farge.pdf" }), "unsupportedType"],
      [member("mari"), evidence({ purpose: "catalogue", subjectKey: optionId }), "forbidden"],
      [member("ola"), evidence(), "forbidden"],
      [member("jonas"), evidence({ caption: "Null\u0000tegn" }), "invalidText"],
      [member("jonas"), evidence({ caption: "x".repeat(501) }), "invalidInput"],
      [member("jonas"), evidence({ bytes: new TextEncoder().encode("<svg><script>alert(1)</script></svg>"), fileName: "x.jpg" }), "unsupportedType"],
    ];
    for (const [who, input, code] of refusals) {
      const result = await storeFile(database.db, who, input);
      expect(result, `${input.subjectKey} ${input.homeId} ${input.caption.slice(0, 10)}`).toMatchObject({ ok: false, problem: { code } });
    }
    const [{ n: after }] = await database.db.select({ n: count() }).from(files);
    expect(after, "nothing stored").toBe(before);
    const caption = await storeFile(database.db, member("jonas"), evidence({ caption: "x".repeat(500) }));
    expect(caption.ok).toBe(true);
  });

  it("lets the uploader and planners remove a file, and no one else", async () => {
    const stored = await storeFile(database.db, member("mari"), evidence({ fileName: "a.pdf", bytes: pdf }));
    if (!stored.ok) throw new Error("refused");
    expect(await deleteFile(database.db, member("ahmed"), "checklist", stored.file.id)).toBe("forbidden");
    expect(await deleteFile(database.db, member("mari"), "catalogue", stored.file.id)).toBe("notFound");
    expect(await deleteFile(database.db, { ...member("jonas"), projectId: otherProjectId }, "checklist", stored.file.id)).toBe("notFound");
    expect(await deleteFile(database.db, member("mari"), "checklist", stored.file.id)).toBe("deleted");
    const again = await storeFile(database.db, member("mari"), evidence({ fileName: "b.pdf", bytes: pdf }));
    if (!again.ok) throw new Error("refused");
    expect(await deleteFile(database.db, member("jonas"), "checklist", again.file.id)).toBe("deleted");
    expect(await readStoredFile(database.db, projectId, again.file.id, "view")).toBeNull();
  });
});

describe("safeFileName", () => {
  it("keeps the name without folders or control characters, at most 200 characters", () => {
    expect(safeFileName("C:\\Bilder\\IMG_0042.JPG", "image")).toBe("IMG_0042.JPG");
    expect(safeFileName("../../etc/passwd", "pdf")).toBe("passwd");
    expect(safeFileName("rap\u0000port\n.pdf", "pdf")).toBe("rap_port_.pdf");
    expect(Array.from(safeFileName(`${"ø".repeat(300)}.jpg`, "image"))).toHaveLength(200);
    expect(safeFileName("", "image")).toBe("bilde.jpg");
    expect(safeFileName("..", "pdf")).toBe("dokument.pdf");
  });
});
