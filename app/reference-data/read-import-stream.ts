/**
 * The browser side of the OSM import's progress stream (`Accept:
 * application/x-ndjson`): one JSON object per line, read as it arrives. The line
 * shapes mirror `ImportStreamLine` in reference-data-requests.server.ts.
 */

export type ImportLine =
  | { type: "progress"; phase: "planned"; areaSquareKilometres: number }
  | { type: "progress"; phase: "downloading"; receivedBytes: number; totalBytes: number | null }
  | { type: "progress"; phase: "converting"; receivedBytes: number }
  | { type: "progress"; phase: "storing"; featureCount: number }
  | { type: "done"; layer: { id: string; name: string; featureCount: number } }
  | { type: "error"; status: number; error: { code: string; message: string; messageEn: string } };

/**
 * Calls `onLine` for each complete line of the stream, in order, and resolves when it ends.
 *
 * @example
 * await readImportStream(response.body, (line) => { if (line.type === "progress") show(line.phase); });
 */
export async function readImportStream(body: ReadableStream<Uint8Array>, onLine: (line: ImportLine) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (value) pending += decoder.decode(value, { stream: true });
    let newline = pending.indexOf("\n");
    while (newline !== -1) {
      const line = pending.slice(0, newline).trim();
      pending = pending.slice(newline + 1);
      if (line) onLine(JSON.parse(line) as ImportLine);
      newline = pending.indexOf("\n");
    }
    if (done) break;
  }
  if (pending.trim()) onLine(JSON.parse(pending) as ImportLine);
}
