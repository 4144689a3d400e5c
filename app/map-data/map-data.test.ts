import { describe, expect, it } from "vitest";
import { parseBoundingBox } from "./bounding-box-input";
import { readImportStream, type ImportEvent } from "./read-import-stream";

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe("readImportStream", () => {
  it("reports each line as it completes, even when lines are split across chunks", async () => {
    const events: ImportEvent[] = [];
    const last = await readImportStream(
      streamOf(['{"type":"progress","phase":"planned","areaSquareKilometres":2.5}\n{"type":"progress","phase":"down', 'loading","receivedBytes":65536,"totalBytes":null}\n', '{"type":"done","layer":{"id":"l1","name":"OSM","featureCount":45}}\n']),
      (event) => events.push(event),
    );
    expect(events.map((event) => (event.type === "progress" ? event.phase : event.type))).toEqual(["planned", "downloading", "done"]);
    expect(last).toEqual({ type: "done", layer: { id: "l1", name: "OSM", featureCount: 45 } });
  });

  it("reads a last line without a newline, and says so when the stream stops before done or error", async () => {
    const error = await readImportStream(streamOf(['{"type":"error","status":504,"error":{"code":"timeout","message":"m","messageEn":"e"}}']), () => {});
    expect(error).toMatchObject({ type: "error", status: 504 });
    const cut = await readImportStream(streamOf(['{"type":"progress","phase":"converting"}\n']), () => {});
    expect(cut).toMatchObject({ type: "error", error: { code: "overpassIncomplete" } });
  });
});

describe("parseBoundingBox", () => {
  it("accepts four degrees with a comma or a point, west of east and south of north", () => {
    expect(parseBoundingBox({ west: "10,39", south: "63.41", east: "10.41", north: "63,43" })).toBe("10.39,63.41,10.41,63.43");
  });

  it("refuses empty, non-numeric, out-of-range and inverted boxes", () => {
    expect(parseBoundingBox({ west: "", south: "63.41", east: "10.41", north: "63.43" })).toBeNull();
    expect(parseBoundingBox({ west: "vest", south: "63.41", east: "10.41", north: "63.43" })).toBeNull();
    expect(parseBoundingBox({ west: "10.39", south: "63.41", east: "190", north: "63.43" })).toBeNull();
    expect(parseBoundingBox({ west: "10.41", south: "63.41", east: "10.39", north: "63.43" })).toBeNull();
    expect(parseBoundingBox({ west: "10.39", south: "63.43", east: "10.41", north: "63.41" })).toBeNull();
  });
});
