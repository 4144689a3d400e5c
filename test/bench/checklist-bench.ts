/**
 * The checklist page's server cost on a big project (issue 8): the demo project with 40 homes,
 * the full template, a state on a third of the items per home and 500 evidence photos (a real
 * 1600 px JPEG and its thumbnail each, made by the app's own upload processing), on PostgreSQL.
 * Measures the server-rendered page and its loader data (the request a live update makes),
 * median and 95th percentile over repeated requests, and the database's size.
 *
 *   npm run build && npm run bench:checklist [-- --requests 40]
 *
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) is the admin
 * connection; the benchmark creates its own database and drops it afterwards.
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import sharp from "sharp";
import { eq, sql } from "drizzle-orm";
import { openDatabase } from "../../db/connection";
import { checklistStates, files, projects, users } from "../../db/schema";
import { seedDemo, demoPassword } from "../../db/seed-demo";
import { ensureChecklist } from "../../app/checklist/checklist-store.server";
import { processUpload } from "../../app/files/process-upload.server";
import { ensureHomes } from "../../app/homes/homes.server";
import { templateItems } from "../../app/checklist/template";
import { startApp } from "../e2e/support/server";

const homeCount = 40;
const photoCount = 500;
const requests = Number(process.argv[process.argv.indexOf("--requests") + 1]) || 30;
const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A photo-like JPEG: noise over a gradient, 3000×2000, as a phone would send it. */
async function phonePhoto(): Promise<Uint8Array> {
  const width = 3000;
  const height = 2000;
  const noise = randomBytes(width * height * 3);
  return new Uint8Array(await sharp(noise, { raw: { width, height, channels: 3 } }).blur(1.2).jpeg({ quality: 85 }).toBuffer());
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

async function main() {
  const name = `bench_checklist_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const handle = await openDatabase({ url: url.toString() });
    const { db } = handle;
    const seeded = await seedDemo(db);
    if (!seeded) throw new Error("the benchmark database was not empty");
    const projectId = seeded.projectId;
    await db.update(projects).set({ homeCount }).where(eq(projects.id, projectId));
    const homes = await ensureHomes(db, projectId);
    await ensureChecklist(db, projectId);
    const [owner] = await db.select({ id: users.id }).from(users).where(eq(users.username, "kari"));

    const items = templateItems();
    const homeItems = items.filter((item) => item.scope === "home");
    const states = [];
    for (const home of homes) {
      for (const [index, item] of homeItems.entries()) {
        if ((index + home.number) % 3 !== 0) continue;
        states.push({ projectId, itemKey: item.key, homeId: home.id, status: index % 2 ? "inProgress" : "done", updatedBy: owner.id, updatedRole: "owner" });
      }
    }
    for (let start = 0; start < states.length; start += 500) await db.insert(checklistStates).values(states.slice(start, start + 500));

    const processed = await processUpload(await phonePhoto(), { fileName: "bilde.jpg", declaredType: "image/jpeg", keepPosition: false });
    if (!processed.ok || processed.kind !== "image") throw new Error("the benchmark photo was refused");
    const photos = [];
    for (let index = 0; index < photoCount; index += 1) {
      const item = homeItems[index % homeItems.length];
      const home = homes[index % homes.length];
      photos.push({
        id: crypto.randomUUID(),
        projectId,
        purpose: "checklist",
        subjectKey: item.key,
        homeId: home.id,
        kind: "image",
        contentType: processed.contentType,
        fileName: `bilde-${index + 1}.jpg`,
        byteSize: processed.data.byteLength,
        data: processed.data,
        thumbnail: processed.thumbnail,
        width: processed.width,
        height: processed.height,
        uploadedBy: owner.id,
        uploadedRole: "owner",
      });
    }
    for (let start = 0; start < photos.length; start += 25) await db.insert(files).values(photos.slice(start, start + 25));
    const sizeRows = (await db.execute(sql`select pg_size_pretty(pg_database_size(current_database())) as size`)) as unknown as Array<{ size: string }>;
    const size = sizeRows[0]?.size ?? "?";
    await handle.close();

    const app = await startApp({ databaseUrl: url.toString(), env: { SEED_DEMO: "0" } });
    try {
      const login = await fetch(`${app.url}/login`, {
        method: "POST",
        redirect: "manual",
        headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ username: "kari", password: demoPassword, redirectTo: "/projects" }),
      });
      const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
      if (!cookie) throw new Error(`sign-in failed: HTTP ${login.status}`);
      const measure = async (path: string) => {
        const times: number[] = [];
        let bytes = 0;
        for (let index = 0; index < requests + 3; index += 1) {
          const started = performance.now();
          const response = await fetch(`${app.url}${path}`, { headers: { Cookie: cookie, "Accept-Encoding": "gzip" } });
          const body = await response.arrayBuffer();
          if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
          if (index >= 3) times.push(performance.now() - started);
          bytes = body.byteLength;
        }
        times.sort((a, b) => a - b);
        return { median: percentile(times, 0.5), p95: percentile(times, 0.95), bytes };
      };
      const page = await measure(`/projects/${projectId}/checklist`);
      const data = await measure(`/projects/${projectId}/checklist.data`);
      console.log(`checklist with ${homes.length} homes, ${items.length} template items, ${states.length} home states, ${photoCount} photos; database ${size}`);
      console.log(`request                      median     p95        body`);
      for (const [label, result] of [["page (server-rendered)", page], ["loader data (live update)", data]] as const) {
        console.log(`${label.padEnd(29)}${`${result.median.toFixed(1)} ms`.padEnd(11)}${`${result.p95.toFixed(1)} ms`.padEnd(11)}${(result.bytes / 1024).toFixed(1)} KiB`);
      }
      console.log(JSON.stringify({ homes: homes.length, items: items.length, states: states.length, photos: photoCount, database: size, page, data }));
    } finally {
      await app.stop();
    }
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end({ timeout: 5 });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
