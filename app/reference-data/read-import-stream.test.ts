import { describe, expect, it } from "vitest";
import { readImportStream, type ImportLine } from "./read-import-stream";

/** A stream that hands over the text in the given pieces, as a network might. */
function streamOf(pieces: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece));
      controller.close();
    },
  });
}

describe("reading the import's progress lines", () => {
  it("hands over each line once it is complete, even when lines and letters are split across pieces", async () => {
    const lines: ImportLine[] = [];
    const text =
      '{"type":"progress","phase":"planned","areaSquareKilometres":2.5}\n{"type":"progress","phase":"storing","featureCount":18}\n{"type":"done","layer":{"id":"l1","name":"Område ø","featureCount":18}}\n';
    const bytes = new TextEncoder().encode(text);
    // Split inside the two-byte "ø" and inside a line.
    const cut = bytes.indexOf(0xc3) + 1;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 30));
        controller.enqueue(bytes.slice(30, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    await readImportStream(stream, (line) => lines.push(line));
    expect(lines.map((line) => line.type)).toEqual(["progress", "progress", "done"]);
    expect(lines[2]).toMatchObject({ layer: { name: "Område ø" } });
  });

  it("reads a last line without a newline, such as an error", async () => {
    const lines: ImportLine[] = [];
    await readImportStream(streamOf(['{"type":"error","status":504,"error":{"code":"timeout","message":"m","messageEn":"e"}}']), (line) => lines.push(line));
    expect(lines).toEqual([{ type: "error", status: 504, error: { code: "timeout", message: "m", messageEn: "e" } }]);
  });
});
