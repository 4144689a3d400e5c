import type { ImportProblem } from "../reference-data/import-problem";

/** One line of the import's progress stream, as the client reads it (see docs/decisions/008). */
export type ImportEvent =
  | { type: "progress"; phase: "planned"; areaSquareKilometres: number }
  | { type: "progress"; phase: "downloading"; receivedBytes: number; totalBytes: number | null }
  | { type: "progress"; phase: "converting" }
  | { type: "progress"; phase: "storing"; featureCount: number }
  | { type: "done"; layer: { id: string; name: string; featureCount: number } }
  | { type: "error"; status: number; error: ImportProblem };

/**
 * Reads a newline-delimited JSON stream and calls `onEvent` for each complete line, as it arrives.
 * Resolves with the last event; a stream that ends without `done` or `error` resolves with an error
 * event, so the caller always learns how the import ended.
 *
 * @example
 * const last = await readImportStream(response.body!, (event) => setProgress(event));
 * if (last.type === "done") reload();
 */
export async function readImportStream(body: ReadableStream<Uint8Array>, onEvent: (event: ImportEvent) => void): Promise<ImportEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  let last: ImportEvent | null = null;
  const handle = (line: string) => {
    if (line.trim() === "") return;
    const event = JSON.parse(line) as ImportEvent;
    last = event;
    onEvent(event);
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += decoder.decode(value, { stream: true });
    let newline = buffered.indexOf("\n");
    while (newline !== -1) {
      handle(buffered.slice(0, newline));
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf("\n");
    }
  }
  handle(buffered + decoder.decode());
  const ended = last as ImportEvent | null;
  if (ended && (ended.type === "done" || ended.type === "error")) return ended;
  return {
    type: "error",
    status: 502,
    error: { code: "overpassIncomplete", message: "Svaret stoppet før hentingen var ferdig.", messageEn: "The answer stopped before the import finished." },
  };
}
