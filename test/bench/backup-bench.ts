/**
 * The backup's cost (decision 014): for the demo project, and for the demo with a number of
 * evidence photos added (real re-encoded JPEGs and thumbnails, as the app's upload stores them),
 * on PGlite and PostgreSQL: the export's time (median of repeated exports), the archive's size,
 * and the check and import into a fresh database (median over fresh databases). Prints one table.
 *
 *   npm run bench:backup [-- --photos 100 --runs 5]
 *
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) is the admin
 * connection for PostgreSQL; each database is created and dropped by the benchmark.
 */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { files, users } from "../../db/schema";
import { seedDemo } from "../../db/seed-demo";
import { exportProject } from "../../app/backup/export-project.server";
import { importProject } from "../../app/backup/import-project.server";
import { readArchive } from "../../app/backup/read-archive.server";
import { createUser } from "../../app/auth/users.server";
import { processUpload } from "../../app/files/process-upload.server";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from "../support/database";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) || fallback : fallback;
};
const photoCount = argument("photos", 100);
const runs = argument("runs", 5);
process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(2)} MB`;

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; milliseconds: number }> {
  const started = performance.now();
  const result = await work();
  return { result, milliseconds: performance.now() - started };
}

/** A phone photo as the upload stores it: noise over a blur, 3000×2000 in, re-encoded and thumbnailed. */
async function storedPhoto() {
  const width = 3000;
  const height = 2000;
  const noise = randomBytes(width * height * 3);
  const jpeg = new Uint8Array(await sharp(noise, { raw: { width, height, channels: 3 } }).blur(1.2).jpeg({ quality: 85 }).toBuffer());
  const processed = await processUpload(jpeg, { fileName: "bilde.jpg", declaredType: "image/jpeg", keepPosition: false });
  if (!processed.ok || processed.kind !== "image") throw new Error("the benchmark photo was refused");
  return processed;
}

async function addPhotos(database: TestDatabase, projectId: string, count: number): Promise<void> {
  if (count === 0) return;
  const photo = await storedPhoto();
  const [owner] = await database.db.select({ id: users.id }).from(users).where(eq(users.username, "kari"));
  for (let start = 0; start < count; start += 20) {
    const rows = [];
    for (let index = start; index < Math.min(count, start + 20); index++) {
      rows.push({
        id: crypto.randomUUID(),
        projectId,
        purpose: "checklist",
        subjectKey: "sprinklersWithoutRemovableParts",
        kind: "image",
        contentType: photo.contentType,
        fileName: `bilde-${index}.jpg`,
        byteSize: photo.data.byteLength,
        data: Buffer.from(photo.data),
        thumbnail: Buffer.from(photo.thumbnail),
        width: photo.width,
        height: photo.height,
        uploadedBy: owner.id,
        uploadedRole: "owner",
      });
    }
    await database.db.insert(files).values(rows);
  }
}

interface Row {
  database: TestDatabaseKind;
  project: string;
  archive: string;
  parts: number;
  exportMedian: string;
  checkAndImportMedian: string;
}

async function measure(kind: TestDatabaseKind, photos: number): Promise<Row> {
  const source = await createTestDatabase(kind);
  try {
    const seeded = await seedDemo(source.db);
    if (!seeded) throw new Error("the benchmark database was not empty");
    await addPhotos(source, seeded.projectId, photos);
    const exports: number[] = [];
    let archive = await exportProject(source.db, seeded.projectId);
    for (let run = 0; run < runs; run++) {
      const { result, milliseconds } = await timed(() => exportProject(source.db, seeded.projectId));
      archive = result;
      exports.push(milliseconds);
    }
    const imports: number[] = [];
    for (let run = 0; run < Math.max(1, Math.min(runs, 3)); run++) {
      const target = await createTestDatabase(kind);
      try {
        const importer = await createUser(target.db, { name: "Importør", username: "importer", email: null, password: "et-godt-passord" });
        const { milliseconds } = await timed(() => importProject(target.db, readArchive(archive.bytes), { userId: importer.id }));
        imports.push(milliseconds);
      } finally {
        await target.drop();
      }
    }
    return {
      database: kind,
      project: photos === 0 ? "demo" : `demo + ${photos} photos`,
      archive: megabytes(archive.bytes.byteLength),
      parts: archive.manifest.parts.length,
      exportMedian: `${Math.round(median(exports))} ms`,
      checkAndImportMedian: `${Math.round(median(imports))} ms`,
    };
  } finally {
    await source.drop();
  }
}

async function main() {
  const rows: Row[] = [];
  for (const kind of ["pglite", "postgres"] as const) {
    for (const photos of [0, photoCount]) {
      rows.push(await measure(kind, photos));
      console.error(`measured ${kind}, ${photos} photos`);
    }
  }
  console.table(rows);
  console.log(JSON.stringify({ runs, photoCount, rows }, null, 2));
}

await main();
