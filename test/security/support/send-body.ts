/**
 * Sends a request body generated on the fly (one reused 64 KiB chunk, never the whole body in
 * memory) and stops writing as soon as the server answers, as a browser or curl would, so a
 * refused body shows how much the client got to send before the answer.
 */
import { request } from "node:http";

export interface SentBody {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** Bytes written before the answer came (or all of them). */
  sentBytes: number;
}

export interface BodyOptions {
  url: string;
  /** Total body size in bytes. */
  bytes: number;
  headers?: Record<string, string>;
  /** The start of the body (a form's fields); the rest is filled with `fill`. */
  prefix?: string;
  /** The end of the body (a multipart closing boundary). */
  suffix?: string;
  /** Declare the length (Content-Length) instead of sending chunked. */
  declareLength?: boolean;
  fill?: number;
}

const chunkSize = 64 * 1024;

/**
 * @example
 * const answer = await sendBody({ url: `${app.url}/login`, bytes: 300 * 1024 * 1024 });
 * answer.status; // 413
 */
export function sendBody(options: BodyOptions): Promise<SentBody> {
  const prefix = Buffer.from(options.prefix ?? "");
  const suffix = Buffer.from(options.suffix ?? "");
  const filler = Buffer.alloc(chunkSize, options.fill ?? 0x61);
  const fillBytes = options.bytes - prefix.length - suffix.length;
  if (fillBytes < 0) throw new Error("prefix and suffix are longer than the body");
  return new Promise((resolve, reject) => {
    const target = new URL(options.url);
    let sentBytes = 0;
    let answered = false;
    const outgoing = request({
      host: target.hostname,
      port: target.port,
      path: target.pathname + target.search,
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        ...(options.declareLength ? { "Content-Length": String(options.bytes) } : { "Transfer-Encoding": "chunked" }),
        ...options.headers,
      },
    });
    outgoing.on("response", (response) => {
      answered = true;
      const parts: Buffer[] = [];
      response.on("data", (part: Buffer) => parts.push(part));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(parts).toString("utf8"), sentBytes }),
      );
      response.on("error", reject);
    });
    // Writing into a connection the server closed after answering fails; the answer is what counts.
    outgoing.on("error", (error) => {
      if (!answered) reject(error);
    });
    let filled = 0;
    const write = () => {
      if (sentBytes === 0 && prefix.length > 0) {
        outgoing.write(prefix);
        sentBytes += prefix.length;
      }
      while (!answered && filled < fillBytes) {
        const piece = fillBytes - filled >= chunkSize ? filler : filler.subarray(0, fillBytes - filled);
        filled += piece.length;
        sentBytes += piece.length;
        if (!outgoing.write(piece)) {
          outgoing.once("drain", write);
          return;
        }
      }
      if (answered) return;
      if (suffix.length > 0) outgoing.write(suffix);
      sentBytes += suffix.length;
      outgoing.end();
    };
    write();
  });
}

/** The process's resident memory now, in bytes (VmRSS of /proc/<pid>/status). */
export async function residentBytes(pid: number): Promise<number> {
  return statusField(pid, "VmRSS");
}

/** The process's peak resident memory since the last `resetPeak`, in bytes (VmHWM). */
export async function peakResidentBytes(pid: number): Promise<number> {
  return statusField(pid, "VmHWM");
}

/** Starts counting the peak anew (writing 5 to /proc/<pid>/clear_refs resets VmHWM). */
export async function resetPeak(pid: number): Promise<void> {
  const { writeFile } = await import("node:fs/promises");
  await writeFile(`/proc/${pid}/clear_refs`, "5");
}

async function statusField(pid: number, field: string): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}
