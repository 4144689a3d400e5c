/**
 * The public project page (decision 013) against the production server over HTTP: unpublished or
 * unknown addresses are 404 for strangers and members alike, in HTML and in the data routes;
 * published, the page and every data variant it serves name the chosen site and no candidate
 * site (name or coordinates) and run no script; the form stores one inquiry, refuses the honeypot
 * neutrally and changes nothing, names a field that is too long (400) and refuses a body over the
 * form cap (413), gives 429 with Retry-After to a flood from one address, and never reflects
 * `<script>` unescaped; unpublishing is 404 on the next request.
 *
 * The server trusts X-Forwarded-For here (TRUST_PROXY=1), so each test is its own client address.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InquiriesSnapshot } from "../../app/inquiries/inquiry-types";
import { chooseSite, loaderData, postForm, publishDemoPage, signInCookie } from "../../app/public-page/testing/running-app";
import { demoSiteNames, demoSites } from "../../db/demo-area/demo-area";
import { startApp, type RunningApp } from "../e2e/support/server";

let app: RunningApp;
let projectId: string;
let kari: string;
let silje: string;
let slug: string;

const chosen = demoSiteNames.safe;
const candidates = demoSites().filter((site) => site.name !== chosen);

/** Every number a candidate's geometry has, written as JSON writes it and rounded as a link would. */
const candidateNumbers = candidates.flatMap((site) => {
  const positions = site.geometry.type === "Point" ? [site.geometry.coordinates] : site.geometry.coordinates.flat();
  return positions.flatMap((position) => position.flatMap((value) => [String(value), value.toFixed(5), value.toFixed(4)]));
});

function expectNoCandidate(text: string, where: string) {
  for (const site of candidates) expect(text, `${where}: ${site.name}`).not.toContain(site.name);
  for (const number of candidateNumbers) expect(text, `${where}: coordinate ${number}`).not.toContain(number);
  for (const site of candidates) if (site.notes) expect(text, `${where}: notes`).not.toContain(site.notes);
}

const from = (address: string) => ({ "X-Forwarded-For": address });

async function inquiries(): Promise<InquiriesSnapshot["inquiries"]> {
  const data = await loaderData<{ snapshot: InquiriesSnapshot }>(app, `/projects/${projectId}/inquiries`, "routes/projects.$projectId.inquiries", kari);
  return data.snapshot.inquiries;
}

beforeAll(async () => {
  app = await startApp({ seedDemo: true, env: { TRUST_PROXY: "1" } });
  projectId = app.demoProjectId!;
  [kari, silje] = await Promise.all([signInCookie(app, "kari"), signInCookie(app, "silje")]);
});
afterAll(() => app?.stop());

