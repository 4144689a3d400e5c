/**
 * Uploads (issue 8, decision 012): evidence photos and PDFs must never become a script on the
 * app's origin, never carry the camera's metadata, and reach only members who may see them.
 * The real routes (action and loader of /projects/:id/files and …/files/:fileId) on a real
 * database with real sessions; test/security/uploads.browser.test.ts repeats the main cases
 * against the production server over HTTP.
 */
import type { AppLoadContext } from "@remix-run/node";
import { count } from "drizzle-orm";
import pino from "pino";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checklistItems, files, memberships } from "../../db/schema";
import { createSession } from "../../app/auth/session.server";
import { createUser } from "../../app/auth/users.server";
import { feedbackEvents } from "../../app/feedback/feedback-events.server";
import { contentDisposition, servedFileName } from "../../app/files/file-requests.server";
import type { StoredFileInfo } from "../../app/files/file-types";
import type { Role } from "../../app/permissions";
import { createProject } from "../../app/projects/projects.server";
import { action } from "../../app/routes/projects.$projectId.files";
import { loader } from "../../app/routes/projects.$projectId.files.$fileId";
import { bodyLimitFor } from "../../server/body-limits";
import { testAppConfig } from "../support/app-config";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/database";

const itemKey = "fire-alarm";
const svgWithScript = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>';
const pdfBytes = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

describe("uploads: the body cap and the served names", () => {
  it("puts /projects/:id/files (and its single-fetch .data form) in the upload class", () => {
    for (const path of ["/projects/p1/files", "/projects/p1/files.data", "/projects/p1/files/"]) {
      expect(bodyLimitFor(path, { maxUploadBytes: 20 * 1024 * 1024 }).routeClass, path).toBe("upload");
    }
    expect(bodyLimitFor("/projects/p1/files/f1", { maxUploadBytes: 20 * 1024 * 1024 }).routeClass).toBe("form");
  });

  it("names the served file in UTF-8 with an ASCII fallback that cannot break out of its quotes", () => {
    expect(contentDisposition("attachment", 'Brann "rapport" æøå 100%.pdf')).toBe(
      "attachment; filename=\"Brann _rapport_ ___ 100_.pdf\"; filename*=UTF-8''Brann%20%22rapport%22%20%C3%A6%C3%B8%C3%A5%20100%25.pdf",
    );
    expect(contentDisposition("inline", "a'(b)*.jpg")).toBe("inline; filename=\"a'(b)*.jpg\"; filename*=UTF-8''a%27%28b%29%2A.jpg");
    expect(servedFileName("skisse.png", "image")).toBe("skisse.jpg");
    expect(servedFileName("IMG_1.JPEG", "image")).toBe("IMG_1.JPEG");
    expect(servedFileName("rapport", "pdf")).toBe("rapport.pdf");
  });
});

