/**
 * The server's memory while it refuses oversized request bodies (issue 7, hole 3): four
 * unauthenticated chunked 300 MB bodies to /login at once, as the attack did (it grew the server
 * by 2.9 GB before the caps). Reports the server process's resident memory before, its peak
 * while refusing (VmHWM, reset first), how long the 413s took and how much the clients got to
 * send before the answer.
 *
 *   npm run build && npm run bench:body-caps
 */
import { startApp } from "../e2e/support/server";
import { peakResidentBytes, residentBytes, resetPeak, sendBody } from "../security/support/send-body";

const megabyte = 1024 * 1024;
const bodies = 4;
const bodyBytes = 300 * megabyte;

const mb = (bytes: number) => `${(bytes / megabyte).toFixed(1)} MB`;

async function main() {
  const app = await startApp();
  try {
    // Warm the route up, so its first rendering is not counted.
    await fetch(`${app.url}/login`);
    const before = await residentBytes(app.pid);
    await resetPeak(app.pid);
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: bodies }, () => sendBody({ url: `${app.url}/login`, bytes: bodyBytes, prefix: "username=kari&password=" })),
    );
    const milliseconds = performance.now() - started;
    const peak = await peakResidentBytes(app.pid);
    const after = await residentBytes(app.pid);
    const statuses = answers.map((answer) => answer.status);
    console.log(`bench:body-caps — ${bodies} chunked bodies of ${mb(bodyBytes)} to POST /login at once`);
    console.log(`  answers:                 ${statuses.join(", ")} in ${Math.round(milliseconds)} ms`);
    console.log(`  sent before the answer:  ${answers.map((answer) => mb(answer.sentBytes)).join(", ")}`);
    console.log(`  server RSS before:       ${mb(before)}`);
    console.log(`  server peak RSS:         ${mb(peak)} (+${mb(peak - before)})`);
    console.log(`  server RSS after:        ${mb(after)}`);
    if (statuses.some((status) => status !== 413)) process.exitCode = 1;
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