describe("the public project page over HTTP", () => {
  it("is 404 for everyone while unpublished, in HTML and in every data variant, and for unknown addresses", async () => {
    const editor = await loaderData<{ snapshot: { slug: string } }>(app, `/projects/${projectId}/public-page`, "routes/projects.$projectId.public-page", kari);
    slug = editor.snapshot.slug;
    expect(slug).toBe("smahus-pa-eikelund");
    for (const path of [`/p/${slug}`, `/p/${slug}.data`, `/p/${slug}?_data=routes%2Fp.%24slug`, `/p/${slug}?lng=en`, "/p/finnes-ikke", "/p/UPPER-case", "/p/a"]) {
      for (const cookie of [undefined, kari, silje]) {
        const response = await fetch(`${app.url}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
        expect(response.status, `${path} ${cookie ? "as a member" : "as a stranger"}`).toBe(404);
        const text = await response.text();
        expect(text).not.toContain("Fire små hus");
        expectNoCandidate(text, path);
      }
    }
    const stranger = await postForm(app, `/p/${slug}`, { topic: "Hei", body: "Er dere der?" }, undefined, from("198.51.100.1"));
    expect(stranger.status).toBe(404);
  });

  it("once published, names the chosen site and no candidate site, in the HTML and every data it serves, with no script", async () => {
    slug = await publishDemoPage(app, projectId, kari);
    await chooseSite(app, projectId, kari, chosen);
    for (const path of [`/p/${slug}`, `/p/${slug}?lng=en`]) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("public, max-age=60");
      const html = await response.text();
      expect(html).toContain(chosen);
      expectNoCandidate(html, path);
      // Plain HTML: no script of any kind, no module preloads.
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toContain("modulepreload");
    }
    // Remix's older data requests (`?_data=`) are answered empty under single fetch: nothing to leak.
    const legacy = await fetch(`${app.url}/p/${slug}?_data=routes%2Fp.%24slug`);
    expectNoCandidate(await legacy.text(), "?_data");
    for (const path of [`/p/${slug}.data`, `/p/${slug}.data?_routes=routes%2Fp.%24slug`, `/p/${slug}.data?lng=en`]) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(200);
      const text = await response.text();
      expect(text, path).toContain(chosen);
      expectNoCandidate(text, path);
      // Nothing about who decided or who asked.
      expect(text).not.toContain("Kommunestyret ber");
      expect(text).not.toContain("Prosjektgruppa");
    }
    // A member's copy carries their name in the header: never kept by a shared cache.
    const member = await fetch(`${app.url}/p/${slug}`, { headers: { Cookie: silje } });
    expect(member.status).toBe(200);
    expect(member.headers.get("cache-control")).toBe("private, no-store");
  });

  it("stores one inquiry from the form and answers with the receipt number and the due date", async () => {
    const before = await inquiries();
    const response = await postForm(app, `/p/${slug}`, { fromName: "", fromContact: "nabo@example.no", topic: "Parkering", body: "Hvor skal de ansatte parkere?", website: "" }, undefined, from("198.51.100.2"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const html = await response.text();
    const receipt = /data-testid="receipt-number">(H-[2-9A-Z]{6})</.exec(html)?.[1];
    expect(receipt).toBeDefined();
    const after = await inquiries();
    expect(after).toHaveLength(before.length + 1);
    const stored = after.find((inquiry) => inquiry.receipt === receipt)!;
    expect(stored).toMatchObject({ channel: "publicForm", topic: "Parkering", fromContact: "nabo@example.no", fromName: null, state: "open" });
    expect(html).toContain(/data-testid="receipt-due">([^<]+)</.exec(html)?.[1] ?? "no due date");
    expect(stored.dueDate > stored.receivedDate).toBe(true);
  });

  it("refuses a filled honeypot with a neutral 400 and stores nothing", async () => {
    const before = await inquiries();
    const response = await postForm(app, `/p/${slug}`, { topic: "Tilbud", body: "Kjøp billig", website: "http://spam.example" }, undefined, from("198.51.100.3"));
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Henvendelsen ble ikke sendt");
    expect(html).not.toMatch(/honeypot|robot|spam/i);
    expect(await inquiries()).toHaveLength(before.length);
  });

  it("names a field that is too long (400), refuses a body over the form cap (413), and stores nothing", async () => {
    const before = await inquiries();
    const long = await postForm(app, `/p/${slug}`, { topic: "Lang", body: "x".repeat(4001) }, undefined, from("198.51.100.4"));
    expect(long.status).toBe(400);
    const html = await long.text();
    expect(html).toContain("Skriv henvendelsen på 1–4000 tegn.");
    expect(html).toContain('aria-invalid="true"');
    const huge = await postForm(app, `/p/${slug}`, { topic: "Stor", body: "y".repeat(100_000) }, undefined, from("198.51.100.4"));
    expect(huge.status).toBe(413);
    expect(await huge.text()).toMatch(/for stor|too large/i);
    expect(await inquiries()).toHaveLength(before.length);
  });

  it("never reflects <script> unescaped: not in the form shown again, the receipt, the planners' page or the public answer", async () => {
    const payload = `<script>alert("xss")</script><img src=x onerror=alert(1)>`;
    const invalid = await postForm(app, `/p/${slug}`, { fromName: payload, topic: payload, body: "" }, undefined, from("198.51.100.5"));
    expect(invalid.status).toBe(400);
    const shownAgain = await invalid.text();
    expect(shownAgain).not.toContain("<script>alert");
    expect(shownAgain).not.toContain("<img src=x");
    expect(shownAgain).toContain("&lt;script&gt;alert");

    const stored = await postForm(app, `/p/${slug}`, { fromName: `Ola Avsender ${payload}`, fromContact: "ola@avsender.example", topic: payload, body: payload }, undefined, from("198.51.100.5"));
    expect(stored.status).toBe(200);
    const receipt = await stored.text();
    expect(receipt).not.toContain("<script>alert");
    expect(receipt).not.toContain("onerror=alert");

    const inquiry = (await inquiries()).find((candidate) => candidate.topic === payload)!;
    expect(inquiry.body).toBe(payload);
    const planners = await (await fetch(`${app.url}/projects/${projectId}/inquiries`, { headers: { Cookie: kari } })).text();
    expect(planners).toContain("&lt;script&gt;alert");
    expect(planners.replace(/<script[^>]*nonce="[^"]+"[^>]*>[\s\S]*?<\/script>/g, "")).not.toContain("<script>alert");

    const today = new Date().toISOString().slice(0, 10);
    await postForm(app, `/projects/${projectId}/inquiries`, { intent: "answer", inquiryId: inquiry.id, answer: payload, answeredDate: today >= inquiry.receivedDate ? inquiry.receivedDate : today }, kari);
    const shown = await postForm(app, `/projects/${projectId}/inquiries`, { intent: "showOnPublicPage", inquiryId: inquiry.id, show: "true" }, kari);
    expect(shown.status).toBe(200);
    const page = await (await fetch(`${app.url}/p/${slug}`)).text();
    expect(page).toContain("&lt;script&gt;alert");
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toContain("<img src=x");
    // The sender is never on the public page.
    expect(page).not.toContain("Avsender");
    expect(page).not.toContain("ola@avsender.example");
    await postForm(app, `/projects/${projectId}/inquiries`, { intent: "showOnPublicPage", inquiryId: inquiry.id, show: "false" }, kari);
  });

  it("gives one address five inquiries an hour, then 429 with Retry-After and a clear page, storing nothing more", async () => {
    const before = await inquiries();
    const statuses: number[] = [];
    let refused: Response | null = null;
    for (let attempt = 0; attempt < 7; attempt++) {
      const response = await postForm(app, `/p/${slug}`, { topic: `Spørsmål ${attempt}`, body: "Flere spørsmål" }, undefined, from("203.0.113.77"));
      statuses.push(response.status);
      if (response.status === 429) refused ??= response;
      else await response.text();
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(Number(refused!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused!.headers.get("retry-after"))).toBeLessThanOrEqual(3600);
    expect(await refused!.text()).toContain("Mange henvendelser på kort tid");
    expect(await inquiries()).toHaveLength(before.length + 5);
    // Another address is not held back.
    expect((await postForm(app, `/p/${slug}`, { topic: "Annen nabo", body: "Hei" }, undefined, from("203.0.113.78"))).status).toBe(200);
  });

  it("is 404 on the very next request after unpublishing, and the form stores nothing", async () => {
    const before = await inquiries();
    const response = await postForm(app, `/projects/${projectId}/public-page`, { intent: "unpublish" }, kari);
    expect(response.status).toBe(200);
    expect((await fetch(`${app.url}/p/${slug}`)).status).toBe(404);
    expect((await fetch(`${app.url}/p/${slug}.data`)).status).toBe(404);
    expect((await postForm(app, `/p/${slug}`, { topic: "Hei", body: "Hallo" }, undefined, from("198.51.100.9"))).status).toBe(404);
    expect(await inquiries()).toHaveLength(before.length);
  });
});