describe.each(testDatabaseKinds)("uploads through the routes on %s", (kind) => {
  let database: TestDatabase;
  let projectId: string;
  let otherProjectId: string;
  let photoWithGps: Buffer;
  const cookies = new Map<string, string>();

  const context = (): AppLoadContext =>
    ({ db: database.db, logger: pino({ level: "silent" }), sync: { revokeMember() {}, revokeSession() {}, revokeUser() {} }, clientAddress: "test", config: testAppConfig }) as AppLoadContext;

  /** Runs the route as Remix does: a thrown Response is the answer. */
  async function answer(run: () => Promise<unknown>): Promise<Response> {
    try {
      return (await run()) as Response;
    } catch (thrown) {
      if (thrown instanceof Response) return thrown;
      throw thrown;
    }
  }

  function upload(person: string, fields: Record<string, string>, file?: { bytes: Uint8Array; name: string; type: string }, project = projectId): Promise<Response> {
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) body.set(key, value);
    if (file) body.set("file", new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
    const request = new Request(`http://localhost/projects/${project}/files`, { method: "POST", body, headers: { Cookie: cookies.get(person) ?? "" } });
    return answer(() => action({ request, params: { projectId: project }, context: context() }));
  }

  function get(person: string, fileId: string, query = "", project = projectId): Promise<Response> {
    const request = new Request(`http://localhost/projects/${project}/files/${fileId}${query}`, { headers: { Cookie: cookies.get(person) ?? "" } });
    return answer(() => loader({ request, params: { projectId: project, fileId }, context: context() }));
  }

  const evidence = { purpose: "checklist", subjectKey: itemKey, homeId: "", caption: "Røykvarsler" };
  const photo = () => ({ bytes: photoWithGps, name: "IMG_0042.jpg", type: "image/jpeg" });

  async function storedCount(): Promise<number> {
    const [{ n }] = await database.db.select({ n: count() }).from(files);
    return n;
  }

  async function uploaded(response: Response): Promise<StoredFileInfo> {
    expect(response.status).toBe(201);
    return ((await response.json()) as { file: StoredFileInfo }).file;
  }

  async function problemCode(response: Response): Promise<string> {
    return ((await response.json()) as { error: { code: string } }).error.code;
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const { db } = database;
    const people: Array<[string, Role]> = [["kari", "owner"], ["jonas", "planner"], ["mari", "resident"], ["ola", "observer"], ["stranger", "owner"]];
    const ids = new Map<string, string>();
    for (const [username] of people) {
      const user = await createUser(db, { name: username, username, email: null, password: "passord-123" });
      ids.set(username, user.id);
      cookies.set(username, (await createSession(db, user.id, new Request("http://localhost/"))).split(";")[0]);
    }
    const details = { municipality: "Demo", housingForm: "smahus" as const, homeCount: 2, description: "" };
    projectId = (await createProject(db, ids.get("kari")!, { name: "Eikelund", ...details })).id;
    otherProjectId = (await createProject(db, ids.get("stranger")!, { name: "Bakken", ...details })).id;
    for (const [username, role] of people) if (role !== "owner") await db.insert(memberships).values({ projectId, userId: ids.get(username)!, role });
    // Jonas plans both projects: a file of one must still not be reachable through the other.
    await db.insert(memberships).values({ projectId: otherProjectId, userId: ids.get("jonas")!, role: "planner" });
    await db.insert(checklistItems).values([
      { projectId, itemKey, templateVersion: 1 },
      { projectId: otherProjectId, itemKey, templateVersion: 1 },
    ]);
    photoWithGps = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: "#557799" } })
      .jpeg()
      .withExif({ IFD0: { Make: "TestCam", Copyright: "Jonas" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "59/1 57/1 30/1", GPSLongitudeRef: "E", GPSLongitude: "10/1 57/1 0/1" } })
      .toBuffer();
  });
  afterAll(() => database.drop());

  it("stores a planner's evidence photo (201), tells the checklist's open pages, and serves it without EXIF", async () => {
    let notices = 0;
    const stop = feedbackEvents.subscribe(projectId, () => (notices += 1), undefined, "checklist");
    const file = await uploaded(await upload("jonas", evidence, photo()));
    stop();
    expect(notices).toBe(1);
    expect(file).toMatchObject({ kind: "image", contentType: "image/jpeg", width: 1600, height: 1200, latitude: null, caption: "Røykvarsler", uploadedRole: "planner" });

    const view = await get("ola", file.id);
    expect(view.status).toBe(200);
    expect(view.headers.get("content-type")).toBe("image/jpeg");
    expect(view.headers.get("content-disposition")).toBe("inline; filename=\"IMG_0042.jpg\"; filename*=UTF-8''IMG_0042.jpg");
    expect(view.headers.get("x-content-type-options")).toBe("nosniff");
    expect(view.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
    expect(view.headers.get("cache-control")).toBe("private, max-age=3600");
    expect(view.headers.get("cross-origin-resource-policy")).toBe("same-origin");
    const bytes = Buffer.from(await view.arrayBuffer());
    const metadata = await sharp(bytes).metadata();
    expect(metadata).toMatchObject({ format: "jpeg", width: 1600 });
    expect(metadata.exif).toBeUndefined();
    expect(bytes.includes("TestCam")).toBe(false);

    const thumbnail = await get("mari", file.id, "?size=thumb");
    expect((await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).width).toBe(320);
    expect((await get("mari", file.id, "?size=huge")).status).toBe(400);
  });

  it("keeps the photo's position in the row only when the box is ticked", async () => {
    const file = await uploaded(await upload("mari", { ...evidence, keepPosition: "on" }, photo()));
    expect(file.latitude).toBeCloseTo(59.958333, 5);
    expect(file.longitude).toBeCloseTo(10.95, 5);
    const served = Buffer.from(await (await get("jonas", file.id)).arrayBuffer());
    expect((await sharp(served).metadata()).exif).toBeUndefined();
  });

  it("serves a PDF as an attachment in a sandbox, never inline", async () => {
    let notices = 0;
    const stop = feedbackEvents.subscribe(projectId, () => (notices += 1), undefined, "checklist");
    const file = await uploaded(await upload("jonas", evidence, { bytes: pdfBytes, name: "Brannrapport.pdf", type: "application/pdf" }));
    stop();
    expect(notices).toBe(1);
    expect(file).toMatchObject({ kind: "pdf", contentType: "application/pdf", width: null });
    const served = await get("ola", file.id, "?size=thumb");
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect(served.headers.get("content-disposition")).toMatch(/^attachment; /);
    expect(served.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(pdfBytes))).toBe(true);
  });

  it("refuses an SVG with a script (415, named as the kinds it takes), stores nothing and so serves nothing", async () => {
    const before = await storedCount();
    for (const [name, type] of [["drawing.svg", "image/svg+xml"], ["photo.jpg", "image/jpeg"]]) {
      const response = await upload("jonas", evidence, { bytes: new TextEncoder().encode(svgWithScript), name, type });
      expect(response.status, name).toBe(415);
      const { error } = (await response.json()) as { error: { code: string; message: string; messageEn: string } };
      expect(error.code).toBe("unsupportedType");
      expect(error.message).toContain("JPEG, PNG eller WebP");
      expect(error.messageEn).toContain("SVG");
    }
    const text = await upload("jonas", evidence, { bytes: new TextEncoder().encode("hello"), name: "photo.jpg", type: "image/jpeg" });
    expect(text.status).toBe(415);
    expect(await storedCount()).toBe(before);
  });

  it("refuses a file over 10 MB with 413 and a clear message, and checks the role before reading it", async () => {
    const big = { bytes: new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41), name: "stor.jpg", type: "image/jpeg" };
    const before = await storedCount();
    const response = await upload("jonas", evidence, big);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain("10 MB");
    expect((await upload("ola", evidence, big)).status, "the observer's role is refused first").toBe(403);
    expect(await storedCount()).toBe(before);
  });

  it("refuses an observer (403), a resident's catalogue photo (403), a non-member (404) and a signed-out request (to sign-in)", async () => {
    const before = await storedCount();
    expect((await upload("ola", evidence, photo())).status).toBe(403);
    const resident = await upload("mari", { ...evidence, purpose: "catalogue", subjectKey: "some-option" }, photo());
    expect(resident.status).toBe(403);
    const stranger = await upload("stranger", evidence, photo());
    expect(stranger.status).toBe(404);
    expect(await problemCode(stranger)).toBe("notFound");
    const signedOut = await upload("nobody", evidence, photo());
    expect(signedOut.status).toBe(302);
    expect(signedOut.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
    expect(await storedCount()).toBe(before);
  });

  it("refuses a form without a purpose before its file, an unknown item and an empty file input, with 400 or 404", async () => {
    expect((await upload("jonas", { subjectKey: itemKey }, photo())).status).toBe(400);
    expect((await upload("jonas", { ...evidence, purpose: "avatar" }, photo())).status).toBe(400);
    const unknownItem = await upload("jonas", { ...evidence, subjectKey: "no-such-item" }, photo());
    expect(unknownItem.status).toBe(404);
    const empty = await upload("jonas", evidence, { bytes: new Uint8Array(0), name: "", type: "application/octet-stream" });
    expect(empty.status).toBe(400);
    expect(await problemCode(empty)).toBe("empty");
    expect((await upload("jonas", evidence)).status).toBe(400);
  });

  it("answers 404 for a file of project A asked through project B's URL, even to a member of both", async () => {
    const file = await uploaded(await upload("jonas", evidence, photo()));
    expect((await get("jonas", file.id)).status).toBe(200);
    const elsewhere = await get("jonas", file.id, "", otherProjectId);
    expect(elsewhere.status).toBe(404);
    expect(await problemCode(elsewhere)).toBe("notFound");
    expect((await get("stranger", file.id)).status, "a non-member of A").toBe(404);
    expect((await get("jonas", "no-such-file")).status).toBe(404);
    expect((await get("jonas", "bad\u0000id")).status).toBe(404);
  });

  it("lets the uploader remove their file and refuses others who are not planners", async () => {
    const file = await uploaded(await upload("mari", evidence, { bytes: pdfBytes, name: "mine.pdf", type: "application/pdf" }));
    const remove = (person: string) => upload(person, { intent: "delete", purpose: "checklist", fileId: file.id });
    expect((await remove("ola")).status).toBe(403);
    expect((await remove("mari")).status).toBe(200);
    expect((await get("jonas", file.id)).status).toBe(404);
    expect((await remove("mari")).status).toBe(404);
  });
});
