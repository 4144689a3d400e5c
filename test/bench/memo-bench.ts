/**
 * The time to produce the demo project's decision memo as a PDF (issue 10, decision 014): the
 * demo seeded into an embedded database, then the path the PDF download takes — read the memo,
 * render the template on the server, print it with the project's Chromium through the app's PDF
 * printer. Cold: the first PDF, Chromium starting. Warm: the median of the next runs. Also the
 * time to freeze a new snapshot and the snapshot's size as stored (JSON).
 *
 *   npm run bench:memo [-- --runs 5]
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH).
 */
import { performance } from "node:perf_hooks";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMemo, listMemos, readMemo } from "../../app/memo/memo-store.server";
import { memoPdf } from "../../app/memo/memo-pdf.server";
import { listMembers } from "../../app/members/members.server";
import { createPdfPrinter } from "../../app/neighbours/pdf-printer.server";
import { seedDemo } from "../../db/seed-demo";
import { createTestDatabase } from "../support/database";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) || fallback : fallback;
};
const runs = argument("runs", 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const database = await createTestDatabase("pglite");
const printer = createPdfPrinter({ idleMilliseconds: 60_000 });
try {
  const seeded = await seedDemo(database.db);
  if (!seeded) throw new Error("the demo did not seed");
  const { projectId } = seeded;
  const [latest] = await listMemos(database.db, projectId);
  const owner = (await listMembers(database.db, projectId)).find((member) => member.role === "owner");
  if (!latest || !owner) throw new Error("the demo has no memo or no owner");

  const snapshotTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const made = await createMemo(database.db, { projectId, userId: owner.userId, role: "owner" });
    snapshotTimes.push(performance.now() - started);
    if (!made.ok) throw new Error(made.problem.messageEn);
  }

  const pdfOnce = async (version: "internal" | "public") => {
    const started = performance.now();
    const memo = await readMemo(database.db, projectId, latest.id);
    if (!memo) throw new Error("the demo memo is gone");
    const pdf = await memoPdf({ memo, version, language: "nb" }, printer);
    return { milliseconds: performance.now() - started, pdf, snapshotBytes: Buffer.byteLength(JSON.stringify(memo.snapshot)) };
  };
  const cold = await pdfOnce("internal");
  const folder = mkdtempSync(join(tmpdir(), "memo-bench-"));
  writeFileSync(join(folder, "memo.pdf"), cold.pdf);
  const pages = /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [join(folder, "memo.pdf")], { encoding: "utf8" }))?.[1] ?? "?";
  const warm: number[] = [];
  const warmPublic: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    warm.push((await pdfOnce("internal")).milliseconds);
    warmPublic.push((await pdfOnce("public")).milliseconds);
  }
  const result = {
    coldPdfMilliseconds: Math.round(cold.milliseconds),
    warmPdfMillisecondsMedian: Math.round(median(warm)),
    warmPublicPdfMillisecondsMedian: Math.round(median(warmPublic)),
    pdfBytes: cold.pdf.byteLength,
    pdfPages: Number(pages),
    snapshotBytes: cold.snapshotBytes,
    freezeSnapshotMillisecondsMedian: Math.round(median(snapshotTimes)),
    runs,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  await printer.close();
  await database.drop();
}
